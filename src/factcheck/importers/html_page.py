"""A saved news page: trafilatura finds the article body and its metadata.

Navigation, ads, "read more" links, cookie banners and comments are left out by
trafilatura; whatever it returns is sanitised again before use. Nothing is
fetched: trafilatura only reads the string it is given.
"""

from __future__ import annotations

import codecs
import re

from factcheck.domain.models import safe_link
from factcheck.errors import UserInputError
from factcheck.importers.base import MAX_BLOCKS, ImportedDocument
from factcheck.importers.html_structure import html_to_document
from factcheck.importers.plaintext import decode

MAX_NESTING = 2_000
MAX_ELEMENTS = 200_000  # a large saved news page has a few tens of thousands
_BLOCK_TAG = re.compile(
    rb"<(?:p|li|div|h[1-6]|tr|td|th|dt|dd|blockquote|pre|section|article)\b", re.I
)
_TAG = re.compile(rb"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(/?)>")
_VOID = {
    b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta",
    b"source", b"track", b"wbr", b"param", b"keygen",
}  # fmt: skip
# Elements whose end tag HTML implies when a sibling of the same name opens.
_IMPLIED_END = {b"p", b"li", b"dt", b"dd", b"tr", b"td", b"th", b"option", b"optgroup",
                b"thead", b"tbody", b"tfoot", b"rt", b"rp"}  # fmt: skip
_FOREIGN = {b"svg", b"math"}  # only inside these does "/>" close an element
_SIBLING_REACH = 8  # how far up an implied end looks (inline tags in between)


def _too_deep(data: bytes) -> bool:
    """A cheap, linear estimate of the nesting an HTML parser will build.

    As in HTML (not XML), ``<div/>`` opens a div: the slash counts only inside SVG
    and MathML. Parsers must not spend minutes in pathological nesting.
    """
    stack: list[bytes] = []
    open_count: dict[bytes, int] = {}

    def pop_through(tag: bytes) -> None:
        while stack:
            popped = stack.pop()
            open_count[popped] -= 1
            if popped == tag:
                return

    for match in _TAG.finditer(data):
        closing, raw_tag, self_closing = match.groups()
        tag = raw_tag.lower()
        if closing:
            if open_count.get(tag):
                pop_through(tag)
            continue
        if tag in _VOID:
            continue
        if self_closing and (tag in _FOREIGN or any(open_count.get(f) for f in _FOREIGN)):
            continue
        if tag in _IMPLIED_END and open_count.get(tag) and tag in stack[-_SIBLING_REACH:]:
            pop_through(tag)
        stack.append(tag)
        open_count[tag] = open_count.get(tag, 0) + 1
        if len(stack) > MAX_NESTING:
            return True
    return False


def _too_many_elements(data: bytes) -> bool:
    if data.count(b"<") <= MAX_BLOCKS:
        return False  # the common case, decided by one fast count
    blocks = sum(1 for _ in _BLOCK_TAG.finditer(data))
    return blocks > MAX_BLOCKS or sum(1 for _ in _TAG.finditer(data)) > MAX_ELEMENTS


def _charset(data: bytes) -> str | None:
    found = re.search(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_.:-]+)""", data[:65536], re.I)
    return found.group(1).decode("ascii") if found else None


# The encodings browsers know (the WHATWG Encoding Standard), by Python's codec name.
# Labels of anything else ("utf-7", "unicode_escape", "undefined") are ignored, as
# browsers ignore them; Latin-1 and ASCII labels mean windows-1252 there too.
_BROWSER_CODECS = {
    "utf-8", "cp866", "koi8-r", "koi8-u", "mac-roman", "cp874", "gbk", "gb18030", "big5",
    "euc_jp", "iso2022_jp", "shift_jis", "euc_kr", "utf-16-be", "utf-16-le",
    *(f"iso8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)),
    *(f"cp{n}" for n in range(1250, 1259)),
}  # fmt: skip
_AS_WINDOWS_1252 = {"iso8859-1", "ascii", "latin-1"}


def _text_codec(label: str) -> str | None:
    """The codec a page's charset label names, or None for labels no browser honours."""
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name in _AS_WINDOWS_1252:
        return "cp1252"
    return name if name in _BROWSER_CODECS else None


def parse(data: bytes, name: str, title: str | None = None) -> ImportedDocument:
    import trafilatura

    if _too_deep(data):
        raise UserInputError(
            f"{name} nests its HTML more than {MAX_NESTING} levels deep; refusing it"
        )
    if _too_many_elements(data):
        raise UserInputError(
            f"{name} has more than {MAX_ELEMENTS:,} HTML elements or {MAX_BLOCKS:,} "
            "paragraphs; that is not an article page"
        )
    charset = _charset(data)
    codec = _text_codec(charset) if charset else None
    if codec and codec != "utf-8":
        # As a browser does: a byte the encoding lacks becomes U+FFFD, not a refusal.
        html = data.decode(codec, errors="replace")
    else:
        html = decode(data, name)
    meta = trafilatura.extract_metadata(html)
    body = trafilatura.extract(
        html,
        output_format="html",
        include_formatting=True,
        include_links=True,
        include_images=False,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
        with_metadata=False,
    )
    metadata = {
        "author": (meta.author or "") if meta else "",
        "outlet": (meta.sitename or "") if meta else "",
        "published": (meta.date or "") if meta else "",
        "url": (safe_link(meta.url or "") or "") if meta else "",
        "language": (getattr(meta, "language", None) or "") if meta else "",
    }
    found_title = title or (meta.title if meta else None)
    # Not an article page (no main text found): fall back to the whole, sanitised page.
    document = html_to_document(body or html, name, found_title, **metadata)
    if not document.text.strip():
        raise UserInputError(f"{name} has no readable text")
    return document
