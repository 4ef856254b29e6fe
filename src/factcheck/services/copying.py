"""``db copy``: a reviewer's local database moves into the team database.

Everything goes: documents, every version, annotations (deleted ones too, since
their history is part of the record), sources, history and the verdict labels
they use. Rows carry stable ``uid``s, so a second run copies only what is new.
It all happens in one transaction on the target: an interrupted copy leaves
nothing half-written.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from factcheck.errors import UserInputError
from factcheck.storage import Database
from factcheck.storage.schema import (
    AnnotationRow,
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
_SOURCE_FIELDS += ("archived_url", "stance", "note")
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
