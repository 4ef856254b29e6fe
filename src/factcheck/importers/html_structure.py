"""Sanitised HTML -> canonical plain text + display structure (blocks and inline spans).

Every rich format ends here: DOCX (mammoth), Markdown (markdown-it), saved pages
(trafilatura), ODT. nh3 cleans the HTML first, then a streaming parser (no
recursion, so nesting depth cannot blow the stack) builds the text. Blocks are
joined by a blank line; inline text has its white space collapsed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

import nh3

from factcheck.domain.models import safe_link
from factcheck.domain.structure import Block, BlockKind, InlineSpan
from factcheck.domain.text import strip_unsafe
from factcheck.importers.base import NO_HOOKS, ImportedDocument, ImportHooks, check_size

ALLOWED_TAGS = {
    "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "blockquote", "ul", "ol", "li",
    "strong", "b", "em", "i", "a", "pre", "code", "div", "section", "article", "span",
    "table", "tr", "td", "th", "tbody", "thead",
}  # fmt: skip
# Tags whose content is dropped entirely, not just unwrapped.
DROPPED_CONTENT = {"script", "style", "noscript", "template", "iframe", "object", "embed", "form",
                   "nav", "aside", "footer", "header", "button", "select", "textarea", "svg",
                   "math", "head", "title"}  # fmt: skip
LINK_SCHEMES = {"http", "https", "mailto"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCK_BREAKERS = {"p", "div", "section", "article", "pre", "table", "tr", "td", "th"}
_WHITESPACE = re.compile(r"\s+")
_BLANK_LINES = re.compile(r"\n(?:[ \t]*\n)+")
_FEED_CHUNK = 256 * 1024  # progress and the cancel check come between chunks


def _only_absolute_links(tag: str, attribute: str, value: str) -> str | None:
    # nh3 keeps relative URLs whatever the schemes allowed: drop all but absolute ones.
    if attribute == "href":
        return safe_link(value)
    return value


def sanitise(html: str) -> str:
    """Only structure and safe links survive: no scripts, styles, frames, forms, images."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        clean_content_tags=DROPPED_CONTENT,
        attributes={"a": {"href"}},
        attribute_filter=_only_absolute_links,
        url_schemes=LINK_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )


@dataclass
class _OpenBlock:
    kind: BlockKind
    level: int = 0
    ordered: bool = False
    text: list[str] = field(default_factory=list)
    length: int = 0
    spans: list[InlineSpan] = field(default_factory=list)


