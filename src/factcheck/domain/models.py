"""Documents, versions, annotations, sources and their history.

Offsets (``start``/``end``) are Unicode code points into a version's canonical
text, as the W3C Web Annotation model says. UTF-16 positions never get here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit

from factcheck.domain.enums_helper import parse_enum
from factcheck.domain.structure import Block
from factcheck.errors import UserInputError


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class AnnotationKind(StrEnum):
    CLAIM = "claim"
    QUOTE = "quote"
    NOTE = "note"

    @classmethod
    def parse(cls, text: str) -> AnnotationKind:
        return parse_enum(cls, text, "kind")


class ReviewStatus(StrEnum):
    TO_CHECK = "to_check"
    IN_PROGRESS = "in_progress"
    CHECKED = "checked"
    # Signed off by an editor. On a team database only editors may set or withdraw
    # it (the database enforces that); a lone reviewer on SQLite may use it freely.
    APPROVED = "approved"

    @classmethod
    def parse(cls, text: str) -> ReviewStatus:
        return parse_enum(cls, text, "status")

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class AnchorState(StrEnum):
    EXACT = "exact"
    MOVED = "moved"
    CHANGED = "changed"
    ORPHANED = "orphaned"
    # Orphaned, and the reviewer said so: out of the review queue, kept with its work
    # (reports list it as not found); it comes back should its words come back.
    DISMISSED = "dismissed"

    @property
    def lost(self) -> bool:
        """No place in the newest text."""
        return self in (AnchorState.ORPHANED, AnchorState.DISMISSED)


class Stance(StrEnum):
    SUPPORTS = "supports"
    REFUTES = "refutes"
    CONTEXT = "context"

    @classmethod
    def parse(cls, text: str) -> Stance:
        return parse_enum(cls, text, "stance")


class SourceKind(StrEnum):
    """Where evidence came from: not every source is a web page."""

    WEB = "web"
    DOCUMENT = "document"
    INTERVIEW = "interview"
    EMAIL = "email"
    PHONE = "phone"

    @property
    def label(self) -> str:
        return SOURCE_KIND_LABELS[self]

    @classmethod
    def parse(cls, text: str) -> SourceKind:
        return parse_enum(cls, text, "source type")


SOURCE_KIND_LABELS = {
    SourceKind.WEB: "Web page",
    SourceKind.DOCUMENT: "Document",
    SourceKind.INTERVIEW: "Interview",
    SourceKind.EMAIL: "Email",
    SourceKind.PHONE: "Phone call",
}


# "t.me/channel/12", "www.example.org/a": a host with a dot, as people paste
# addresses without their scheme. (Protocol-relative "//host" stays refused.)
_SCHEMELESS = re.compile(r"[\w-]+(?:\.[\w-]+)+(?::\d{1,5})?(?:[/?#]|$)")


_FILE_ENDINGS = frozenset(
    [
        "txt",
        "pdf",
        "doc",
        "docx",
        "odt",
        "rtf",
        "csv",
        "xls",
        "xlsx",
        "ods",
        "ppt",
        "pptx",
        "jpg",
        "jpeg",
        "png",
        "gif",
        "zip",
        "json",
        "xml",
    ]
)


def _looks_like_a_file(text: str) -> bool:
    """ "report.pdf" is a file name, not the host report.pdf."""
    return "/" not in text and text.rsplit(".", 1)[-1].lower() in _FILE_ENDINGS


def validate_web_url(url: str, what: str = "source URL") -> str:
    """Accept only absolute http(s) URLs: a ``javascript:`` link in a report is an attack.

    An address pasted without its scheme ("t.me/channel") is taken as https.
    """
    cleaned = url.strip()
    if "://" not in cleaned and _SCHEMELESS.match(cleaned) and not _looks_like_a_file(cleaned):
        cleaned = "https://" + cleaned
    parts = urlsplit(cleaned)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise UserInputError(f"{what} must be an http:// or https:// address, not {url!r}")
    if any(ch.isspace() for ch in cleaned):
        raise UserInputError(f"{what} must not contain spaces: {url!r}")
    if safe_link(cleaned) is None:
        raise UserInputError(f"{what} must be a plain web address, not {url!r}")
    return cleaned


def safe_link(href: str) -> str | None:
    """``href`` when it is an absolute http(s) or mailto link, else None.

    Relative, protocol-relative (``//host``) and UNC (``\\\\host\\share``) links are
    dropped: in a report they point wherever the file happens to be opened, and a
    click on a UNC link can hand the user's Windows credentials to a stranger.
    """
    link = href.strip()
    if not link or "\\" in link or any(ch.isspace() or ord(ch) < 32 for ch in link):
        return None
    parts = urlsplit(link)
    scheme = parts.scheme.lower()
    if scheme in ("http", "https") and parts.netloc and link.lower().startswith(f"{scheme}://"):
        return link
    if scheme == "mailto" and "@" in parts.path:
        return link
    return None


@dataclass
class Source:
    """A piece of evidence. A web page has a URL; a document may; an interview, an
    email or a phone call has someone (``publisher``: who) and a date (``accessed``:
    when), with what was said in ``note``."""

    url: str = ""
    title: str = ""
    publisher: str = ""
    accessed: dt.date | None = None
    archived_url: str = ""
    stance: Stance = Stance.CONTEXT
    note: str = ""
    id: int | None = None
    kind: SourceKind = SourceKind.WEB

    def __post_init__(self) -> None:
        self.stance = Stance(self.stance)
        self.kind = SourceKind(self.kind)
        if self.kind is SourceKind.WEB or self.url.strip():
            self.url = validate_web_url(self.url)
        else:
            self.url = ""
        if self.archived_url:
            self.archived_url = validate_web_url(self.archived_url, "archived copy URL")
        if self.kind in (SourceKind.INTERVIEW, SourceKind.EMAIL, SourceKind.PHONE) and not (
            self.publisher.strip() or self.title.strip()
        ):
            raise UserInputError(f"say who the {self.kind.label.lower()} was with")
        if self.kind is SourceKind.DOCUMENT and not (self.title.strip() or self.url):
            raise UserInputError("give the document's title or its web address")

    def details(
        self,
        kind_label: Callable[[SourceKind], str] | None = None,
        name_pattern: str = "{kind}: {who}",
        accessed: str = "accessed {date}",
        date: Callable[[dt.date], str] = dt.date.isoformat,
    ) -> str:
        """Everything but the URL, in words: "Kremlin readout (Kremlin), accessed
        2026-11-20. Note" or "Phone call: Ushakov's office — Timing, 2026-11-20. Note".
        English; the other arguments say it in another language (domain/words.py)."""
        if self.kind is SourceKind.WEB:
            text = self.title or ""
            if self.publisher:
                text += f" ({self.publisher})" if text else self.publisher
            if self.accessed:
                when = accessed.format(date=date(self.accessed))
                text += f"{', ' if text else ''}{when}"
        else:
            text = self.named(kind_label, name_pattern)
            if self.title and self.publisher:
                text += f" — {self.title}"
            if self.accessed:
                text += f", {date(self.accessed)}"
        if self.note:
            text += f"{'. ' if text else ''}{self.note}"
        return text

    @property
    def display_name(self) -> str:
        """How lists and reports name it: the title, else whom or where it came from."""
        return self.named()

    def named(
        self,
        kind_label: Callable[[SourceKind], str] | None = None,
        pattern: str = "{kind}: {who}",
    ) -> str:
        """``display_name``, its source type said by ``kind_label`` (English by default)."""
        if self.kind is SourceKind.WEB:
            return self.title or self.url
        kind = kind_label(self.kind) if kind_label else self.kind.label
        who = self.publisher or self.title
        return pattern.format(kind=kind, who=who) if who else kind

    def as_dict(self) -> dict[str, str | None]:
        return {
            "url": self.url,
            "title": self.title,
            "publisher": self.publisher,
            "accessed": self.accessed.isoformat() if self.accessed else None,
            "archived_url": self.archived_url,
            "stance": self.stance.value,
            "note": self.note,
            "kind": self.kind.value,
        }


@dataclass
class Version:
    document_id: int
    number: int
    text: str
    structure: list[Block]
    source_name: str
    content_hash: str
    imported_at: dt.datetime
    id: int | None = None


@dataclass
class Document:
    title: str
    outlet: str = ""
    author: str = ""
    url: str = ""
    published: dt.date | None = None
    language: str = ""
    created_at: dt.datetime = field(default_factory=utc_now)
    id: int | None = None
    versions: list[Version] = field(default_factory=list)
    assignee: str = ""

    @property
    def latest(self) -> Version:
        if not self.versions:
            raise ValueError(f"document {self.id} has no version")
        return self.versions[-1]


# Fields a reviewer edits, recorded one by one in the history.
EDITABLE_FIELDS = ("kind", "verdict", "status", "speaker", "note", "sources", "assignee")


@dataclass
class Annotation:
    document_id: int
    version_id: int
    kind: AnnotationKind
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    author: str
    state: AnchorState = AnchorState.EXACT
    verdict: str | None = None
    status: ReviewStatus = ReviewStatus.TO_CHECK
    speaker: str = ""
    note: str = ""
    sources: list[Source] = field(default_factory=list)
    created_at: dt.datetime = field(default_factory=utc_now)
    updated_at: dt.datetime = field(default_factory=utc_now)
    id: int | None = None
    # 1 when created, +1 on every change: an edit names the version it was based on,
    # and a stale one is refused rather than silently overwriting someone's work.
    revision: int = 1
    assignee: str = ""
    modified_by: str = ""

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise UserInputError(f"an annotation needs start < end, got {self.start}..{self.end}")
        if len(self.exact) != self.end - self.start:
            raise UserInputError("the quoted text does not fit its offsets")

    @classmethod
    def from_trusted(cls, **fields: Any) -> Annotation:
        """An annotation read back from our own database, in bulk: the checks of
        ``__post_init__`` held when it was written, and 20,000 of them on a long draft
        would cost a tenth of a second again. Every field must be given."""
        annotation = cls.__new__(cls)
        annotation.__dict__.update(fields)
        return annotation

    @property
    def reading_order(self) -> tuple[int, int, int, int]:
        """Where it comes in a report: in text order, orphans (no place in the text)
        last; the list numbers [1]..[n] the same way, so both name the same item."""
        if self.state.lost:
            return (1, 0, 0, self.id or 0)
        return (0, self.start, self.end, self.id or 0)


@dataclass(frozen=True)
class HistoryEntry:
    annotation_id: int
    at: dt.datetime
    author: str
    field: str
    old_value: str | None
    new_value: str | None
    id: int | None = None
