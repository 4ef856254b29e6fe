"""Differences as HTML for Qt's rich-text widgets: what was removed, what was added."""

from __future__ import annotations

from difflib import SequenceMatcher
from html import escape

from factcheck.anchoring.textdiff import diff

INSERTED = "background:#c8e6c9;color:#1b5e20;text-decoration:underline"
DELETED = "background:#ffcdd2;color:#b71c1c;text-decoration:line-through"


def _text(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def char_diff(old: str, new: str) -> tuple[str, str]:
    """The old text with deletions marked, and the new text with insertions marked."""
    old_html, new_html = [], []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            old_html.append(_text(old[i1:i2]))
            new_html.append(_text(new[j1:j2]))
            continue
        if i2 > i1:
            old_html.append(f'<span style="{DELETED}">{_text(old[i1:i2])}</span>')
        if j2 > j1:
            new_html.append(f'<span style="{INSERTED}">{_text(new[j1:j2])}</span>')
    return "".join(old_html), "".join(new_html)


def version_diff(old: str, new: str, context: int = 160) -> tuple[str, int, int]:
    """The new version with deletions and insertions marked; unchanged stretches longer
    than twice ``context`` are shortened. Also the numbers of insertions and deletions."""
    parts: list[str] = []
    inserted = deleted = 0
    for op in diff(old, new):
        if op.tag == "equal":
            same = new[op.new_start : op.new_end]
            if len(same) > 2 * context:
                # Keep whole words either side of the cut.
                head_end = same.rfind(" ", 0, context) + 1 or context
                tail_start = same.find(" ", len(same) - context) + 1 or len(same) - context
                parts.append(
                    _text(same[:head_end])
                    + '<p style="color:#757575;text-align:center">· · ·</p>'
                    + _text(same[tail_start:])
                )
            else:
                parts.append(_text(same))
            continue
        if op.old_end > op.old_start:
            deleted += 1
            parts.append(f'<span style="{DELETED}">{_text(old[op.old_start : op.old_end])}</span>')
        if op.new_end > op.new_start:
            inserted += 1
            parts.append(f'<span style="{INSERTED}">{_text(new[op.new_start : op.new_end])}</span>')
    return "".join(parts), inserted, deleted
