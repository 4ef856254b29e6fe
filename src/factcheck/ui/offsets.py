"""Code points (what we store) <-> UTF-16 units (what Qt counts). Only the UI converts."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    """Converts offsets for one text in O(log n), keeping only the astral characters.

    Characters outside the Basic Multilingual Plane (most emoji) take two UTF-16
    units; every other character takes one.
    """

    def __init__(self, text: str) -> None:
        self.length = len(text)
        # Code point index of each astral character, and its UTF-16 start.
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._astral_utf16 = [cp + i for i, cp in enumerate(self._astral)]

    def to_utf16(self, code_point: int) -> int:
        code_point = max(0, min(code_point, self.length))
        return code_point + bisect_left(self._astral, code_point)

    def to_code_point(self, utf16: int) -> int:
        """The code point at a UTF-16 position (inside a surrogate pair rounds down)."""
        before = bisect_right(self._astral_utf16, utf16 - 1)
        return max(0, min(utf16 - before, self.length))
