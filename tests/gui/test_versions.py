"""New versions in the app: import, review queue, reading old versions, comparing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from factcheck.domain import AnchorState, AnnotationKind, ReviewStatus
from factcheck.ui.main_window import MainWindow
from tests.gui.test_reviewing import mark, select_text

QUOTE = "“There is zero military sense in this strike. Only cruelty to intimidate.”"


@pytest.fixture
def second_draft(tmp_path: Path, sample_path: Path) -> Path:
    original = sample_path.read_text(encoding="utf-8")
    path = tmp_path / "draft-v2.txt"
    path.write_text(
        "Updated 18:00 with new casualty figures.\n\n"
        + original.replace("killing two civilians", "killing three civilians").replace(QUOTE, ""),
        encoding="utf-8",
    )
    return path


@pytest.fixture
def revised(qtbot, window: MainWindow, second_draft: Path):
    ids = {}
    for exact in ("three-hour meeting", "killing two civilians", "zero military sense"):
        made = mark(qtbot, window, exact)
        assert made and made.id
        ids[exact] = made.id
    window.edit_field(ids["killing two civilians"], "verdict", "true")
    window.edit_field(ids["killing two civilians"], "status", ReviewStatus.CHECKED)
    revision = window.revise_from(second_draft)
    assert revision is not None
    return ids


def test_new_version_moves_highlights_and_fills_the_review_queue(
    qtbot, window: MainWindow, revised: dict[str, int]
) -> None:
    document = window.controller.document
    assert document is not None and len(document.versions) == 2
    assert window.view.toPlainText().startswith("Updated 18:00")
    message = window.statusBar().currentMessage()
    assert "1 in place, 1 changed, 1 not found" in message and "moved" not in message
    # Highlights on the new text: the orphan is not drawn on words that are not its own.
    assert window.view.highlight_count() == 2
    assert window.review_dock.isVisibleTo(window)
    assert window.review_queue.count() == 2
    assert window.review_dock.windowTitle() == "Review queue (2)"
    window.review_queue.select(revised["killing two civilians"])
    shown = window.review_queue.detail.toPlainText()
    assert "killing two civilians" in shown and "killing three civilians" in shown
    assert "line-through" in window.review_queue.detail.toHtml()  # removed letters struck out
    changed = window.controller.annotation(revised["killing two civilians"])
    assert changed is not None
    assert (changed.verdict, changed.status) == ("true", ReviewStatus.TO_CHECK)
    anchor_cell = window.model.index(window.model.row_of(changed.id), 6).data()  # type: ignore[arg-type]
    assert anchor_cell == "changed"


def test_reviewer_accepts_retargets_and_deletes_from_the_queue(
    qtbot, window: MainWindow, revised: dict[str, int]
) -> None:
    queue = window.review_queue
    queue.select(revised["killing two civilians"])
    qtbot.mouseClick(queue.accept_button, Qt.MouseButton.LeftButton)
    workspace = window.controller.workspace
    assert workspace.annotation(revised["killing two civilians"]).state is AnchorState.EXACT
    assert queue.count() == 1

    orphan_id = revised["zero military sense"]
    queue.select(orphan_id)
    assert not queue.accept_button.isEnabled()
    window.view.setTextCursor(window.view.textCursor())  # no selection yet
    qtbot.mouseClick(queue.retarget_button, Qt.MouseButton.LeftButton)
    assert "select the right words" in window.last_error
    start, end = select_text(window, "new casualty figures")
    qtbot.mouseClick(queue.retarget_button, Qt.MouseButton.LeftButton)
    moved = workspace.annotation(orphan_id)
    assert (moved.state, moved.start, moved.end, moved.exact) == (
        AnchorState.EXACT,
        start,
        end,
        "new casualty figures",
    )
    assert queue.count() == 0 and queue.empty.isVisibleTo(queue)
    assert window.view.highlight_count() == 3


def test_deleting_from_the_queue_is_undoable(
    qtbot, window: MainWindow, revised: dict[str, int]
) -> None:
    orphan_id = revised["zero military sense"]
    window.review_queue.select(orphan_id)
    qtbot.mouseClick(window.review_queue.delete_button, Qt.MouseButton.LeftButton)
    assert window.controller.annotation(orphan_id) is None
    window.undo_action.trigger()
    restored = window.controller.annotation(orphan_id)
    assert restored is not None and restored.state is AnchorState.ORPHANED


def test_old_versions_can_be_read_but_not_marked(
    qtbot, window: MainWindow, revised: dict[str, int]
) -> None:
    document = window.controller.document
    assert document is not None
    first = document.versions[0]
    assert window.version_combo.isEnabled() and window.version_combo.count() == 2
    window.show_version(first.id)  # type: ignore[arg-type]
    assert window.view.toPlainText().startswith("Putin Holds")
    assert window.view.highlight_count() == 1  # the orphan, where it was last seen
    assert not window.claim_action.isEnabled()
    select_text(window, "Share this Post")
    assert window.mark(AnnotationKind.CLAIM) is None
    window.show_version(document.latest.id)  # type: ignore[arg-type]
    assert window.claim_action.isEnabled()
    assert window.view.highlight_count() == 2


def test_compare_versions_marks_insertions_and_deletions(
    qtbot, window: MainWindow, revised: dict[str, int]
) -> None:
    from factcheck.ui.compare_dialog import VersionCompareDialog

    document = window.controller.document
    assert document is not None
    dialog = VersionCompareDialog(window, document)
    qtbot.addWidget(dialog)
    assert "Version 1 → 2" in dialog.summary.text()
    html = dialog.view.toHtml()
    assert "Updated 18:00" in html and "three" in html
    assert "line-through" in html  # deletions shown struck through
    assert "insertions" in dialog.summary.text()


def test_dropping_a_file_on_an_open_document_can_make_a_new_version(
    qtbot, window: MainWindow, second_draft: Path, monkeypatch
) -> None:
    monkeypatch.setattr(window, "ask_drop_target", lambda path: "version")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(second_draft))])
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    window.dropEvent(QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, buttons, modifiers))
    document = window.controller.document
    assert document is not None and len(document.versions) == 2
    assert len(window.controller.library()) == 1


def test_the_same_text_as_a_new_version_is_refused_with_a_message(
    qtbot, window: MainWindow, sample_path: Path
) -> None:
    assert window.revise_from(sample_path) is None
    assert "same text as version 1" in window.last_error
    document = window.controller.document
    assert document is not None and len(document.versions) == 1


def test_switching_documents_frees_the_previous_text(qtbot, window) -> None:
    """Each document shown is a QTextDocument; the one it replaces must go."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtGui import QTextDocument

    workspace = window.controller.workspace
    other = workspace.import_text("Second draft\n\nA paragraph of the other draft.")
    first = window.controller.document.id
    for _ in range(5):
        window.open_document(other.id)
        window.open_document(first)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    held = window.view.findChildren(QTextDocument)
    assert len(held) == 1 and held[0] is window.view.document()


