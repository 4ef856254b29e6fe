"""ODT (OpenDocument text): content.xml turned into simple HTML, then the common path.

No well-kept library converts ODT to HTML (odfpy only reads and writes the XML),
so this walks the few elements a draft uses: headings, paragraphs, lists,
bold/italic spans (from automatic styles) and links.
"""

from __future__ import annotations

from html import escape

from lxml import etree

from factcheck.importers.base import ImportedDocument
from factcheck.importers.html_structure import html_to_document
from factcheck.importers.safexml import parse_xml, text_of
from factcheck.importers.zipsafety import open_zip, read_member

WHAT = "ODT document"
NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
}
T = f"{{{NS['text']}}}"
MAX_REPEATED_SPACES = 100  # <text:s text:c="2000000000"/> must not grow the draft


def _count(value: str | None, default: int, highest: int) -> int:
    """A number attribute from the file, clamped; nonsense reads as the default."""
    try:
        number = int((value or "").strip())
    except ValueError:
        return default
    return max(1, min(highest, number))


def _styles(root: etree._Element) -> dict[str, set[str]]:
    """Automatic style name -> {"strong", "emphasis"}."""
    found: dict[str, set[str]] = {}
    for style in root.iterfind(".//style:style", NS):
        props = style.find("style:text-properties", NS)
        if props is None:
            continue
        marks = set()
        if props.get(f"{{{NS['fo']}}}font-weight") in ("bold", "700", "800", "900"):
            marks.add("strong")
        if props.get(f"{{{NS['fo']}}}font-style") == "italic":
            marks.add("emphasis")
        found[style.get(f"{{{NS['style']}}}name", "")] = marks
    return found


def _inline(element: etree._Element, styles: dict[str, set[str]]) -> str:
    """The HTML of an element's inline content, iteratively (no deep recursion)."""
    out: list[str] = [escape(element.text or "")]
    for child in element:
        tag = child.tag
        inner = _inline(child, styles) if len(child) < 200 else escape("".join(child.itertext()))
        if tag == T + "span":
            marks = styles.get(child.get(T + "style-name", ""), set())
            if "strong" in marks:
                inner = f"<strong>{inner}</strong>"
            if "emphasis" in marks:
                inner = f"<em>{inner}</em>"
            out.append(inner)
        elif tag == T + "a":
            href = escape(child.get(f"{{{NS['xlink']}}}href", ""), quote=True)
            out.append(f'<a href="{href}">{inner}</a>')
        elif tag == T + "line-break":
            out.append("<br>")
        elif tag == T + "s":
            out.append(" " * _count(child.get(T + "c"), 1, MAX_REPEATED_SPACES))
        elif tag == T + "tab":
            out.append(" ")
        else:
            out.append(inner)
        out.append(escape(child.tail or ""))
    return "".join(out)


def _to_html(body: etree._Element, styles: dict[str, set[str]]) -> str:
    parts: list[str] = []
    for element in body.iter(T + "h", T + "p", T + "list", T + "list-item"):
        if element.tag == T + "h":
            level = _count(element.get(T + "outline-level"), 1, 6)
            parts.append(f"<h{level}>{_inline(element, styles)}</h{level}>")
        elif element.tag == T + "p":
            inside_item = (
                element.getparent() is not None and element.getparent().tag == T + "list-item"
            )
            tag = "li" if inside_item else "p"
            parts.append(f"<{tag}>{_inline(element, styles)}</{tag}>")
    return "".join(parts)


def parse(data: bytes, name: str, title: str | None = None) -> ImportedDocument:
    archive = open_zip(data, name, WHAT)
    content = parse_xml(read_member(archive, "content.xml", name, WHAT), name, WHAT)
    styles = _styles(content)
    body = content.find("office:body/office:text", NS)
    html = _to_html(body, styles) if body is not None else ""
    doc_title, author = "", ""
    if "meta.xml" in archive.namelist():
        meta = parse_xml(read_member(archive, "meta.xml", name, WHAT), name, WHAT)
        doc_title = text_of(meta, ".//dc:title", NS)
        author = text_of(meta, ".//meta:initial-creator", NS) or text_of(meta, ".//dc:creator", NS)
    return html_to_document(html, name, title or doc_title or None, author=author)
