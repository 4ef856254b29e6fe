"""The words the core's values are said in, in one language: kinds, statuses,
stances, source types, and the sentences of a report.

The core is Qt-free, so it does not translate itself: a :class:`Words` carries a
``translate`` with Qt's signature ``(context, text, disambiguation, n)``. The command
line writes English (:func:`english`); the app hands in ``QCoreApplication.translate``
and its locale's date format, for its window (ui/labels.py) and for reports in the
interface's language (or the one chosen for reports). Every text is written at its
call as ``words.translate("Report", "...")``, a literal, which is what
pyside6-lupdate finds (scripts/i18n.py reads this file and the exporters).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Protocol

from factcheck.domain.models import AnnotationKind, ReviewStatus, Source, SourceKind, Stance
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

    # --- the core's values (each table translated once per Words) ----------------------
    @cached_property
    def _kinds(self) -> dict[AnnotationKind, str]:
        return {
            AnnotationKind.CLAIM: self.translate("Report", "Claim"),
            AnnotationKind.QUOTE: self.translate("Report", "Quote"),
            AnnotationKind.NOTE: self.translate("Report", "Note"),
        }

    @cached_property
    def _statuses(self) -> dict[ReviewStatus, str]:
        return {
            ReviewStatus.TO_CHECK: self.translate("Report", "To check"),
            ReviewStatus.IN_PROGRESS: self.translate("Report", "In progress"),
            ReviewStatus.CHECKED: self.translate("Report", "Checked"),
            ReviewStatus.APPROVED: self.translate("Report", "Approved"),
        }

    @cached_property
    def _stances(self) -> dict[Stance, str]:
        return {
            Stance.SUPPORTS: self.translate("Report", "Supports"),
            Stance.REFUTES: self.translate("Report", "Refutes"),
            Stance.CONTEXT: self.translate("Report", "Context"),
        }

    @cached_property
    def _source_kinds(self) -> dict[SourceKind, str]:
        return {
            SourceKind.WEB: self.translate("Report", "Web page"),
            SourceKind.DOCUMENT: self.translate("Report", "Document"),
            SourceKind.INTERVIEW: self.translate("Report", "Interview"),
            SourceKind.EMAIL: self.translate("Report", "Email"),
            SourceKind.PHONE: self.translate("Report", "Phone call"),
        }

    def kind(self, kind: AnnotationKind) -> str:
        return self._kinds[kind]

    def kind_count(self, kind: AnnotationKind, count: int) -> str:
        if kind is AnnotationKind.CLAIM:
            return self.translate("Report", "%n claim(s)", None, count)
        if kind is AnnotationKind.QUOTE:
            return self.translate("Report", "%n quote(s)", None, count)
        return self.translate("Report", "%n note(s)", None, count)

    def status(self, status: ReviewStatus) -> str:
        return self._statuses[status]

    def stance(self, stance: Stance) -> str:
        return self._stances[stance]

    def source_kind(self, kind: SourceKind) -> str:
        return self._source_kinds[kind]

    def not_rated(self) -> str:
        return self.translate("Report", "Not rated yet")

    # --- sources in words ---------------------------------------------------------------
    def source_name(self, source: Source) -> str:
        """Source.display_name, in this language."""
        return source.named(self.source_kind, self.translate("Report", "{kind}: {who}"))

    def source_details(self, source: Source) -> str:
        """Source.details, in this language."""
        return source.details(
            self.source_kind,
            self.translate("Report", "{kind}: {who}"),
            self.translate("Report", "accessed {date}"),
            self.date,
        )


ENGLISH = Words()
