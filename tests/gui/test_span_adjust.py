"""Adjusting a mark's words: keys that move its edges, and Re-target to selection."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from factcheck.domain.text import moved_edge
from factcheck.ui.main_window import MainWindow
from tests.gui.test_reviewing import mark, point_of, select_text

SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _stored_exact(window: MainWindow, annotation_id: int) -> str:
    return window.controller.workspace.annotation(annotation_id).exact


def test_shift_arrows_move_the_edges_by_words_and_one_undo_restores(
    qtbot, window: MainWindow
) -> None:
    made = mark(qtbot, window, "three-hour meeting")
    assert made is not None and made.id is not None
    view = window.view
    qtbot.keyClick(view, Qt.Key.Key_Right, SHIFT)
    assert _stored_exact(window, made.id) == "three-hour meeting on"
    qtbot.keyClick(view, Qt.Key.Key_Left, SHIFT)
    qtbot.keyClick(view, Qt.Key.Key_Left, SHIFT)
    assert _stored_exact(window, made.id) == "three-hour"
    qtbot.keyClick(view, Qt.Key.Key_Left, SHIFT | CTRL)
    assert _stored_exact(window, made.id) == "a three-hour"
    qtbot.keyClick(view, Qt.Key.Key_Left, SHIFT | ALT)  # Alt: a letter, not a word
    assert _stored_exact(window, made.id) == "a three-hou"
    # The list and the highlight follow; the selection stays on the mark.
    assert window.selected_id == made.id
    assert view.selection_span() == (
        window.controller.annotation(made.id).start,  # type: ignore[union-attr]
        window.controller.annotation(made.id).end,  # type: ignore[union-attr]
    )
    # One adjustment, one undo step: back to the words first marked.
    assert window.undo_action.text() == "&Undo adjust the marked words"
    window.undo_action.trigger()
    assert _stored_exact(window, made.id) == "three-hour meeting"


def test_shift_arrows_elsewhere_select_text_as_usual(qtbot, window: MainWindow) -> None:
    made = mark(qtbot, window, "three-hour meeting")
    assert made is not None and made.id is not None
    start, _end = select_text(window, "Steve Witkoff")
    window.view.select_span(start, start)  # the caret away from the mark
    qtbot.keyClick(window.view, Qt.Key.Key_Right, SHIFT)
    assert _stored_exact(window, made.id) == "three-hour meeting"
    assert window.view.selection_span() == (start, start + 1)


def test_any_annotation_can_be_retargeted_to_the_selection(qtbot, window: MainWindow) -> None:
    made = mark(qtbot, window, "three-hour meeting")
    assert made is not None and made.id is not None
    select_text(window, "Steve Witkoff")
    window.retarget_action.trigger()
    assert _stored_exact(window, made.id) == "Steve Witkoff"
    assert window.selected_id == made.id
    window.undo_action.trigger()
    assert _stored_exact(window, made.id) == "three-hour meeting"


def test_moved_edge_keeps_a_span_and_snaps_to_words() -> None:
    text = "Er sagte: „Die Zahl stieg um 12 %.“ 😀 Ende"
    start = text.index("Die")
    end = start + len("Die Zahl")
    assert text[slice(*moved_edge(text, start, end, "end", 1))] == "Die Zahl stieg"
    assert text[slice(*moved_edge(text, start, end, "start", -1))] == "sagte: „Die Zahl"
    assert text[slice(*moved_edge(text, start, end, "end", -1))] == "Die"
    assert moved_edge(text, start, start + 1, "end", -1) == (start, start + 1)  # never empty
    assert moved_edge(text, 0, 2, "start", -1) == (0, 2)  # never before the text
    emoji = text.index("😀")
    # A letter at a time: the emoji, then over the space to the next letter.
    assert moved_edge(text, emoji, emoji + 1, "end", 1, by_word=False) == (emoji, emoji + 3)


def test_dragging_an_edge_moves_it_and_snaps_to_the_word(qtbot, window: MainWindow) -> None:
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    made = mark(qtbot, window, "three-hour meeting")
    assert made is not None and made.id is not None
    text = window.view.plain_text()
    edge = point_of(window, made.end) - QPoint(2, 0)
    assert window.view.edge_near(edge) == "end"
    # Into the middle of "Wednesday": the end snaps to the end of that word.
    inside = point_of(window, text.index("Wednesday") + 3)
    viewport = window.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=edge)
    qtbot.mouseMove(viewport, inside)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=inside)
    assert _stored_exact(window, made.id) == "three-hour meeting on Wednesday"
    # Far from the edges a press selects text as it always did.
    assert window.view.edge_near(point_of(window, text.index("Putin") + 2)) is None


def _answer_duplicate(qtbot, answer: str) -> list[str]:
    """Press ``answer`` in the duplicate-mark question when it comes up."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        button = next(b for b in box.buttons() if b.text().replace("&", "") == answer)
        button.click()

    QTimer.singleShot(0, press)
    return seen


