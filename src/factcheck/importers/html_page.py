"""A saved news page: trafilatura finds the article body and its metadata.

Navigation, ads, "read more" links, cookie banners and comments are left out by
trafilatura; whatever it returns is sanitised again before use. Nothing is
fetched: trafilatura only reads the string it is given.
"""

from __future__ import annotations

import re

from factcheck.errors import UserInputError
from factcheck.importers.base import ImportedDocument
from factcheck.importers.html_structure import html_to_document
from factcheck.importers.plaintext import decode

MAX_NESTING = 2_000
_TAG = re.compile(rb"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>")
_VOID = {b"br", b"img", b"hr", b"meta", b"link", b"input", b"source", b"wbr", b"area", b"col"}


def _too_deep(data: bytes) -> bool:
    """A cheap, linear check: parsers must not spend minutes in pathological nesting."""
    depth = 0
    for match in _TAG.finditer(data):
        closing, tag, self_closing = match.groups()
        if tag.lower() in _VOID or self_closing:
            continue
        depth += -1 if closing else 1
        if depth > MAX_NESTING:
            return True
    return False


def _charset(data: bytes) -> str | None:
    found = re.search(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_-]+)""", data[:4096], re.I)
    return found.group(1).decode("ascii") if found else None


def parse(data: bytes, name: str, title: str | None = None) -> ImportedDocument:
    import trafilatura

    if _too_deep(data):
        raise UserInputError(
            f"{name} nests its HTML more than {MAX_NESTING} levels deep; refusing it"
        )
    charset = _charset(data)
    if charset and charset.lower().replace("_", "-") not in ("utf-8", "utf8"):
        try:
            html = data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            raise UserInputError(
                f"{name} declares the encoding {charset!r} but is not in it"
            ) from None
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
        "url": (meta.url or "")
        if meta and (meta.url or "").startswith(("http://", "https://"))
        else "",
        "language": (getattr(meta, "language", None) or "") if meta else "",
    }
    found_title = title or (meta.title if meta else None)
    # Not an article page (no main text found): fall back to the whole, sanitised page.
    document = html_to_document(body or html, name, found_title, **metadata)
    if not document.text.strip():
        raise UserInputError(f"{name} has no readable text")
    return document
