"""The words of a report, in the language it is written in.

The exporters are Qt-free, so they do not translate themselves: a report carries a
:class:`Words` whose ``translate`` has Qt's signature ``(context, text,
disambiguation, n)``. The command line writes English (:func:`english`); the app
hands in ``QCoreApplication.translate`` and its locale's date format, so a report is
in the interface's language (or the one chosen at export). Every text is written at
its call as ``words.translate("Report", "...")``, a literal, which is what
pyside6-lupdate finds (scripts/i18n.py scans this package too).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from factcheck.domain import AnnotationKind, ReviewStatus, Source, SourceKind, Stance
from factcheck.domain.text import english_forms


class Translate(Protocol):
    """QCoreApplication.translate's shape."""

    def __call__(
        self, context: str, key: str, disambiguation: str | None = None, n: int = -1, /
    ) -> str: ...


def english(context: str, key: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text itself; with a count, its English singular or plural."""
    if n < 0:
        return key
    singular, plural = english_forms(key)
    return (singular if n == 1 else plural).replace("%n", str(n))


def _utc_minute(moment: dt.datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M} UTC"


@dataclass(frozen=True)
class Words:
    translate: Translate = english
    language: str = "en"  # the report's lang attribute (BCP 47)
    date: Callable[[dt.date], str] = dt.date.isoformat
    timestamp: Callable[[dt.datetime], str] = _utc_minute
    number: Callable[[int], str] = str

    @property
    def rtl(self) -> bool:
        """Written right to left (the report's own sentences, not the article)."""
        return self.language.split("-")[0] in ("ar", "he", "fa", "ur")

    # --- the core's values --------------------------------------------------------------
    def kind(self, kind: AnnotationKind) -> str:
        return {
            AnnotationKind.CLAIM: self.translate("Report", "Claim"),
            AnnotationKind.QUOTE: self.translate("Report", "Quote"),
            AnnotationKind.NOTE: self.translate("Report", "Note"),
        }[kind]

    def kind_count(self, kind: AnnotationKind, count: int) -> str:
        if kind is AnnotationKind.CLAIM:
            return self.translate("Report", "%n claim(s)", None, count)
        if kind is AnnotationKind.QUOTE:
            return self.translate("Report", "%n quote(s)", None, count)
        return self.translate("Report", "%n note(s)", None, count)

    def status(self, status: ReviewStatus) -> str:
        return {
            ReviewStatus.TO_CHECK: self.translate("Report", "To check"),
            ReviewStatus.IN_PROGRESS: self.translate("Report", "In progress"),
            ReviewStatus.CHECKED: self.translate("Report", "Checked"),
            ReviewStatus.APPROVED: self.translate("Report", "Approved"),
        }[status]

    def stance(self, stance: Stance) -> str:
        return {
            Stance.SUPPORTS: self.translate("Report", "Supports"),
            Stance.REFUTES: self.translate("Report", "Refutes"),
            Stance.CONTEXT: self.translate("Report", "Context"),
        }[stance]

    def source_kind(self, kind: SourceKind) -> str:
        return {
            SourceKind.WEB: self.translate("Report", "Web page"),
            SourceKind.DOCUMENT: self.translate("Report", "Document"),
            SourceKind.INTERVIEW: self.translate("Report", "Interview"),
            SourceKind.EMAIL: self.translate("Report", "Email"),
            SourceKind.PHONE: self.translate("Report", "Phone call"),
        }[kind]

    def not_rated(self) -> str:
        return self.translate("Report", "Not rated yet")

    # --- sources in words ---------------------------------------------------------------
    def source_name(self, source: Source) -> str:
        """The title, else whom or where it came from (Source.display_name, translated)."""
        if source.kind is SourceKind.WEB:
            return source.title or source.url
        who = source.publisher or source.title
        kind = self.source_kind(source.kind)
        if not who:
            return kind
        return self.translate("Report", "{kind}: {who}").format(kind=kind, who=who)

    def source_details(self, source: Source) -> str:
        """Everything but the URL, in words (Source.details, translated)."""
        if source.kind is SourceKind.WEB:
            text = source.title or ""
            if source.publisher:
                text += f" ({source.publisher})" if text else source.publisher
            if source.accessed:
                accessed = self.translate("Report", "accessed {date}").format(
                    date=self.date(source.accessed)
                )
                text += f"{', ' if text else ''}{accessed}"
        else:
            text = self.source_name(source)
            if source.title and source.publisher:
                text += f" — {source.title}"
            if source.accessed:
                text += f", {self.date(source.accessed)}"
        if source.note:
            text += f"{'. ' if text else ''}{source.note}"
        return text


ENGLISH = Words()
