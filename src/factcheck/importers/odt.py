"""ODT (OpenDocument text): content.xml turned into simple HTML, then the common path.

No well-kept library converts ODT to HTML (odfpy only reads and writes the XML),
so this walks the elements a draft uses: headings, paragraphs, nested lists,
tables, bold/italic spans (from automatic styles), links, text boxes and captions
(once, after their paragraph), footnotes and endnotes (the marker stays in the
sentence, the note text follows the body, once) and formulas (their text form).
Tracked deletions, comments and images are left out, each with a note.
"""

from __future__ import annotations

import posixpath
import zipfile
from html import escape

from lxml import etree

from factcheck.importers.base import NO_HOOKS, ImportedDocument, ImportHooks
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
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "math": "http://www.w3.org/1998/Math/MathML",
}
T = f"{{{NS['text']}}}"
DRAW = f"{{{NS['draw']}}}"
TABLE = f"{{{NS['table']}}}"
OFFICE = f"{{{NS['office']}}}"
MATH = f"{{{NS['math']}}}"
MAX_REPEATED_SPACES = 100  # <text:s text:c="2000000000"/> must not grow the draft
MAX_DEPTH = 60  # deeper nesting is read as plain text (no deep recursion)
_BATCH = 200  # top-level blocks between progress reports
# Parts of the body that are not text of the draft.
_SKIPPED = {
    T + "tracked-changes", T + "sequence-decls", T + "variable-decls", T + "user-field-decls",
    T + "dde-connection-decls", T + "table-of-content-source", T + "alphabetical-index-source",
    T + "illustration-index-source", T + "index-title-template", OFFICE + "forms",
    T + "soft-page-break", OFFICE + "annotation", OFFICE + "annotation-end",
    T + "change", T + "change-start", T + "change-end", T + "note-citation",
    TABLE + "table-columns", TABLE + "table-column", TABLE + "table-header-columns",
}  # fmt: skip


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


def _numbered_lists(*roots: etree._Element) -> set[str]:
    """List style names whose first level is numbered (an ordered list)."""
    numbered = set()
    for root in roots:
        for style in root.iterfind(".//text:list-style", NS):
            first = next(iter(style), None)
            if first is not None and first.tag == T + "list-level-style-number":
                numbered.add(style.get(f"{{{NS['style']}}}name", ""))
    return numbered


def _plural(count: int, noun: str) -> str:
    return f"1 {noun} was" if count == 1 else f"{count} {noun}s were"


