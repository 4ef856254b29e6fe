"""Undo commands. Each calls the services through the controller.

The first change is made before the command is pushed (``push_*`` helpers), so
a change the database refused never lands on the undo stack.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from factcheck.domain import Annotation, AnnotationKind
from factcheck.services.records import AnnotationDraft
from factcheck.ui.controller import ReviewController
from factcheck.ui.i18n import translate


def mark_text(kind: AnnotationKind) -> str:
    """The undo step of marking ("Undo mark claim" in the Edit menu)."""
    if kind is AnnotationKind.CLAIM:
        return translate("Commands", "mark claim")
    if kind is AnnotationKind.QUOTE:
        return translate("Commands", "mark quote")
    return translate("Commands", "mark note")


def change_text(field: str) -> str:
    """The undo step of editing one field ("Undo change review status")."""
    texts = {
        "kind": translate("Commands", "change kind"),
        "verdict": translate("Commands", "change verdict"),
        "status": translate("Commands", "change review status"),
        "speaker": translate("Commands", "change speaker"),
        "note": translate("Commands", "change notes"),
        "sources": translate("Commands", "change sources"),
        "assignee": translate("Commands", "change assignee"),
    }
    return texts.get(field) or translate("Commands", "change {field}").format(field=field)


class _DoneOnce(QUndoCommand):
    """A command whose first redo already happened when it was pushed."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.do()

    def do(self) -> None:
        raise NotImplementedError


class _Step(_DoneOnce):
    """Undone or redone, a step says which annotation it touched: the selection goes
    there (or nowhere if it is gone), never to a neighbour that happened to be next."""

    controller: ReviewController
    annotation_id: int

    def undo(self) -> None:
        self.reverse()
        self.controller.undoTouched.emit(self.annotation_id)

    def redo(self) -> None:
        first = self._first
        super().redo()
        if not first:
            self.controller.undoTouched.emit(self.annotation_id)

    def reverse(self) -> None:
        raise NotImplementedError


class CreateAnnotation(_Step):
    def __init__(self, controller: ReviewController, annotation: Annotation) -> None:
        super().__init__(mark_text(annotation.kind))
        self.controller = controller
        if annotation.id is None:
            raise ValueError("only a saved annotation can be undone")
        self.annotation_id = annotation.id

    def do(self) -> None:
        self.controller.restore(self.annotation_id)

    def reverse(self) -> None:
        self.controller.delete(self.annotation_id)


class DeleteAnnotation(_Step):
    def __init__(self, controller: ReviewController, annotation_id: int) -> None:
        super().__init__(translate("DeleteAnnotation", "delete annotation"))
        self.controller = controller
        self.annotation_id = annotation_id

    def do(self) -> None:
        self.controller.delete(self.annotation_id)

    def reverse(self) -> None:
        self.controller.restore(self.annotation_id)


class EditAnnotation(_Step):
    """One field changed, with whatever changed along with it (a verdict that does not
    apply to the new kind is cleared): undo puts all of it back in one write."""

    def __init__(
        self,
        controller: ReviewController,
        annotation_id: int,
        field: str,
        old: dict[str, Any],
        new: dict[str, Any],
    ) -> None:
        super().__init__(change_text(field))
        self.controller = controller
        self.annotation_id = annotation_id
        self.field, self.old, self.new = field, old, new

    def do(self) -> None:
        self.controller.update(self.annotation_id, **self.new)

    def reverse(self) -> None:
        self.controller.update(self.annotation_id, **self.old)


