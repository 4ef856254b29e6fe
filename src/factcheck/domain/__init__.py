"""Plain domain objects and rules: no Qt, no SQL."""

from factcheck.domain.models import (
    AnchorState,
    Annotation,
    AnnotationKind,
    Document,
    HistoryEntry,
    ReviewStatus,
    Source,
    SourceKind,
    Stance,
    Version,
)
from factcheck.domain.structure import Block, BlockKind, InlineSpan
from factcheck.domain.verdicts import VerdictLabel, VerdictScale, default_verdict_scale

__all__ = [
    "AnchorState",
    "Annotation",
    "AnnotationKind",
    "Block",
    "BlockKind",
    "Document",
    "HistoryEntry",
    "InlineSpan",
    "ReviewStatus",
    "Source",
    "SourceKind",
    "Stance",
    "VerdictLabel",
    "VerdictScale",
    "Version",
    "default_verdict_scale",
]
