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
from factcheck.importers.base import MAX_BLOCKS, NO_HOOKS, ImportedDocument, ImportHooks
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


# Chosen by measurement on 400 pages of trafilatura's evaluation set (bench/import_bench.py):
# the balanced setting keeps credit lines, standfirsts and captions that
# ``favor_precision`` drops, and scores above trafilatura's own default.
EXTRACT_SETTINGS: dict[str, bool] = {"favor_precision": False, "favor_recall": False}
_SEPARATOR = re.compile(r"\s+[|\u2013\u2014\u00b7\u2022»/-]\s+|\s+::\s+")
_DATE_LIKE = re.compile(r"^[\d\s./:-]+$")
_DOMAIN_LIKE = re.compile(r"^[\w-]+(\.[\w-]+)*\.[a-z]{2,}$", re.I)
MAX_TITLE = 300


def decode_page(data: bytes, name: str) -> tuple[str, list[str]]:
    """The page's text as a browser reads it, and a note when bytes had to be replaced.

    The charset is looked for in the first 64 KB; a declared encoding is used with
    undecodable bytes replaced (a UTF-8 page with a few stray Latin-1 bytes still
    reads); without a usable declaration, UTF-8 is tried, then the encoding detected."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode(data, name), []
    if b"\x00" in data[:4096]:
        return decode(data, name), []  # UTF-16 without BOM, or binary: refused there
    charset = _charset(data)
    codec = _text_codec(charset) if charset else None
    if codec is None:
        try:
            return data.decode("utf-8"), []
        except UnicodeDecodeError:
            codec = _detected_codec(data)
    html = data.decode(codec, errors="replace")
    replaced = html.count("\ufffd") - data.count("\ufffd".encode())
    if replaced <= 0:
        return html, []
    what = "byte" if replaced == 1 else "bytes"
    return html, [
        f"{replaced} {what} could not be read as {codec.upper()} and were replaced with \ufffd"
    ]


def _detected_codec(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:262144]).best()
    found = _text_codec(best.encoding) if best is not None else None
    return found or "cp1252"  # what browsers in most Western locales fall back to


def _meta_content(tree: object, *keys: str) -> str:
    for key in keys:
        for element in tree.xpath(  # type: ignore[attr-defined]
            f'//meta[@property="{key}" or @name="{key}"]/@content'
        ):
            text = " ".join(str(element).split())
            if text:
                return text
    return ""


def _strip_site_name(title: str, site: str) -> str:
    """ "Headline | DW | 23.05.2019" -> "Headline": site names, dates, domains go."""
    parts = [part.strip() for part in _SEPARATOR.split(title) if part.strip()]
    if len(parts) < 2:
        return title.strip()
    site_key = site.casefold()

    def is_site(part: str) -> bool:
        key = part.casefold()
        named = bool(site_key) and (key in site_key or site_key in key) and len(part.split()) <= 4
        return named or bool(_DATE_LIKE.match(part)) or bool(_DOMAIN_LIKE.match(part))

    kept = [part for part in parts if not is_site(part)] or parts
    return max(kept, key=len)


def _same_words(short: str, long: str) -> bool:
    return " ".join(short.casefold().split()) in " ".join(long.casefold().split())


def _headline(tree: object, meta_title: str, site: str) -> str:
    """The article's headline: an <h1> the page's titles agree with, else og:title or
    <title> without the site's name."""
    og_title = _meta_content(tree, "og:title", "twitter:title")
    page_titles = [t for t in (og_title, meta_title) if t]
    for heading in tree.xpath("//h1")[:3]:  # type: ignore[attr-defined]
        text = " ".join(heading.text_content().split())
        if len(text.split()) >= 2 and (
            not page_titles or any(_same_words(text, t) for t in page_titles)
        ):
            return text[:MAX_TITLE]
    return _strip_site_name(og_title or meta_title, site)[:MAX_TITLE]


def parse(
    data: bytes, name: str, title: str | None = None, hooks: ImportHooks = NO_HOOKS
) -> ImportedDocument:
    import trafilatura
    from trafilatura.utils import load_html

    if _too_deep(data):
        raise UserInputError(
            f"{name} nests its HTML more than {MAX_NESTING} levels deep; refusing it"
        )
    if _too_many_elements(data):
        raise UserInputError(
            f"{name} has more than {MAX_ELEMENTS:,} HTML elements or {MAX_BLOCKS:,} "
            "paragraphs; that is not an article page"
        )
    html, notes = decode_page(data, name)
    hooks.step(0, 4)
    tree = load_html(html)
    meta = trafilatura.extract_metadata(tree) if tree is not None else None
    site = (meta.sitename or "") if meta else ""
    headline = _headline(tree, (meta.title or "") if meta else "", site) if tree is not None else ""
    hooks.step(1, 4)
    body = trafilatura.extract(
        html,
        output_format="html",
        include_formatting=True,
        include_links=True,
        include_images=False,
        include_comments=False,
        include_tables=True,
        with_metadata=False,
        favor_precision=EXTRACT_SETTINGS["favor_precision"],
        favor_recall=EXTRACT_SETTINGS["favor_recall"],
    )
    hooks.step(2, 4)
    found_title = title or headline or None
    # Not an article page (no main text found): fall back to the whole, sanitised page.
    if not body:
        notes.append("No article was found on the page: the whole page was imported")
    document = html_to_document(
        body or html,
        name,
        found_title,
        author=(meta.author or "") if meta else "",
        outlet=site,
        published=(meta.date or "") if meta else "",
        url=(safe_link(meta.url or "") or "") if meta else "",
        language=(getattr(meta, "language", None) or "") if meta else "",
    )
    if not document.text.strip():
        raise UserInputError(f"{name} has no readable text")
    document.notes.extend(notes)
    return document