class RetargetAnnotation(_Step):
    """A mark put on other words of the newest version. Steps that only adjust the same
    mark's edges one after another merge: one Ctrl+Z undoes the whole adjustment."""

    MERGE_ID = 1001

    def __init__(
        self,
        controller: ReviewController,
        annotation_id: int,
        old: tuple[int, int],
        new: tuple[int, int],
        adjusting: bool,
    ) -> None:
        super().__init__(
            translate("RetargetAnnotation", "adjust the marked words")
            if adjusting
            else translate("RetargetAnnotation", "re-target annotation")
        )
        self.controller = controller
        self.annotation_id = annotation_id
        self.old, self.new = old, new
        self.adjusting = adjusting

    def id(self) -> int:
        return self.MERGE_ID if self.adjusting else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, RetargetAnnotation) or other.annotation_id != self.annotation_id:
            return False
        self.new = other.new
        return True

    def do(self) -> None:
        self.controller.retarget(self.annotation_id, *self.new)

    def reverse(self) -> None:
        self.controller.retarget(self.annotation_id, *self.old)


class AcceptAnchor(_Step):
    def __init__(self, controller: ReviewController, annotation_id: int) -> None:
        super().__init__(translate("AcceptAnchor", "accept the new text"))
        self.controller = controller
        self.annotation_id = annotation_id

    def do(self) -> None:
        self.controller.accept_anchor(self.annotation_id)

    def reverse(self) -> None:
        self.controller.reopen_anchor(self.annotation_id)


def push_accept(stack: QUndoStack, controller: ReviewController, annotation_id: int) -> bool:
    if controller.accept_anchor(annotation_id) is not None:
        stack.push(AcceptAnchor(controller, annotation_id))
        return True
    return False


class DismissOrphan(_Step):
    def __init__(self, controller: ReviewController, annotation_id: int) -> None:
        super().__init__(translate("DismissOrphan", "dismiss from the review queue"))
        self.controller = controller
        self.annotation_id = annotation_id

    def do(self) -> None:
        self.controller.dismiss_orphan(self.annotation_id, True)

    def reverse(self) -> None:
        self.controller.dismiss_orphan(self.annotation_id, False)


def push_dismiss(stack: QUndoStack, controller: ReviewController, annotation_id: int) -> bool:
    if controller.dismiss_orphan(annotation_id) is not None:
        stack.push(DismissOrphan(controller, annotation_id))
        return True
    return False


def push_retarget(
    stack: QUndoStack,
    controller: ReviewController,
    annotation_id: int,
    start: int,
    end: int,
    adjusting: bool = False,
) -> Annotation | None:
    """Put an annotation of the newest version on ``start..end`` (undoable)."""
    current = controller.annotation(annotation_id)
    if current is None:
        return None
    old = (current.start, current.end)
    if old == (start, end):
        return current
    newest = controller.document.latest.id if controller.document is not None else None
    moved = controller.retarget(annotation_id, start, end)
    # Undo puts it back on its old words; an orphan's old words are in an older
    # version, where a mark cannot go back: that re-targeting is final.
    if moved is not None and current.version_id == newest:
        stack.push(RetargetAnnotation(controller, annotation_id, old, (start, end), adjusting))
    return moved


def push_create(
    stack: QUndoStack, controller: ReviewController, start: int, end: int, draft: AnnotationDraft
) -> Annotation | None:
    made = controller.create(start, end, draft)
    if made is not None:
        stack.push(CreateAnnotation(controller, made))
    return made


def push_delete(stack: QUndoStack, controller: ReviewController, annotation_id: int) -> bool:
    if controller.delete(annotation_id):
        stack.push(DeleteAnnotation(controller, annotation_id))
        return True
    return False


def push_edit(
    stack: QUndoStack,
    controller: ReviewController,
    annotation_id: int,
    field: str,
    new: Any,
    seen: Annotation | None = None,
) -> Annotation | None:
    """``seen``: the annotation as it was when the reviewer began typing, if earlier."""
    current = controller.annotation(annotation_id)
    if current is None:
        return None
    old = getattr(seen or current, field)
    if old == new:
        return current
    updated = controller.update(annotation_id, seen=seen, **{field: new})
    if updated is not None:
        before, after = {field: old}, {field: new}
        if field == "kind" and updated.verdict != current.verdict:
            before["verdict"] = current.verdict  # cleared with the change of scale
        stack.push(EditAnnotation(controller, annotation_id, field, before, after))
    return updated
