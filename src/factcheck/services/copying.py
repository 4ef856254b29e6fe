"""``db copy``: a reviewer's local database moves into the team database.

Everything goes: documents, every version, annotations (deleted ones too, since
their history is part of the record), sources, history, the verdict labels they
use, the fact-checks imported from feeds and the suggestions dismissed. Rows carry
stable ``uid``s (fact-checks their key), so a second run copies only what is new.
It all happens in one transaction on the target: an interrupted copy leaves
nothing half-written.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from factcheck.domain.claims import ClaimReview
from factcheck.domain.models import utc_now
from factcheck.errors import UserInputError
from factcheck.storage import Database
from factcheck.storage.claims import ClaimRepository, review_from_row
from factcheck.storage.schema import (
    AnnotationRow,
    ClaimReviewRow,
    DismissedSuggestionRow,
    DocumentRow,
    HistoryRow,
    SourceRow,
    VerdictLabelRow,
    VersionRow,
)

_DOCUMENT_FIELDS: tuple[str, ...] = ("title", "outlet", "author", "url", "published")
_DOCUMENT_FIELDS += ("language", "created_at", "assignee", "uid")
_VERSION_FIELDS = ("text", "structure", "source_name", "content_hash", "imported_at", "uid")
_ANNOTATION_FIELDS = (
    "kind",
    "start_offset",
    "end_offset",
    "exact",
    "prefix",
    "suffix",
    "state",
    "verdict",
    "status",
    "speaker",
    "note",
    "author",
    "created_at",
    "updated_at",
    "deleted_at",
    "revision",
    "assignee",
    "modified_by",
    "uid",
)
_SOURCE_FIELDS: tuple[str, ...] = ("position", "url", "title", "publisher", "accessed")
_SOURCE_FIELDS += ("archived_url", "stance", "note", "kind")
_HISTORY_FIELDS = ("at", "author", "field", "old_value", "new_value")


@dataclass
class CopySummary:
    copied: dict[str, int] = field(default_factory=dict)
    already_there: dict[str, int] = field(default_factory=dict)
    authors_kept: bool = True

    def count(self, what: str, new: bool) -> None:
        bucket = self.copied if new else self.already_there
        bucket[what] = bucket.get(what, 0) + 1


def _fields(row: object, names: tuple[str, ...]) -> dict[str, object]:
    return {name: getattr(row, name) for name in names}


def copy_database(source: Database, target: Database) -> CopySummary:
    if source.url == target.url or (source.path is not None and source.path == target.path):
        raise UserInputError("the source and the target are the same database")
    summary = CopySummary()
    with source.reading() as reading, target.transaction() as writing:
        if target.is_team:
            # The guard trigger keeps authors and versions as they are only for an
            # editor or the owner; for anyone else the login is recorded.
            summary.authors_kept = bool(writing.scalar(text("SELECT factcheck_is_editor()")))
            writing.execute(text("SET LOCAL factcheck.keep_authors = 'on'"))
        _copy_labels(reading, writing, summary)
        documents = _copy_documents(reading, writing, summary)
        versions = _copy_versions(reading, writing, documents, summary)
        _copy_annotations(reading, writing, documents, versions, summary)
        _copy_claim_reviews(reading, writing, summary)
        _copy_dismissed_suggestions(reading, writing, summary)
    return summary


def _existing(writing: Session, model: type[DocumentRow] | type[VersionRow]) -> dict[str, int]:
    return dict(writing.execute(select(model.uid, model.id)).tuples().all())


def _copy_labels(reading: Session, writing: Session, summary: CopySummary) -> None:
    have = set(writing.scalars(select(VerdictLabelRow.key)))
    used = set(reading.scalars(select(AnnotationRow.verdict).distinct())) - {None}
    position = (
        writing.scalar(select(VerdictLabelRow.position).order_by(VerdictLabelRow.position.desc()))
        or 0
    ) + 1
    for label in reading.scalars(select(VerdictLabelRow).order_by(VerdictLabelRow.position)):
        if label.key in have:
            summary.count("verdict labels", new=False)
            continue
        if label.key not in used:
            continue  # the target's scale is the desk's; only labels in use come along
        writing.add(
            VerdictLabelRow(
                key=label.key,
                label=label.label,
                colour=label.colour,
                position=position,
                rating=label.rating,
                applies_to=label.applies_to,
            )
        )
        position += 1
        summary.count("verdict labels", new=True)
    writing.flush()


def _copy_documents(reading: Session, writing: Session, summary: CopySummary) -> dict[int, int]:
    existing = _existing(writing, DocumentRow)
    mapping: dict[int, int] = {}
    for row in reading.scalars(select(DocumentRow).order_by(DocumentRow.id)):
        if row.uid in existing:
            mapping[row.id] = existing[row.uid]
            summary.count("documents", new=False)
            continue
        copy = DocumentRow(**_fields(row, _DOCUMENT_FIELDS))
        writing.add(copy)
        writing.flush()
        mapping[row.id] = copy.id
        summary.count("documents", new=True)
    return mapping


def _copy_versions(
    reading: Session, writing: Session, documents: dict[int, int], summary: CopySummary
) -> dict[int, int]:
    existing = _existing(writing, VersionRow)
    numbers: dict[int, set[int]] = {}
    for document_id, number in writing.execute(select(VersionRow.document_id, VersionRow.number)):
        numbers.setdefault(document_id, set()).add(number)
    mapping: dict[int, int] = {}
    for row in reading.scalars(
        select(VersionRow).order_by(VersionRow.document_id, VersionRow.number)
    ):
        if row.uid in existing:
            mapping[row.id] = existing[row.uid]
            summary.count("versions", new=False)
            continue
        document_id = documents[row.document_id]
        taken = numbers.setdefault(document_id, set())
        # The team may have added its own versions meanwhile: this one comes after them.
        number = row.number if row.number not in taken else max(taken) + 1
        taken.add(number)
        copy = VersionRow(document_id=document_id, number=number, **_fields(row, _VERSION_FIELDS))
        writing.add(copy)
        writing.flush()
        mapping[row.id] = copy.id
        summary.count("versions", new=True)
    return mapping


def _copy_annotations(
    reading: Session,
    writing: Session,
    documents: dict[int, int],
    versions: dict[int, int],
    summary: CopySummary,
) -> None:
    existing = set(writing.scalars(select(AnnotationRow.uid)))
    for row in reading.scalars(select(AnnotationRow).order_by(AnnotationRow.id)):
        if row.uid in existing:
            summary.count("annotations", new=False)
            continue
        copy = AnnotationRow(
            document_id=documents[row.document_id],
            version_id=versions[row.version_id],
            **_fields(row, _ANNOTATION_FIELDS),
        )
        copy.sources = [SourceRow(**_fields(s, _SOURCE_FIELDS)) for s in row.sources]
        writing.add(copy)
        writing.flush()
        summary.count("annotations", new=True)
        history = reading.scalars(
            select(HistoryRow).where(HistoryRow.annotation_id == row.id).order_by(HistoryRow.id)
        ).all()
        if history:
            writing.execute(
                insert(HistoryRow),
                [{"annotation_id": copy.id, **_fields(h, _HISTORY_FIELDS)} for h in history],
            )
            summary.copied["history entries"] = summary.copied.get("history entries", 0) + len(
                history
            )


def _copy_claim_reviews(reading: Session, writing: Session, summary: CopySummary) -> None:
    """Fact-checks imported from feeds, by their key (a review already there is left
    as it is); the target's claim memory indexes the new ones at once."""
    from factcheck.services.claim_matching import terms
    from factcheck.services.claim_memory import review_text

    repo = ClaimRepository(writing)
    by_feed: dict[str, list[ClaimReview]] = {}
    for row in reading.execute(select(ClaimReviewRow)).scalars():
        by_feed.setdefault(row.feed, []).append(review_from_row(row))
    added = 0
    for feed, reviews in by_feed.items():
        for start in range(0, len(reviews), 500):
            chunk = reviews[start : start + 500]
            have = repo.reviews_by_key([r.key for r in chunk])
            new = [r for r in chunk if r.key not in have]
            for _ in range(len(chunk) - len(new)):
                summary.count("fact-checks", new=False)
            ids = repo.add_reviews(new, feed, utc_now())
            entries = []
            for review in new:
                entry_text = review_text(review)
                entries.append((ids[review.key], entry_text, " ".join(terms(entry_text))))
                summary.count("fact-checks", new=True)
            repo.put_review_entries(entries)
            added += len(new)
    if added:
        generation, seen = repo.state(lock=True)
        repo.set_state(generation + 1, seen)


def _copy_dismissed_suggestions(reading: Session, writing: Session, summary: CopySummary) -> None:
    """What the reviewer taught the suggestions comes along (once: a rerun finds it)."""
    have = set(
        writing.execute(
            select(DismissedSuggestionRow.text, DismissedSuggestionRow.dismissed_at)
        ).tuples()
    )
    for row in reading.execute(select(DismissedSuggestionRow)).scalars():
        if (row.text, row.dismissed_at) in have:
            summary.count("dismissed suggestions", new=False)
            continue
        writing.add(DismissedSuggestionRow(text=row.text, dismissed_at=row.dismissed_at, by=row.by))
        summary.count("dismissed suggestions", new=True)
    writing.flush()
