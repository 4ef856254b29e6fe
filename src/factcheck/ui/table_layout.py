"""Column sizing for the annotation list: the text is what a reviewer reads."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView

MIN_TEXT_WIDTH = 150  # pixels: about 20 characters of the marked passage


class TextColumnFit(QObject):
    """Give one column whatever width the others leave, but at least ``minimum``.

    QHeaderView's Stretch mode squeezes the stretched column to almost nothing once
    more columns appear (the Anchor column after a revision) or the side is narrow;
    here the table scrolls sideways instead, and the text stays readable.
    """

    def __init__(
        self,
        table: QTableView,
        column: int,
        minimum: int = MIN_TEXT_WIDTH,
        optional: tuple[int, ...] = (),
    ) -> None:
        super().__init__(table)
        self._table = table
        self._column = column
        self._minimum = minimum
        # Columns that step aside (last first) when the table is too narrow for them
        # and a readable text; what they show is in the panel too.
        self._optional = optional
        self._set_aside: set[int] = set()
        self._fitting = False
        header = table.horizontalHeader()
        header.sectionResized.connect(self._on_section_resized)
        header.sectionCountChanged.connect(lambda *_: self.fit())
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _on_section_resized(self, section: int, _old: int, _new: int) -> None:
        if section != self._column:
            self.fit()

    def fit(self) -> None:
        if self._fitting:
            return
        header = self._table.horizontalHeader()
        self._fitting = True
        try:
            for column in self._set_aside:
                header.setSectionHidden(column, False)
            self._set_aside.clear()
            room = self._table.viewport().width()
            for column in reversed(self._optional):
                if room - self._others_width() >= self._minimum:
                    break
                if not header.isSectionHidden(column):
                    header.setSectionHidden(column, True)
                    self._set_aside.add(column)
            width = max(self._minimum, room - self._others_width())
            header.resizeSection(self._column, width)
        finally:
            self._fitting = False

    def _others_width(self) -> int:
        header = self._table.horizontalHeader()
        return sum(
            header.sectionSize(column)
            for column in range(header.count())
            if column != self._column and not header.isSectionHidden(column)
        )

    def is_set_aside(self, column: int) -> bool:
        return column in self._set_aside
