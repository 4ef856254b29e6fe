"""Repositories: the only code that turns rows into domain objects and back.

They work inside a session handed to them and never commit; services do.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, func, insert, select, update
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session

from factcheck.domain import (
    AnchorState,
    Annotation,
    AnnotationKind,
    Document,
    HistoryEntry,
    ReviewStatus,
    Source,
    SourceKind,
    Stance,
    VerdictLabel,
    VerdictScale,
    Version,
)
from factcheck.domain.library import DocumentSummary
from factcheck.domain.structure import blocks_from_json, blocks_to_json
from factcheck.errors import NotFoundError
from factcheck.storage.schema import (
    AnnotationRow,
    DocumentRow,
    HistoryRow,
    SourceRow,
    VerdictLabelRow,
    VersionRow,
)


def _version(row: VersionRow) -> Version:
    return Version(
        document_id=row.document_id,
        number=row.number,
        text=row.text,
        structure=blocks_from_json(row.structure),
        source_name=row.source_name,
        content_hash=row.content_hash,
        imported_at=row.imported_at,
        id=row.id,
    )


def _document(row: DocumentRow) -> Document:
    return Document(
        id=row.id,
        title=row.title,
        outlet=row.outlet,
        author=row.author,
        url=row.url,
        published=row.published,
        language=row.language,
        created_at=row.created_at,
        versions=[_version(v) for v in row.versions],
        assignee=row.assignee,
    )


def _source(row: SourceRow | Row[Any]) -> Source:
    return Source(
        id=row.id,
        url=row.url,
        title=row.title,
        publisher=row.publisher,
        accessed=row.accessed,
        archived_url=row.archived_url,
        stance=Stance(row.stance),
        note=row.note,
        kind=SourceKind(row.kind),
    )


# Enum members by value: a dict lookup, where calling the Enum class costs a
# microsecond each (three per annotation, 20,000 annotations on a long draft).
_KINDS = {member.value: member for member in AnnotationKind}
_STATES = {member.value: member for member in AnchorState}
_STATUSES = {member.value: member for member in ReviewStatus}


def _annotation(
    row: AnnotationRow | Row[Any], sources: list[Source] | None = None, trusted: bool = False
) -> Annotation:
    """``trusted``: rows the app wrote itself, read in bulk: not checked again."""
    make = Annotation.from_trusted if trusted else Annotation
    return make(
        id=row.id,
        document_id=row.document_id,
        version_id=row.version_id,
        kind=_KINDS[row.kind],
        start=row.start_offset,
        end=row.end_offset,
        exact=row.exact,
        prefix=row.prefix,
        suffix=row.suffix,
        state=_STATES[row.state],
        verdict=row.verdict,
        status=_STATUSES[row.status],
        speaker=row.speaker,
        note=row.note,
        author=row.author,
        created_at=row.created_at,
        updated_at=row.updated_at,
        sources=sources if sources is not None else [_source(s) for s in row.sources],
        revision=row.revision if isinstance(row, AnnotationRow) else row.version,
        assignee=row.assignee,
        modified_by=row.modified_by or row.author,
    )


def _source_row(source: Source, position: int) -> SourceRow:
    return SourceRow(
        position=position,
        url=source.url,
        title=source.title,
        publisher=source.publisher,
        accessed=source.accessed,
        archived_url=source.archived_url,
        stance=source.stance.value,
        note=source.note,
        kind=source.kind.value,
    )


class DocumentRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _row(self, document_id: int) -> DocumentRow:
        row = self.session.get(DocumentRow, document_id)
        if row is None:
            raise NotFoundError(f"no document with id {document_id}")
        return row

    def get(self, document_id: int) -> Document:
        return _document(self._row(document_id))

    def latest_text(self, document_id: int) -> tuple[int, str]:
        """The newest version's id and canonical text, without loading the rest."""
        row = self.session.execute(
            select(VersionRow.id, VersionRow.text)
            .where(VersionRow.document_id == document_id)
            .order_by(VersionRow.number.desc())
            .limit(1)
        ).first()
        if row is None:
            raise NotFoundError(f"no document with id {document_id}")
        return row[0], row[1]

    def add(self, document: Document, version: Version) -> Document:
        row = DocumentRow(
            title=document.title,
            outlet=document.outlet,
            author=document.author,
            url=document.url,
            published=document.published,
            language=document.language,
            created_at=document.created_at,
        )
        row.versions.append(self._version_row(version, number=1))
        self.session.add(row)
        self.session.flush()
        return _document(row)

    @staticmethod
    def _version_row(version: Version, number: int) -> VersionRow:
        return VersionRow(
            number=number,
            text=version.text,
            structure=blocks_to_json(version.structure),
            source_name=version.source_name,
            content_hash=version.content_hash,
            imported_at=version.imported_at,
        )

    def add_version(self, document_id: int, version: Version) -> Version:
        # One query for the number, not every earlier version's text loaded.
        self._row(document_id)  # unknown ids are an error
        number = (
            self.session.scalar(
                select(func.max(VersionRow.number)).where(VersionRow.document_id == document_id)
            )
            or 0
        ) + 1
        version_row = self._version_row(version, number=number)
        version_row.document_id = document_id
        self.session.add(version_row)
        self.session.flush()
        return _version(version_row)

    def latest_version_id(self, document_id: int) -> int | None:
        return self.session.scalar(
            select(VersionRow.id)
            .where(VersionRow.document_id == document_id)
            .order_by(VersionRow.number.desc())
            .limit(1)
        )

    def update_metadata(self, document_id: int, **fields: object) -> Document:
        row = self._row(document_id)
        for name, value in fields.items():
            setattr(row, name, value)
        self.session.flush()
        return _document(row)

    def delete(self, document_id: int) -> None:
        self.session.delete(self._row(document_id))
        self.session.flush()

    def find_by_hash(self, content_hash: str) -> int | None:
        """The document whose newest version has exactly this content."""
        for version in self.session.scalars(
            select(VersionRow).where(VersionRow.content_hash == content_hash)
        ):
            newest = max(v.number for v in version.document.versions)
            if version.number == newest:
                return version.document_id
        return None

    def summaries(self) -> list[DocumentSummary]:
        rows = self.session.scalars(select(DocumentRow).order_by(DocumentRow.id)).all()
        counts: dict[int, Counter[str]] = {row.id: Counter() for row in rows}
        rated_column = AnnotationRow.verdict.is_not(None)
        approved_column = AnnotationRow.status == ReviewStatus.APPROVED.value
        live = select(
            AnnotationRow.document_id,
            AnnotationRow.kind,
            rated_column,
            approved_column,
            func.count(),
        ).where(AnnotationRow.deleted_at.is_(None))
        for document_id, kind, rated, approved, count in self.session.execute(
            live.group_by(
                AnnotationRow.document_id, AnnotationRow.kind, rated_column, approved_column
            )
        ):
            counts[document_id][kind] += count
            if kind != AnnotationKind.NOTE:
                counts[document_id]["rated" if rated else "not_rated"] += count
            if approved:
                counts[document_id]["approved"] += count
        people: dict[int, set[str]] = {}
        for document_id, author, modifier in self.session.execute(
            select(AnnotationRow.document_id, AnnotationRow.author, AnnotationRow.modified_by)
            .where(AnnotationRow.deleted_at.is_(None))
            .distinct()
        ):
            people.setdefault(document_id, set()).update(n for n in (author, modifier) if n)
        version_counts = dict(
            self.session.execute(
                select(VersionRow.document_id, func.count()).group_by(VersionRow.document_id)
            ).all()
        )
        return [
            DocumentSummary(
                id=row.id,
                title=row.title,
                outlet=row.outlet,
                versions=version_counts.get(row.id, 0),
                claims=counts[row.id][AnnotationKind.CLAIM],
                quotes=counts[row.id][AnnotationKind.QUOTE],
                notes=counts[row.id][AnnotationKind.NOTE],
                not_rated=counts[row.id]["not_rated"],
                created_at=row.created_at,
                assignee=row.assignee,
                rated=counts[row.id]["rated"],
                approved=counts[row.id]["approved"],
                people=tuple(sorted(people.get(row.id, ()))),
            )
            for row in rows
        ]


class AnnotationRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _row(
        self, annotation_id: int, include_deleted: bool = False, lock: bool = False
    ) -> AnnotationRow:
        # ``lock``: SELECT ... FOR UPDATE on PostgreSQL, so that a compare-and-set of
        # the version holds until commit (SQLite's write lock already serialises).
        row = self.session.get(AnnotationRow, annotation_id, with_for_update=lock or None)
        if row is None or (row.deleted_at is not None and not include_deleted):
            raise NotFoundError(f"no annotation with id {annotation_id}")
        return row

    def get(self, annotation_id: int, include_deleted: bool = False) -> Annotation:
        return _annotation(self._row(annotation_id, include_deleted))

    def for_document(self, document_id: int) -> list[Annotation]:
        """Every live annotation, in text order. Plain rows, not ORM objects: a long
        draft has thousands and this runs each time it is opened."""
        live = (AnnotationRow.document_id == document_id, AnnotationRow.deleted_at.is_(None))
        sources: dict[int, list[Source]] = {}
        # Core rows through the session's connection: the ORM's result machinery costs
        # a quarter of a second on 20,000 rows and gives nothing here.
        connection = self.session.connection()
        source_rows = connection.execute(
            select(SourceRow.__table__)
            .join(AnnotationRow, AnnotationRow.id == SourceRow.annotation_id)
            .where(*live)
            .order_by(SourceRow.annotation_id, SourceRow.position)
        )
        for row in source_rows:
            sources.setdefault(row.annotation_id, []).append(_source(row))
        rows = connection.execute(
            select(AnnotationRow.__table__)
            .where(*live)
            .order_by(AnnotationRow.start_offset, AnnotationRow.end_offset, AnnotationRow.id)
        )
        return [_annotation(row, sources.get(row.id, []), trusted=True) for row in rows]

    def speakers(self, document_id: int) -> list[str]:
        return list(
            self.session.scalars(
                select(AnnotationRow.speaker)
                .where(
                    AnnotationRow.document_id == document_id,
                    AnnotationRow.deleted_at.is_(None),
                    AnnotationRow.speaker != "",
                )
                .distinct()
                .order_by(AnnotationRow.speaker)
            )
        )

    def verdicts_in_use(self) -> set[str]:
        return {
            verdict
            for verdict in self.session.scalars(
                select(AnnotationRow.verdict).where(AnnotationRow.deleted_at.is_(None)).distinct()
            )
            if verdict is not None
        }

    def add(self, annotation: Annotation) -> Annotation:
        row = AnnotationRow(
            document_id=annotation.document_id,
            version_id=annotation.version_id,
            kind=annotation.kind.value,
            start_offset=annotation.start,
            end_offset=annotation.end,
            exact=annotation.exact,
            prefix=annotation.prefix,
            suffix=annotation.suffix,
            state=annotation.state.value,
            verdict=annotation.verdict,
            status=annotation.status.value,
            speaker=annotation.speaker,
            note=annotation.note,
            author=annotation.author,
            created_at=annotation.created_at,
            updated_at=annotation.updated_at,
            assignee=annotation.assignee,
            modified_by=annotation.modified_by or annotation.author,
        )
        row.sources = [_source_row(s, i) for i, s in enumerate(annotation.sources)]
        self.session.add(row)
        self.session.flush()
        return _annotation(row)

    def is_deleted(self, annotation_id: int) -> bool:
        return self._row(annotation_id, include_deleted=True).deleted_at is not None

    def locked(self, annotation_id: int, include_deleted: bool = False) -> Annotation:
        """The annotation, its row locked until the transaction ends."""
        return _annotation(self._row(annotation_id, include_deleted, lock=True))

    def update(self, annotation: Annotation, by: str) -> Annotation:
        """Write every field of ``annotation`` onto its row: one more version."""
        if annotation.id is None:
            raise ValueError("an annotation without an id cannot be updated")
        row = self._row(annotation.id, lock=True)
        row.revision = row.revision + 1
        row.modified_by = by
        row.assignee = annotation.assignee
        row.kind = annotation.kind.value
        row.verdict = annotation.verdict
        row.status = annotation.status.value
        row.speaker = annotation.speaker
        row.note = annotation.note
        row.updated_at = annotation.updated_at
        row.state = annotation.state.value
        row.version_id = annotation.version_id
        row.start_offset, row.end_offset = annotation.start, annotation.end
        row.exact, row.prefix, row.suffix = annotation.exact, annotation.prefix, annotation.suffix
        if [s.as_dict() for s in annotation.sources] != [_source(s).as_dict() for s in row.sources]:
            row.sources = [_source_row(s, i) for i, s in enumerate(annotation.sources)]
        self.session.flush()
        return _annotation(row)

    def set_deleted(
        self, annotation_id: int, when: dt.datetime | None, by: str, now: dt.datetime
    ) -> Annotation:
        row = self._row(annotation_id, include_deleted=True, lock=True)
        row.deleted_at = when
        row.updated_at = now
        row.modified_by = by
        row.revision = row.revision + 1
        self.session.flush()
        return _annotation(row)

    def add_history(self, entries: list[HistoryEntry]) -> None:
        if not entries:
            return
        self.session.execute(
            insert(HistoryRow),
            [
                {
                    "annotation_id": e.annotation_id,
                    "at": e.at,
                    "author": e.author,
                    "field": e.field,
                    "old_value": e.old_value,
                    "new_value": e.new_value,
                }
                for e in entries
            ],
        )

    def anchor_fingerprint(self, document_id: int) -> list[tuple[object, ...]]:
        """Where each live annotation is, and when it last changed: enough to tell
        whether anything moved since a read."""
        rows = self.session.execute(
            select(
                AnnotationRow.id,
                AnnotationRow.version_id,
                AnnotationRow.start_offset,
                AnnotationRow.end_offset,
                AnnotationRow.exact,
                AnnotationRow.updated_at,
            )
            .where(AnnotationRow.document_id == document_id, AnnotationRow.deleted_at.is_(None))
            .order_by(AnnotationRow.start_offset, AnnotationRow.end_offset, AnnotationRow.id)
        )
        return [tuple(row) for row in rows]

    def update_anchors(self, annotations: list[Annotation], by: str) -> None:
        """Write where many annotations now sit, in one statement (re-anchoring)."""
        if not annotations:
            return
        table = cast(Table, AnnotationRow.__table__)
        columns = (
            "version_id",
            "start_offset",
            "end_offset",
            "exact",
            "prefix",
            "suffix",
            "state",
            "status",
            "updated_at",
        )
        self.session.execute(
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values(
                {
                    table.c[name]: bindparam(f"b_{name}", type_=table.c[name].type)
                    for name in columns
                }
            )
            .values(version=table.c.version + 1, modified_by=by),
            [
                {
                    "b_id": a.id,
                    "b_version_id": a.version_id,
                    "b_start_offset": a.start,
                    "b_end_offset": a.end,
                    "b_exact": a.exact,
                    "b_prefix": a.prefix,
                    "b_suffix": a.suffix,
                    "b_state": a.state.value,
                    "b_status": a.status.value,
                    "b_updated_at": a.updated_at,
                }
                for a in annotations
            ],
        )

    def history(self, annotation_id: int) -> list[HistoryEntry]:
        rows = self.session.scalars(
            select(HistoryRow)
            .where(HistoryRow.annotation_id == annotation_id)
            .order_by(HistoryRow.at, HistoryRow.id)
        )
        return [
            HistoryEntry(
                id=r.id,
                annotation_id=r.annotation_id,
                at=r.at,
                author=r.author,
                field=r.field,
                old_value=r.old_value,
                new_value=r.new_value,
            )
            for r in rows
        ]


class VerdictScaleRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def load(self) -> VerdictScale:
        rows = self.session.scalars(select(VerdictLabelRow).order_by(VerdictLabelRow.position))
        return VerdictScale(
            tuple(
                VerdictLabel(r.key, r.label, r.colour, r.position, r.rating, r.applies_to)
                for r in rows
            )
        )

    def replace(self, scale: VerdictScale) -> None:
        self.session.execute(delete(VerdictLabelRow))
        self.session.add_all(
            VerdictLabelRow(
                key=v.key,
                label=v.label,
                colour=v.colour,
                position=v.position,
                rating=v.rating,
                applies_to=v.applies_to,
            )
            for v in scale.labels
        )
        self.session.flush()
