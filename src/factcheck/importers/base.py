"""Reading a file the user picked: size and sanity checks, format sniffing, dispatch."""

from __future__ import annotations

import hashlib
import importlib
import re
from dataclasses import dataclass
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
    format: str = "text"

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_ZIP = b"PK\x03\x04"
_EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".docx": "docx", ".odt": "odt",
    ".pdf": "pdf",
}  # fmt: skip
_NOT_SUPPORTED = (
    (b"{\\rtf", "an RTF document; save it as DOCX or plain text"),
    (b"\xd0\xcf\x11\xe0", "an old Word/Office document; save it as DOCX"),
)
_HTML_START = re.compile(
    rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype html|html|head|body)\b", re.I | re.S
)
_MARKDOWN_SIGNS = re.compile(r"^(#{1,6} |\* |- |> |\d+\. )|\[[^\]]+\]\(https?://|\*\*\S", re.M)


def sniff(data: bytes, name: str) -> str:
    """The format by content first; the extension only decides between text formats."""
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(_ZIP):
        if b"word/document.xml" in data:
            return "docx"
        if b"application/vnd.oasis.opendocument.text" in data[:200]:
            return "odt"
        raise UserInputError(f"{name} is a ZIP archive but not a DOCX or ODT document")
    for magic, what in _NOT_SUPPORTED:
        if data.startswith(magic):
            raise UserInputError(f"{name} is {what}")
    claimed = _EXTENSIONS.get(Path(name).suffix.lower())
    if claimed in ("docx", "odt", "pdf"):
        raise UserInputError(
            f"{name} is not a valid {claimed.upper()} file: the content is not one"
        )
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    if claimed == "html" or _HTML_START.match(head):
        return "html"
    if claimed == "markdown":
        return "markdown"
    if claimed is None and _MARKDOWN_SIGNS.search(head.decode("utf-8", "ignore")):
        return "markdown"  # a draft with no extension, written in Markdown
    return "text"


def read_document(path: Path, title: str | None = None) -> ImportedDocument:
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
    return parse_bytes(data, path.name, title)


def parse_bytes(data: bytes, name: str, title: str | None = None) -> ImportedDocument:
    if not data.strip():
        raise UserInputError(f"{name} is empty")
    kind = sniff(data, name)
    module = importlib.import_module(f"factcheck.importers.{_MODULES[kind]}")
    imported: ImportedDocument = module.parse(data, name, title)
    if not imported.text.strip():
        raise UserInputError(f"{name} has no text to review")
    imported.format = kind
    return imported


_MODULES = {
    "text": "plaintext",
    "markdown": "markdown",
    "html": "html_page",
    "docx": "docx",
    "odt": "odt",
    "pdf": "pdf",
}
