"""Reading a file the user picked: size and sanity checks, format sniffing, dispatch."""

from __future__ import annotations

import hashlib
import importlib
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.domain.structure import Block
from factcheck.domain.text import has_unsafe, os_text, strip_unsafe
from factcheck.errors import Cancelled, UserInputError

MAX_IMPORT_BYTES = 50 * 1024 * 1024
# A 100,000-word draft is about 600,000 characters in 3,000-5,000 paragraphs. Far
# larger inputs are refused before the (linear, but not cheap) structure is built.
MAX_TEXT_CHARS = 10_000_000
MAX_BLOCKS = 50_000


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
    # What the import left out or changed, one user-readable line each ("The draft had
    # tracked changes: deletions were left out, insertions kept").
    notes: list[str] = field(default_factory=list)

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


Progress = Callable[[int, int], None]
"""Called as ``progress(done, total)`` while a draft is read (units are the importer's)."""
CancelCheck = Callable[[], bool]
"""Returns True once the user asked to stop; the import then raises ``Cancelled``."""


@dataclass(frozen=True)
class ImportHooks:
    """Progress reports and a cancel check, both optional; Qt-free so any caller can use them."""

    progress: Progress | None = None
    cancelled: CancelCheck | None = None

    def step(self, done: int, total: int) -> None:
        """Report ``done`` of ``total``; raise ``Cancelled`` if the user asked to stop."""
        if self.cancelled is not None and self.cancelled():
            raise Cancelled("Import cancelled; nothing was imported")
        if self.progress is not None:
            self.progress(min(done, total), total)


NO_HOOKS = ImportHooks()


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
        if _is_odt(data):
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


_ODT_MEDIA_TYPE = b"application/vnd.oasis.opendocument.text"
_MAX_SNIFFED_PART = 1024 * 1024


def _is_odt(data: bytes) -> bool:
    """An ODT by its parts, not by entry order: the spec wants ``mimetype`` first, but
    real files (zipped again by other tools) have it anywhere, compressed, or lack it."""
    if _ODT_MEDIA_TYPE in data[:200]:
        return True
    if b"content.xml" not in data or b"META-INF/manifest.xml" not in data:
        return False
    import zipfile
    from io import BytesIO

    try:
        archive = zipfile.ZipFile(BytesIO(data))
        parts = {info.filename: info for info in archive.infolist()}
        if "content.xml" not in parts:
            return False
        for member in ("mimetype", "META-INF/manifest.xml"):
            info = parts.get(member)
            small = info is not None and info.file_size <= _MAX_SNIFFED_PART
            if small and _ODT_MEDIA_TYPE in archive.read(member):
                return True
    except Exception:  # damaged: the ODT importer refuses it with a clear message
        return True
    return False


def read_limited(path: Path, limit: int = MAX_IMPORT_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, or a one-line refusal.

    Devices, pipes and sockets are refused before they are read (``/dev/zero`` never
    ends, a FIFO waits for ever), and at most ``limit + 1`` bytes are ever read, since
    the size on disk can change (or lie) between the check and the read.
    """
    shown = os_text(str(path))
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise UserInputError(f"{shown}: no such file") from None
    except OSError as exc:
        raise UserInputError(f"{shown}: cannot read ({exc.strerror})") from None
    if stat.S_ISDIR(info.st_mode):
        raise UserInputError(f"{shown} is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise UserInputError(f"{shown} is not a regular file (a device, pipe or socket)")
    if info.st_size > limit:
        raise _too_large(path, info.st_size, limit)
    try:
        # O_NONBLOCK: should a FIFO be swapped in after the check, open must not wait.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise UserInputError(f"{shown}: cannot read ({exc.strerror})") from None
    with os.fdopen(fd, "rb") as handle:
        try:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise UserInputError(f"{shown} is not a regular file (a device, pipe or socket)")
            data = handle.read(limit + 1)
        except OSError as exc:
            raise UserInputError(f"{shown}: cannot read ({exc.strerror})") from None
    if len(data) > limit:
        raise _too_large(path, len(data), limit)
    return data


def _too_large(path: Path, size: int, limit: int) -> UserInputError:
    return UserInputError(
        f"{os_text(path.name)} is {size / 1024 / 1024:.0f} MB or more; the limit is "
        f"{limit // 1024 // 1024} MB"
    )


def read_document(
    path: Path,
    title: str | None = None,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportedDocument:
    """Read and convert a draft; ``progress`` and ``cancelled`` let a window show a bar
    and a Cancel button (``factcheck.errors.Cancelled`` is raised when it is pressed)."""
    hooks = ImportHooks(progress, cancelled)
    hooks.step(0, 1)
    return parse_bytes(read_limited(path), os_text(path.name), title, hooks)


def parse_bytes(
    data: bytes, name: str, title: str | None = None, hooks: ImportHooks = NO_HOOKS
) -> ImportedDocument:
    if not data.strip():
        raise UserInputError(f"{name} is empty")
    kind = sniff(data, name)
    module = importlib.import_module(f"factcheck.importers.{_MODULES[kind]}")
    imported: ImportedDocument = module.parse(data, name, title, hooks=hooks)
    if has_unsafe(imported.text):
        # Every importer strips control characters before it builds the structure; one
        # that slipped through is removed here, and the structure rebuilt to match.
        from factcheck.importers.plaintext import paragraph_blocks

        imported.text = strip_unsafe(imported.text)
        imported.structure = paragraph_blocks(imported.text)
    imported.title = " ".join(strip_unsafe(imported.title).split())
    for metadata in ("author", "outlet", "url", "published", "language"):
        # Metadata from the file (DOCX dc:creator, a page's og:url) is shown and exported.
        setattr(imported, metadata, " ".join(strip_unsafe(getattr(imported, metadata)).split()))
    if not imported.text.strip():
        raise UserInputError(f"{name} has no text to review")
    check_size(len(imported.text), len(imported.structure), name)
    imported.format = kind
    imported.notes = list(dict.fromkeys(" ".join(note.split()) for note in imported.notes))
    hooks.step(1, 1)
    return imported


def check_size(characters: int, blocks: int, name: str) -> None:
    """Refuse a draft far beyond any real article (and the app's comfort)."""
    if characters > MAX_TEXT_CHARS:
        raise UserInputError(
            f"{name} holds {characters:,} characters; Factcheck takes drafts of up to "
            f"{MAX_TEXT_CHARS:,}"
        )
    if blocks > MAX_BLOCKS:
        raise UserInputError(
            f"{name} has more than {MAX_BLOCKS:,} paragraphs; Factcheck takes drafts of up "
            "to that many: split it"
        )


_MODULES = {
    "text": "plaintext",
    "markdown": "markdown",
    "html": "html_page",
    "docx": "docx",
    "odt": "odt",
    "pdf": "pdf",
}
