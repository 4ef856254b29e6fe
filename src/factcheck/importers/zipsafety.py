"""Opening ZIP-based documents (DOCX, ODT) without trusting them.

Every member is inflated once, streaming, before any parser sees the archive: the
sizes in a ZIP's directory are the attacker's word, the inflated bytes are not.
That bounds the total, the ratio and each part, and turns damaged deflate data,
unknown compression methods and encrypted entries into one clear refusal.
"""

from __future__ import annotations

import lzma
import posixpath
import zipfile
import zlib
from io import BytesIO

from factcheck.errors import UserInputError

MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024  # all members together
MAX_XML_PART_BYTES = 48 * 1024 * 1024  # one part we parse (document.xml, content.xml)
MAX_ENTRIES = 10_000
MAX_RATIO = 100  # inflated : stored, over the whole archive once it is large
RATIO_FREE_BYTES = 8 * 1024 * 1024  # small archives may compress as well as they like
_CHUNK = 1024 * 1024
# What a damaged or exotic member raises while it is inflated.
_INFLATE_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    lzma.LZMAError,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,  # an unsupported compression method
    RuntimeError,  # zipfile's "password required"
)


def open_zip(data: bytes, name: str, what: str) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError):
        raise UserInputError(f"{name} is not a valid {what}: the file is damaged") from None
    if len(entries) > MAX_ENTRIES:
        raise UserInputError(f"{name} has {len(entries)} parts; that is not a {what}")
    for entry in entries:
        _check_path(entry.filename, name)
        if entry.flag_bits & 0x1:
            raise UserInputError(f"{name} is encrypted; save an unprotected copy and try again")
    _inflate_all(archive, entries, len(data), name, what)
    return archive


def _check_path(member: str, name: str) -> None:
    normalised = posixpath.normpath(member)
    if (
        member.startswith(("/", "\\"))
        or normalised.startswith("..")
        or "\\" in member
        or ":" in member.split("/")[0]
    ):
        raise UserInputError(
            f"{name} contains a path that points outside the document ({member!r}); refusing it"
        )


def _inflate_all(
    archive: zipfile.ZipFile, entries: list[zipfile.ZipInfo], stored: int, name: str, what: str
) -> None:
    total = 0
    for entry in entries:
        if entry.is_dir():
            continue
        part_limit = MAX_XML_PART_BYTES if entry.filename.endswith(".xml") else None
        part = 0
        try:
            with archive.open(entry) as member:
                while chunk := member.read(_CHUNK):
                    part += len(chunk)
                    total += len(chunk)
                    if part_limit is not None and part > part_limit:
                        raise UserInputError(
                            f"{name}: the part {entry.filename} expands past "
                            f"{part_limit // 1024 // 1024} MB; refusing it"
                        )
                    if total > MAX_UNCOMPRESSED_BYTES:
                        raise UserInputError(
                            f"{name} expands past {MAX_UNCOMPRESSED_BYTES // 1024 // 1024} MB; "
                            "refusing it"
                        )
                    if total > RATIO_FREE_BYTES and total > MAX_RATIO * stored:
                        raise UserInputError(
                            f"{name} expands to far more than it holds (over {MAX_RATIO}:1); "
                            "refusing it"
                        )
        except UserInputError:
            raise
        except NotImplementedError:
            raise UserInputError(
                f"{name} is not a valid {what}: {entry.filename} uses a compression "
                "method Factcheck cannot read"
            ) from None
        except _INFLATE_ERRORS:
            raise UserInputError(
                f"{name} is not a valid {what}: {entry.filename} is damaged"
            ) from None


def read_member(archive: zipfile.ZipFile, member: str, name: str, what: str) -> bytes:
    try:
        return archive.read(member)
    except KeyError:
        raise UserInputError(f"{name} is not a valid {what}: {member} is missing") from None
    except _INFLATE_ERRORS:
        raise UserInputError(f"{name} is not a valid {what}: the file is damaged") from None