class _Builder(HTMLParser):
    def __init__(self, name: str) -> None:
        super().__init__(convert_charrefs=True)
        self.name = name  # for the refusal of a draft past the size limits
        self.chunks: list[str] = []
        self.position = 0
        self.blocks: list[Block] = []
        self.block: _OpenBlock | None = None
        self.inline: list[tuple[str, int, str]] = []  # kind, start in block, href
        self.lists: list[bool] = []  # ordered?
        self.quote_depth = 0
        self.pre_depth = 0  # inside <pre>: lines are kept, not joined

    # --- blocks -----------------------------------------------------------------------------
    def _start_block(self, kind: BlockKind, level: int = 0, ordered: bool = False) -> None:
        self._end_block()
        self.block = _OpenBlock(kind, level, ordered)

    def _default_kind(self) -> BlockKind:
        if self.lists:
            return BlockKind.LIST_ITEM
        return BlockKind.BLOCKQUOTE if self.quote_depth else BlockKind.PARAGRAPH

    def _end_block(self) -> None:
        block, self.block = self.block, None
        self._close_inline_all(block)
        if block is None:
            return
        text = "".join(block.text).rstrip()
        if not text:
            return
        check_size(self.position, len(self.blocks) + 1, self.name)  # stop a flood early
        if self.chunks:
            self.chunks.append("\n\n")
            self.position += 2
        start = self.position
        self.chunks.append(text)
        self.position += len(text)
        spans = tuple(
            InlineSpan(s.kind, start + s.start, start + min(s.end, len(text)), s.href)
            for s in block.spans
            if s.start < min(s.end, len(text))
        )
        self.blocks.append(
            Block(block.kind, start, self.position, block.level, spans, block.ordered)
        )

    def _close_inline_all(self, block: _OpenBlock | None) -> None:
        while self.inline:
            self._close_inline(block)

    def _close_inline(self, block: _OpenBlock | None) -> None:
        kind, start, href = self.inline.pop()
        if block is not None and start < block.length:
            block.spans.append(InlineSpan(kind, start, block.length, href))

    # --- parser events ----------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HEADINGS:
            self._start_block(BlockKind.HEADING, _HEADINGS[tag])
        elif tag == "li":
            self._start_block(
                BlockKind.LIST_ITEM, len(self.lists), self.lists[-1] if self.lists else False
            )
        elif tag in ("ul", "ol"):
            self._end_block()
            self.lists.append(tag == "ol")
        elif tag == "blockquote":
            self._end_block()
            self.quote_depth += 1
        elif tag == "pre":
            self._start_block(self._default_kind(), len(self.lists))
            self.pre_depth += 1
        elif tag in _BLOCK_BREAKERS:
            # A paragraph inside a list item continues the item unless it already has text.
            if not (
                self.block and self.block.kind is BlockKind.LIST_ITEM and not self.block.length
            ):
                self._start_block(self._default_kind(), len(self.lists))
        elif tag == "br":
            self._append("\n", raw=True)
        elif tag in ("strong", "b", "em", "i", "a"):
            block = self._ensure_block()
            kind = (
                "strong" if tag in ("strong", "b") else "emphasis" if tag in ("em", "i") else "link"
            )
            href = safe_link(dict(attrs).get("href") or "") or "" if tag == "a" else ""
            if tag == "a" and not href:
                return
            self.inline.append((kind, block.length, href))

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre":
            self.pre_depth = max(0, self.pre_depth - 1)
        if tag in _HEADINGS or tag == "li" or tag in _BLOCK_BREAKERS:
            if tag != "li" or (self.block and self.block.kind is BlockKind.LIST_ITEM):
                self._end_block()
        elif tag in ("ul", "ol"):
            self._end_block()
            if self.lists:
                self.lists.pop()
        elif tag == "blockquote":
            self._end_block()
            self.quote_depth = max(0, self.quote_depth - 1)
        elif tag in ("strong", "b", "em", "i", "a"):
            kind = (
                "strong" if tag in ("strong", "b") else "emphasis" if tag in ("em", "i") else "link"
            )
            for index in range(len(self.inline) - 1, -1, -1):
                if self.inline[index][0] == kind:
                    opened = self.inline.pop(index)
                    self.inline.append(opened)
                    self._close_inline(self.block)
                    break

    def handle_data(self, data: str) -> None:
        if self.pre_depth:
            self._append_preformatted(data)
        else:
            self._append(data)

    def _append_preformatted(self, data: str) -> None:
        """Code keeps its lines (blank ones become one newline: blocks stay \n\n-separated)."""
        text = _BLANK_LINES.sub(
            "\n", strip_unsafe(data.replace("\r\n", "\n").replace("\t", "    "))
        )
        block = self._ensure_block()
        if not block.length:
            text = text.lstrip("\n")
        elif block.text and block.text[-1].endswith("\n"):
            text = text.lstrip("\n") if text.startswith("\n") else text
        if text:
            block.text.append(text)
            block.length += len(text)

    def _ensure_block(self) -> _OpenBlock:
        if self.block is None:
            self.block = _OpenBlock(self._default_kind(), len(self.lists))
        return self.block

    def _append(self, data: str, raw: bool = False) -> None:
        text = data if raw else strip_unsafe(_WHITESPACE.sub(" ", data))
        if not text:
            return
        block = self._ensure_block()
        previous = block.text[-1][-1] if block.text else ""
        if not raw and text.startswith(" ") and (not previous or previous in " \n"):
            text = text[1:]  # no leading or doubled spaces
        if raw and previous == " ":
            block.text[-1] = block.text[-1][:-1]
            block.length -= 1
        if text:
            block.text.append(text)
            block.length += len(text)

    def close(self) -> None:
        super().close()
        self._end_block()


def html_to_document(
    html: str,
    source_name: str,
    title: str | None = None,
    *,
    author: str = "",
    outlet: str = "",
    published: str = "",
    url: str = "",
    language: str = "",
    title_in_text: bool = True,
    hooks: ImportHooks = NO_HOOKS,
) -> ImportedDocument:
    """Build the canonical text from (any) HTML; the title becomes the first block.

    With ``title_in_text=False`` (a file's document-properties title, often a stale
    template's) the title names the document but is never added to the text."""
    builder = _Builder(source_name)
    clean = sanitise(html)
    for offset in range(0, len(clean), _FEED_CHUNK):
        hooks.step(offset, len(clean))
        builder.feed(clean[offset : offset + _FEED_CHUNK])
    builder.close()
    hooks.step(len(clean), len(clean))
    title = strip_unsafe(title or "")
    text = "".join(builder.chunks)
    blocks = builder.blocks
    headline = (title or "").strip()
    first = text[blocks[0].start : blocks[0].end] if blocks else ""
    if blocks and blocks[0].kind is BlockKind.HEADING and (not headline or first == headline):
        blocks[0] = Block(BlockKind.TITLE, blocks[0].start, blocks[0].end, 1, blocks[0].spans)
        headline = headline or first
    elif headline and not title_in_text:
        pass  # it names the document only
    elif headline:
        # The headline is part of what is checked: put it in the text as its title.
        shift = len(headline) + 2 if text else len(headline)
        blocks = [Block(BlockKind.TITLE, 0, len(headline), 1)] + [
            _shifted(b, shift) for b in blocks
        ]
        text = headline + ("\n\n" + text if text else "")
    elif blocks:
        headline = first.split("\n", 1)[0][:300]
    return ImportedDocument(
        title=headline,
        text=text,
        structure=blocks,
        source_name=source_name,
        author=author,
        outlet=outlet,
        published=published,
        url=url,
        language=language,
    )


def _shifted(block: Block, by: int) -> Block:
    spans = tuple(InlineSpan(s.kind, s.start + by, s.end + by, s.href) for s in block.spans)
    return Block(block.kind, block.start + by, block.end + by, block.level, spans, block.ordered)
