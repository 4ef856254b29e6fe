"""Find in the article: a bar under the text with next/previous and a match count."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from factcheck.ui.article_view import ArticleView
from factcheck.ui.i18n import translate

MAX_MATCHES = 10_000  # beyond this the count says "10,000+" and search stays instant
SEARCH_DELAY_MS = 120  # a long draft is searched once typing pauses, not per key


# Marks typed one way and printed another: a straight quote finds a curly one, a
# hyphen a dash, and the other way round. Each stands for one character, so the
# offsets found are those of the text.
_ALIKE = [
    "'‘’‛′`",
    '"“”„‟″«»',
    "-‐‑‒–—―−",
]
_CLASS_OF = {char: f"[{re.escape(group)}]" for group in _ALIKE for char in group}


def _pattern(query: str) -> str:
    return "".join(_CLASS_OF.get(char) or re.escape(char) for char in query)


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """Where ``query`` occurs in ``text``, ignoring case, quote styles and dash kinds,
    as code-point spans.

    The search runs on the text itself (no case-folded copy), so offsets stay those of
    the canonical text even where folding would change a word's length ("ß")."""
    if not query.strip():
        return []
    pattern = re.compile(_pattern(query), re.IGNORECASE)
    spans = []
    for match in pattern.finditer(text):
        spans.append(match.span())
        if len(spans) >= MAX_MATCHES:
            break
    return spans


class FindLine(QLineEdit):
    """Enter goes to the next match, Shift+Enter to the previous, Escape closes."""

    def __init__(self, bar: FindBar) -> None:
        super().__init__(bar)
        self._bar = bar

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self._bar.find_next(-1 if shift else 1)
            return
        if event.key() == Qt.Key.Key_Escape:
            self._bar.close_bar()
            return
        super().keyPressEvent(event)


class FindBar(QWidget):
    def __init__(self, view: ArticleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._view = view
        self.matches: list[tuple[int, int]] = []
        self.current = -1
        self.query = FindLine(self)
        self.query.setObjectName("findText")
        self.query.setAccessibleName(translate("FindBar", "Find in article"))
        self.query.setPlaceholderText(translate("FindBar", "Find in article"))
        self.query.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setObjectName("findCount")
        self.count.setAccessibleName(translate("FindBar", "Matches"))
        most = self._number(MAX_MATCHES)
        self.count.setMinimumWidth(self.fontMetrics().horizontalAdvance(self._position(most, most)))
        self.previous_button = self._button(
            "▲",
            translate("FindBar", "Previous match"),
            translate("FindBar", "Previous match (Shift+F3)"),
            "findPrevious",
        )
        self.next_button = self._button(
            "▼",
            translate("FindBar", "Next match"),
            translate("FindBar", "Next match (F3)"),
            "findNext",
        )
        self.close_button = self._button(
            "✕", translate("FindBar", "Close"), translate("FindBar", "Close (Esc)"), "findClose"
        )
        self.previous_button.clicked.connect(lambda: self.find_next(-1))
        self.next_button.clicked.connect(lambda: self.find_next(1))
        self.close_button.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(self.query, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.close_button)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search)
        self.query.textChanged.connect(lambda _text: self._search_timer.start())
        self.hide()

    def _button(self, text: str, accessible: str, tip: str, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(accessible)
        button.setObjectName(name)
        button.setAutoRaise(True)
        return button

    def open_bar(self) -> None:
        """Show the bar with the focus in it; a short selection becomes the query."""
        span = self._view.selection_span()
        if span is not None and span[1] - span[0] <= 80:
            selected = self._view.text_of(*span)
            if "\n" not in selected:
                self.query.setText(selected)
        self.show()
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()
        self.search()

    def close_bar(self) -> None:
        self._search_timer.stop()
        self.hide()
        self.matches, self.current = [], -1
        self._view.set_find_matches([])
        self._view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def search(self) -> None:
        """Find every match; the current one is the first at or after the caret."""
        self._search_timer.stop()
        self.matches = find_all(self._view.plain_text(), self.query.text())
        self._view.set_find_matches(self.matches)
        self.current = -1
        if self.matches:
            caret = self._view.caret_position()
            starts = [start for start, _end in self.matches]
            self._go(bisect_left(starts, caret) % len(self.matches))
        self._show_count()

    def find_next(self, step: int) -> None:
        """The next (1) or previous (-1) match, wrapping at the ends."""
        if self._search_timer.isActive() or not self.isVisible():
            if not self.isVisible():
                self.show()
            self.search()
            if step > 0:
                return  # the search already went to the first match after the caret
        if not self.matches:
            self._show_count()
            return
        if self.current < 0:
            caret = self._view.caret_position()
            starts = [start for start, _end in self.matches]
            index = bisect_right(starts, caret) if step > 0 else bisect_left(starts, caret) - 1
        else:
            index = self.current + step
        self._go(index % len(self.matches))
        self._show_count()

    def _go(self, index: int) -> None:
        self.current = index
        start, end = self.matches[index]
        self._view.select_span(start, end)
        self._view.scroll_to_span(start)

    def _show_count(self) -> None:
        if not self.query.text().strip():
            self.count.setText("")
            return
        if not self.matches:
            self.count.setText(translate("FindBar", "No matches"))
            return
        current = QLocale().toString(self.current + 1)
        self.count.setText(self._position(current, self._number(len(self.matches))))

    @staticmethod
    def _number(count: int) -> str:
        """The number of matches; at the limit, "10,000+" (there may be more)."""
        if count >= MAX_MATCHES:
            return translate("FindBar", "{count}+").format(count=QLocale().toString(count))
        return QLocale().toString(count)

    @staticmethod
    def _position(current: str, total: str) -> str:
        return translate("FindBar", "{current} of {total}").format(current=current, total=total)
