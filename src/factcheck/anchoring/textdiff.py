"""A two-level diff of two versions: lines first, then words inside changed lines.

Both re-anchoring (which needs the unchanged stretches) and the version
comparison view (which shows insertions and deletions) use it. The work grows
with what changed, not with the length of the draft.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

# A unit is a line with the blank lines after it: thousands of identical empty
# lines would make the line diff quadratic.
_LINES = re.compile(r"[^\n]*\n*|[^\n]+")
# Words, single punctuation marks and white-space runs: a change of spacing or of a
# paragraph break never hides the unchanged word or mark next to it.
_TOKEN = re.compile(r"\w+|[^\w\s]|\s+")

Tag = Literal["equal", "insert", "delete", "replace"]


@dataclass(frozen=True)
class Op:
    tag: Tag
    old_start: int
    old_end: int
    new_start: int
    new_end: int


def _starts(pieces: list[str]) -> list[int]:
    starts = [0]
    for piece in pieces:
        starts.append(starts[-1] + len(piece))
    return starts


def _ops(
    old: list[str], new: list[str], old_base: int, new_base: int
) -> list[tuple[Tag, int, int, int, int]]:
    old_at, new_at = _starts(old), _starts(new)
    return [
        (
            tag,
            old_base + old_at[i1],
            old_base + old_at[i2],
            new_base + new_at[j1],
            new_base + new_at[j2],
        )
        for tag, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    ]


def diff(old: str, new: str) -> list[Op]:
    """Opcodes over code-point offsets; "replace" lines are refined to words."""
    result: list[Op] = []
    for tag, o1, o2, n1, n2 in _ops(_LINES.findall(old), _LINES.findall(new), 0, 0):
        if tag != "replace":
            result.append(Op(tag, o1, o2, n1, n2))
            continue
        words = _ops(_TOKEN.findall(old[o1:o2]), _TOKEN.findall(new[n1:n2]), o1, n1)
        result.extend(Op(*w) for w in words)
    return _merged(result)


def _merged(ops: list[Op]) -> list[Op]:
    """Neighbouring equal stretches become one."""
    merged: list[Op] = []
    for op in ops:
        if op.old_start == op.old_end and op.new_start == op.new_end:
            continue
        last = merged[-1] if merged else None
        if (
            last
            and last.tag == op.tag == "equal"
            and last.old_end == op.old_start
            and (last.new_end == op.new_start)
        ):
            merged[-1] = Op("equal", last.old_start, op.old_end, last.new_start, op.new_end)
        else:
            merged.append(op)
    return merged
