"""Small text rules shared by messages, lists, reports and every importer."""

from __future__ import annotations

import re

# C0 and C1 control characters (tab and newline excepted), DEL, and lone surrogates.
# None of them belongs in a draft: they hide terminal escapes, break XML and PDF
# output, and surrogates cannot even be stored as UTF-8.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def one_line(text: str, limit: int = 60) -> str:
    """White space folded to single spaces, cut with an ellipsis past ``limit`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def strip_unsafe(text: str) -> str:
    """``text`` without control characters (but tab and newline) and lone surrogates.

    Callers turn CR and form feeds into newlines first: they are removed here.
    """
    return _UNSAFE.sub("", text)


def has_unsafe(text: str) -> bool:
    return _UNSAFE.search(text) is not None


def mask_unsafe(text: str) -> str:
    """The same length, each unsafe character shown as U+FFFD (offsets stay valid)."""
    return _UNSAFE.sub("\ufffd", text)


def os_text(name: str) -> str:
    """A file name or argument as Python got it from the OS, made printable and storable.

    Undecodable bytes arrive as lone surrogates (PEP 383); show them as U+FFFD.
    """
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a surrogate that did not come from a byte
        return name.encode("utf-8", "replace").decode("utf-8")


_URL_PASSWORD = re.compile(r"(\b[a-z][a-z0-9+.-]*:/{0,2}[^:/@\s]*:)[^@\s]*@", re.IGNORECASE)
_PASSWORD_WORDS = re.compile(r"(password\s*=\s*)('[^']*'|\S+)", re.IGNORECASE)


def hide_password(text: str) -> str:
    """``text`` with any password of a URL or a libpq keyword string masked."""
    return _PASSWORD_WORDS.sub(r"\1***", _URL_PASSWORD.sub(r"\1***@", text))


_OPENING_QUOTES = '“"„«‘‚‹「『'
_CLOSING_QUOTES = '”"“»’‘›」』'


def in_quotes(text: str) -> str:
    """``text`` between curly quotes, without doubling marks it already has at either
    end (a quote marked with its own quotation marks stays “useful”, not ““useful””)."""
    opening = "" if text[:1] in _OPENING_QUOTES else "“"
    closing = "" if text[-1:] in _CLOSING_QUOTES else "”"
    return f"{opening}{text}{closing}"


_ALTERNATIVE = re.compile(r"\[([^|\]]*)\|([^\]]*)\]")


def english_forms(source: str) -> tuple[str, str]:
    """The English singular and plural of a text written with the project's plural
    markers (as translators see it): "note(s)", "match(es)", "entry(ies)", "[was|were]"."""

    def pick(text: str, plural: bool) -> str:
        text = _ALTERNATIVE.sub(lambda m: m.group(2 if plural else 1), text)
        text = re.sub(r"y\(ies\)", "ies" if plural else "y", text)
        text = text.replace("(es)", "es" if plural else "")
        return text.replace("(s)", "s" if plural else "")

    return pick(source, False), pick(source, True)


def counted(number: int, singular: str, plural: str | None = None) -> str:
    """ "1 note", "2 notes", "0 notes" (English; translated wording comes with tr())."""
    return f"{number} {singular if number == 1 else plural or singular + 's'}"


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def moved_edge(
    text: str, start: int, end: int, edge: str, step: int, by_word: bool = True
) -> tuple[int, int]:
    """The span ``start..end`` of ``text`` with one edge moved, as a reviewer adjusting
    a mark expects: ``edge`` is "start" or "end", ``step`` +1 moves it right and -1
    left, by a whole word (snapping to word boundaries) or by one letter. The span
    never becomes empty and never leaves the text; offsets are code points."""
    if edge not in ("start", "end") or step not in (1, -1):
        raise ValueError(f"cannot move the {edge!r} edge by {step}")
    position = start if edge == "start" else end
    if not by_word:
        # A letter at a time, but never stopping on a space: a mark neither begins
        # nor ends with white space.
        position += step
        inner = 0 if edge == "start" else -1  # the letter just inside the mark
        while 0 < position < len(text) and text[position + inner].isspace():
            position += step
    elif step > 0:
        # To the end of the next word (end), or to the start of the next word (start).
        if edge == "end":
            while position < len(text) and not _is_word(text[position]):
                position += 1
            while position < len(text) and _is_word(text[position]):
                position += 1
        else:
            while position < len(text) and _is_word(text[position]):
                position += 1
            while position < len(text) and not _is_word(text[position]):
                position += 1
    else:
        # To the end of the previous word (end), or to the start of the previous word.
        if edge == "end":
            while position > 0 and _is_word(text[position - 1]):
                position -= 1
            while position > 0 and not _is_word(text[position - 1]):
                position -= 1
        else:
            while position > 0 and not _is_word(text[position - 1]):
                position -= 1
            while position > 0 and _is_word(text[position - 1]):
                position -= 1
    position = max(0, min(len(text), position))
    if edge == "start":
        return (min(position, end - 1), end)
    return (start, max(position, start + 1))


def snapped_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``start..end`` so that it neither begins nor ends inside a word."""
    while 0 < start < len(text) and _is_word(text[start - 1]) and _is_word(text[start]):
        start -= 1
    while 0 < end < len(text) and _is_word(text[end - 1]) and _is_word(text[end]):
        end += 1
    return start, end


def without_edge_space(text: str, start: int, end: int) -> tuple[int, int]:
    """``start..end`` without white space at either end (kept if it is all space)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else (start, start)


# Not allowed in file names on Windows or macOS, or troublesome in shells and zips.
_NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
_RESERVED_ON_WINDOWS = {"CON", "PRN", "AUX", "NUL"} | {
    f"{p}{n}" for p in ("COM", "LPT") for n in range(1, 10)
}
MAX_FILE_NAME = 120  # characters, before the extension: well inside every file system


def safe_file_name(title: str, fallback: str = "report") -> str:
    """The document's title as a file name that works on every desktop: the whole
    title where it fits (cut at a word when it is very long), without the characters
    file systems forbid, never a reserved name on Windows."""
    name = " ".join(_NOT_IN_FILE_NAMES.sub(" ", title).split())
    if len(name) > MAX_FILE_NAME:
        cut = name[: MAX_FILE_NAME + 1]
        name = cut[: cut.rfind(" ")] if " " in cut else name[:MAX_FILE_NAME]
    name = name.strip(" .")  # Windows drops trailing dots and spaces; a leading dot hides
    if not name or name.split(".")[0].upper() in _RESERVED_ON_WINDOWS:
        return fallback
    return name
