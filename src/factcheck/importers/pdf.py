"""PDF: the text layer through pypdf. Pages without text are left out (no OCR).

Each page is read in layout mode (which keeps paragraph gaps and puts columns side
by side, so two columns are split at their gutter and read one after the other)
and in plain mode; when layout mode loses more than a few percent of the words
(rotated or oddly placed text), the plain reading is used for that page. Running
headers and footers repeated on most pages are dropped, hyphenated line ends joined,
and the values of form fields added after the text. Every such change is a note.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from io import BytesIO
from typing import Any

from factcheck.domain.text import strip_unsafe
from factcheck.errors import FactcheckError, UserInputError
from factcheck.importers.base import NO_HOOKS, ImportedDocument, ImportHooks, check_size
from factcheck.importers.plaintext import canonical_text, paragraph_blocks

_SENTENCE_END = re.compile(r"[.!?:”\"’)]$")
_SPACES = re.compile(r"[ \t\u00a0]+")  # layout mode pads columns with spaces
_WORD = re.compile(r"\w+")
_RTL_CHARS = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
_RTL = re.compile(f"[{_RTL_CHARS}]")
_LTR_RUN = re.compile(f"[^\\s{_RTL_CHARS}]+(?:[ ]+[^\\s{_RTL_CHARS}]+)*")
_MIRRORED = str.maketrans("()[]{}<>«»", ")(][}{><»«")
_DIGITS = re.compile(r"\d+")
_HYPHENATED = re.compile(r"(?<=[^\W\d_])-$")  # a letter, then a hyphen ending the line
MAX_LAYOUT_LOSS = 0.03  # the share of letters layout mode may lose before plain mode is used
_GUTTER_MIN = 3  # columns of spaces between two text columns
_EDGE_LINES = 2  # lines at the top and at the bottom of a page checked for running heads
_RUNNING_SHARE = 0.6  # on this share of the pages (at least 2) a line is a running head
_RUNNING_MAX_WORDS = 12  # running heads are short; a repeated sentence is text


def _paragraphs(lines: list[str]) -> list[str]:
    """Lines joined into paragraphs: a blank line, or a sentence end followed by a short
    line, ends one; a hyphen at a line end between letters joins the word."""
    paragraphs: list[str] = []
    current = ""
    cleaned = [_SPACES.sub(" ", line).strip() for line in lines]
    widths = sorted(len(line) for line in cleaned if line)
    full = widths[len(widths) * 3 // 4] if widths else 0
    for line in cleaned:
        if not line:
            if current:
                paragraphs.append(current)
                current = ""
            continue
        if _HYPHENATED.search(current) and line[:1].islower():
            current = current[:-1] + line  # "inter-" + "national"
        else:
            current = f"{current} {line}" if current else line
        if _SENTENCE_END.search(line) and len(line) < 0.8 * full:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


def _gutter(lines: list[str]) -> tuple[int, int] | None:
    """The span of character positions that separates two columns, if the page has them."""
    text_lines = [line for line in lines if line.strip()]
    if len(text_lines) < 4:
        return None
    width = max(len(line) for line in text_lines)
    occupied = [0] * width
    for line in text_lines:
        for position, char in enumerate(line):
            if not char.isspace():
                occupied[position] += 1
    allowed = len(text_lines) // 10  # full-width lines (a headline, a footer) may cross
    best: tuple[int, int] | None = None
    start = None
    for position in range(int(width * 0.25), int(width * 0.75) + 1):
        free = position < width and occupied[position] <= allowed
        if free and start is None:
            start = position
        elif not free and start is not None:
            if position - start >= _GUTTER_MIN and (
                best is None or position - start > best[1] - best[0]
            ):
                best = (start, position)
            start = None
    if best is None:
        return None
    left = sum(1 for line in text_lines if line[: best[0]].strip())
    right = sum(1 for line in text_lines if line[best[1] :].strip())
    return best if min(left, right) >= 2 else None


def _read_columns(lines: list[str]) -> list[str]:
    """A two-column page as its left column, then its right; full-width lines in between
    (a headline across both columns) keep their place."""
    gutter = _gutter(lines)
    if gutter is None:
        return lines
    start, end = gutter
    out: list[str] = []
    left: list[str] = []
    right: list[str] = []
    for line in lines:
        if line[start:end].strip():  # crosses the gutter: a full-width line
            out.extend([*left, "", *right, ""])
            left, right = [], []
            out.append(line)
            continue
        left.append(line[:start].rstrip())
        right.append(line[end:].strip())
    out.extend([*left, "", *right])
    return out


def _letters(text: str) -> Counter[str]:
    """Letters and digits, spaces ignored: plain mode may lose spaces that layout keeps."""
    return Counter("".join(_WORD.findall(text)))


def _logical_order(line: str) -> str:
    """Layout mode places glyphs left to right as they are seen: a right-to-left line
    (Arabic, Hebrew) comes out reversed. Turn it back; numbers and Latin words inside
    it keep their own direction."""
    rtl = len(_RTL.findall(line))
    if not rtl or rtl <= sum(1 for char in line if char.isalpha()) - rtl:
        return line
    return _LTR_RUN.sub(
        lambda run: (
            run.group(0)[::-1]
            if any(c.isalnum() for c in run.group(0))
            else run.group(0).translate(_MIRRORED)
        ),
        line.strip()[::-1],
    )


def _page_lines(page: Any) -> list[str]:
    plain = page.extract_text() or ""
    try:
        layout = page.extract_text(extraction_mode="layout", layout_mode_strip_rotated=False) or ""
    except Exception:  # layout mode fails on some fonts where plain mode works
        layout = ""
    columns = [_logical_order(line) for line in _read_columns(layout.splitlines())]
    wanted = _letters(plain)
    lost = sum((wanted - _letters("\n".join(columns))).values())
    if wanted and lost > MAX_LAYOUT_LOSS * sum(wanted.values()):
        return plain.splitlines()
    return columns


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Lines (digits ignored) at the top or bottom of most pages: running heads, folios."""
    if len(pages) < 2:
        return set()
    tops: Counter[str] = Counter()
    bottoms: Counter[str] = Counter()
    for lines in pages:
        text_lines = [_running_key(line) for line in lines if line.strip()]
        tops.update(set(text_lines[:_EDGE_LINES]))
        bottoms.update(set(text_lines[-_EDGE_LINES:]))
    needed = max(2, int(len(pages) * _RUNNING_SHARE + 0.999))
    return {
        line
        for counter in (tops, bottoms)
        for line, count in counter.items()
        if count >= needed and len(line.split()) <= _RUNNING_MAX_WORDS
    }


