"""Reading a file the user picked: size and sanity checks, format sniffing, dispatch."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.domain.structure import Block
from factcheck.errors import UserInputError

MAX_IMPORT_BYTES = 50 * 1024 * 1024


@dataclass
class ImportedDocument:
    """What an importer hands back; the canonical ``text`` is what offsets index."""

    title: str
    text: str
    structure: list[Block]
    source_name: str
    outlet: str = ""
    author: str = ""
    url: str = ""
    published: str = ""
    language: str = ""
    warnings: list[str] = field(default_factory=list)

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# Magic numbers of formats we recognise but cannot import yet, so the user learns
# what the file is rather than reading a wall of mojibake.
_NOT_YET = (
    (b"%PDF", "a PDF"),
    (b"PK\x03\x04", "a ZIP container (DOCX, ODT or similar)"),
    (b"{\\rtf", "an RTF document"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
)


def read_document(path: Path, title: str | None = None) -> ImportedDocument:
    from factcheck.importers import plaintext

    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise UserInputError(f"{path}: no such file") from None
    except OSError as exc:
        raise UserInputError(f"{path}: cannot read ({exc.strerror})") from None
    if path.is_dir():
        raise UserInputError(f"{path} is a folder, not a file")
    if size > MAX_IMPORT_BYTES:
        raise UserInputError(
            f"{path.name} is {size / 1024 / 1024:.0f} MB; the limit is "
            f"{MAX_IMPORT_BYTES // 1024 // 1024} MB"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserInputError(f"{path}: cannot read ({exc.strerror})") from None
    for magic, what in _NOT_YET:
        if data.startswith(magic):
            raise UserInputError(f"{path.name} is {what}; only plain text can be imported so far")
    head = data[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        raise UserInputError(f"{path.name} is an HTML page; only plain text can be imported so far")
    return plaintext.parse(data, source_name=path.name, title=title)
