"""The interface's words for the core's values (kinds, statuses, source types...).

The core (Qt-free) names its values through :class:`~factcheck.domain.words.Words`;
the window says them in the interface's language with the same tables (one place
to translate them), plus a few only the window shows.
"""

from __future__ import annotations

from factcheck.domain import AnchorState, AnnotationKind, ReviewStatus, Source, SourceKind, Stance
from factcheck.domain.claims import MatchKind
from factcheck.domain.words import Words
from factcheck.ui.i18n import current_language, translate

_by_language: dict[str, Words] = {}


def interface_words() -> Words:
    """The core's words in the interface's language (each table translated once)."""
    language = current_language()
    words = _by_language.get(language)
    if words is None:
        words = _by_language[language] = Words(translate=translate)
    return words


def kind_label(kind: AnnotationKind) -> str:
    """ "Claim", "Quote", "Note"."""
    return interface_words().kind(kind)


def kinds_label(kind: AnnotationKind) -> str:
    """The kind as a heading over many: "Claims", "Quotes", "Notes"."""
    return {
        AnnotationKind.CLAIM: translate("Labels", "Claims"),
        AnnotationKind.QUOTE: translate("Labels", "Quotes"),
        AnnotationKind.NOTE: translate("Labels", "Notes"),
    }[kind]


def kind_count(kind: AnnotationKind, count: int) -> str:
    """ "1 claim", "3 quotes" (with the language's plural forms)."""
    return interface_words().kind_count(kind, count)


def status_label(status: ReviewStatus) -> str:
    return interface_words().status(status)


def state_label(state: AnchorState) -> str:
    """Where an annotation stands in the newest text."""
    return {
        AnchorState.EXACT: translate("Labels", "in place"),
        AnchorState.MOVED: translate("Labels", "moved"),
        AnchorState.CHANGED: translate("Labels", "changed"),
        AnchorState.ORPHANED: translate("Labels", "not found"),
        AnchorState.DISMISSED: translate("Labels", "still not found (dismissed)"),
    }[state]


def stance_label(stance: Stance) -> str:
    return interface_words().stance(stance)


def source_kind_label(kind: SourceKind) -> str:
    return interface_words().source_kind(kind)


def source_name(source: Source) -> str:
    """The title, else "Interview: who" in the interface's language."""
    return interface_words().source_name(source)


def match_label(kind: MatchKind) -> str:
    return {
        MatchKind.SAME: translate("Labels", "Same claim"),
        MatchKind.RELATED: translate("Labels", "Related"),
    }[kind]
