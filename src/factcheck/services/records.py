"""What the services hand the interface: plain values, no database behind them.

Kept apart from the services themselves so that the window can be built (and the
first document painted) before SQLAlchemy is imported: see ``ui/app.py``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from factcheck.domain import AnchorState, AnnotationKind, ReviewStatus, Source, Version


@dataclass
class AnnotationDraft:
    """What a reviewer sets when marking a span."""

    kind: AnnotationKind
    verdict: str | None = None
    status: ReviewStatus = ReviewStatus.TO_CHECK
    speaker: str = ""
    note: str = ""
    sources: list[Source] = field(default_factory=list)


@dataclass(frozen=True)
class Reanchored:
    """What happened to one annotation (the shape of ``revise --json``)."""

    annotation_id: int
    state: AnchorState
    start: int | None
    end: int | None
    exact: str | None
    previous_exact: str

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.annotation_id,
            "state": self.state.value,
            "start": self.start,
            "end": self.end,
            "exact": self.exact,
            "previous_exact": self.previous_exact,
        }


@dataclass(frozen=True)
class Revision:
    version: Version
    outcomes: list[Reanchored]

    def count(self, state: AnchorState) -> int:
        return sum(1 for o in self.outcomes if o.state is state)


@dataclass(frozen=True)
class Change:
    id: int
    event: str  # added, changed, deleted; "document" for a document or a new version
    document: int
    annotation: int | None
    version: int | None
    by: str
    at: dt.datetime

    def as_json(self) -> dict[str, Any]:
        return {
            "event": self.event,
            "annotation": self.annotation,
            "document": self.document,
            "version": self.version,
            "by": self.by,
            "at": self.at.isoformat(),
        }
