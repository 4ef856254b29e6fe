"""Opening ZIP-based documents (DOCX, ODT) without trusting them."""

from __future__ import annotations

import posixpath
import zipfile
from io import BytesIO

from factcheck.errors import UserInputError

MAX_UNCOMPRESSED_BYTES = 300 * 1024 * 1024
MAX_ENTRIES = 10_000
MAX_RATIO = 200  # a larger compression ratio is a zip bomb, not a document


def open_zip(data: bytes, name: str, what: str) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError):
        raise UserInputError(f"{name} is not a valid {what}: the file is damaged") from None
    if len(entries) > MAX_ENTRIES:
        raise UserInputError(f"{name} has {len(entries)} parts; that is not a {what}")
    total = 0
    for entry in entries:
        normalised = posixpath.normpath(entry.filename)
        if (
            entry.filename.startswith(("/", "\\"))
            or normalised.startswith("..")
            or "\\" in entry.filename
            or ":" in entry.filename.split("/")[0]
        ):
            raise UserInputError(
                f"{name} contains a path that points outside the document ({entry.filename!r}); "
                "refusing it"
            )
        total += entry.file_size
        if entry.compress_size and entry.file_size / entry.compress_size > MAX_RATIO:
            raise UserInputError(f"{name} expands to far more than it holds; refusing it")
    if total > MAX_UNCOMPRESSED_BYTES:
        raise UserInputError(f"{name} expands to {total // 1024 // 1024} MB; refusing it")
    return archive


def read_member(archive: zipfile.ZipFile, member: str, name: str, what: str) -> bytes:
    try:
        return archive.read(member)
    except KeyError:
        raise UserInputError(f"{name} is not a valid {what}: {member} is missing") from None
    except (zipfile.BadZipFile, EOFError, ValueError, OSError):
        raise UserInputError(f"{name} is not a valid {what}: the file is damaged") from None
