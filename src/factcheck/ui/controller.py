"""The UI's gateway to the services: calls them, reports errors, announces changes.

Widgets never call the Workspace themselves; they go through here (mostly via
undo commands), so every database error becomes a message and never a crash.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from factcheck.domain import Annotation, Document, VerdictScale
from factcheck.errors import FactcheckError
from factcheck.services import AnnotationDraft, Revision, Workspace
from factcheck.storage.repositories import DocumentSummary

T = TypeVar("T")


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

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.document: Document | None = None
        self.annotations: list[Annotation] = []
        self.scale: VerdictScale = workspace.verdict_scale()

    def attempt(self, action: Callable[[], T]) -> T | None:
        """Run a service call; on a known error, tell the user and return None."""
        try:
            return action()
        except FactcheckError as exc:
            self.errorOccurred.emit(exc.message)
            return None

    def succeeds(self, action: Callable[[], object]) -> bool:
        """Run a service call that returns nothing; False (and a message) if it failed."""
        try:
            action()
        except FactcheckError as exc:
            self.errorOccurred.emit(exc.message)
            return False
        return True

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
        return self.attempt(self.workspace.documents) or []

    def update_document(self, document_id: int, **changes: Any) -> bool:
        updated = self.attempt(lambda: self.workspace.update_document(document_id, **changes))
        if updated is None:
            return False
        if self.document is not None and self.document.id == document_id:
            self.document = updated
            self.documentChanged.emit(updated)
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

    def annotation(self, annotation_id: int) -> Annotation | None:
        return next((a for a in self.annotations if a.id == annotation_id), None)

    def _shown(self, annotation: Annotation) -> bool:
        return self.document is not None and annotation.document_id == self.document.id

    def _added(self, annotation: Annotation) -> None:
        if self._shown(annotation):
            self.annotations.append(annotation)
            self.annotationAdded.emit(annotation)
        self.libraryChanged.emit()

    def create(self, start: int, end: int, draft: AnnotationDraft) -> Annotation | None:
        if self.document is None or self.document.id is None:
            return None
        doc_id = self.document.id
        made = self.attempt(lambda: self.workspace.annotate(doc_id, start, end, draft))
        if made is not None:
            self._added(made)
        return made

    def update(self, annotation_id: int, **changes: Any) -> Annotation | None:
        updated = self.attempt(lambda: self.workspace.update_annotation(annotation_id, **changes))
        if updated is None:
            self.reload_annotations()  # show what the database really holds
            return None
        self.annotations = [updated if a.id == annotation_id else a for a in self.annotations]
        self.annotationChanged.emit(updated)
        self.libraryChanged.emit()
        return updated

    def delete(self, annotation_id: int) -> bool:
        if not self.succeeds(lambda: self.workspace.delete_annotation(annotation_id)):
            self.reload_annotations()
            return False
        if any(a.id == annotation_id for a in self.annotations):
            self.annotations = [a for a in self.annotations if a.id != annotation_id]
            self.annotationRemoved.emit(annotation_id)
        self.libraryChanged.emit()
        return True

    def restore(self, annotation_id: int) -> bool:
        restored = self.attempt(lambda: self.workspace.restore_annotation(annotation_id))
        if restored is None:
            self.reload_annotations()
            return False
        self._added(restored)
        return True

    # --- versions -------------------------------------------------------------------------
    def revise(self, path: Path) -> Revision | None:
        """Import ``path`` as the newest version of the open document and re-anchor."""
        if self.document is None or self.document.id is None:
            return None
        doc_id = self.document.id
        revision = self.attempt(lambda: self.workspace.revise(doc_id, path))
        if revision is not None:
            self.open_document(doc_id)
            self.libraryChanged.emit()
        return revision

    def _replace(self, updated: Annotation | None) -> Annotation | None:
        if updated is not None:
            self.annotations = [updated if a.id == updated.id else a for a in self.annotations]
            self.annotationChanged.emit(updated)
        return updated

    def accept_anchor(self, annotation_id: int) -> Annotation | None:
        return self._replace(self.attempt(lambda: self.workspace.accept_anchor(annotation_id)))

    def retarget(self, annotation_id: int, start: int, end: int) -> Annotation | None:
        return self._replace(
            self.attempt(lambda: self.workspace.retarget(annotation_id, start, end))
        )

    def set_scale(self, scale: VerdictScale) -> bool:
        if not self.succeeds(lambda: self.workspace.set_verdict_scale(scale)):
            return False
        self.scale = self.workspace.verdict_scale()
        self.scaleChanged.emit(self.scale)
        self.annotationsChanged.emit()
        return True
