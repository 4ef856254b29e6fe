"""What every export needs, gathered once: the document, its annotations in reading
order with their numbers, the verdict scale and the counts."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from factcheck.domain import (
    Annotation,
    AnnotationKind,
    Document,
    ReviewStatus,
    VerdictScale,
    Version,
)
from factcheck.domain.models import utc_now
from factcheck.domain.verdicts import CLAIM_SCALE, NOT_RATED_COLOUR, scale_of
from factcheck.domain.words import ENGLISH, Words


@dataclass(frozen=True)
class Numbered:
    number: int
    annotation: Annotation

    @property
    def anchored(self) -> bool:
        return not self.annotation.state.lost


@dataclass(frozen=True)
class VerdictCount:
    key: str | None
    label: str
    colour: str
    count: int


@dataclass
class Report:
    document: Document
    version: Version
    items: list[Numbered]
    scale: VerdictScale
    organisation: str = ""
    organisation_url: str = ""
    reviewer: str = ""
    generated_at: dt.datetime = field(default_factory=utc_now)
    # The language it is written in (English unless the app says otherwise).
    words: Words = ENGLISH

    @property
    def annotations(self) -> list[Annotation]:
        return [item.annotation for item in self.items]

    @property
    def placed(self) -> list[Annotation]:
        """What is in this version's text: the summary counts these only."""
        return [item.annotation for item in self.items if item.anchored]

    @property
    def orphaned_count(self) -> int:
        """Annotations whose passage is not in this version: listed last, counted apart."""
        return sum(1 for item in self.items if not item.anchored)

    def verdict_label(self, key: str | None) -> str:
        found = self.scale.get(key)
        return found.label if found else self.words.not_rated()

    def verdict_counts(self) -> list[VerdictCount]:
        """Claims and quotes in the text by verdict, in scale order; "not rated" last."""
        checkable = [a for a in self.placed if a.kind is not AnnotationKind.NOTE]
        rated = Counter(a.verdict for a in checkable)
        # Each scale that rates something here (the claim scale when nothing does).
        scales = {scale_of(a.kind.value) for a in checkable} or {CLAIM_SCALE}
        rows = [
            VerdictCount(v.key, v.label, v.colour, rated[v.key])
            for v in self.scale.ordered()
            if v.applies_to in scales
        ]
        rows.append(VerdictCount(None, self.words.not_rated(), NOT_RATED_COLOUR, rated[None]))
        return rows

    def status_counts(self) -> list[tuple[str, int]]:
        statuses = Counter(a.status for a in self.placed)
        return [(self.words.status(status), statuses[status]) for status in ReviewStatus]

    def kind_counts(self) -> dict[str, int]:
        kinds = Counter(a.kind for a in self.placed)
        return {kind.value: kinds[kind] for kind in AnnotationKind}


def build_report(
    document: Document,
    annotations: list[Annotation],
    scale: VerdictScale,
    organisation: str = "",
    organisation_url: str = "",
    reviewer: str = "",
) -> Report:
    """Number annotations in reading order; orphans (no place in the text) come last."""
    latest = document.latest
    ordered = sorted(annotations, key=lambda a: a.reading_order)
    items = [Numbered(n, a) for n, a in enumerate(ordered, start=1)]
    return Report(document, latest, items, scale, organisation, organisation_url, reviewer)
