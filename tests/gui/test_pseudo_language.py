"""The interface in the pseudo-languages: every string twice as long and bracketed
(x-pseudo), and the same right to left (x-pseudo-rtl). Untranslated text shows as
plain English; text cut short or widgets on top of each other show as a size smaller
than the widget asks for, or overlapping rectangles."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QTabWidget,
    QWidget,
)

from factcheck.ui.i18n import PSEUDO, PSEUDO_RTL, install_translations
from factcheck.ui.main_window import MainWindow
from tests.gui.every_window import dialogs, prepared_window, shown

# Widgets whose text is the user's or the document's, not ours.
DATA_WIDGETS = {
    "annotationQuote",
    "databaseIdentity",
    "verdictCounts",
    "documentDetails",
}


@pytest.fixture
def pseudo(request: pytest.FixtureRequest) -> Iterator[str]:
    language = getattr(request, "param", PSEUDO)
    install_translations(language)
    yield language
    install_translations("en")


def _visible_texts(top: QWidget) -> Iterator[tuple[QWidget, str]]:
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.objectName() in DATA_WIDGETS:
            continue
        box = widget.parentWidget()
        if (
            isinstance(box, QDialogButtonBox)
            and isinstance(widget, QPushButton)
            and box.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton
        ):
            continue  # OK, Cancel, Close: Qt's own translations (qtbase_*.qm) say them
        if isinstance(widget, (QLabel, QAbstractButton)) and widget.text().strip():
            yield widget, widget.text()
        elif isinstance(widget, QGroupBox) and widget.title():
            yield widget, widget.title()
        elif isinstance(widget, QLineEdit) and widget.placeholderText():
            yield widget, widget.placeholderText()


def _english(text: str) -> bool:
    """Words outside the pseudo brackets (numbers, shortcuts and symbols pass)."""
    import re

    outside = re.sub(r"⟦[^⟧]*⟧", "", text)
    outside = re.sub(r"<[^>]*>|&\w+;|Ctrl\+\S+|Alt\+\S+|Shift\+\S+|F\d+", "", outside)
    return bool(re.search(r"[A-Za-z]{3,}", outside))


def _clipped(top: QWidget) -> list[str]:
    found = []
    for widget, text in _visible_texts(top):
        if isinstance(widget, QLabel) and widget.wordWrap():
            if widget.heightForWidth(widget.width()) > widget.height() + 2:
                found.append(f"{type(widget).__name__} {widget.objectName()!r}: {text[:40]!r}")
        elif widget.width() + 2 < widget.minimumSizeHint().width() or (
            isinstance(widget, (QPushButton, QCheckBox))
            and widget.width() + 2 < widget.sizeHint().width()
        ):
            found.append(
                f"{type(widget).__name__} {widget.objectName()!r} {widget.width()}px"
                f" < {widget.sizeHint().width()}px: {text[:40]!r}"
            )
    return found


def _rect(widget: QWidget, top: QWidget) -> QRect:
    return QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())


def _overlapping(top: QWidget) -> list[str]:
    """Visible controls in one layout that cover each other."""
    found = []
    for parent in [top, *top.findChildren(QWidget)]:
        layout = parent.layout()
        if layout is None or isinstance(parent, (QMainWindow, QTabWidget)):
            continue
        items = [item.widget() for i in range(layout.count()) if (item := layout.itemAt(i))]
        widgets = [w for w in items if w is not None and w.isVisibleTo(top)]
        for i, one in enumerate(widgets):
            for other in widgets[i + 1 :]:
                if _rect(one, top).intersected(_rect(other, top)).width() > 2 and (
                    _rect(one, top).intersected(_rect(other, top)).height() > 2
                ):
                    found.append(
                        f"{one.objectName() or type(one).__name__} covers "
                        f"{other.objectName() or type(other).__name__}"
                    )
    return found


def _menus_untranslated(window: QMainWindow) -> list[str]:
    found = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if _english(menu_action.text()):
            found.append(f"menu {menu_action.text()!r}")
        if isinstance(menu, QMenu):
            found += [f"action {a.text()!r}" for a in menu.actions() if _english(a.text())]
    return found


@pytest.mark.parametrize("pseudo", [PSEUDO, PSEUDO_RTL], indirect=True)
def test_every_window_in_the_pseudo_language(
    qtbot, pseudo: str, window: MainWindow, tmp_path: Path
) -> None:
    # (pseudo comes first: the window is built with the pseudo-language installed)
    prepared_window(qtbot, window, tmp_path)
    window.resize(1440, 900)
    QApplication.processEvents()
    rtl = pseudo == PSEUDO_RTL
    assert window.layoutDirection() == (
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    if rtl:  # mirrored: the Library, docked on the leading side, is on the right
        assert _rect(window.library_dock, window).left() > _rect(window.view, window).left()
    problems = [f"main window: {p}" for p in _menus_untranslated(window)]
    problems += [
        f"main window: untranslated {type(w).__name__} {w.objectName()!r}: {t[:50]!r}"
        for w, t in _visible_texts(window)
        if _english(t)
    ]
    problems += [f"main window: clipped {p}" for p in _clipped(window)]
    problems += [f"main window: {p}" for p in _overlapping(window)]
    for title, make in dialogs(window):
        dialog = shown(qtbot, make())
        problems += [
            f"{title}: untranslated {type(w).__name__} {w.objectName()!r}: {t[:50]!r}"
            for w, t in _visible_texts(dialog)
            if _english(t)
        ]
        problems += [f"{title}: clipped {p}" for p in _clipped(dialog)]
        problems += [f"{title}: {p}" for p in _overlapping(dialog)]
        dialog.close()
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)


@pytest.mark.parametrize("pseudo", [PSEUDO_RTL], indirect=True)
def test_each_paragraph_keeps_its_own_direction(qtbot, pseudo: str, window: MainWindow) -> None:
    """An English article in a right-to-left interface stays left to right, an Arabic
    paragraph reads right to left in any interface; offsets stay code points."""
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    document = window.controller.workspace.import_text(
        "Mixed draft\n\nThe minister spoke first.\n\nقال الوزير إن البطالة انخفضت."
    )
    assert document.id is not None
    window.open_document(document.id)
    directions = {}
    block = window.view.document().firstBlock()
    while block.isValid():
        if block.text().strip():
            directions[block.text()[:8]] = block.textDirection()
        block = block.next()
    assert directions["The mini"] == Qt.LayoutDirection.LeftToRight
    assert directions["قال الوز"] == Qt.LayoutDirection.RightToLeft
    text = window.controller.document.latest.text  # type: ignore[union-attr]
    start = text.index("البطالة")
    window.view.select_span(start, start + len("البطالة"))
    assert window.view.selection_span() == (start, start + len("البطالة"))