def test_marking_the_same_words_twice_asks_first(qtbot, window: MainWindow) -> None:
    first = mark(qtbot, window, "three-hour meeting")
    assert first is not None
    count = len(window.controller.annotations)
    seen = _answer_duplicate(qtbot, "Show the existing one")
    shown = mark(qtbot, window, "three-hour meeting")
    assert shown is not None and shown.id == first.id  # the existing one, selected
    assert seen and "already marked as a claim [1]" in seen[0]
    assert len(window.controller.annotations) == count and window.selected_id == first.id
    window.activateWindow()  # the question took the focus away (offscreen keeps it)
    qtbot.waitUntil(window.isActiveWindow)
    seen = _answer_duplicate(qtbot, "Mark again")
    again = mark(qtbot, window, "three-hour meeting")
    assert seen and again is not None and again.id != first.id
    # The same words as a quote are a different mark: no question.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    quote = mark(qtbot, window, "three-hour meeting", key=Qt.Key.Key_2)
    assert quote is not None and quote.kind.value == "quote"


def test_selection_keys_inside_a_mark_select_words_and_leave_the_mark(
    qtbot, window: MainWindow
) -> None:
    made = mark(qtbot, window, "Trump previously gave Moscow a 50-day ultimatum")
    assert made is not None and made.id is not None
    caret = window.view.plain_text().index("50-day")
    window.view.select_span(caret, caret)  # a click inside the claim, just before "50"
    qtbot.keyClick(window.view, Qt.Key.Key_Right, SHIFT | CTRL)
    qtbot.keyClick(window.view, Qt.Key.Key_Right, SHIFT | CTRL)
    assert _stored_exact(window, made.id) == "Trump previously gave Moscow a 50-day ultimatum"
    span = window.view.selection_span()
    assert span is not None and span[0] == caret and span[1] > caret + 2  # words selected


def test_digits_rate_only_the_mark_the_caret_is_on(qtbot, window: MainWindow) -> None:
    from tests.gui.test_reviewing import point_of

    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    made = mark(qtbot, window, "three-hour meeting")
    assert made is not None and made.id is not None
    # Other words selected (for a new mark, or a match of Find): a digit rates nothing.
    select_text(window, "Steve Witkoff")
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_5)
    assert window.controller.workspace.annotation(made.id).verdict is None
    assert "caret on a mark" in window.statusBar().currentMessage()
    # A click on plain words lets the mark go.
    text = window.view.plain_text()
    qtbot.mouseClick(
        window.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=point_of(window, text.index("Ukrainian conflict") + 3),
    )
    assert window.selected_id is None
    qtbot.keyClick(window.view, Qt.Key.Key_5)
    assert window.controller.workspace.annotation(made.id).verdict is None
    # Back on the mark (a click on it): the digit rates it.
    qtbot.mouseClick(
        window.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=point_of(window, text.index("three-hour meeting") + 4),
    )
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    assert window.controller.workspace.annotation(made.id).verdict == "true"


def test_marks_never_begin_or_end_with_a_space_and_esc_cancels_a_drag(
    qtbot, window: MainWindow
) -> None:
    text = "He said: the council met on Monday, then left."
    assert moved_edge(text, 3, 7, "end", 1, by_word=False) == (3, 8)  # "said:"
    assert moved_edge(text, 3, 8, "end", 1, by_word=False) == (3, 10)  # past the space: "t"
    assert moved_edge(text, 9, 20, "start", -1, by_word=False) == (7, 20)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    made = mark(qtbot, window, "three-hour meeting")
    assert made is not None and made.id is not None
    qtbot.keyClick(window.view, Qt.Key.Key_Right, SHIFT | ALT)
    assert _stored_exact(window, made.id) == "three-hour meeting o"  # the letter after the space
    edge = point_of(window, made.start) + QPoint(-1, 0)
    assert window.view.edge_near(edge) == "start"
    inside = point_of(window, window.view.plain_text().index("Witkoff"))
    viewport = window.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=edge)
    qtbot.mouseMove(viewport, inside)
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=inside)
    assert _stored_exact(window, made.id) == "three-hour meeting o"  # cancelled: unchanged
