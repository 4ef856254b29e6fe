"""The use cases on one open database. Every call is one committed transaction.

The UI's undo commands call these methods too, so an undo is just another
recorded change: the history stays append-only and complete.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from factcheck.anchoring.selectors import quote_at, resolve_span
from factcheck.domain import (
    AnchorState,
    Annotation,
    AnnotationKind,
    Document,
    HistoryEntry,
    ReviewStatus,
    VerdictScale,
    Version,
)
from factcheck.domain.library import DocumentSummary
from factcheck.domain.models import utc_now
from factcheck.domain.text import strip_unsafe
from factcheck.errors import StaleChange, UserInputError
from factcheck.importers import ImportedDocument, read_document
from factcheck.importers.plaintext import paragraph_blocks
from factcheck.services.interchange import InterchangeService
from factcheck.services.records import AnnotationDraft
from factcheck.services.revisions import RevisionService
from factcheck.storage import Database
from factcheck.storage.repositories import (
    AnnotationRepository,
    DocumentRepository,
    VerdictScaleRepository,
)

DOCUMENT_FIELDS = ("title", "outlet", "author", "url", "published", "language")


class _TextMoved(Exception):
    """The words at the offsets are no longer the ones the caller saw."""


def _history_value(name: str, value: Any) -> str | None:
    if value is None:
        return None
    if name == "sources":
        return json.dumps([s.as_dict() for s in value], ensure_ascii=False)
    return str(value.value if hasattr(value, "value") else value)


REVIEWER_FIELDS = frozenset({"kind", "verdict", "status", "speaker", "note", "sources", "assignee"})


def stale_message(current: Annotation, based_on: int) -> str:
    when = current.updated_at.strftime("%Y-%m-%d %H:%M:%S UTC")
    return (
        f"annotation {current.id} was changed by {current.modified_by or current.author} "
        f"at {when} (now version {current.revision}; your change was based on version "
        f"{based_on}); nothing was written"
    )


class Workspace(RevisionService, InterchangeService):
    def __init__(self, database: Database, author: str) -> None:
        self.database = database
        # On a team database the login is who changes things, whatever name was typed.
        self.author = database.login() or author

    def role(self) -> str | None:
        """ "editor" or "reviewer" on a team database (None on SQLite: no roles)."""
        if not self.database.is_team:
            return None
        with self.database.reading() as session:
            editor = session.scalar(text("SELECT factcheck_is_editor()"))
        return "editor" if editor else "reviewer"

    @classmethod
    def open(cls, target: str, author: str) -> Workspace:
        return cls(Database(target), author)

    def close(self) -> None:
        self.database.close()

    # --- documents -----------------------------------------------------------------
    def import_file(self, path: Path, title: str | None = None) -> Document:
        return self.add_imported(read_document(path, title))

    def import_text(self, text: str, title: str | None = None, source_name: str = "") -> Document:
        from factcheck.importers import plaintext

        return self.add_imported(
            plaintext.parse(text.encode("utf-8"), source_name or "pasted text", title)
        )

    def add_imported(self, imported: ImportedDocument) -> Document:
        published = None
        if imported.published:
            try:
                published = dt.date.fromisoformat(imported.published[:10])
            except ValueError:
                published = None
        document = Document(
            title=imported.title,
            outlet=imported.outlet,
            author=imported.author,
            url=imported.url,
            published=published,
            language=imported.language,
        )
        version = Version(
            document_id=0,
            number=1,
            text=imported.text,
            structure=imported.structure or paragraph_blocks(imported.text),
            source_name=imported.source_name,
            content_hash=imported.content_hash,
            imported_at=utc_now(),
        )
        with self.database.transaction() as session:
            return DocumentRepository(session).add(document, version)

    def find_document_with_text(self, text_hash: str) -> int | None:
        with self.database.reading() as session:
            return DocumentRepository(session).find_by_hash(text_hash)

    def documents(self) -> list[DocumentSummary]:
        with self.database.reading() as session:
            return DocumentRepository(session).summaries()

    def document(self, document_id: int) -> Document:
        with self.database.reading() as session:
            return DocumentRepository(session).get(document_id)

    def update_document(self, document_id: int, **changes: Any) -> Document:
        unknown = set(changes) - set(DOCUMENT_FIELDS)
        if unknown:
            raise UserInputError(f"cannot change {', '.join(sorted(unknown))} of a document")
        if "title" in changes and not str(changes["title"]).strip():
            raise UserInputError("a document needs a title")
        with self.database.transaction() as session:
            return DocumentRepository(session).update_metadata(document_id, **changes)

    def assign_document(self, document_id: int, assignee: str) -> Document:
        """Who works on a document ('' for nobody)."""
        name = " ".join(strip_unsafe(assignee).split())
        with self.database.transaction() as session:
            return DocumentRepository(session).update_metadata(document_id, assignee=name)

    def delete_document(self, document_id: int) -> None:
        with self.database.transaction() as session:
            DocumentRepository(session).delete(document_id)

    # --- verdict scale ---------------------------------------------------------------
    def verdict_scale(self) -> VerdictScale:
        with self.database.reading() as session:
            return VerdictScaleRepository(session).load()

    def set_verdict_scale(self, scale: VerdictScale) -> None:
        with self.database.transaction() as session:
            used = AnnotationRepository(session).verdicts_in_use()
            missing = used - {v.key for v in scale.labels}
            if missing:
                current = VerdictScaleRepository(session).load()
                names = sorted(current.label_of(key) for key in missing)
                raise UserInputError(
                    "the scale was kept: annotations still use "
                    + ", ".join(f"“{name}”" for name in names)
                    + " (give them another verdict first)"
                )
            VerdictScaleRepository(session).replace(scale)

    # --- annotations -----------------------------------------------------------------
    def annotations(self, document_id: int) -> list[Annotation]:
        with self.database.reading() as session:
            DocumentRepository(session).get(document_id)  # unknown ids are an error
            return AnnotationRepository(session).for_document(document_id)

    def annotation(self, annotation_id: int, include_deleted: bool = False) -> Annotation:
        with self.database.reading() as session:
            return AnnotationRepository(session).get(annotation_id, include_deleted)

    def speakers(self, document_id: int) -> list[str]:
        with self.database.reading() as session:
            return AnnotationRepository(session).speakers(document_id)

    def history(self, annotation_id: int) -> list[HistoryEntry]:
        with self.database.reading() as session:
            return AnnotationRepository(session).history(annotation_id)

    def annotate(
        self,
        document_id: int,
        start: int,
        end: int,
        draft: AnnotationDraft,
        expected: str | None = None,
        shown: Version | None = None,
    ) -> Annotation:
        """Mark ``start..end`` (code points) of the newest version.

        With ``expected``, the words there must still be those (checked under the write
        lock): a new version imported meanwhile by another program must not shift a
        mark onto other words. ``shown`` is the version the caller shows (the app has
        its text already): if it is still the newest, its text is not read again.
        """
        with self.database.transaction() as session:
            documents = DocumentRepository(session)
            if (
                shown is not None
                and shown.id is not None
                and (shown.id == documents.latest_version_id(document_id))
            ):
                version_id, text = shown.id, shown.text
            else:
                version_id, text = documents.latest_text(document_id)
                if shown is not None and text[start:end] != shown.text[start:end]:
                    # The caller's offsets were into an older text: never shift them.
                    raise UserInputError(
                        "a new version of this draft arrived meanwhile, so nothing was "
                        "marked; select the words again"
                    )
            if not 0 <= start < end <= len(text):
                raise UserInputError(
                    f"offsets {start}..{end} are outside the text (0..{len(text)})"
                )
            if expected is not None and text[start:end] != expected:
                raise _TextMoved
            if not text[start:end].strip():
                raise UserInputError("cannot annotate only white space")
            self._check_verdict(session, draft.verdict, AnnotationKind(draft.kind))
            quote = quote_at(text, start, end)
            now = utc_now()
            annotation = Annotation(
                document_id=document_id,
                version_id=version_id,
                kind=draft.kind,
                start=start,
                end=end,
                exact=quote.exact,
                prefix=quote.prefix,
                suffix=quote.suffix,
                author=self.author,
                state=AnchorState.EXACT,
                verdict=draft.verdict,
                status=draft.status,
                speaker=strip_unsafe(draft.speaker).strip(),
                note=strip_unsafe(draft.note),
                sources=list(draft.sources),
                created_at=now,
                updated_at=now,
            )
            repo = AnnotationRepository(session)
            saved = repo.add(annotation)
            assert saved.id is not None
            # "created" holds the quoted text; then every field that differs from a blank
            # annotation, so the history alone tells what the reviewer set.
            blank = AnnotationDraft(kind=draft.kind)
            repo.add_history(
                [
                    HistoryEntry(saved.id, now, self.author, "created", None, saved.exact),
                    HistoryEntry(saved.id, now, self.author, "kind", None, saved.kind.value),
                ]
                + [
                    HistoryEntry(saved.id, now, self.author, name, None, new)
                    for name in ("verdict", "status", "speaker", "note", "sources")
                    if (new := _history_value(name, getattr(saved, name)))
                    != _history_value(name, getattr(blank, name))
                ]
            )
            return saved

    def annotate_text(
        self,
        document_id: int,
        exact: str,
        draft: AnnotationDraft,
        occurrence: int | None = None,
        start: int | None = None,
        end: int | None = None,
    ) -> Annotation:
        """Find ``exact`` in the newest version (refusing ambiguity) and mark it."""
        for _ in range(3):
            with self.database.reading() as session:
                _, text = DocumentRepository(session).latest_text(document_id)
            begin, finish = resolve_span(text, exact, occurrence, start, end)
            try:
                return self.annotate(document_id, begin, finish, draft, expected=text[begin:finish])
            except _TextMoved:
                continue  # a new version arrived between the read and the write: again
        raise UserInputError("the document keeps changing; try again in a moment")

    def update_annotation(
        self, annotation_id: int, if_version: int | None = None, **changes: Any
    ) -> Annotation:
        """Change reviewer fields; each changed field gets one history entry.

        With ``if_version``, the change applies only to that version of the annotation:
        if someone changed it since, StaleChange says who and when, and nothing is
        written. The version check and the write hold the row's lock together.
        """
        unknown = set(changes) - REVIEWER_FIELDS
        if unknown:
            raise UserInputError(f"cannot change {', '.join(sorted(unknown))} of an annotation")
        with self.database.transaction() as session:
            repo = AnnotationRepository(session)
            current = repo.locked(annotation_id)
            if if_version is not None and current.revision != if_version:
                raise StaleChange(stale_message(current, if_version), current)
            # Qt hands enum values back as plain strings: coerce at the service boundary.
            if "kind" in changes:
                changes["kind"] = AnnotationKind(changes["kind"])
            kind = changes.get("kind", current.kind)
            if "verdict" in changes:
                self._check_verdict(session, changes["verdict"] or None, kind)
            elif "kind" in changes and current.verdict is not None:
                # A claim that becomes a quote is rated on the quote scale: a verdict
                # from the other scale does not carry over (the history keeps it).
                scale = VerdictScaleRepository(session).load()
                if not scale.applies(current.verdict, kind.value):
                    changes["verdict"] = None
            if "status" in changes:
                changes["status"] = ReviewStatus(changes["status"])
            if "verdict" in changes and not changes["verdict"]:
                changes["verdict"] = None
            if "note" in changes:
                changes["note"] = strip_unsafe(str(changes["note"]))
            if "sources" in changes:
                changes["sources"] = list(changes["sources"])
            if "speaker" in changes:
                changes["speaker"] = strip_unsafe(str(changes["speaker"])).strip()
            if "assignee" in changes:
                changes["assignee"] = " ".join(strip_unsafe(str(changes["assignee"] or "")).split())
            now = utc_now()
            entries = [
                HistoryEntry(
                    annotation_id,
                    now,
                    self.author,
                    name,
                    _history_value(name, getattr(current, name)),
                    _history_value(name, value),
                )
                for name, value in changes.items()
                if _history_value(name, getattr(current, name)) != _history_value(name, value)
            ]
            if not entries:
                return current
            updated = repo.update(replace(current, **changes, updated_at=now), self.author)
            repo.add_history(entries)
            return updated

    def delete_annotation(self, annotation_id: int, if_version: int | None = None) -> None:
        self._set_deleted(annotation_id, deleted=True, if_version=if_version)

    def restore_annotation(self, annotation_id: int, if_version: int | None = None) -> Annotation:
        return self._set_deleted(annotation_id, deleted=False, if_version=if_version)

    def _set_deleted(
        self, annotation_id: int, deleted: bool, if_version: int | None = None
    ) -> Annotation:
        with self.database.transaction() as session:
            repo = AnnotationRepository(session)
            current = repo.locked(annotation_id, include_deleted=True)
            if if_version is not None and current.revision != if_version:
                raise StaleChange(stale_message(current, if_version), current)
            if repo.is_deleted(annotation_id) == deleted:
                state = "already deleted" if deleted else "not deleted"
                raise UserInputError(f"annotation {annotation_id} is {state}")
            now = utc_now()
            annotation = repo.set_deleted(annotation_id, now if deleted else None, self.author, now)
            repo.add_history(
                [
                    HistoryEntry(
                        annotation_id,
                        now,
                        self.author,
                        "deleted" if deleted else "restored",
                        None,
                        None,
                    )
                ]
            )
            return annotation

    @staticmethod
    def _check_verdict(session: Session, verdict: str | None, kind: AnnotationKind) -> None:
        if verdict is None:
            return
        scale = VerdictScaleRepository(session).load()
        if not scale.applies(verdict, kind.value):
            what = (
                f"unknown verdict {verdict!r}"
                if scale.get(verdict) is None
                else f"{verdict!r} is not a verdict for a {kind.value}"
            )
            choices = ", ".join(v.label for v in scale.ordered(kind.value))
            raise UserInputError(f"{what}; choose one of: {choices}")
