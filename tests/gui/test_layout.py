"""The window at small sizes and in a dark palette; the list's numbers."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget

from factcheck.domain import Annotation, AnnotationKind, default_verdict_scale
from factcheck.ui.article_view import highlight_format
from factcheck.ui.main_window import MainWindow
from factcheck.ui.models import AnnotationTableModel
from factcheck.ui.palette import FLASH_COLOUR, contrast_ratio, dark_palette, readable_fill
from factcheck.ui.table_layout import MIN_TEXT_WIDTH
from tests.gui.test_reviewing import mark


def _in_window(window: MainWindow, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize("size", [(800, 600), (1024, 640)])
def test_small_screens_keep_the_article_readable_and_nothing_overlaps(
    qtbot, window: MainWindow, size: tuple[int, int]
) -> None:
    made = mark(qtbot, window, "three-hour meeting")
    assert made is not None
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    assert window.width() <= size[0] and window.height() <= size[1]
    assert window.view.width() >= 250  # a line of words, not one word per line
    panel = window.panel
    assert panel.editor_scroll.isVisible()
    # The Sources buttons sit under the table, not on it, however little room there is.
    table = _in_window(window, panel.sources)
    for button in (panel.add_source_button, panel.edit_source_button):
        assert not table.intersects(_in_window(window, button))
    # Every field is as wide as it wants to be (the panel scrolls rather than squeezes).
    for field in (panel.kind, panel.verdict, panel.speaker):
        assert field.width() >= field.minimumSizeHint().width()
    header = window.table.horizontalHeader()
    assert header.sectionSize(AnnotationTableModel.TEXT) >= MIN_TEXT_WIDTH
    assert not header.isSectionHidden(AnnotationTableModel.VERDICT)


def test_the_anchor_column_does_not_squeeze_the_text(qtbot, window: MainWindow) -> None:
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    window.table.setColumnHidden(AnnotationTableModel.ANCHOR, False)  # after a revision
    QApplication.processEvents()
    header = window.table.horizontalHeader()
    assert header.sectionSize(AnnotationTableModel.TEXT) >= MIN_TEXT_WIDTH
    window.resize(1440, 900)  # room again: what stepped aside comes back
    QApplication.processEvents()
    assert not header.isSectionHidden(AnnotationTableModel.STATUS)


def test_list_numbers_are_the_report_numbers(qtbot, window: MainWindow) -> None:
    later = mark(qtbot, window, "killing two civilians")
    earlier = mark(qtbot, window, "three-hour meeting")
    assert later and earlier and later.id is not None and earlier.id is not None
    document = window.controller.document
    assert document is not None and document.id is not None
    report = window.controller.workspace.report(document.id)
    numbers = {item.annotation.id: item.number for item in report.items}
    model = window.model
    for row in range(model.rowCount()):
        annotation = model.annotation_at(row)
        shown = model.data(model.index(row, AnnotationTableModel.NUMBER))
        assert shown == str(numbers[annotation.id])
    # Marked second but earlier in the text: number 1, and the later one moved to 2.
    assert numbers[earlier.id] == 1 and numbers[later.id] == 2


@pytest.mark.parametrize("dark", [False, True])
def test_every_highlight_keeps_contrast_with_the_text(dark: bool) -> None:
    palette = dark_palette() if dark else QApplication.palette()
    base, text = palette.color(palette.ColorRole.Base), palette.color(palette.ColorRole.Text)
    scale = default_verdict_scale()
    verdicts = [label.key for label in scale.ordered()] + [None]
    for kind in AnnotationKind:
        for verdict in verdicts:
            for selected in (False, True):
                annotation = Annotation(1, 1, kind, 0, 1, "x", "", "", "me", verdict=verdict)
                fmt = highlight_format(annotation, scale, selected, base, text)
                brush = fmt.background()
                if brush.style().name == "SolidPattern":
                    ratio = contrast_ratio(brush.color(), text)
                    assert ratio >= 3.0, (kind, verdict, selected, dark, ratio)
    flash = readable_fill(QColor(FLASH_COLOUR), base, text, 0.9)
    assert contrast_ratio(flash, text) >= 3.0


def test_the_dark_article_keeps_its_words_readable_under_every_highlight(
    qtbot, window: MainWindow
) -> None:
    claim = mark(qtbot, window, "three-hour meeting")
    quote = mark(qtbot, window, "useful and constructive", key=Qt.Key.Key_2)
    assert claim and quote and claim.id is not None and quote.id is not None
    window.edit_field(claim.id, "verdict", "true")
    window.view.setPalette(dark_palette())  # the system switched to dark
    window.select_annotation(quote.id, flash=True)  # the yellow flash is on screen
    window.view.flush_highlights()
    text = window.view.palette().color(window.view.palette().ColorRole.Text)
    fills = [
        s.format.background().color()
        for s in window.view.extraSelections()
        if s.format.background().style() == Qt.BrushStyle.SolidPattern
    ]
    assert len(fills) >= 2
    for fill in fills:
        assert fill.alpha() == 255 and contrast_ratio(fill, text) >= 3.0, fill.name()


def test_text_size_keeps_the_reading_position_and_grows_the_interface(
    qtbot, window: MainWindow
) -> None:
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    text = window.controller.document.latest.text  # type: ignore[union-attr]
    target = text.index("Skepticism")  # far down the article
    window.view.scroll_to_top_at(target)
    before = window.view.top_position()
    assert before > 1000
    interface = QApplication.font().pointSizeF()
    window.change_font_size(3)
    after = window.view.top_position()
    # Still reading the same lines: the top is within a line or so of where it was.
    assert abs(after - before) < 120, (before, after)
    assert QApplication.font().pointSizeF() == interface + 3
    window.change_font_size(-3)
    assert QApplication.font().pointSizeF() == interface


def test_status_bar_counts_speak_proper_english(qtbot, window: MainWindow) -> None:
    mark(qtbot, window, "secondary sanctions", key=Qt.Key.Key_3)
    label = window.counts_label.text()
    assert "1 note" in label and "1 notes" not in label and "0 claims" in label


def test_a_new_row_is_scrolled_into_view(qtbot, window: MainWindow) -> None:
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    text = window.controller.document.latest.text  # type: ignore[union-attr]
    words = list(re.finditer(r"\b\w{6,}\b", text))[:40]
    document = window.controller.document
    assert document is not None and document.id is not None
    from factcheck.services import AnnotationDraft

    for match in words[:-1]:  # a list longer than it can show
        window.controller.workspace.annotate(
            document.id,
            match.start(),
            match.end(),
            AnnotationDraft(AnnotationKind.NOTE),
        )
    window.controller.reload_annotations()
    window.table.scrollToTop()
    made = mark(qtbot, window, words[-1].group(), key=Qt.Key.Key_3, occurrence=1)
    assert made is not None and made.id is not None
    source_row = window.model.row_of(made.id)
    assert source_row is not None
    row = window.proxy.mapFromSource(window.model.index(source_row, 0))
    assert window.table.viewport().rect().intersects(window.table.visualRect(row))


def test_focus_jumps_and_the_shortcut_sheet(qtbot, window: MainWindow) -> None:
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    mark(qtbot, window, "three-hour meeting")
    for action, expected in (
        (window.focus_list_action, window.table),
        (window.focus_panel_action, window.panel.kind),
        (window.focus_article_action, window.view),
        (window.focus_library_action, window.library.table),
    ):
        action.trigger()
        QApplication.processEvents()
        assert QApplication.focusWidget() is expected, action.text()
    window.library_dock.hide()
    window.focus_library_action.trigger()  # Ctrl+L brings the Library back
    assert window.library_dock.isVisible()
    shortcuts = {a.objectName(): a.shortcut().toString() for a in window.actions()}
    assert shortcuts["preferencesAction"] and shortcuts["documentPropertiesAction"]
    assert shortcuts["focusLibraryAction"] == "Ctrl+L"
    # The sheet lists what the menus hold, with their keys, and the keys of places.
    window.shortcuts_action.trigger()
    from factcheck.ui.help import HelpDialog

    sheet = window.findChild(HelpDialog)
    assert sheet is not None and sheet.isVisible()
    text = sheet.browser.toPlainText()
    assert "Find in article" in text and "Ctrl+F" in text and "F8" in text
    assert "Ctrl+Shift+L" in text and "Give the selected claim or quote that verdict" in text
    window.shortcuts_action.trigger()  # asked again: the same window, not a second one
    assert len(window.findChildren(HelpDialog)) == 1


def test_the_article_has_the_keys_at_start(qtbot, window: MainWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    assert window.focusWidget() is window.view


def test_the_checked_before_dock_steps_aside_in_a_low_window(qtbot, window: MainWindow) -> None:
    dock = window.checked_before.dock
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    assert dock.isVisible()
    window.resize(800, 600)
    QApplication.processEvents()
    assert not dock.isVisible()  # the article and the list keep the height
    window.resize(1440, 900)
    QApplication.processEvents()
    assert dock.isVisible()  # room again: back
    window.checked_before.view_action.trigger()  # closed by hand: stays closed
    window.resize(800, 600)
    window.resize(1440, 900)
    QApplication.processEvents()
    assert not dock.isVisible()
    window.resize(800, 600)
    window.checked_before.focus_search()  # Ctrl+Shift+F opens it whatever the height
    assert dock.isVisible()


def test_the_panel_shows_its_sources_without_scrolling_on_a_large_screen(
    qtbot, window: MainWindow
) -> None:
    made = mark(qtbot, window, "three-hour meeting")
    assert made is not None
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    panel = window.panel
    # The notes box does not grow to its own size hint and push the sources away.
    assert not panel.sources.visibleRegion().isEmpty()
    assert panel.note.height() < 200
