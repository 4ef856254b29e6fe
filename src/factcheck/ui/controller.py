"""The UI's gateway to the services: calls them, reports errors, announces changes.

Widgets never call the Workspace themselves; they go through here (mostly via
undo commands), so every database error becomes a message and never a crash.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from factcheck.domain import Annotation, Document, VerdictScale
from factcheck.domain.library import DocumentSummary
from factcheck.domain.verdicts import default_verdict_scale
from factcheck.errors import FactcheckError, NotOpenYet, ServerUnavailable, StaleChange
from factcheck.services.records import AnnotationDraft, Change, Revision
from factcheck.ui.i18n import translate

if TYPE_CHECKING:
    from factcheck.importers.base import ImportedDocument
    from factcheck.services.workspace import Workspace

T = TypeVar("T")
# More remote changes than this to the open document: reload it whole.
REMOTE_RELOAD_THRESHOLD = 25


@dataclass
class PendingEdit:
    """A change typed while the team server was away: saved when it is back."""

    annotation_id: int
    changes: dict[str, Any]
    based_on: int  # the version the reviewer saw when typing


# Given the annotation as it is now, the reviewer's changes and the version they
# saw, the changes to write (on top of the current version), or None to keep theirs.
ConflictResolver = Callable[[Annotation, dict[str, Any], Annotation | None], dict[str, Any] | None]


def keep_theirs(
    _current: Annotation, _mine: dict[str, Any], _base: Annotation | None
) -> dict[str, Any] | None:
    return None


class ReviewController(QObject):
    documentChanged = Signal(object)  # the Document now shown (or None)
    annotationsChanged = Signal()  # the list of annotations of the current document
    annotationChanged = Signal(object)  # one Annotation was edited
    annotationAdded = Signal(object)  # made, or brought back by undo
    annotationRemoved = Signal(int)
    libraryChanged = Signal()
    documentDeleted = Signal(int)
    scaleChanged = Signal(object)  # VerdictScale
    errorOccurred = Signal(str)
    connectionLost = Signal(str)  # the team server is away (message)
    connectionRestored = Signal(int)  # it is back; how many kept edits were saved
    remoteActivity = Signal(str)  # someone else changed what is shown (a status line)
    editKept = Signal(int)  # an edit waits for the server; how many wait now
    undoTouched = Signal(int)  # an undo or redo step changed this annotation

    def __init__(self, workspace: Workspace | None, parent: QObject | None = None) -> None:
        """``workspace`` None: the window is built and painted first, and the database
        (with SQLAlchemy) opened right after; see ``ui/app.py``."""
        super().__init__(parent)
        self._workspace = workspace
        self.document: Document | None = None
        # The open document's annotations by id: every lookup and change is O(1), so
        # that marking the 20,000th costs what marking the first did.
        self._by_id: dict[int, Annotation] = {}
        self.scale: VerdictScale = (
            workspace.verdict_scale() if workspace else default_verdict_scale()
        )
        self.role: str | None = workspace.role() if workspace else None
        self.pending: list[PendingEdit] = []
        self.offline = False
        self.offline_reason = ""
        # The window installs a dialog; without one, a conflict keeps the other change.
        self.resolve_conflict: ConflictResolver = keep_theirs

    @property
    def workspace(self) -> Workspace:
        if self._workspace is None:
            raise NotOpenYet(
                translate(
                    "ReviewController", "The database is still opening; try again in a moment."
                )
            )
        return self._workspace

    @workspace.setter
    def workspace(self, workspace: Workspace) -> None:
        self._workspace = workspace

    @property
    def has_workspace(self) -> bool:
        return self._workspace is not None

    def attempt(self, action: Callable[[], T]) -> T | None:
        """Run a service call; on a known error, tell the user and return None."""
        try:
            return action()
        except ServerUnavailable as exc:
            self.went_offline(exc.message)
            return None
        except FactcheckError as exc:
            self.errorOccurred.emit(exc.message)
            return None

    def succeeds(self, action: Callable[[], object]) -> bool:
        """Run a service call that returns nothing; False (and a message) if it failed."""
        return self.attempt(lambda: action() or True) is not None

    # --- the team server going and coming back ------------------------------------------
    def went_offline(self, message: str) -> None:
        if not self.offline:
            self.offline = True
            self.offline_reason = message
            self.connectionLost.emit(message)

    def came_back(self) -> None:
        """The server answers again: save what was kept, then catch up with the others."""
        if not self.offline:
            return
        self.offline = False
        kept, self.pending = self.pending, []
        saved = 0
        for edit in kept:
            if self.offline:  # gone again: keep the rest for next time
                self.pending.append(edit)
                continue
            if self._write(edit.annotation_id, edit.changes, edit.based_on) is not None:
                saved += 1
        if self.offline:
            return
        self.reload_annotations()
        self.connectionRestored.emit(saved)

    # --- documents -------------------------------------------------------------------
    def open_document(self, document_id: int) -> bool:
        document = self.attempt(lambda: self.workspace.document(document_id))
        if document is None:
            return False
        self.document = document
        self.annotations = self.workspace.annotations(document_id)
        self.documentChanged.emit(document)
        self.annotationsChanged.emit()
        return True

    def close_document(self) -> None:
        self.document = None
        self.annotations = []
        self.documentChanged.emit(None)
        self.annotationsChanged.emit()

    def library(self) -> list[DocumentSummary]:
        if self._workspace is None:
            return []
        return self.attempt(self._workspace.documents) or []

    def update_document(self, document_id: int, **changes: Any) -> bool:
        updated = self.attempt(lambda: self.workspace.update_document(document_id, **changes))
        if updated is None:
            return False
        if self.document is not None and self.document.id == document_id:
            self.document = updated
            self.documentChanged.emit(updated)
        self.libraryChanged.emit()
        return True

    def assign_document(self, document_id: int, assignee: str) -> bool:
        if self.attempt(lambda: self.workspace.assign_document(document_id, assignee)) is None:
            return False
        self.libraryChanged.emit()
        return True

    def delete_document(self, document_id: int) -> bool:
        if not self.succeeds(lambda: self.workspace.delete_document(document_id)):
            return False
        if self.document is not None and self.document.id == document_id:
            self.close_document()
        self.documentDeleted.emit(document_id)
        self.libraryChanged.emit()
        return True

    # --- annotations -----------------------------------------------------------------
    def reload_annotations(self) -> None:
        if self.document is not None and self.document.id is not None:
            doc_id = self.document.id
            self.annotations = self.attempt(lambda: self.workspace.annotations(doc_id)) or []
        self.annotationsChanged.emit()
        self.libraryChanged.emit()

    @property
    def annotations(self) -> list[Annotation]:
        """The open document's annotations (a new list: change them through here)."""
        return list(self._by_id.values())

    @annotations.setter
    def annotations(self, annotations: list[Annotation]) -> None:
        self._by_id = {a.id or 0: a for a in annotations}

    def annotation(self, annotation_id: int) -> Annotation | None:
        return self._by_id.get(annotation_id)

    def _shown(self, annotation: Annotation) -> bool:
        return self.document is not None and annotation.document_id == self.document.id

    def _added(self, annotation: Annotation) -> None:
        if self._shown(annotation):
            self._by_id[annotation.id or 0] = annotation
            self.annotationAdded.emit(annotation)
        self.libraryChanged.emit()

    def create(self, start: int, end: int, draft: AnnotationDraft) -> Annotation | None:
        if self.document is None or self.document.id is None:
            return None
        doc_id, shown = self.document.id, self.document.latest
        made = self.attempt(lambda: self.workspace.annotate(doc_id, start, end, draft, shown=shown))
        if made is not None:
            self._added(made)
        return made

    def update(
        self, annotation_id: int, seen: Annotation | None = None, **changes: Any
    ) -> Annotation | None:
        """Write ``changes`` if the annotation is still the version the reviewer saw
        (``seen``: what they began typing on; else what is shown now).

        Someone else was faster: the resolver (the conflict dialog) decides. The server
        is away: the edit is kept, shown as typed, and saved when it is back.
        """
        shown = seen or self.annotation(annotation_id)
        based_on = shown.revision if shown is not None else None
        if self.offline and based_on is not None:
            self._keep(annotation_id, changes, based_on)
            return None
        return self._write(annotation_id, changes, based_on, seen)

    def _keep(self, annotation_id: int, changes: dict[str, Any], based_on: int) -> None:
        for edit in self.pending:
            if edit.annotation_id == annotation_id:
                edit.changes.update(changes)  # the later typing wins; the base stays
                break
        else:
            self.pending.append(PendingEdit(annotation_id, dict(changes), based_on))
        self.editKept.emit(len(self.pending))

    def _write(
        self,
        annotation_id: int,
        changes: dict[str, Any],
        based_on: int | None,
        seen: Annotation | None = None,
    ) -> Annotation | None:
        base = seen or self.annotation(annotation_id)
        try:
            updated = self.workspace.update_annotation(
                annotation_id, if_version=based_on, **changes
            )
        except StaleChange as stale:
            current = stale.current
            if not isinstance(current, Annotation):
                raise
            self._replace(current)  # show what the other person did, whatever is chosen
            resolved = self.resolve_conflict(current, dict(changes), base)
            if not resolved:
                return None
            return self._write(annotation_id, resolved, current.revision)
        except ServerUnavailable as exc:
            self.went_offline(exc.message)
            if based_on is not None:
                self._keep(annotation_id, changes, based_on)
            return None
        except FactcheckError as exc:
            self.errorOccurred.emit(exc.message)
            self.reload_annotations()  # show what the database really holds
            return None
        self._by_id[annotation_id] = updated
        self.annotationChanged.emit(updated)
        self.libraryChanged.emit()
        return updated

    def delete(self, annotation_id: int) -> bool:
        shown = self.annotation(annotation_id)
        based_on = shown.revision if shown is not None else None
        if not self.succeeds(lambda: self.workspace.delete_annotation(annotation_id, based_on)):
            if not self.offline:
                self.reload_annotations()
            return False
        if self._by_id.pop(annotation_id, None) is not None:
            self.annotationRemoved.emit(annotation_id)
        self.libraryChanged.emit()
        return True

    def restore(self, annotation_id: int) -> bool:
        restored = self.attempt(lambda: self.workspace.restore_annotation(annotation_id))
        if restored is None:
            if not self.offline:
                self.reload_annotations()
            return False
        self._added(restored)
        return True

    # --- versions -------------------------------------------------------------------------
    def revise(self, imported: ImportedDocument) -> Revision | None:
        """Add a draft already read as the newest version of the open document, and
        re-anchor."""
        if self.document is None or self.document.id is None:
            return None
        doc_id = self.document.id
        revision = self.attempt(lambda: self.workspace.revise_with(doc_id, imported))
        if revision is not None:
            self.open_document(doc_id)
            self.libraryChanged.emit()
        return revision

    def _replace(self, updated: Annotation | None) -> Annotation | None:
        if updated is not None:
            self._by_id[updated.id or 0] = updated
            self.annotationChanged.emit(updated)
        return updated

    def _seen_version(self, annotation_id: int) -> int | None:
        shown = self.annotation(annotation_id)
        return shown.revision if shown is not None else None

    def accept_anchor(self, annotation_id: int) -> Annotation | None:
        seen = self._seen_version(annotation_id)
        return self._after_conditional(
            lambda: self.workspace.accept_anchor(annotation_id, if_version=seen)
        )

    def reopen_anchor(self, annotation_id: int) -> Annotation | None:
        seen = self._seen_version(annotation_id)
        return self._after_conditional(
            lambda: self.workspace.reopen_anchor(annotation_id, if_version=seen)
        )

    def dismiss_orphan(self, annotation_id: int, dismissed: bool = True) -> Annotation | None:
        seen = self._seen_version(annotation_id)
        return self._after_conditional(
            lambda: self.workspace.dismiss_orphan(annotation_id, dismissed, if_version=seen)
        )

    def retarget(self, annotation_id: int, start: int, end: int) -> Annotation | None:
        seen = self._seen_version(annotation_id)
        return self._after_conditional(
            lambda: self.workspace.retarget(annotation_id, start, end, if_version=seen)
        )

    def _after_conditional(self, action: Callable[[], Annotation]) -> Annotation | None:
        """Review-queue steps: someone changed it meanwhile, so show theirs and say so."""
        stale: list[StaleChange] = []

        def guarded() -> Annotation | None:
            try:
                return action()
            except StaleChange as exc:
                stale.append(exc)
                return None

        done = self._replace(self.attempt(guarded))
        if stale:
            if isinstance(stale[0].current, Annotation):
                self._replace(stale[0].current)
            self.errorOccurred.emit(
                translate("ReviewController", "{message}: look at it again").format(
                    message=stale[0].message
                )
            )
        return done

    def set_scale(self, scale: VerdictScale) -> bool:
        if not self.succeeds(lambda: self.workspace.set_verdict_scale(scale)):
            return False
        self.scale = self.workspace.verdict_scale()
        self.scaleChanged.emit(self.scale)
        self.annotationsChanged.emit()
        return True

    # --- what others did ----------------------------------------------------------------
    def apply_remote(self, changes: list[Change]) -> None:
        """Bring what is shown up to date with changes read from the change log.

        Our own writes come back here too; an annotation already at that version is
        left alone, so nothing flickers and the selection stays where it is.
        """
        if not changes:
            return
        self.libraryChanged.emit()
        document = self.document
        if document is None or document.id is None:
            return
        mine = [c for c in changes if c.document == document.id]
        if any(c.annotation is None for c in mine) and self._reopen_if_new_version(mine):
            return  # reopened: every annotation was read afresh
        news = [c for c in mine if c.annotation is not None and self._is_news(c)]
        if not news:
            return
        if len(news) > REMOTE_RELOAD_THRESHOLD:
            self.reload_annotations()
        else:
            for change in news:
                self._apply_one(change)
        people = sorted({c.by for c in news if c.by})
        changed = len(news)  # a name, not a call: pyside6-lupdate misses those
        if people:
            activity = translate(
                "ReviewController", "{people} changed %n annotation(s)", None, changed
            ).format(people=", ".join(people))
        else:
            activity = translate(
                "ReviewController", "Someone changed %n annotation(s)", None, changed
            )
        self.remoteActivity.emit(activity)

    def _is_news(self, change: Change) -> bool:
        shown = self.annotation(change.annotation or 0)
        if change.event == "deleted":
            return shown is not None
        return shown is None or change.version is None or shown.revision < change.version

    def _apply_one(self, change: Change) -> None:
        annotation_id = change.annotation
        if annotation_id is None:
            return
        if change.event == "deleted":
            self._by_id.pop(annotation_id, None)
            self.annotationRemoved.emit(annotation_id)
            return
        fresh = self.attempt(lambda: self.workspace.annotation(annotation_id))
        if fresh is None:
            return
        if self.annotation(annotation_id) is None:
            self._by_id[annotation_id] = fresh
            self.annotationAdded.emit(fresh)
        else:
            self._replace(fresh)

    def _reopen_if_new_version(self, changes: list[Change]) -> bool:
        document = self.document
        if document is None or document.id is None:
            return False
        fresh = self.attempt(lambda: self.workspace.document(document.id or 0))
        if fresh is None:
            return False
        if len(fresh.versions) != len(document.versions):
            by = changes[-1].by
            self.remoteActivity.emit(
                translate(
                    "ReviewController", "A new version was imported by {person}; showing it"
                ).format(person=by)
                if by
                else translate(
                    "ReviewController", "A new version was imported by someone; showing it"
                )
            )
            self.document = None
            self.open_document(document.id)
            return True
        # Only its title or details: the view, selection and typing stay as they are.
        self.document = fresh
        self.libraryChanged.emit()
        return False