def _running_key(line: str) -> str:
    return _DIGITS.sub("#", " ".join(line.split()))


def _without_running_lines(lines: list[str], running: set[str]) -> tuple[list[str], bool]:
    text_positions = [i for i, line in enumerate(lines) if line.strip()]
    edges = set(text_positions[:_EDGE_LINES] + text_positions[-_EDGE_LINES:])
    kept, dropped = [], False
    for index, line in enumerate(lines):
        if index in edges and _running_key(line) in running:
            dropped = True
            kept.append("")
        else:
            kept.append(line)
    return kept, dropped


def _page_list(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:10])
    more = f" and {len(numbers) - 10} more" if len(numbers) > 10 else ""
    return f"page {shown}" if len(numbers) == 1 else f"pages {shown}{more}"


def _open(data: bytes, name: str) -> Any:
    from pypdf import PasswordType, PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    reader = PdfReader(BytesIO(data), strict=False)
    if reader.is_encrypted:
        try:
            # An owner password only (empty user password): opens as any reader does.
            opened = reader.decrypt("") != PasswordType.NOT_DECRYPTED
        except (DependencyError, NotImplementedError):
            raise UserInputError(
                f"{name} is encrypted in a way Factcheck cannot read; save an unprotected copy"
            ) from None
        except FileNotDecryptedError:
            opened = False
        if not opened:
            raise UserInputError(
                f"{name} needs a password to open; save a copy without a password and import that"
            )
    return reader


def _form_values(reader: Any) -> list[str]:
    try:
        fields = reader.get_form_text_fields() or {}
    except Exception:  # a broken form is not a reason to refuse the text
        return []
    found = []
    for field_name, value in fields.items():
        shown = " ".join(strip_unsafe(str(value or "")).split())
        if shown:
            found.append(f"{' '.join(strip_unsafe(str(field_name)).split())}: {shown}")
    return found


def parse(
    data: bytes, name: str, title: str | None = None, hooks: ImportHooks = NO_HOOKS
) -> ImportedDocument:
    from pypdf.errors import LimitReachedError

    # pypdf logs what it works around (even at ERROR level, e.g. an unknown /Encoding);
    # a broken file gets our one-line message, never a second line on stderr.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL + 1)
    try:
        reader = _open(data, name)
        count = len(reader.pages)
        pages = []
        for number, page in enumerate(reader.pages):
            hooks.step(number, count)
            pages.append(_page_lines(page))
        hooks.step(count, count)
        info = reader.metadata
        form_values = _form_values(reader)
    except FactcheckError:  # a refusal, or the user's Cancel
        raise
    except LimitReachedError:
        raise UserInputError(f"{name} expands to far more than it holds; refusing it") from None
    except MemoryError:
        raise UserInputError(f"{name} is too large to read") from None
    except Exception:  # pypdf raises all kinds (struct, zlib, index...) on hostile files
        raise UserInputError(f"{name} is not a valid PDF: the file is damaged") from None
    notes: list[str] = []
    running = _running_lines(pages)
    paragraphs: list[str] = []
    empty_pages: list[int] = []
    headers_dropped = False
    for number, lines in enumerate(pages, start=1):
        kept, dropped = _without_running_lines(lines, running)
        headers_dropped = headers_dropped or dropped
        found = _paragraphs(kept)
        if not "".join(found).strip():
            empty_pages.append(number)
        paragraphs.extend(found)
    if not "".join(paragraphs).strip() and not form_values:
        raise UserInputError(f"{name} has no text layer; OCR is not supported")
    if empty_pages:
        notes.append(f"{_page_list(empty_pages)}: no text layer (a scan?); not read")
    if headers_dropped:
        notes.append("Running headers and footers repeated on every page were left out")
    if form_values:
        paragraphs.extend(form_values)
        notes.append(f"The values of {len(form_values)} form fields were added after the text")
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
        notes=notes,
    )


def _metadata(info: object, field: str) -> str:
    """A document-information string, or "" when the file's metadata is broken."""
    try:
        value = getattr(info, field, None) if info is not None else None
    except Exception:  # pypdf decodes lazily: broken metadata fails on access
        return ""
    return " ".join(strip_unsafe(str(value or "")).split())[:300]
