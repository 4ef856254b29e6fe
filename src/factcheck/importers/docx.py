"""DOCX through mammoth (clean semantic HTML); images are never loaded.

mammoth (>= 1.11) never opens linked (external) images, and our image converter
never reads any image, so a draft with a linked picture imports with a note; the
link is not followed. Tracked changes are read as accepted: mammoth keeps
insertions and skips deletions; the note says the draft had them.
"""

from __future__ import annotations

import re
from io import BytesIO
from typing import Any

from factcheck.errors import UserInputError
from factcheck.importers.base import NO_HOOKS, ImportedDocument, ImportHooks
from factcheck.importers.html_structure import html_to_document
from factcheck.importers.safexml import parse_xml, text_of
from factcheck.importers.zipsafety import open_zip, read_member

WHAT = "DOCX document"
_CORE_NS = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
}
_RELS_NS = {"r": "http://schemas.openxmlformats.org/package/2006/relationships"}
_TRACKED_CHANGE = re.compile(rb"<w:(?:ins|del|moveFrom|moveTo)[\s>/]")
_COMMENT_REFERENCE = re.compile(rb"<w:commentReference[\s>/]")


def _linked_images(archive: Any, name: str) -> int:
    """How many images point at files or URLs outside the document (never followed)."""
    count = 0
    for member in archive.namelist():
        if not member.endswith(".rels"):
            continue
        rels = parse_xml(read_member(archive, member, name, WHAT), name, WHAT)
        for rel in rels.findall("r:Relationship", _RELS_NS):
            external = rel.get("TargetMode", "").strip().lower() == "external"
            if external and rel.get("Type", "").strip().lower().endswith("/image"):
                count += 1
    return count


def _plural(count: int, noun: str) -> str:
    return f"1 {noun} was" if count == 1 else f"{count} {noun}s were"


def parse(
    data: bytes, name: str, title: str | None = None, hooks: ImportHooks = NO_HOOKS
) -> ImportedDocument:
    import mammoth

    archive = open_zip(data, name, WHAT)
    body_xml = read_member(archive, "word/document.xml", name, WHAT)
    notes: list[str] = []
    linked = _linked_images(archive, name)
    if linked:
        notes.append(f"{_plural(linked, 'linked image')} not loaded (the links were not followed)")
    if _TRACKED_CHANGE.search(body_xml):
        notes.append(
            "The draft had tracked changes: read as accepted (insertions kept, deletions left out)"
        )
    if _COMMENT_REFERENCE.search(body_xml):
        notes.append("Comments in the draft were left out")
    # (The file's creation date is not the publication date: leave that to the reviewer.)
    author = ""
    doc_title = ""
    if "docProps/core.xml" in archive.namelist():
        core = parse_xml(read_member(archive, "docProps/core.xml", name, WHAT), name, WHAT)
        doc_title = text_of(core, "dc:title", _CORE_NS)
        author = text_of(core, "dc:creator", _CORE_NS)
    images_skipped = 0

    def no_images(image: Any) -> dict[str, str]:
        nonlocal images_skipped
        images_skipped += 1
        return {}  # images are not imported: no file or network read, ever

    hooks.step(0, 2)
    try:
        result = mammoth.convert_to_html(
            BytesIO(data), convert_image=mammoth.images.img_element(no_images)
        )
    except Exception as exc:  # mammoth raises many kinds on broken files
        raise UserInputError(f"{name} is not a valid {WHAT}: {type(exc).__name__}") from None
    hooks.step(1, 2)
    if images_skipped:
        notes.append(f"{_plural(images_skipped, 'image')} not imported (text only)")
    # The document-properties title (often a stale template's) names the document but
    # is never added to the text: only what the writer typed is checked.
    given = (title or "").strip()
    document = html_to_document(
        result.value, name, given or doc_title or None, author=author, title_in_text=bool(given)
    )
    document.notes.extend(notes)
    return document
