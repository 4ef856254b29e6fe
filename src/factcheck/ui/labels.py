"""The interface's words for the core's values (kinds, statuses, source types...).

The core (Qt-free) names its values in English for the command line and reports;
the window shows them in the interface language through these functions.
"""

from __future__ import annotations

from factcheck.domain import AnchorState, AnnotationKind, ReviewStatus, SourceKind, Stance
from factcheck.domain.claims import MatchKind
from factcheck.ui.i18n import translate


def kind_label(kind: AnnotationKind) -> str:
    """ "Claim", "Quote", "Note"."""
    return {
        AnnotationKind.CLAIM: translate("Labels", "Claim"),
        AnnotationKind.QUOTE: translate("Labels", "Quote"),
        AnnotationKind.NOTE: translate("Labels", "Note"),
    }[kind]


def kinds_label(kind: AnnotationKind) -> str:
    """The kind as a heading over many: "Claims", "Quotes", "Notes"."""
    return {
        AnnotationKind.CLAIM: translate("Labels", "Claims"),
        AnnotationKind.QUOTE: translate("Labels", "Quotes"),
        AnnotationKind.NOTE: translate("Labels", "Notes"),
    }[kind]


def kind_count(kind: AnnotationKind, count: int) -> str:
    """ "1 claim", "3 quotes" (with the language's plural forms)."""
    if kind is AnnotationKind.CLAIM:
        return translate("Labels", "%n claim(s)", None, count)
    if kind is AnnotationKind.QUOTE:
        return translate("Labels", "%n quote(s)", None, count)
    return translate("Labels", "%n note(s)", None, count)


def status_label(status: ReviewStatus) -> str:
    return {
        ReviewStatus.TO_CHECK: translate("Labels", "To check"),
        ReviewStatus.IN_PROGRESS: translate("Labels", "In progress"),
        ReviewStatus.CHECKED: translate("Labels", "Checked"),
        ReviewStatus.APPROVED: translate("Labels", "Approved"),
    }[status]


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
    return {
        Stance.SUPPORTS: translate("Labels", "Supports"),
        Stance.REFUTES: translate("Labels", "Refutes"),
        Stance.CONTEXT: translate("Labels", "Context"),
    }[stance]


def source_kind_label(kind: SourceKind) -> str:
    return {
        SourceKind.WEB: translate("Labels", "Web page"),
        SourceKind.DOCUMENT: translate("Labels", "Document"),
        SourceKind.INTERVIEW: translate("Labels", "Interview"),
        SourceKind.EMAIL: translate("Labels", "Email"),
        SourceKind.PHONE: translate("Labels", "Phone call"),
    }[kind]


def match_label(kind: MatchKind) -> str:
    return {
        MatchKind.SAME: translate("Labels", "Same claim"),
        MatchKind.RELATED: translate("Labels", "Related"),
    }[kind]
