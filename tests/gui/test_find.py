"""Find in the article (Ctrl+F), apart from the list filter (Ctrl+Shift+L)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from factcheck.ui.find_bar import find_all
from factcheck.ui.main_window import MainWindow
from tests.gui.test_reviewing import mark


def _show(qtbot, window: MainWindow) -> None:
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()


def test_find_walks_the_matches_with_a_count(qtbot, window: MainWindow) -> None:
    _show(qtbot, window)
    text = window.view.plain_text()
    expected = [m.span() for m in re.finditer("trump", text, re.IGNORECASE)]
    assert len(expected) >= 3
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar
    assert bar.isVisible() and bar.query.hasFocus()
    qtbot.keyClicks(bar.query, "TRUMP")
    qtbot.waitUntil(lambda: bar.count.text() == f"1 of {len(expected)}")
    assert window.view.selection_span() == expected[0]
    qtbot.keyClick(bar.query, Qt.Key.Key_Return)
    assert bar.count.text() == f"2 of {len(expected)}"
    assert window.view.selection_span() == expected[1]
    qtbot.keyClick(bar.query, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(bar.query, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.view.selection_span() == expected[-1]  # wrapped round
    window.find_next_action.trigger()
    assert window.view.selection_span() == expected[0]
    # Every match near the viewport is painted, besides the highlights.
    painted = {
        (s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in window.view.extraSelections()
    }
    assert (expected[0][0], expected[0][1]) in painted  # no emoji before: UTF-16 == code points
    qtbot.keyClick(bar.query, Qt.Key.Key_Escape)
    assert not bar.isVisible() and window.view.hasFocus()
    assert (expected[0][0], expected[0][1]) not in {
        (s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in window.view.extraSelections()
    }


def test_typing_digits_in_find_does_not_rate(qtbot, window: MainWindow) -> None:
    _show(qtbot, window)
    made = mark(qtbot, window, "three-hour meeting")
    assert made is not None and made.id is not None
    window.find_action.trigger()
    qtbot.keyClicks(window.find_bar.query, "50")
    assert window.find_bar.query.text() == "50"
    qtbot.waitUntil(lambda: window.find_bar.count.text().startswith("1 of"))
    assert window.controller.workspace.annotation(made.id).verdict is None


def test_no_match_says_so_and_an_empty_query_says_nothing(qtbot, window: MainWindow) -> None:
    _show(qtbot, window)
    window.find_action.trigger()
    qtbot.keyClicks(window.find_bar.query, "zebra crossing")
    qtbot.waitUntil(lambda: window.find_bar.count.text() == "No matches")
    window.find_bar.query.clear()
    qtbot.waitUntil(lambda: window.find_bar.count.text() == "")


def test_the_list_filter_has_its_own_key(qtbot, window: MainWindow) -> None:
    _show(qtbot, window)
    window.view.setFocus()
    qtbot.keyClick(
        window.view,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    QApplication.processEvents()
    assert window.search.hasFocus()
    assert not window.find_bar.isVisible()
    menus = {a.text() for menu in window.menuBar().findChildren(QMenu) for a in menu.actions()}
    assert "&Find in article…" in menus and "F&ilter annotations" in menus


def test_find_counts_code_points_after_emoji() -> None:
    text = "😀 Große Straße, große Pläne 😀 GROSSE"
    assert find_all(text, "große") == [(2, 7), (16, 21)]
    assert [text[a:b] for a, b in find_all(text, "STRASSE")] == []  # no folding: offsets hold
    assert find_all(text, "  ") == []


def test_find_takes_straight_and_curly_quotes_and_dashes_alike() -> None:
    text = "Putin’s aide called it “useful and constructive” — Ukraine—or not."
    assert find_all(text, "Putin's") == [(0, 7)]
    assert [text[a:b] for a, b in find_all(text, '"useful and constructive"')] == [
        "“useful and constructive”"
    ]
    assert [text[a:b] for a, b in find_all(text, "Ukraine-or")] == ["Ukraine—or"]
    assert find_all(text, "(") == []  # other punctuation is still literal
