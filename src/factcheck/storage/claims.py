"""The claim memory's tables: imported reviews, derived entries, the memory's state.

Like the other repositories, this works inside a session handed to it and never
commits. Bulk paths use Core statements: a feed of 100,000 reviews is imported in
batches, not object by object.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from factcheck.domain import AnnotationKind
from factcheck.domain.claims import ClaimReview, Origin, Rating
from factcheck.storage.schema import (
    AnnotationRow,
    ChangeRow,
    ClaimMemoryRow,
    ClaimMemoryStateRow,
    ClaimReviewRow,
    DocumentRow,
    SourceRow,
    VerdictLabelRow,
)

STATE_ID = 1


@dataclass(frozen=True)
class MemoryEntry:
    """One searchable entry: its id, the text matched and its index terms."""

    id: int
    text: str
    terms: str


@dataclass(frozen=True)
class ClaimAnnotation:
    """What the memory takes from a claim annotation."""

    id: int
    revision: int
    exact: str
    speaker: str


@dataclass(frozen=True)
class EntryDetails:
    """Everything a search result shows, read for the few entries found."""

    entry_id: int
    origin: Origin
    claim: str
    rating: str | None
    url: str | None
    publisher: str
    date: dt.date | None
    document: int | None = None
    annotation: int | None = None
    document_title: str = ""
    speaker: str = ""
    verdict_key: str | None = None
    sources: tuple[str, ...] = ()
    review_key: str | None = None


def review_from_row(row: Any) -> ClaimReview:
    return ClaimReview(
        key=row.key,
        claim=row.claim,
        rating=Rating(row.rating, row.rating_value, row.best_rating, row.worst_rating),
        url=row.url,
        title=row.title,
        publisher=row.publisher,
        publisher_url=row.publisher_url,
        published=row.published,
        claim_author=row.claim_author,
        claim_date=row.claim_date,
        appearances=tuple(row.appearances or ()),
        language=row.language,
    )


def review_values(review: ClaimReview) -> dict[str, Any]:
    return {
        "key": review.key,
        "claim": review.claim,
        "rating": review.rating.label,
        "rating_value": review.rating.value,
        "best_rating": review.rating.best,
        "worst_rating": review.rating.worst,
        "url": review.url,
        "title": review.title,
        "publisher": review.publisher,
        "publisher_url": review.publisher_url,
        "published": review.published,
        "claim_author": review.claim_author,
        "claim_date": review.claim_date,
        "appearances": list(review.appearances),
        "language": review.language,
    }


# The columns a ClaimReview is read back from (its id, and what review_values writes).
_REVIEW_FIELDS = ("id", *review_values(ClaimReview(key="", claim="")))
_REVIEW_COLUMNS = [getattr(ClaimReviewRow, name) for name in _REVIEW_FIELDS]


class ClaimRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # --- state ---------------------------------------------------------------------------
    def state(self, lock: bool = False) -> tuple[int, str]:
        """(generation, change-log mark) of the memory; ``lock`` holds the row (one
        writer at a time: two apps catching up together would index twice)."""
        query = select(ClaimMemoryStateRow).where(ClaimMemoryStateRow.id == STATE_ID)
        if lock:
            query = query.with_for_update()
        row = self.session.execute(query).scalar_one()
        return row.generation, row.changes_seen

    def generation(self) -> int:
        return int(
            self.session.execute(
                select(ClaimMemoryStateRow.generation).where(ClaimMemoryStateRow.id == STATE_ID)
            ).scalar_one()
        )

    def set_state(self, generation: int, changes_seen: str) -> None:
        self.session.execute(
            update(ClaimMemoryStateRow)
            .where(ClaimMemoryStateRow.id == STATE_ID)
            .values(generation=generation, changes_seen=changes_seen)
        )

    def change_mark(self) -> str:
        """Where the change log is: any write to an annotation or document moves it
        (its row count too, so a transaction that commits late is not missed)."""
        count, last = self.session.execute(
            select(func.count(), func.max(ChangeRow.id)).select_from(ChangeRow)
        ).one()
        return f"{count}:{last or 0}"

    # --- reviews ---------------------------------------------------------------------------
    def reviews_by_key(self, keys: Sequence[str]) -> dict[str, tuple[int, ClaimReview]]:
        if not keys:
            return {}
        rows = self.session.execute(
            select(*_REVIEW_COLUMNS).where(ClaimReviewRow.key.in_(keys))
        ).all()
        return {row.key: (row.id, review_from_row(row)) for row in rows}

    def add_reviews(
        self, reviews: Sequence[ClaimReview], feed: str, now: dt.datetime
    ) -> dict[str, int]:
        """Insert new reviews; their ids by key."""
        if not reviews:
            return {}
        rows = [
            {**review_values(r), "feed": feed, "imported_at": now, "updated_at": now}
            for r in reviews
        ]
        result = self.session.execute(
            insert(ClaimReviewRow).returning(ClaimReviewRow.id, ClaimReviewRow.key), rows
        )
        return {key: review_id for review_id, key in result.all()}

    def update_reviews(
        self, changed: Sequence[tuple[int, ClaimReview]], feed: str, now: dt.datetime
    ) -> None:
        if not changed:
            return
        table = cast(Table, ClaimReviewRow.__table__)
        values: dict[str, Any] = {
            name: bindparam(f"v_{name}") for name in review_values(changed[0][1])
        }
        statement = (
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values(**values, feed=bindparam("v_feed"), updated_at=bindparam("v_updated_at"))
        )
        self.session.connection().execute(
            statement,
            [
                {
                    "b_id": review_id,
                    "v_feed": feed,
                    "v_updated_at": now,
                    **{f"v_{k}": v for k, v in review_values(review).items()},
                }
                for review_id, review in changed
            ],
        )

    def review_count(self) -> int:
        return int(
            self.session.execute(select(func.count()).select_from(ClaimReviewRow)).scalar_one()
        )

    # --- entries ----------------------------------------------------------------------------
    def put_review_entries(self, entries: Iterable[tuple[int, str, str]]) -> None:
        """(review id, text, terms): insert or replace the entries of these reviews."""
        items = list(entries)
        if not items:
            return
        ids = [review_id for review_id, _, _ in items]
        for chunk in _chunks(ids, 500):
            self.session.execute(delete(ClaimMemoryRow).where(ClaimMemoryRow.review_id.in_(chunk)))
        self.session.execute(
            insert(ClaimMemoryRow),
            [
                {
                    "origin": Origin.FEED.value,
                    "review_id": review_id,
                    "stamp": 0,
                    "text": text,
                    "terms": terms,
                }
                for review_id, text, terms in items
            ],
        )

    def claim_revisions(self) -> dict[int, int]:
        """Every live claim annotation: id -> revision."""
        rows = self.session.execute(
            select(AnnotationRow.id, AnnotationRow.revision).where(
                AnnotationRow.kind == AnnotationKind.CLAIM.value,
                AnnotationRow.deleted_at.is_(None),
            )
        ).all()
        return {row[0]: row[1] for row in rows}

    def document_stamps(self) -> dict[int, int]:
        """The claim annotations in the memory: id -> the revision indexed."""
        rows = self.session.execute(
            select(ClaimMemoryRow.annotation_id, ClaimMemoryRow.stamp).where(
                ClaimMemoryRow.annotation_id.is_not(None)
            )
        ).all()
        return {row[0]: row[1] for row in rows if row[0] is not None}

    def claim_annotations(self, ids: Sequence[int]) -> list[ClaimAnnotation]:
        found: list[ClaimAnnotation] = []
        for chunk in _chunks(list(ids), 500):
            rows = self.session.execute(
                select(
                    AnnotationRow.id,
                    AnnotationRow.revision,
                    AnnotationRow.exact,
                    AnnotationRow.speaker,
                ).where(AnnotationRow.id.in_(chunk))
            ).all()
            found += [ClaimAnnotation(r[0], r[1], r[2], r[3]) for r in rows]
        return found

    def put_document_entries(self, entries: Sequence[tuple[ClaimAnnotation, str, str]]) -> None:
        if not entries:
            return
        self.drop_document_entries([a.id for a, _, _ in entries])
        self.session.execute(
            insert(ClaimMemoryRow),
            [
                {
                    "origin": Origin.DOCUMENT.value,
                    "annotation_id": annotation.id,
                    "stamp": annotation.revision,
                    "text": text,
                    "terms": terms,
                }
                for annotation, text, terms in entries
            ],
        )

    def drop_document_entries(self, annotation_ids: Sequence[int]) -> None:
        for chunk in _chunks(list(annotation_ids), 500):
            self.session.execute(
                delete(ClaimMemoryRow).where(ClaimMemoryRow.annotation_id.in_(chunk))
            )

    def entries(self) -> list[MemoryEntry]:
        rows = self.session.execute(
            select(ClaimMemoryRow.id, ClaimMemoryRow.text, ClaimMemoryRow.terms).order_by(
                ClaimMemoryRow.id
            )
        ).all()
        return [MemoryEntry(r[0], r[1], r[2]) for r in rows]

    def details(self, entry_ids: Sequence[int]) -> dict[int, EntryDetails]:
        """What the results show, for the given entries (those still there)."""
        if not entry_ids:
            return {}
        found: dict[int, EntryDetails] = {}
        reviews = self.session.execute(
            select(ClaimMemoryRow.id, ClaimReviewRow)
            .join(ClaimReviewRow, ClaimReviewRow.id == ClaimMemoryRow.review_id)
            .where(ClaimMemoryRow.id.in_(entry_ids))
        ).all()
        for entry_id, review in reviews:
            found[entry_id] = EntryDetails(
                entry_id=entry_id,
                origin=Origin.FEED,
                claim=review.claim,
                rating=review.rating or None,
                url=review.url or None,
                publisher=review.publisher,
                date=review.published,
                speaker=review.claim_author,
                sources=tuple(review.appearances or ()),
                review_key=review.key,
            )
        claims = self.session.execute(
            select(
                ClaimMemoryRow.id,
                AnnotationRow,
                DocumentRow.title,
                DocumentRow.url,
                VerdictLabelRow.label,
            )
            .join(AnnotationRow, AnnotationRow.id == ClaimMemoryRow.annotation_id)
            .join(DocumentRow, DocumentRow.id == AnnotationRow.document_id)
            .outerjoin(VerdictLabelRow, VerdictLabelRow.key == AnnotationRow.verdict)
            .where(ClaimMemoryRow.id.in_(entry_ids), AnnotationRow.deleted_at.is_(None))
        ).all()
        annotation_ids = [row[1].id for row in claims]
        sources: dict[int, list[str]] = {}
        if annotation_ids:
            for annotation_id, url in self.session.execute(
                select(SourceRow.annotation_id, SourceRow.url)
                .where(SourceRow.annotation_id.in_(annotation_ids))
                .order_by(SourceRow.annotation_id, SourceRow.position)
            ).all():
                sources.setdefault(annotation_id, []).append(url)
        for entry_id, annotation, title, document_url, label in claims:
            found[entry_id] = EntryDetails(
                entry_id=entry_id,
                origin=Origin.DOCUMENT,
                claim=annotation.exact,
                rating=(label or annotation.verdict) if annotation.verdict else None,
                url=document_url or None,
                publisher=annotation.modified_by or annotation.author,
                date=annotation.updated_at.date(),
                document=annotation.document_id,
                annotation=annotation.id,
                document_title=title,
                speaker=annotation.speaker,
                verdict_key=annotation.verdict,
                sources=tuple(sources.get(annotation.id, ())),
            )
        return found


def _chunks(items: list[int], size: int) -> Iterable[list[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