def test_an_orphan_can_be_dismissed_and_stays_out_of_the_queue(
    qtbot, window: MainWindow, revised: dict[str, int], second_draft: Path, tmp_path: Path
) -> None:
    orphan = revised["zero military sense"]
    queue = window.review_queue
    queue.select(orphan)
    assert queue.dismiss_button.isEnabled()
    queue.dismiss_button.click()
    assert queue.count() == 1 and window.review_dock.windowTitle() == "Review queue (1)"
    kept = window.controller.workspace.annotation(orphan)
    assert kept.state.value == "dismissed"  # kept, with its history, out of the queue
    history = window.controller.workspace.history(orphan)
    assert (history[-1].old_value, history[-1].new_value) == ("orphaned", "dismissed")
    document = window.controller.document
    assert document is not None and document.id is not None
    report = window.controller.workspace.report(document.id)
    assert report.orphaned_count == 1  # still reported as not found
    # Undo brings it back to the queue; redo takes it out again.
    window.undo_action.trigger()
    assert queue.count() == 2
    window.redo_action.trigger()
    assert queue.count() == 1
    # A third draft that still lacks its words does not put it back in the queue.
    third = tmp_path / "draft-v3.txt"
    third.write_text(second_draft.read_text(encoding="utf-8") + "\n\nA closing line.")
    assert window.revise_from(third) is not None
    assert window.controller.workspace.annotation(orphan).state.value == "dismissed"
    assert orphan not in {a.id for a in window.tallies.review_items()}


def test_clicking_a_queue_item_selects_it_everywhere(
    qtbot, window: MainWindow, revised: dict[str, int]
) -> None:
    changed = revised["killing two civilians"]
    queue = window.review_queue
    queue.select(changed)
    window.select_annotation(revised["three-hour meeting"])  # the reviewer looked elsewhere
    item = next(
        queue.list.item(row)
        for row in range(queue.count())
        if queue.list.item(row).data(Qt.ItemDataRole.UserRole + 1) == changed
    )
    rect = queue.list.visualItemRect(item)
    qtbot.mouseClick(queue.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.selected_id == changed
    assert window.panel.annotation_id == changed
    row = window.proxy.mapToSource(window.table.selectionModel().currentIndex()).row()
    assert window.model.annotation_at(row).id == changed


def test_a_new_version_ends_the_undo_history_and_keeps_what_was_typed(
    qtbot, window: MainWindow, second_draft: Path
) -> None:
    claim = mark(qtbot, window, "killing two civilians")
    assert claim is not None and claim.id is not None
    select_text(window, "Steve Witkoff")
    window.retarget_action.trigger()  # an undo step that names offsets of version 1
    window.panel.note.setFocus()
    window.panel.note.setPlainText("Asked the ministry")  # typed, not yet saved
    assert window.revise_from(second_draft) is not None
    assert window.undo_stack.count() == 0  # nothing left that would land on other words
    assert "undo history" in window.statusBar().currentMessage()
    saved = window.controller.workspace.annotation(claim.id)
    assert saved.note == "Asked the ministry" and saved.exact == "Steve Witkoff"


def test_accepting_new_text_can_be_undone(
    qtbot, window: MainWindow, revised: dict[str, int]
) -> None:
    changed = revised["killing two civilians"]
    window.review_queue.select(changed)
    window.review_queue.accept_button.click()
    assert window.controller.workspace.annotation(changed).state is AnchorState.EXACT
    assert window.review_queue.count() == 1
    assert window.undo_action.text() == "&Undo accept the new text"
    window.undo_action.trigger()
    assert window.controller.workspace.annotation(changed).state is AnchorState.CHANGED
    assert window.review_queue.count() == 2
    window.redo_action.trigger()
    assert window.controller.workspace.annotation(changed).state is AnchorState.EXACT
