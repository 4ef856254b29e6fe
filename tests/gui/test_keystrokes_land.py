"""Every keystroke lands where the reviewer sees it (issue: "the reviewer's desk,
hardened", its first section). Each test failed before its fix."""

from __future__ import annotations

from PySide6.QtCore import Qt

from factcheck.ui.main_window import MainWindow
from tests.gui.test_reviewing import mark


def test_undo_never_reaches_into_another_document(qtbot, window: MainWindow) -> None:
    claim = mark(qtbot, window, "three-hour meeting")
    assert claim is not None and claim.id is not None
    window.edit_field(claim.id, "verdict", "false")
    first_document = window.controller.document
    assert first_document is not None and first_document.id is not None

    other = window.controller.workspace.import_text("Second draft\n\nAnother text entirely.")
    assert other.id is not None
    window.open_document(other.id)
    assert not window.undo_action.isEnabled()  # nothing done in this document
    assert "verdict" not in window.undo_action.text()
    window.undo_action.trigger()
    assert window.controller.workspace.annotation(claim.id).verdict == "false"

    window.open_document(first_document.id)  # back where the verdict was given
    assert "verdict" in window.undo_action.text()
    window.undo_action.trigger()
    assert window.controller.workspace.annotation(claim.id).verdict is None


def test_a_speaker_typed_before_f8_is_saved_on_its_own_annotation(
    qtbot, window: MainWindow
) -> None:
    first = mark(qtbot, window, "three-hour meeting")
    second = mark(qtbot, window, "50-day ultimatum")
    assert first and second and first.id and second.id
    window.select_annotation(first.id)
    window.panel.speaker.setFocus()
    qtbot.keyClicks(window.panel.speaker, "Yuri Ushakov")
    qtbot.keyClick(window, Qt.Key.Key_F8)  # on to the next not rated, without Enter
    assert window.controller.workspace.annotation(first.id).speaker == "Yuri Ushakov"
    assert window.controller.workspace.annotation(second.id).speaker == ""
    assert window.selected_id == second.id
    assert not window.panel.speaker.hasFocus()  # a digit now rates, it is not typed


def test_undoing_a_mark_does_not_select_another_annotation(qtbot, window: MainWindow) -> None:
    first = mark(qtbot, window, "three-hour meeting")
    second = mark(qtbot, window, "50-day ultimatum")
    assert first and second and second.id
    assert window.selected_id == second.id
    window.undo_action.trigger()  # the second mark goes
    assert window.controller.annotation(second.id) is None
    assert window.selected_id is None  # nowhere, rather than on the first claim
    qtbot.keyClick(window.view, Qt.Key.Key_3)  # a verdict key now rates nothing
    assert window.controller.workspace.annotation(first.id or 0).verdict is None

    window.redo_action.trigger()  # the mark comes back: it is what redo touched
    assert window.selected_id == second.id


def test_rating_under_the_not_rated_filter_keeps_the_same_annotation_selected(
    qtbot, window: MainWindow
) -> None:
    first = mark(qtbot, window, "three-hour meeting")
    second = mark(qtbot, window, "50-day ultimatum")
    assert first and second and first.id and second.id
    window.verdict_filter.setCurrentIndex(window.verdict_filter.findText("Not rated"))
    window.select_annotation(first.id)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_5)  # rate it: it leaves the filtered list
    assert window.controller.workspace.annotation(first.id).verdict is not None
    assert window.selected_id == first.id  # still the one the reviewer is on
    window.panel.note.setFocus()
    qtbot.keyClicks(window.panel.note, "Checked with the ministry.")
    window.panel.note.commit()
    assert window.controller.workspace.annotation(first.id).note == "Checked with the ministry."
    assert window.controller.workspace.annotation(second.id).note == ""


def test_ctrl_z_in_notes_undoes_typing_then_the_saved_note(qtbot, window: MainWindow) -> None:
    claim = mark(qtbot, window, "three-hour meeting")
    assert claim and claim.id
    note = window.panel.note
    note.setFocus()
    qtbot.keyClicks(note, "First finding.")
    note.commit()  # saved: one app step
    assert window.controller.workspace.annotation(claim.id).note == "First finding."
    assert window.undo_action.text() == "&Undo change notes"

    qtbot.keyClicks(note, " More")  # typing, not saved yet: the box's own undo
    qtbot.keyClick(note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert note.toPlainText() == "First finding."
    assert window.controller.workspace.annotation(claim.id).note == "First finding."

    note.commit()  # nothing new: the box has nothing left to undo
    qtbot.keyClick(note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # Now Ctrl+Z is the app's Undo, as its label said: the note as it was before.
    assert window.controller.workspace.annotation(claim.id).note == ""
    assert note.toPlainText() == ""


def test_the_library_selection_follows_the_document_opened(qtbot, window: MainWindow) -> None:
    first = window.controller.document
    assert first is not None and first.id is not None
    other = window.controller.workspace.import_text("Second draft\n\nAnother text entirely.")
    assert other.id is not None
    window.open_document(other.id)
    assert window.library.selected_id() == other.id
    window.open_document(first.id)
    assert window.library.selected_id() == first.id


def test_the_toolbar_does_not_move_when_the_undo_step_changes(qtbot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QToolBar

    toolbar = window.findChild(QToolBar, "reviewToolbar")
    assert toolbar is not None
    undo_button = toolbar.widgetForAction(window.undo_action)
    next_button = toolbar.widgetForAction(window.next_action)
    before = (undo_button.width(), next_button.x())
    claim = mark(qtbot, window, "three-hour meeting")
    assert claim and claim.id
    window.edit_field(claim.id, "status", "in_progress")  # "Undo change review status"
    qtbot.wait(10)
    assert "review status" in window.undo_action.text()  # the menu names the step
    assert (undo_button.width(), next_button.x()) == before
