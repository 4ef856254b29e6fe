"""PDF: the text layer through pypdf. Scanned pages without text are refused (no OCR)."""

from __future__ import annotations

import logging
import re
from io import BytesIO

from factcheck.domain.text import strip_unsafe
from factcheck.errors import UserInputError
from factcheck.importers.base import ImportedDocument, check_size
from factcheck.importers.plaintext import canonical_text, paragraph_blocks

_SENTENCE_END = re.compile(r"[.!?:”\"’)]$")
_SPACES = re.compile(r"[ \t\u00a0]+")  # layout mode pads columns with spaces


def _paragraphs(page_text: str) -> list[str]:
    """Lines joined into paragraphs: a blank line, or a sentence end followed by a short
    line, ends one; a hyphen at a line end joins the word."""
    paragraphs: list[str] = []
    current = ""
    lines = [_SPACES.sub(" ", line).strip() for line in page_text.splitlines()]
    widths = sorted(len(line) for line in lines if line)
    full = widths[len(widths) * 3 // 4] if widths else 0
    for line in lines:
        if not line:
            if current:
                paragraphs.append(current)
                current = ""
            continue
        if current.endswith("-") and not current.endswith(" -"):
            current = current[:-1] + line
        else:
            current = f"{current} {line}" if current else line
        if _SENTENCE_END.search(line) and len(line) < 0.8 * full:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


def parse(data: bytes, name: str, title: str | None = None) -> ImportedDocument:
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError

    # pypdf logs what it works around (even at ERROR level, e.g. an unknown /Encoding);
    # a broken file gets our one-line message, never a second line on stderr.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL + 1)
    try:
        reader = PdfReader(BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise UserInputError(f"{name} is password-protected")
        # Layout mode keeps the vertical gaps between paragraphs as blank lines.
        pages = [page.extract_text(extraction_mode="layout") or "" for page in reader.pages]
        info = reader.metadata
    except UserInputError:
        raise
    except LimitReachedError:
        raise UserInputError(f"{name} expands to far more than it holds; refusing it") from None
    except MemoryError:
        raise UserInputError(f"{name} is too large to read") from None
    except Exception:  # pypdf raises all kinds (struct, zlib, index...) on hostile files
        raise UserInputError(f"{name} is not a valid PDF: the file is damaged") from None
    paragraphs = [p for page in pages for p in _paragraphs(page)]
    if not "".join(paragraphs).strip():
        raise UserInputError(f"{name} has no text layer; OCR is not supported")
    text = canonical_text("\n\n".join(paragraphs))
    check_size(len(text), len(paragraphs), name)
    pdf_title = _metadata(info, "title")
    chosen = (title or "").strip() or pdf_title or text.split("\n", 1)[0][:300]
    return ImportedDocument(
        title=chosen,
        text=text,
        structure=paragraph_blocks(text),
        source_name=name,
        author=_metadata(info, "author"),
    )


def _metadata(info: object, field: str) -> str:
    """A document-information string, or "" when the file's metadata is broken."""
    try:
        value = getattr(info, field, None) if info is not None else None
    except Exception:  # pypdf decodes lazily: broken metadata fails on access
        return ""
    return " ".join(strip_unsafe(str(value or "")).split())[:300]
