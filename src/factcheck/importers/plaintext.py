"""Plain text: UTF-8 (with or without BOM) or UTF-16; paragraphs are blank-line separated."""

from __future__ import annotations

import codecs
import re
import unicodedata

from factcheck.domain.structure import Block, BlockKind
from factcheck.domain.text import strip_unsafe
from factcheck.errors import UserInputError
from factcheck.importers.base import NO_HOOKS, ImportedDocument, ImportHooks, check_size

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# A short line without closing punctuation reads as a heading in a copied web page.
_HEADING_MAX_WORDS = 14
_HEADING_MAX_CHARS = 120  # scripts without spaces (Chinese, Japanese) count characters
# Sentence and clause ends in every script: "." "?" "。" "？" "！" "؟" "۔" "…" and closing
# quotes are Unicode punctuation of these categories; ")" and "]" (Pe) are not.
_ENDS_A_SENTENCE = frozenset({"Po", "Pf", "Pi"})
MAX_TITLE_LENGTH = 300


def decode(data: bytes, name: str) -> str:
    if data.startswith(codecs.BOM_UTF8):
        encoding, body = "utf-8", data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, body = "utf-16", data
    elif _looks_like_bomless_utf16(data):
        encoding, body = ("utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"), data
    else:
        encoding, body = "utf-8", data
    if encoding == "utf-8" and b"\x00" in body:
        raise UserInputError(f"{name} looks like a binary file, not text")
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as exc:
        bad = body[exc.start : exc.start + 1].hex()
        raise UserInputError(
            f"{name} is not valid UTF-8 or UTF-16 text (byte 0x{bad} at position {exc.start}); "
            "save it as UTF-8 and try again"
        ) from None
    sample = text[:4096]
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f")
    # Binary files are full of control characters; a stray escape in a draft is not
    # a reason to refuse it (canonical_text removes it).
    if controls > max(2, len(sample) // 10):
        raise UserInputError(f"{name} looks like a binary file, not text")
    return text


def _looks_like_bomless_utf16(data: bytes) -> bool:
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return False
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    # ASCII-heavy UTF-16: one byte of each pair is NUL almost everywhere.
    return max(even_nuls, odd_nuls) > 0.4 * half and min(even_nuls, odd_nuls) < 0.05 * half


def canonical_text(text: str) -> str:
    """Unix newlines, no trailing spaces at line ends, no blank lines around the text,
    no control characters (tab and newline excepted)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = strip_unsafe(text.replace("\v", "\n"))
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


def _is_heading(paragraph: str) -> bool:
    paragraph = paragraph.rstrip()
    if "\n" in paragraph or not paragraph or len(paragraph) > _HEADING_MAX_CHARS:
        return False
    if unicodedata.category(paragraph[-1]) in _ENDS_A_SENTENCE:
        return False
    return len(paragraph.split()) <= _HEADING_MAX_WORDS


def paragraph_blocks(text: str) -> list[Block]:
    """Blocks for each blank-line separated paragraph; the first one is the title when
    it reads like one (a first paragraph of running text stays a paragraph)."""
    blocks: list[Block] = []
    position = 0
    for match in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = text[position:end]
        stripped_start = position + (len(chunk) - len(chunk.lstrip()))
        if chunk.strip():
            heading = _is_heading(chunk.strip())
            if not blocks and heading:
                kind = BlockKind.TITLE
            elif heading:
                kind = BlockKind.HEADING
            else:
                kind = BlockKind.PARAGRAPH
            blocks.append(
                Block(
                    kind,
                    stripped_start,
                    end,
                    level=1 if kind is BlockKind.TITLE else 2 if kind is BlockKind.HEADING else 0,
                )
            )
        if match:
            position = match.end()
    return blocks


def parse(
    data: bytes, source_name: str, title: str | None = None, hooks: ImportHooks = NO_HOOKS
) -> ImportedDocument:
    if not data.strip():
        raise UserInputError(f"{source_name} is empty")
    text = canonical_text(decode(data, source_name))
    if not text.strip():
        raise UserInputError(f"{source_name} is empty")
    # Refuse floods before building thousands of blocks (base.check_size says the same).
    check_size(len(text), text.count("\n\n"), source_name)
    first_line = text.split("\n", 1)[0].strip()
    chosen_title = (title or "").strip() or first_line[:MAX_TITLE_LENGTH]
    return ImportedDocument(
        title=chosen_title, text=text, structure=paragraph_blocks(text), source_name=source_name
    )
