"""The reviewer's main job, driven through the real window with pytest-qt."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication

from factcheck.domain import AnnotationKind, ReviewStatus
from factcheck.services import Workspace
from factcheck.ui.main_window import MainWindow


def stored(window: MainWindow):
    document = window.controller.document
    assert document is not None and document.id is not None
    return window.controller.workspace.annotations(document.id)


def select_text(window: MainWindow, exact: str, occurrence: int = 1) -> tuple[int, int]:
    text = window.controller.document.latest.text  # type: ignore[union-attr]
    start = -1
    for _ in range(occurrence):
        start = text.index(exact, start + 1)
    window.view.select_span(start, start + len(exact))
    return start, start + len(exact)


def mark(qtbot, window: MainWindow, exact: str, key: Qt.Key = Qt.Key.Key_1, occurrence: int = 1):
    select_text(window, exact, occurrence)
    window.view.setFocus()
    qtbot.keyClick(window.view, key, Qt.KeyboardModifier.ControlModifier)
    return window.controller.annotation(window.selected_id) if window.selected_id else None


def point_of(window: MainWindow, code_point: int) -> QPoint:
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(window.view._offsets.to_utf16(code_point))
    return window.view.cursorRect(cursor).center() + QPoint(2, 0)


def test_first_run_opens_the_sample_and_later_runs_the_last_document(
    qtbot, db_path: Path, sample_path: Path
) -> None:
    from factcheck.config import Preferences, load_preferences
    from factcheck.ui.app import build_window

    first = build_window(str(db_path), None, Preferences(reviewer_name="R"))
    qtbot.addWidget(first)
    assert first.controller.document is not None
    assert first.controller.document.title.startswith("Putin Holds Three-Hour Meeting")
    assert "Witkoff" in first.view.toPlainText()
    pasted = first.controller.workspace.import_text("Second draft\n\nAnother text.")
    assert pasted.id is not None
    first.open_document(pasted.id)
    first.controller.workspace.close()

    again = build_window(str(db_path), None, load_preferences())
    qtbot.addWidget(again)
    assert again.controller.document is not None
    assert again.controller.document.id == pasted.id
    assert len(again.controller.library()) == 2  # the sample was not imported twice
    again.controller.workspace.close()


def test_shortcuts_mark_claims_quotes_and_notes(qtbot, window: MainWindow) -> None:
    claim = mark(qtbot, window, "three-hour meeting", Qt.Key.Key_1)
    quote = mark(qtbot, window, "highly productive", Qt.Key.Key_2)
    note = mark(qtbot, window, "secondary sanctions", Qt.Key.Key_3)
    assert claim and quote and note
    kinds = {a.exact: a.kind for a in stored(window)}
    assert kinds == {
        "three-hour meeting": AnnotationKind.CLAIM,
        "highly productive": AnnotationKind.QUOTE,
        "secondary sanctions": AnnotationKind.NOTE,
    }
    text = window.controller.document.latest.text  # type: ignore[union-attr]
    for annotation in stored(window):
        assert text[annotation.start : annotation.end] == annotation.exact
        assert annotation.author == "GUI Reviewer"
    assert window.view.highlight_count() == 3
    assert window.model.rowCount() == 3
    assert window.panel.annotation_id == note.id  # the new mark is selected for editing


def test_toolbar_and_context_menu_offer_the_marking_actions(qtbot, window: MainWindow) -> None:
    select_text(window, "50-day ultimatum")
    window.quote_action.trigger()
    assert [a.kind for a in stored(window)] == [AnnotationKind.QUOTE]
    from PySide6.QtWidgets import QToolBar

    toolbar = window.findChild(QToolBar, "reviewToolbar")
    assert toolbar is not None
    toolbar_actions = toolbar.actions()
    assert window.claim_action in toolbar_actions
    assert window.view._context_actions[:3] == [
        window.claim_action,
        window.quote_action,
        window.note_action,
    ]


def test_marking_trims_white_space_and_refuses_an_empty_selection(
    qtbot, window: MainWindow
) -> None:
    text = window.controller.document.latest.text  # type: ignore[union-attr]
    start = text.index("three-hour meeting")
    window.view.select_span(start - 1, start + len("three-hour meeting") + 1)
    window.claim_action.trigger()
    assert [a.exact for a in stored(window)] == ["three-hour meeting"]
    window.view.setTextCursor(QTextCursor(window.view.document()))
    window.claim_action.trigger()
    assert len(stored(window)) == 1
    assert "Select some text" in window.statusBar().currentMessage()


def test_offsets_after_emoji_are_code_points(qtbot, window: MainWindow) -> None:
    text = "Emoji test 👍🏽🇺🇦\n\n𝐁old 中文 claim: taxes rose 5% in 2024 😀 really."
    document = window.controller.workspace.import_text(text)
    assert document.id is not None
    window.open_document(document.id)
    # Select as a user would, in Qt's own UTF-16 positions.
    target = "taxes rose 5% in 2024"
    utf16_start = len(text[: text.index(target)].encode("utf-16-le")) // 2
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(utf16_start)
    cursor.setPosition(utf16_start + len(target), QTextCursor.MoveMode.KeepAnchor)
    window.view.setTextCursor(cursor)
    assert cursor.selectedText() == target
    window.claim_action.trigger()
    [annotation] = stored(window)
    assert annotation.exact == target
    assert annotation.start == text.index(target)  # code points, not UTF-16 (which is larger)
    assert annotation.start < utf16_start


def test_nested_quote_inside_claim_and_clicks_select_the_innermost(
    qtbot, window: MainWindow
) -> None:
    claim = mark(qtbot, window, "The Kremlin described the talks as “useful and constructive,”")
    quote = mark(qtbot, window, "useful and constructive", Qt.Key.Key_2)
    assert claim and quote and claim.id != quote.id
    assert window.view.highlight_count() == 2
    window.view.setTextCursor(QTextCursor(window.view.document()))  # no selection
    qtbot.mouseClick(
        window.view.viewport(), Qt.MouseButton.LeftButton, pos=point_of(window, quote.start + 3)
    )
    assert window.selected_id == quote.id
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # two clicks, not a double-click
    width = window.view.width()
    qtbot.mouseClick(
        window.view.viewport(), Qt.MouseButton.LeftButton, pos=point_of(window, claim.start + 2)
    )
    assert window.view.width() == width  # showing the panel does not reflow the article
    assert window.selected_id == claim.id
    assert window.panel.annotation_id == claim.id
    selected_rows = window.table.selectionModel().selectedRows()
    assert [window.proxy.data(i, Qt.ItemDataRole.UserRole + 1) for i in selected_rows] == [claim.id]


def test_panel_edits_are_saved_at_once_with_history(qtbot, window: MainWindow) -> None:
    claim = mark(qtbot, window, "a 50-day ultimatum")
    assert claim and claim.id
    panel = window.panel
    mostly_false = panel.verdict.findData("mostly-false")
    panel.verdict.setCurrentIndex(mostly_false)
    panel.verdict.activated.emit(mostly_false)
    panel.status.setCurrentIndex(panel.status.findData(ReviewStatus.IN_PROGRESS))
    panel.status.activated.emit(panel.status.currentIndex())
    panel.speaker.setText("Donald Trump")
    panel.speaker.editingFinished.emit()
    panel.note.setPlainText("Asked the White House press office.\nNo answer yet.")
    panel.note.commit()

    fresh = Workspace.open(str(window.controller.workspace.database.describe()), "other")
    saved = fresh.annotation(claim.id)
    fields = [e.field for e in fresh.history(claim.id)]
    fresh.close()
    assert saved.verdict == "mostly-false"
    assert saved.status is ReviewStatus.IN_PROGRESS
    assert saved.speaker == "Donald Trump"
    assert saved.note == "Asked the White House press office.\nNo answer yet."
    assert {"verdict", "status", "speaker", "note"} <= set(fields)
    assert panel.history.count() >= 5
    assert "Mostly false" in panel.history.item(
        panel.history.count() - 1 - fields.index("verdict")
    ).text() or any(
        "Mostly false" in panel.history.item(i).text() for i in range(panel.history.count())
    )


def test_number_keys_set_the_verdict_when_the_article_has_focus(qtbot, window: MainWindow) -> None:
    claim = mark(qtbot, window, "killing two civilians")
    assert claim and claim.id
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_5)  # the fifth verdict: False
    assert window.controller.workspace.annotation(claim.id).verdict == "false"
    qtbot.keyClick(window.view, Qt.Key.Key_0)
    assert window.controller.workspace.annotation(claim.id).verdict is None
    assert "Not rated" in window.counts_label.text()


def test_speaker_completion_offers_speakers_of_the_document(qtbot, window: MainWindow) -> None:
    first = mark(qtbot, window, "highly productive", Qt.Key.Key_2)
    assert first and first.id
    window.edit_field(first.id, "speaker", "Donald Trump")
    mark(qtbot, window, "great progress was made", Qt.Key.Key_2)
    model = window.panel.speaker.completer().model()
    assert model.stringList() == ["Donald Trump"]  # type: ignore[attr-defined]


def test_undo_and_redo_creation_edits_and_deletion(qtbot, window: MainWindow) -> None:
    claim = mark(qtbot, window, "three-hour meeting")
    assert claim and claim.id
    window.edit_field(claim.id, "verdict", "true")
    window.edit_field(claim.id, "speaker", "RksNews")
    window.select_annotation(claim.id)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert stored(window) == []

    ws = window.controller.workspace
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo delete
    assert [a.id for a in stored(window)] == [claim.id]
    window.undo_action.trigger()  # undo speaker
    assert ws.annotation(claim.id).speaker == ""
    window.undo_action.trigger()  # undo verdict
    assert ws.annotation(claim.id).verdict is None
    window.undo_action.trigger()  # undo creation
    assert stored(window) == []
    assert window.view.highlight_count() == 0
    assert not window.undo_action.isEnabled()

    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_Z, shift_ctrl)  # redo creation
    assert [a.id for a in stored(window)] == [claim.id]
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert (ws.annotation(claim.id).verdict, ws.annotation(claim.id).speaker) == ("true", "RksNews")
    window.redo_action.trigger()
    assert stored(window) == []
    # Undo is itself recorded: the history is complete.
    assert [e.field for e in ws.history(claim.id)].count("deleted") == 3


def test_filters_by_kind_verdict_status_and_text(qtbot, window: MainWindow) -> None:
    a = mark(qtbot, window, "three-hour meeting")
    b = mark(qtbot, window, "highly productive", Qt.Key.Key_2)
    c = mark(qtbot, window, "killing two civilians")
    assert a and b and c and a.id and c.id
    window.edit_field(a.id, "verdict", "true")
    window.edit_field(c.id, "status", ReviewStatus.CHECKED)
    window.edit_field(c.id, "note", "confirmed by the regional governor")

    def visible() -> set[str]:
        return {window.proxy.index(r, 2).data() for r in range(window.proxy.rowCount())}

    window.kind_filter.setCurrentIndex(window.kind_filter.findData(AnnotationKind.QUOTE))
    assert visible() == {"highly productive"}
    window.kind_filter.setCurrentIndex(0)
    window.verdict_filter.setCurrentIndex(window.verdict_filter.findText("Not rated"))
    assert visible() == {"highly productive", "killing two civilians"}
    window.verdict_filter.setCurrentIndex(0)
    window.status_filter.setCurrentIndex(window.status_filter.findData(ReviewStatus.CHECKED))
    assert visible() == {"killing two civilians"}
    window.status_filter.setCurrentIndex(0)
    qtbot.keyClicks(window.search, "GOVERNOR")
    assert visible() == {"killing two civilians"}
    window.search.clear()
    assert len(visible()) == 3


def test_list_is_sortable(qtbot, window: MainWindow) -> None:
    mark(qtbot, window, "three-hour meeting")
    mark(qtbot, window, "highly productive", Qt.Key.Key_2)
    window.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    texts = [window.proxy.index(r, 2).data() for r in range(window.proxy.rowCount())]
    assert texts == ["highly productive", "three-hour meeting"]
    window.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    texts = [window.proxy.index(r, 2).data() for r in range(window.proxy.rowCount())]
    assert texts == ["highly productive", "three-hour meeting"]  # later in the text first


def test_clicking_an_entry_scrolls_to_its_highlight_and_flashes(qtbot, window: MainWindow) -> None:
    last = mark(qtbot, window, "Share this Post")
    first = mark(qtbot, window, "three-hour meeting")
    assert first and last
    window.view.verticalScrollBar().setValue(0)
    row = window.proxy.mapFromSource(window.model.index(window.model.row_of(last.id), 0))  # type: ignore[arg-type]
    qtbot.mouseClick(
        window.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.table.visualRect(row).center(),
    )
    assert window.selected_id == last.id
    assert window.view.verticalScrollBar().value() > 0
    assert window.view._flash_id == last.id
    qtbot.waitUntil(lambda: window.view._flash_id is None, timeout=3000)


def test_next_not_rated_walks_and_wraps(qtbot, window: MainWindow) -> None:
    a = mark(qtbot, window, "three-hour meeting")
    b = mark(qtbot, window, "a 50-day ultimatum")
    c = mark(qtbot, window, "killing two civilians")
    mark(qtbot, window, "secondary sanctions", Qt.Key.Key_3)  # notes are not rated
    assert a and b and c and b.id
    window.edit_field(b.id, "verdict", "true")
    window.select_annotation(None)
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert window.selected_id == a.id
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert window.selected_id == c.id
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert window.selected_id == a.id
    qtbot.keyClick(window, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert window.selected_id == c.id


def test_status_bar_counts_by_verdict(qtbot, window: MainWindow) -> None:
    for exact in ("three-hour meeting", "a 50-day ultimatum", "killing two civilians"):
        made = mark(qtbot, window, exact)
        assert made and made.id
        if exact != "killing two civilians":
            window.edit_field(made.id, "verdict", "false")
    text = window.counts_label.text()
    assert "False <b>2</b>" in text
    assert "Not rated <b>1</b>" in text
    assert "3 claims" in text


def test_sources_are_added_edited_and_removed(qtbot, window: MainWindow, monkeypatch) -> None:
    from factcheck.ui import source_dialog as panel_module

    claim = mark(qtbot, window, "three-hour meeting")
    assert claim and claim.id
    answers = iter(
        [
            ("https://kremlin.ru/readout", "Kremlin readout", "refutes"),
            ("https://apnews.com/x", "AP report", "supports"),
        ]
    )

    def fake_exec(dialog: panel_module.SourceDialog) -> int:
        url, title, stance = next(answers)
        dialog.url.setText(url)
        dialog.title.setText(title)
        dialog.stance.setCurrentIndex(dialog.stance.findText(stance.capitalize()))
        dialog.accept()
        return 1

    monkeypatch.setattr(panel_module.SourceDialog, "exec", fake_exec)
    window.panel.add_source()
    assert [s.url for s in window.controller.workspace.annotation(claim.id).sources] == [
        "https://kremlin.ru/readout"
    ]
    window.panel.sources.setCurrentCell(0, 0)
    window.panel.edit_source()
    [source] = window.controller.workspace.annotation(claim.id).sources
    assert (source.url, source.title, source.stance.value) == (
        "https://apnews.com/x",
        "AP report",
        "supports",
    )
    title_cell = window.panel.sources.item(0, 1)
    assert title_cell is not None and title_cell.text() == "AP report"
    window.panel.remove_source()
    assert window.controller.workspace.annotation(claim.id).sources == []
    window.undo_action.trigger()
    assert len(window.controller.workspace.annotation(claim.id).sources) == 1


def test_source_dialog_refuses_unsafe_urls(qtbot) -> None:
    from factcheck.ui.source_dialog import SourceDialog

    dialog = SourceDialog(None)
    qtbot.addWidget(dialog)
    dialog.url.setText("javascript:alert(1)")
    dialog.accept()
    assert dialog.result_source is None
    assert "http" in dialog.error.text()
    dialog.url.setText("https://example.org")
    dialog.accessed.setText("yesterday")
    dialog.accept()
    assert "2026-11-25" in dialog.error.text() or "must look like" in dialog.error.text()
    valid = SourceDialog(None)
    qtbot.addWidget(valid)
    valid.url.setText("https://example.org")
    valid.accessed.setText("2026-11-01")
    valid.accept()
    assert valid.result_source is not None
    assert valid.result_source.accessed is not None


def test_dropping_a_file_imports_and_opens_it(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    asked: list[Path] = []

    def answer(path: Path) -> str:
        asked.append(path)
        return "document"  # "is it a new version of the open draft?" - no

    monkeypatch.setattr(window, "ask_drop_target", answer)
    draft = tmp_path / "dropped.txt"
    draft.write_text("Dropped draft title\n\nThe mayor said the budget grew 12%.", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(draft))])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.controller.document is not None
    assert window.controller.document.title == "Dropped draft title"
    assert "budget grew 12%" in window.view.toPlainText()
    window.dropEvent(event)  # the same file again opens the same document
    assert len(window.controller.library()) == 2
    assert asked == [draft, draft]


def test_dropping_a_binary_file_gives_a_message_and_changes_nothing(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    junk = tmp_path / "photo.txt"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    before = window.controller.document
    window.import_path(junk)
    assert "binary" in window.last_error
    assert window.controller.document == before
    assert len(window.controller.library()) == 1


def test_pasting_text_makes_a_new_document(qtbot, window: MainWindow) -> None:
    QGuiApplication.clipboard().setText("Pasted headline\n\nThe council approved 40 new homes.")
    window.paste_action.trigger()
    assert window.controller.document is not None
    assert window.controller.document.title == "Pasted headline"
    assert len(window.controller.library()) == 2


def test_library_renames_and_deletes_after_asking(qtbot, window: MainWindow, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    library = window.library
    library.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Putin–Witkoff talks", True))
    library.rename_selected()
    assert window.controller.library()[0].title == "Putin–Witkoff talks"
    assert window.windowTitle().startswith("Putin–Witkoff talks")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    library.delete_selected()
    assert len(window.controller.library()) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    select_text(window, "three-hour meeting")
    window.claim_action.trigger()
    assert window.undo_stack.count() == 1
    library.delete_selected()
    assert window.controller.library() == []
    assert window.undo_stack.count() == 0  # nothing left to undo into
    assert window.controller.document is None
    assert window.view.toPlainText() == ""


def test_library_counts_update_as_the_reviewer_marks(qtbot, window: MainWindow) -> None:
    mark(qtbot, window, "three-hour meeting")
    mark(qtbot, window, "highly productive", Qt.Key.Key_2)
    model = window.library.model
    qtbot.waitUntil(lambda: [model.index(0, c).data() for c in range(2, 5)] == [1, 1, 2])


def test_a_locked_database_shows_a_message_and_loses_nothing_silently(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    import sqlite3

    from factcheck.storage import engine

    claim = mark(qtbot, window, "three-hour meeting")
    assert claim and claim.id
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 50)
    window.controller.workspace.database.engine.dispose()  # reconnect with the short timeout
    path = window.controller.workspace.database.path
    assert path is not None
    blocker = sqlite3.connect(path, timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with monkeypatch.context() as m:
            m.setattr(engine, "BUSY_TIMEOUT_MS", 50)
            window.edit_field(claim.id, "verdict", "true")
            select_text(window, "highly productive")
            window.quote_action.trigger()
    finally:
        blocker.rollback()
        blocker.close()
    assert "locked" in window.last_error
    assert "Not saved" in window.statusBar().currentMessage()
    assert window.controller.workspace.annotation(claim.id).verdict is None
    shown = window.controller.annotation(claim.id)
    assert shown is not None and shown.verdict is None  # the view tells the truth
    assert len(stored(window)) == 1
    assert window.undo_stack.count() == 1  # only the successful creation


def test_preferences_change_reviewer_font_and_scale(qtbot, window: MainWindow) -> None:
    from factcheck.config import load_preferences
    from factcheck.domain import VerdictLabel, VerdictScale

    prefs = load_preferences()
    prefs.reviewer_name = "Renamed Reviewer"
    prefs.font_point_size = 16
    scale = VerdictScale(
        (
            VerdictLabel("true", "Accurate", "#2e7d32", 0, 3),
            VerdictLabel("false", "Inaccurate", "#c62828", 1, 1),
        )
    )
    window.apply_preferences(prefs, scale)
    made = mark(qtbot, window, "three-hour meeting")
    assert made and made.author == "Renamed Reviewer"
    assert load_preferences().font_point_size == 16
    assert window.view.document().defaultFont().pointSize() == 16
    labels = [window.panel.verdict.itemText(i) for i in range(window.panel.verdict.count())]
    assert labels == ["Not rated yet", "Accurate  (1)", "Inaccurate  (2)"]


def test_window_geometry_and_splitters_are_remembered(
    qtbot, window: MainWindow, db_path: Path
) -> None:
    from factcheck.config import load_preferences
    from factcheck.ui.app import build_window

    window.main_splitter.setSizes([900, 300])
    sizes = window.main_splitter.sizes()
    window.close()
    again = build_window(str(db_path), None, load_preferences())
    qtbot.addWidget(again)
    again.resize(window.size())
    again.show()
    qtbot.waitExposed(again)
    assert abs(again.main_splitter.sizes()[0] - sizes[0]) <= 10
    again.controller.workspace.close()


def test_first_run_asks_for_the_reviewer_name(qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from factcheck.config import Preferences, load_preferences
    from factcheck.ui.app import ask_reviewer_name

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  Ana Lima ", True))
    ask_reviewer_name(Preferences())
    assert load_preferences().reviewer_name == "Ana Lima"


def test_widgets_have_object_and_accessible_names(qtbot, window: MainWindow) -> None:
    mark(qtbot, window, "three-hour meeting")  # shows the panel's fields too
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QTableView

    interactive = [
        w
        for kind in (QComboBox, QLineEdit, QPlainTextEdit, QTableView)
        for w in window.findChildren(kind)
        if w.isVisibleTo(window) and not w.objectName().startswith("qt_")
    ]
    assert len(interactive) >= 8
    for widget in interactive:
        assert widget.objectName(), widget
        assert widget.accessibleName(), widget.objectName()
    assert window.view.accessibleName() == "Article"
    buttons = [b for b in window.findChildren(QAbstractButton) if b.isVisibleTo(window)]
    assert all(b.text() or b.accessibleName() or b.toolTip() for b in buttons)


@pytest.mark.parametrize("kind", list(AnnotationKind))
def test_highlight_styles_differ_by_more_than_colour(kind: AnnotationKind) -> None:
    from factcheck.domain import Annotation, default_verdict_scale
    from factcheck.ui.article_view import highlight_format

    scale = default_verdict_scale()

    def fmt(k: AnnotationKind, verdict: str | None):
        a = Annotation(1, 1, k, 0, 1, "x", "", "", "me", verdict=verdict)
        return highlight_format(a, scale, selected=False)

    others = [k for k in AnnotationKind if k is not kind]
    for other in others:
        mine, theirs = fmt(kind, "true"), fmt(other, "true")
        assert (mine.underlineStyle(), mine.background().style()) != (
            theirs.underlineStyle(),
            theirs.background().style(),
        )
    if kind is AnnotationKind.CLAIM:
        assert fmt(kind, None).background().style() != fmt(kind, "true").background().style()
    if kind is AnnotationKind.QUOTE:
        assert fmt(kind, None).underlineStyle() != fmt(kind, "true").underlineStyle()


def test_closing_saves_a_note_typed_a_moment_ago(qtbot, window: MainWindow) -> None:
    made = mark(qtbot, window, "three-hour meeting")
    assert made and made.id
    window.panel.note.setPlainText("typed just before quitting")  # the save timer has not run
    window.close()
    assert window.controller.workspace.annotation(made.id).note == "typed just before quitting"


def test_preferences_dialog_edits_the_verdict_scale(qtbot) -> None:
    from factcheck.config import Preferences
    from factcheck.domain import default_verdict_scale
    from factcheck.ui.preferences import PreferencesDialog

    dialog = PreferencesDialog(Preferences(reviewer_name="Ana"), default_verdict_scale())
    qtbot.addWidget(dialog)
    table = dialog.scale_table
    table.item(0, 0).setText("Correct")  # type: ignore[union-attr]
    table.setCurrentCell(1, 0)
    dialog.claim_scale._move(-1)  # "Mostly true" first
    table.setCurrentCell(table.rowCount() - 1, 0)
    dialog.claim_scale._remove_row()  # no "Unverifiable"
    # The quote scale is its own: a new quote verdict named like a claim one gets a key
    # of its own, so the two scales never share a key.
    dialog.quote_scale._append_row("", "Mostly true", "#123456", None)
    dialog.font_size.setValue(15)
    dialog.accept()
    assert dialog.result_scale is not None and dialog.result_preferences is not None
    quotes = dialog.result_scale.ordered("quote")
    assert quotes[0].label == "Accurately quoted" and quotes[-1].key == "mostly-true-quote"
    ordered = dialog.result_scale.ordered("claim")
    assert [v.label for v in ordered[:2]] == ["Mostly true", "Correct"]
    assert ordered[1].key == "true"  # renaming keeps the key, so verdicts in use survive
    assert "unverifiable" not in {v.key for v in ordered}
    assert dialog.result_preferences.font_point_size == 15
    assert dialog.result_preferences.reviewer_name == "Ana"


def test_preferences_dialog_refuses_a_bad_rating(qtbot) -> None:
    from factcheck.config import Preferences
    from factcheck.domain import default_verdict_scale
    from factcheck.ui.preferences import PreferencesDialog

    dialog = PreferencesDialog(Preferences(), default_verdict_scale())
    qtbot.addWidget(dialog)
    dialog.scale_table.item(0, 2).setText("five")  # type: ignore[union-attr]
    dialog.accept()
    assert dialog.result_scale is None
    assert "whole number" in dialog.error.text()


def test_preferences_dialog_refuses_an_unsafe_organisation_url(qtbot) -> None:
    from factcheck.config import Preferences
    from factcheck.domain import default_verdict_scale
    from factcheck.ui.preferences import PreferencesDialog

    dialog = PreferencesDialog(Preferences(), default_verdict_scale())
    qtbot.addWidget(dialog)
    dialog.organisation_url.setText("javascript:alert(1)")
    dialog.accept()
    assert dialog.result_preferences is None
    assert "http" in dialog.error.text()


def test_a_source_may_be_an_interview_with_no_url(qtbot, window: MainWindow, monkeypatch) -> None:
    import datetime as dt

    from factcheck.domain import SourceKind
    from factcheck.ui import source_dialog

    claim = mark(qtbot, window, "three-hour meeting")
    assert claim and claim.id

    def phone_call(dialog: source_dialog.SourceDialog) -> int:
        dialog.kind.setCurrentIndex(dialog.kind.findData(SourceKind.PHONE))
        assert not dialog.url.isVisibleTo(dialog)  # no address to give for a call
        label = dialog.form.labelForField(dialog.publisher)
        assert label is not None and "With" in label.text()  # type: ignore[attr-defined]
        dialog.accept()
        assert dialog.result_source is None and "who" in dialog.error.text()
        dialog.publisher.setText("Yuri Ushakov's office")
        dialog.accessed.setText("2026-11-20")
        dialog.note.setText("Confirmed the meeting lasted about three hours")
        dialog.accept()
        return 1

    monkeypatch.setattr(source_dialog.SourceDialog, "exec", phone_call)
    window.panel.add_source()
    [source] = window.controller.workspace.annotation(claim.id).sources
    assert (source.kind, source.url, source.publisher, source.accessed) == (
        SourceKind.PHONE,
        "",
        "Yuri Ushakov's office",
        dt.date(2026, 11, 20),
    )
    cell = window.panel.sources.item(0, 1)
    assert cell is not None and cell.text() == "Phone call: Yuri Ushakov's office"
    # Reports name it, with the day, and link nothing.
    document = window.controller.document
    assert document is not None and document.id is not None
    from factcheck.exporters import export

    report = window.controller.workspace.report(document.id, "Desk", "https://desk.example")
    markdown = export(report, "md").data.decode("utf-8")
    assert "Phone call: Yuri Ushakov's office, 2026-11-20. Confirmed the meeting" in markdown
    html = export(report, "html").data.decode("utf-8")
    assert "Phone call: Yuri Ushakov&#39;s office" in html and 'href=""' not in html


def test_a_quote_is_rated_on_the_quote_scale_by_keys_and_panel(qtbot, window: MainWindow) -> None:
    quote = mark(qtbot, window, "useful and constructive", key=Qt.Key.Key_2)
    assert quote and quote.id
    combo = window.panel.verdict
    labels = [combo.itemText(i).split("  (")[0] for i in range(combo.count())]
    assert labels == [
        "Not rated yet",
        "Accurately quoted",
        "Inaccurate",
        "Out of context",
        "Unverifiable quote",
    ]
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_3)
    assert window.controller.workspace.annotation(quote.id).verdict == "out-of-context"
    claim = mark(qtbot, window, "three-hour meeting")
    assert claim and claim.id
    assert window.panel.verdict.itemText(1).startswith("True")  # the claim scale again
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    assert window.controller.workspace.annotation(claim.id).verdict == "true"


def test_a_refused_scale_keeps_the_other_preferences(qtbot, window: MainWindow) -> None:
    from dataclasses import replace

    from factcheck.domain import VerdictScale

    quote = mark(qtbot, window, "useful and constructive", key=Qt.Key.Key_2)
    assert quote and quote.id
    window.edit_field(quote.id, "verdict", "accurately-quoted")
    scale = window.controller.scale
    without = VerdictScale(tuple(v for v in scale.labels if v.key != "accurately-quoted"))
    window.apply_preferences(replace(window.prefs, organisation="Planet Checks"), without)
    assert window.prefs.organisation == "Planet Checks"  # kept although the scale was not
    assert window.controller.scale == scale
    assert "“Accurately quoted”" in window.last_error and "accurately-quoted" not in (
        window.last_error
    )


def test_a_claim_made_a_quote_says_its_verdict_went(qtbot, window: MainWindow) -> None:
    from factcheck.domain import AnnotationKind

    claim = mark(qtbot, window, "three-hour meeting")
    assert claim and claim.id
    window.edit_field(claim.id, "verdict", "true")
    window.edit_field(claim.id, "kind", AnnotationKind.QUOTE)
    assert window.controller.workspace.annotation(claim.id).verdict is None
    assert "“True” is not a verdict for a quote" in window.statusBar().currentMessage()
    window.undo_action.trigger()
    back = window.controller.workspace.annotation(claim.id)
    assert (back.kind, back.verdict) == (AnnotationKind.CLAIM, "true")
