"""SQLAlchemy 2 typed mappings. Only storage/ sees these; the rest sees domain objects.

Column names avoid SQL keywords (``end`` is reserved in PostgreSQL), and nothing
here is SQLite-only: team mode will point the same schema at PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names, so that Alembic can alter them on every backend.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware UTC in, timezone-aware UTC out (SQLite forgets the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; use UTC")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def new_uid() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    outlet: Mapped[str] = mapped_column(String(200), default="")
    author: Mapped[str] = mapped_column(String(300), default="")
    url: Mapped[str] = mapped_column(String(2000), default="")
    published: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    language: Mapped[str] = mapped_column(String(35), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    assignee: Mapped[str] = mapped_column(String(300), default="")
    # Stable across databases: ``db copy`` recognises what it copied before.
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)

    versions: Mapped[list[VersionRow]] = relationship(
        back_populates="document",
        order_by="VersionRow.number",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class VersionRow(Base):
    __tablename__ = "versions"
    __table_args__ = (UniqueConstraint("document_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    structure: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    source_name: Mapped[str] = mapped_column(String(1000), default="")
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    imported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)

    document: Mapped[DocumentRow] = relationship(back_populates="versions")


class AnnotationRow(Base):
    __tablename__ = "annotations"
    __table_args__ = (Index("ix_annotations_document_live", "document_id", "deleted_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    version_id: Mapped[int] = mapped_column(ForeignKey("versions.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    start_offset: Mapped[int] = mapped_column(Integer)
    end_offset: Mapped[int] = mapped_column(Integer)
    exact: Mapped[str] = mapped_column(Text)
    prefix: Mapped[str] = mapped_column(Text, default="")
    suffix: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(20), default="exact")
    verdict: Mapped[str | None] = mapped_column(String(100), nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="to_check")
    speaker: Mapped[str] = mapped_column(String(300), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    # Deleting is reversible (undo) and leaves the history readable.
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # 1 when created, +1 on every change (compare-and-set for edits: no lost update).
    revision: Mapped[int] = mapped_column("version", Integer, default=1)
    assignee: Mapped[str] = mapped_column(String(300), default="")
    modified_by: Mapped[str] = mapped_column(String(300), default="")
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)

    sources: Mapped[list[SourceRow]] = relationship(
        order_by="SourceRow.position", cascade="all, delete-orphan", passive_deletes=True
    )


class SourceRow(Base):
    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    annotation_id: Mapped[int] = mapped_column(
        ForeignKey("annotations.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    url: Mapped[str] = mapped_column(String(2000))
    title: Mapped[str] = mapped_column(String(1000), default="")
    publisher: Mapped[str] = mapped_column(String(300), default="")
    accessed: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    archived_url: Mapped[str] = mapped_column(String(2000), default="")
    stance: Mapped[str] = mapped_column(String(20), default="context")
    note: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(20), default="web", server_default="web")


class HistoryRow(Base):
    """Append-only: rows are inserted, never updated or deleted by the app."""

    __tablename__ = "annotation_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    annotation_id: Mapped[int] = mapped_column(
        ForeignKey("annotations.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    author: Mapped[str] = mapped_column(String(300))
    field: Mapped[str] = mapped_column(String(50))
    old_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    new_value: Mapped[str | None] = mapped_column(Text, nullable=True)


class ChangeRow(Base):
    """One row per change of an annotation or a document, written by database
    triggers (so every path that writes is seen). ``watch`` and open apps read it
    from the last id they saw: on PostgreSQL a NOTIFY only wakes them up, and after
    a reconnect nothing is missed, since the table replays what NOTIFY cannot."""

    __tablename__ = "changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    annotation_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    document_id: Mapped[int] = mapped_column(Integer)
    event: Mapped[str] = mapped_column(String(20))
    revision: Mapped[int | None] = mapped_column("version", Integer, nullable=True)
    by: Mapped[str] = mapped_column(String(300), default="")
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class VerdictLabelRow(Base):
    __tablename__ = "verdict_labels"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    label: Mapped[str] = mapped_column(String(200))
    colour: Mapped[str] = mapped_column(String(7))
    position: Mapped[int] = mapped_column(Integer)
    rating: Mapped[int | None] = mapped_column(Integer, nullable=True)
    applies_to: Mapped[str] = mapped_column(String(10), default="claim", server_default="claim")


class ClaimReviewRow(Base):
    """A ClaimReview imported from a feed; ``key`` is its URL (or a digest without one)."""

    __tablename__ = "claim_reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(2000), unique=True)
    claim: Mapped[str] = mapped_column(Text)
    rating: Mapped[str] = mapped_column(String(200), default="")
    rating_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    best_rating: Mapped[float | None] = mapped_column(Float, nullable=True)
    worst_rating: Mapped[float | None] = mapped_column(Float, nullable=True)
    url: Mapped[str] = mapped_column(String(2000), default="")
    title: Mapped[str] = mapped_column(Text, default="")
    publisher: Mapped[str] = mapped_column(String(300), default="")
    publisher_url: Mapped[str] = mapped_column(String(2000), default="")
    published: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    claim_author: Mapped[str] = mapped_column(String(300), default="")
    claim_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    appearances: Mapped[list[str]] = mapped_column(JSON, default=list)
    language: Mapped[str] = mapped_column(String(35), default="")
    feed: Mapped[str] = mapped_column(String(1000), default="")  # the file it came from
    imported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class ClaimMemoryRow(Base):
    """Derived: one searchable entry per feed review and per claim annotation, with its
    index terms. Rebuilt from its origin whenever that changes (never edited by hand)."""

    __tablename__ = "claim_memory"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    origin: Mapped[str] = mapped_column(String(10))
    review_id: Mapped[int | None] = mapped_column(
        ForeignKey("claim_reviews.id", ondelete="CASCADE"), nullable=True, unique=True
    )
    annotation_id: Mapped[int | None] = mapped_column(
        ForeignKey("annotations.id", ondelete="CASCADE"), nullable=True, unique=True
    )
    # The origin's version when indexed: the annotation's, or the review's update count.
    stamp: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)  # what is matched: the claim, cleaned
    terms: Mapped[str] = mapped_column(Text)  # its index terms, space-separated


class ClaimMemoryStateRow(Base):
    """One row: the change log position the memory has caught up with, and a
    generation number that every change of the memory raises (caches compare it)."""

    __tablename__ = "claim_memory_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    generation: Mapped[int] = mapped_column(Integer, default=0)
    changes_seen: Mapped[str] = mapped_column(String(100), default="")


class DismissedSuggestionRow(Base):
    """A sentence a reviewer dismissed as "not a claim": what suggestions learn from."""

    __tablename__ = "dismissed_suggestions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    dismissed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    by: Mapped[str] = mapped_column(String(300), default="")


class SuggestionLearningRow(Base):
    """One row: examples from before ``reset_at`` are not learnt from."""

    __tablename__ = "suggestion_learning"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reset_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