class _Converter:
    def __init__(
        self, archive: zipfile.ZipFile, name: str, styles: dict[str, set[str]], numbered: set[str]
    ) -> None:
        self.archive = archive
        self.name = name
        self.styles = styles
        self.numbered = numbered
        self.note_bodies: list[str] = []
        self.deferred: list[str] = []  # text boxes and captions, put after their paragraph
        self.images = 0
        self.comments = 0
        self.formulas_unread = 0
        self.tracked_changes = False

    # --- blocks -------------------------------------------------------------------------
    def blocks(self, container: etree._Element, depth: int) -> str:
        return "".join(self.block(child, depth) for child in container)

    def block(self, element: etree._Element, depth: int) -> str:
        tag = element.tag
        if not isinstance(tag, str) or tag in _SKIPPED:
            if tag == T + "tracked-changes":
                self.tracked_changes = True
            elif tag == OFFICE + "annotation":
                self.comments += 1
            return ""
        if depth > MAX_DEPTH:
            return f"<p>{escape(' '.join(''.join(element.itertext()).split()))}</p>"
        if tag == T + "h":
            level = _count(element.get(T + "outline-level"), 1, 6)
            return self._with_deferred(f"<h{level}>{self.inline(element, depth)}</h{level}>")
        if tag == T + "p":
            return self._with_deferred(f"<p>{self.inline(element, depth)}</p>")
        if tag == T + "list":
            return self.list_html(element, depth, self.numbered_style(element))
        if tag == TABLE + "table-row":
            return f"<tr>{self.blocks(element, depth + 1)}</tr>"
        if tag in (TABLE + "table-cell", TABLE + "covered-table-cell"):
            return f"<td>{self.blocks(element, depth + 1)}</td>" if len(element) else ""
        if tag == TABLE + "table":
            return f"<table>{self.blocks(element, depth + 1)}</table>"
        if tag.startswith(DRAW):
            inline = self.drawing(element, depth)
            return self._with_deferred(f"<p>{inline}</p>" if inline.strip() else "")
        return self.blocks(element, depth + 1)  # sections, indexes, headers: their content

    def numbered_style(self, element: etree._Element) -> bool:
        return element.get(T + "style-name", "") in self.numbered

    def list_html(self, element: etree._Element, depth: int, ordered: bool) -> str:
        tag = "ol" if ordered else "ul"
        items = []
        for item in element:
            if item.tag not in (T + "list-item", T + "list-header"):
                continue
            inner = []
            for child in item:
                if child.tag == T + "list":
                    inner.append(self.list_html(child, depth + 1, ordered))
                else:
                    inner.append(self.block(child, depth + 1))
            items.append(f"<li>{''.join(inner)}</li>")
        return f"<{tag}>{''.join(items)}</{tag}>"

    def _with_deferred(self, html: str) -> str:
        if not self.deferred:
            return html
        deferred, self.deferred = self.deferred, []
        return html + "".join(deferred)

    # --- inline content -----------------------------------------------------------------
    def inline(self, element: etree._Element, depth: int) -> str:
        """The HTML of an element's inline content."""
        if depth > MAX_DEPTH:
            return escape(" ".join("".join(element.itertext()).split()))
        out: list[str] = [escape(element.text or "")]
        for child in element:
            out.append(self.inline_child(child, depth + 1))
            out.append(escape(child.tail or ""))
        return "".join(out)

    def inline_child(self, child: etree._Element, depth: int) -> str:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIPPED:
            if tag == OFFICE + "annotation":
                self.comments += 1
            return ""
        if tag == T + "span":
            inner = self.inline(child, depth)
            marks = self.styles.get(child.get(T + "style-name", ""), set())
            if "strong" in marks:
                inner = f"<strong>{inner}</strong>"
            if "emphasis" in marks:
                inner = f"<em>{inner}</em>"
            return inner
        if tag == T + "a":
            href = escape(child.get(f"{{{NS['xlink']}}}href", ""), quote=True)
            return f'<a href="{href}">{self.inline(child, depth)}</a>'
        if tag == T + "line-break":
            return "<br>"
        if tag == T + "s":
            return " " * _count(child.get(T + "c"), 1, MAX_REPEATED_SPACES)
        if tag == T + "tab":
            return " "
        if tag == T + "note":
            return self.note(child, depth)
        if tag.startswith(DRAW):
            return self.drawing(child, depth)
        return self.inline(child, depth)

    def note(self, note: etree._Element, depth: int) -> str:
        """The marker stays in the sentence; the note's text goes after the body, once."""
        citation = note.find("text:note-citation", NS)
        marker = "".join(citation.itertext()).strip() if citation is not None else ""
        marker = marker or str(len(self.note_bodies) + 1)
        body = note.find("text:note-body", NS)
        saved, self.deferred = self.deferred, []
        text = " ".join(
            self.inline(p, depth) for p in (body if body is not None else ()) if p.tag == T + "p"
        )
        self.deferred = saved
        self.note_bodies.append(f"<p>[{escape(marker)}] {text}</p>")
        return f" [{escape(marker)}]" if not marker[-1:].isspace() else f"[{escape(marker)}]"

    def drawing(self, element: etree._Element, depth: int) -> str:
        """A frame or shape: a formula reads inline; text boxes (captions) come after the
        paragraph; pictures are counted, never loaded."""
        tag = element.tag
        if tag == DRAW + "a":
            return self.inline(element, depth)
        if tag == DRAW + "frame":
            objects = element.findall("draw:object", NS)
            if objects:
                return " ".join(self.formula(obj) for obj in objects)
            for child in element:
                if child.tag == DRAW + "text-box":
                    self.deferred.append(self.blocks(child, depth + 1))
                elif child.tag == DRAW + "image":
                    self.images += 1
                    break  # the other children are the same picture in other formats
            return ""
        if tag == DRAW + "image":
            self.images += 1
            return ""
        # A shape (rectangle, custom shape...) may hold paragraphs: keep them as blocks.
        self.deferred.append(self.blocks(element, depth + 1))
        return ""

    def formula(self, obj: etree._Element) -> str:
        """A formula's plain form: the StarMath annotation, else the MathML text."""
        math = obj.find("math:math", NS)
        if math is None:
            href = obj.get(f"{{{NS['xlink']}}}href", "")
            part = posixpath.normpath(posixpath.join(href.removeprefix("./"), "content.xml"))
            if href and not part.startswith("..") and part in self.archive.namelist():
                root = parse_xml(read_member(self.archive, part, self.name, WHAT), self.name, WHAT)
                math = root if root.tag == MATH + "math" else root.find(".//math:math", NS)
        if math is None:
            if obj.get(f"{{{NS['xlink']}}}href"):
                self.formulas_unread += 1
            return ""
        annotation = math.find(".//math:annotation", NS)
        if annotation is not None and (annotation.text or "").strip():
            return escape(" ".join(annotation.text.split()))
        shown = math.find(".//math:semantics", NS)
        source = shown[0] if shown is not None and len(shown) else math
        return escape(" ".join(" ".join(t.strip() for t in source.itertext()).split()))

    def notes(self) -> list[str]:
        found = []
        if self.tracked_changes:
            found.append(
                "The draft had tracked changes: read as accepted (insertions kept, "
                "deletions left out)"
            )
        if self.comments:
            found.append(f"{_plural(self.comments, 'comment')} left out")
        if self.images:
            found.append(f"{_plural(self.images, 'image')} not imported (text only)")
        if self.formulas_unread:
            found.append(f"{_plural(self.formulas_unread, 'embedded object')} could not be read")
        if self.note_bodies:
            found.append(
                f"{_plural(len(self.note_bodies), 'footnote or endnote')} moved after the text"
            )
        return found


