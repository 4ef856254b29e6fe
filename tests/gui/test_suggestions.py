"""Tools > Suggest claims: faint suggestions, accepted with Ctrl+1 or dismissed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat

from factcheck.domain import AnnotationKind
from factcheck.ui.main_window import MainWindow


def _painted_suggestions(window: MainWindow) -> set[tuple[int, int]]:
    dashed = QTextCharFormat.UnderlineStyle.WaveUnderline
    offsets = window.view._offsets
    return {
        (
            offsets.to_code_point(s.cursor.selectionStart()),
            offsets.to_code_point(s.cursor.selectionEnd()),
        )
        for s in window.view.extraSelections()
        if s.format.underlineStyle() == dashed and s.format.background().color().alpha() != 0
    }


def test_suggestions_are_shown_accepted_and_dismissed(qtbot, window: MainWindow) -> None:
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    document = window.controller.document
    assert document is not None and document.id is not None
    before = len(window.controller.workspace.annotations(document.id))
    window.suggestions.suggest_action.trigger()
    spans = list(window.suggestions.spans)
    assert len(spans) >= 3
    text = window.view.plain_text()
    assert any("50-day ultimatum" in text[s:e] for s, e in spans)  # a checkable sentence
    # Shown faintly, nothing saved.
    window.view.scroll_to_span(spans[0][0])
    assert spans[0] in _painted_suggestions(window)
    assert len(window.controller.workspace.annotations(document.id)) == before
    # F7 selects the next suggestion; Ctrl+1 makes it a claim, and it is no longer suggested.
    window.view.select_span(0, 0)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F7)
    first = window.view.selection_span()
    assert first == spans[0]
    qtbot.keyClick(window.view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    made = window.controller.annotation(window.selected_id or -1)
    assert made is not None and (made.start, made.end) == first and made.kind.value == "claim"
    assert first not in window.suggestions.spans
    # Ctrl+Shift+D dismisses the selected one; it stays away when suggestions are redone.
    qtbot.keyClick(window.view, Qt.Key.Key_F7)
    second = window.view.selection_span()
    assert second in window.suggestions.spans
    qtbot.keyClick(
        window.view,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert second not in window.suggestions.spans
    assert "left" in window.statusBar().currentMessage()
    window.suggestions.refresh()
    assert second not in window.suggestions.spans
    # One undo step: the suggestion is back (and the desk forgets that example).
    window.undo_action.trigger()
    assert second in window.suggestions.spans
    window.redo_action.trigger()
    assert second not in window.suggestions.spans
    assert len(window.controller.workspace.annotations(document.id)) == before + 1
    # Off again: nothing painted.
    window.suggestions.suggest_action.trigger()
    assert window.suggestions.spans == [] and not _painted_suggestions(window)


def test_the_caret_in_a_suggestion_is_enough_to_accept_it(qtbot, window: MainWindow) -> None:
    window.suggestions.toggle(True)
    start, end = window.suggestions.spans[-1]
    window.view.select_span(start + 3, start + 3)  # the caret inside, nothing selected
    made = window.mark(AnnotationKind.CLAIM)
    assert made is not None and (made.start, made.end) == (start, end)


def test_a_dismissal_is_remembered_for_the_desk_and_preferences_keep_the_rest(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox
    from sqlalchemy import text

    from factcheck.ui import preferences as preferences_module

    window.suggestions.toggle(True)
    start, end = window.suggestions.spans[0]
    window.view.select_span(start, end)
    window.suggestions.dismiss_action.trigger()
    database = window.controller.workspace.database
    with database.reading() as session:
        stored = list(session.execute(text("SELECT text FROM dismissed_suggestions")).scalars())
    assert stored == [window.view.text_of(start, end)]
    window.undo_action.trigger()  # undone: not learnt from
    with database.reading() as session:
        count = session.execute(text("SELECT count(*) FROM dismissed_suggestions")).scalar()
    assert count == 0
    window.redo_action.trigger()
    # Preferences: learning on by default; reset asked and done; the team database kept.
    window.prefs.team_database = "postgresql://ana@desk.example/news"
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)

    def accept(dialog: preferences_module.PreferencesDialog) -> int:
        assert dialog.learn.isChecked()
        dialog.reset_learning.click()
        dialog.accept()
        return 1

    monkeypatch.setattr(preferences_module.PreferencesDialog, "exec", accept)
    window.edit_preferences()
    assert window.prefs.team_database == "postgresql://ana@desk.example/news"
    with database.reading() as session:
        left = session.execute(text("SELECT count(*) FROM dismissed_suggestions")).scalar()
    assert left == 0
