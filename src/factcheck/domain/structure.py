"""The display structure of a version: blocks and inline spans over the canonical text.

The canonical text stays plain (offsets index it); structure only says which
code-point ranges are headings, paragraphs, quotes or list items, and which are
bold, italic or links. Blocks never overlap and appear in text order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class BlockKind(StrEnum):
    TITLE = "title"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    BLOCKQUOTE = "blockquote"
    LIST_ITEM = "list_item"


@dataclass(frozen=True)
class InlineSpan:
    kind: str  # "strong", "emphasis" or "link"
    start: int
    end: int
    href: str = ""


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    start: int
    end: int
    level: int = 0
    spans: tuple[InlineSpan, ...] = field(default_factory=tuple)
    ordered: bool = False  # list items: numbered rather than bulleted

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind.value, "start": self.start, "end": self.end}
        if self.level:
            data["level"] = self.level
        if self.ordered:
            data["ordered"] = True
        if self.spans:
            data["spans"] = [
                {"kind": s.kind, "start": s.start, "end": s.end, "href": s.href} for s in self.spans
            ]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Block:
        spans = tuple(
            InlineSpan(s["kind"], int(s["start"]), int(s["end"]), s.get("href", ""))
            for s in data.get("spans", ())
        )
        return cls(
            BlockKind(data["kind"]),
            int(data["start"]),
            int(data["end"]),
            int(data.get("level", 0)),
            spans,
            bool(data.get("ordered", False)),
        )


def blocks_to_json(blocks: list[Block]) -> list[dict[str, Any]]:
    return [b.to_json() for b in blocks]


def blocks_from_json(data: list[dict[str, Any]]) -> list[Block]:
    return [Block.from_json(item) for item in data]