def parse(
    data: bytes, name: str, title: str | None = None, hooks: ImportHooks = NO_HOOKS
) -> ImportedDocument:
    archive = open_zip(data, name, WHAT)
    content = parse_xml(read_member(archive, "content.xml", name, WHAT), name, WHAT)
    styles = _styles(content)
    roots = [content]
    if "styles.xml" in archive.namelist():
        roots.append(parse_xml(read_member(archive, "styles.xml", name, WHAT), name, WHAT))
    converter = _Converter(archive, name, styles, _numbered_lists(*roots))
    body = content.find("office:body/office:text", NS)
    parts: list[str] = []
    children = list(body) if body is not None else []
    for index, child in enumerate(children):
        if index % _BATCH == 0:
            hooks.step(index, len(children))
        parts.append(converter.block(child, 0))
    parts.extend(converter.note_bodies)
    html = "".join(parts)
    doc_title, author = "", ""
    if "meta.xml" in archive.namelist():
        meta = parse_xml(read_member(archive, "meta.xml", name, WHAT), name, WHAT)
        doc_title = text_of(meta, ".//dc:title", NS)
        author = text_of(meta, ".//meta:initial-creator", NS) or text_of(meta, ".//dc:creator", NS)
    # As for DOCX: the properties title names the document, it is never added to the text.
    given = (title or "").strip()
    document = html_to_document(
        html, name, given or doc_title or None, author=author, title_in_text=bool(given)
    )
    document.notes.extend(converter.notes())
    return document
