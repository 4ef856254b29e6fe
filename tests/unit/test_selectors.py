"""Offsets are code points: emoji, CJK and combining marks must not shift them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.anchoring.selectors import CONTEXT_LENGTH, find_occurrences, quote_at, resolve_span
from factcheck.errors import UserInputError

# Text mixing astral emoji (two UTF-16 units), CJK, RTL and combining marks.
tricky_alphabet = st.sampled_from(
    [*"abc xyz.,", "😀", "👍🏽", "🇺🇦", "中", "文", "ש", "ל", "e\u0301", "\u0308", "—", "“", "”"]
)
tricky_text = st.lists(tricky_alphabet, min_size=1, max_size=80).map("".join)


@given(before=tricky_text, target=tricky_text, after=tricky_text)
def test_resolved_span_slices_back_to_the_exact_text(before: str, target: str, after: str) -> None:
    text = before + target + after
    start, end = resolve_span(text, target, start=len(before), end=len(before) + len(target))
    assert text[start:end] == target
    # Code points, not UTF-16 units or bytes.
    assert start == len(before)
    assert end - start == len(target)


@given(before=tricky_text, target=tricky_text, after=tricky_text)
def test_quote_context_surrounds_the_span(before: str, target: str, after: str) -> None:
    text = before + target + after
    quote = quote_at(text, len(before), len(before) + len(target))
    assert quote.exact == target
    assert before.endswith(quote.prefix)
    assert after.startswith(quote.suffix)
    assert len(quote.prefix) == min(CONTEXT_LENGTH, len(before))


@given(text=tricky_text, needle=tricky_text)
def test_every_occurrence_is_found(text: str, needle: str) -> None:
    hits = find_occurrences(text, needle)
    assert all(text[h : h + len(needle)] == needle for h in hits)
    assert len(hits) == sum(text.startswith(needle, i) for i in range(len(text)))


def test_ambiguous_text_is_refused_with_the_count() -> None:
    with pytest.raises(UserInputError, match="occurs 3 times"):
        resolve_span("tax, tax and tax", "tax")


def test_occurrence_picks_the_nth_match() -> None:
    assert resolve_span("tax, tax and tax", "tax", occurrence=3) == (13, 16)


def test_missing_occurrence_is_refused() -> None:
    with pytest.raises(UserInputError, match="--occurrence 4 does not exist"):
        resolve_span("tax, tax and tax", "tax", occurrence=4)


def test_offsets_that_do_not_hold_the_text_are_refused() -> None:
    with pytest.raises(UserInputError, match="not 'tax'"):
        resolve_span("tax and duty", "tax", start=8, end=11)


def test_absent_text_is_refused() -> None:
    with pytest.raises(UserInputError, match="does not occur"):
        resolve_span("tax and duty", "tariff")


def test_start_without_end_is_refused() -> None:
    with pytest.raises(UserInputError, match="both --start and --end"):
        resolve_span("tax and duty", "tax", start=0)


def test_offsets_after_emoji_count_code_points() -> None:
    text = "👍🏽 Putin met 中文 envoy"
    start, end = resolve_span(text, "envoy")
    assert (start, end) == (len(text) - 5, len(text))
    assert start == 16  # the UTF-16 position would be 18
