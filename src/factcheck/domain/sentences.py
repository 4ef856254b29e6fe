"""Sentence spans of a text, in code points (the offsets annotations use).

Rules, not a model: a sentence ends at ``.``, ``!``, ``?`` or ``…`` (with the closing
quotes and brackets that follow it) before white space and a word that may start a
sentence, at a CJK full stop (``。！？``, no space needed), and at every paragraph
break. A full stop does not end a sentence after a known abbreviation ("Mr.",
"e.g.", "Jan."), an initial ("J. Smith"), inside a number ("3.5"), or before a
lower-case word ("approx. five"). A dotted acronym ("U.S.") ends one only when an
ordinary sentence opener follows it ("... in the U.S. The talks ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_ABBREVIATION_TEXT = """
    mr mrs ms dr prof st jr sr mt ft vs etc al e.g i.e cf approx no nos vol fig pp
    inc ltd co corp bros dept est gen gov sen rep rev sgt capt col lt maj adm pres
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun"""
ABBREVIATIONS = frozenset(_ABBREVIATION_TEXT.split())
# Words that start a sentence after an acronym ("... the U.S. The ...").
_OPENER_TEXT = """
    the a an it he she they we i this that these those but and in on at for if
    when while after before there then so yet however meanwhile his her their our"""
OPENERS = frozenset(_OPENER_TEXT.split())
_END = re.compile(r"[.!?…]+[\"'”’»)\]」』]*|[。！？]+[」』”’)]*")
_ACRONYM = re.compile(r"(?:\b[A-Za-z]\.){2,}$")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_NEXT_WORD = re.compile(r"\s+([\"'“‘(\[«]*)(\w+)")  # matched on a window after the stop
_PARAGRAPH = re.compile(r"\n\s*\n|\n")


def _is_boundary(text: str, end: int, limit: int, mark: str) -> bool:
    """Whether the terminator ``mark`` ending at ``end`` closes a sentence (the
    paragraph ends at ``limit``). Each look is bounded: linear time on any draft."""
    if mark[0] in "。！？":
        return True
    following = _NEXT_WORD.match(text[end : min(limit, end + 80)])
    if end < limit and not text[end].isspace():
        return False  # "3.5", "example.org", "U.S.-led"
    if following is None:
        return True  # the end of the text, or of a line
    word = following.group(2)
    if mark[0] != ".":
        return not word[:1].islower()
    if word[:1].islower():
        return False
    stop = end - len(mark) + 1
    before = _WORD_BEFORE.search(text[max(0, stop - 60) : stop])
    token = before.group(1) if before else ""
    if _ACRONYM.search(token):
        return word.lower() in OPENERS
    bare = token.rstrip(".").lower()
    return not (bare in ABBREVIATIONS or (len(bare) == 1 and bare.isalpha()))


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every sentence, white space trimmed, in order."""
    for block_start, block_end in _blocks(text):
        start = block_start
        for match in _END.finditer(text, block_start, block_end):
            if _is_boundary(text, match.end(), block_end, match.group()):
                yield from _trimmed(text, start, match.end())
                start = match.end()
        yield from _trimmed(text, start, block_end)


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in _PARAGRAPH.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end
