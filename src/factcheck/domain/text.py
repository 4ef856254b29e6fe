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


def counted(number: int, singular: str, plural: str | None = None) -> str:
    """ "1 note", "2 notes", "0 notes" (English; translated wording comes with tr())."""
    return f"{number} {singular if number == 1 else plural or singular + 's'}"
