"""DOCX through mammoth (clean semantic HTML); images are never loaded."""

from __future__ import annotations

from io import BytesIO
from typing import Any

from factcheck.errors import UserInputError
from factcheck.importers.base import ImportedDocument
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


def _refuse_external_images(archive: Any, name: str) -> None:
    """Linked images point at files or URLs outside the document: never follow them."""
    for member in archive.namelist():
        if not member.endswith(".rels"):
            continue
        rels = parse_xml(read_member(archive, member, name, WHAT), name, WHAT)
        for rel in rels.findall("r:Relationship", _RELS_NS):
            external = rel.get("TargetMode", "").strip().lower() == "external"
            if external and rel.get("Type", "").strip().lower().endswith("/image"):
                raise UserInputError(
                    f"{name} links images from outside the document ({rel.get('Target')!r}); "
                    "Factcheck never loads those: embed or remove the images and try again"
                )


def parse(data: bytes, name: str, title: str | None = None) -> ImportedDocument:
    import mammoth

    archive = open_zip(data, name, WHAT)
    read_member(archive, "word/document.xml", name, WHAT)
    _refuse_external_images(archive, name)
    # (The file's creation date is not the publication date: leave that to the reviewer.)
    author = ""
    doc_title = ""
    if "docProps/core.xml" in archive.namelist():
        core = parse_xml(read_member(archive, "docProps/core.xml", name, WHAT), name, WHAT)
        doc_title = text_of(core, "dc:title", _CORE_NS)
        author = text_of(core, "dc:creator", _CORE_NS)

    def no_images(image: Any) -> dict[str, str]:
        return {}  # images are not imported: no file or network read, ever

    try:
        result = mammoth.convert_to_html(
            BytesIO(data), convert_image=mammoth.images.img_element(no_images)
        )
    except Exception as exc:  # mammoth raises many kinds on broken files
        raise UserInputError(f"{name} is not a valid {WHAT}: {type(exc).__name__}") from None
    return html_to_document(result.value, name, title or doc_title or None, author=author)
