"""W3C TextQuote and TextPosition selectors over canonical text (code points).

Python ``str`` indexes code points, exactly the W3C unit, so slicing is the
conversion; the UI alone deals in UTF-16.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.domain.text import one_line
from factcheck.errors import UserInputError

CONTEXT_LENGTH = 32


@dataclass(frozen=True)
class TextQuote:
    exact: str
    prefix: str
    suffix: str


def quote_at(text: str, start: int, end: int, context: int = CONTEXT_LENGTH) -> TextQuote:
    return TextQuote(
        text[start:end], text[max(0, start - context) : start], text[end : end + context]
    )


def find_occurrences(text: str, exact: str) -> list[int]:
    """Start offsets of every occurrence, overlapping ones included."""
    if not exact:
        return []
    found: list[int] = []
    at = text.find(exact)
    while at != -1:
        found.append(at)
        at = text.find(exact, at + 1)
    return found


def resolve_span(
    text: str,
    exact: str,
    occurrence: int | None = None,
    start: int | None = None,
    end: int | None = None,
) -> tuple[int, int]:
    """Where ``exact`` sits in ``text``, refusing anything ambiguous or inconsistent.

    ``occurrence`` counts from 1. ``start``/``end`` must both be given and must
    hold exactly ``exact``.
    """
    if not exact:
        raise UserInputError("the text to annotate is empty")
    if (start is None) != (end is None):
        raise UserInputError("give both --start and --end, or neither")
    if start is not None and end is not None:
        if occurrence is not None:
            raise UserInputError("give --occurrence or --start/--end, not both")
        if not 0 <= start < end <= len(text):
            raise UserInputError(
                f"offsets {start}..{end} are outside the text (0..{len(text)} code points)"
            )
        if text[start:end] != exact:
            raise UserInputError(
                f"the text at {start}..{end} is {one_line(text[start:end], 40)!r}, "
                f"not {one_line(exact, 40)!r}"
            )
        return start, end
    hits = find_occurrences(text, exact)
    if not hits:
        raise UserInputError(f"{one_line(exact, 40)!r} does not occur in the text")
    if occurrence is None:
        if len(hits) > 1:
            raise UserInputError(
                f"{one_line(exact, 40)!r} occurs {len(hits)} times; pick one with "
                f"--occurrence 1..{len(hits)} or give --start/--end"
            )
        occurrence = 1
    if not 1 <= occurrence <= len(hits):
        raise UserInputError(
            f"{one_line(exact, 40)!r} occurs {len(hits)} time{'s' if len(hits) != 1 else ''}; "
            f"--occurrence {occurrence} does not exist"
        )
    begin = hits[occurrence - 1]
    return begin, begin + len(exact)
