"""Running counts of the open document's annotations, kept as they change.

The status bar's verdict counts, the speakers offered for completion and the review
queue were recomputed over every annotation after each mark; with 20,000 that
alone cost more than a mark should. These counts change by one annotation at a
time instead.
"""

from __future__ import annotations

from collections import Counter

from factcheck.domain import AnchorState, Annotation, AnnotationKind

NEEDS_REVIEW = (AnchorState.CHANGED, AnchorState.ORPHANED)


class Tallies:
    def __init__(self) -> None:
        self._known: dict[int, Annotation] = {}
        self.verdicts: Counter[str | None] = Counter()  # claims and quotes only
        self.kinds: Counter[AnnotationKind] = Counter()
        self.speakers: Counter[str] = Counter()
        self.needs_review: dict[int, Annotation] = {}

    def reset(self, annotations: list[Annotation]) -> None:
        self._known.clear()
        self.verdicts.clear()
        self.kinds.clear()
        self.speakers.clear()
        self.needs_review.clear()
        for annotation in annotations:
            self.put(annotation)

    def put(self, annotation: Annotation) -> None:
        """Count an annotation that is new, or replaces the one with its id."""
        key = annotation.id or 0
        old = self._known.get(key)
        if old is not None:
            self._count(old, -1)
        self._known[key] = annotation
        self._count(annotation, +1)

    def drop(self, annotation_id: int) -> None:
        old = self._known.pop(annotation_id, None)
        if old is not None:
            self._count(old, -1)

    def _count(self, annotation: Annotation, step: int) -> None:
        self.kinds[annotation.kind] += step
        if annotation.kind is not AnnotationKind.NOTE:
            self.verdicts[annotation.verdict] += step
        if annotation.speaker:
            self.speakers[annotation.speaker] += step
            if self.speakers[annotation.speaker] <= 0:
                del self.speakers[annotation.speaker]
        key = annotation.id or 0
        if step > 0 and annotation.state in NEEDS_REVIEW:
            self.needs_review[key] = annotation
        elif step < 0:
            self.needs_review.pop(key, None)

    def speaker_names(self) -> list[str]:
        return sorted(self.speakers)

    def review_items(self) -> list[Annotation]:
        return sorted(self.needs_review.values(), key=lambda a: (a.start, a.end, a.id or 0))
