"""UTF-16 <-> code point conversion at the UI boundary (Qt counts UTF-16 units)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck.ui.offsets import OffsetMap

text_with_emoji = st.lists(
    st.sampled_from(["a", " ", "😀", "中", "👍🏽", "e\u0301", "🇺🇦", "ש"]), max_size=60
).map("".join)


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@given(text_with_emoji)
def test_conversion_matches_utf16_and_round_trips(text: str) -> None:
    offsets = OffsetMap(text)
    for code_point in range(len(text) + 1):
        utf16 = utf16_length(text[:code_point])
        assert offsets.to_utf16(code_point) == utf16
        assert offsets.to_code_point(utf16) == code_point


@given(text_with_emoji)
def test_a_position_inside_a_surrogate_pair_rounds_down(text: str) -> None:
    offsets = OffsetMap(text)
    for code_point, char in enumerate(text):
        if ord(char) > 0xFFFF:
            assert offsets.to_code_point(offsets.to_utf16(code_point) + 1) == code_point


def test_out_of_range_offsets_are_clamped() -> None:
    offsets = OffsetMap("ab😀")
    assert offsets.to_utf16(99) == 4
    assert offsets.to_code_point(99) == 3
    assert offsets.to_code_point(-5) == 0
