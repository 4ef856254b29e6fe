"""Column sizing for the annotation list: the text is what a reviewer reads."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView

MIN_TEXT_WIDTH = 220  # pixels: about 30 characters of the marked passage


class TextColumnFit(QObject):
    """Give one column whatever width the others leave, but at least ``minimum``.

    QHeaderView's Stretch mode squeezes the stretched column to almost nothing once
    more columns appear (the Anchor column after a revision) or the side is narrow;
    here the table scrolls sideways instead, and the text stays readable.
    """

    def __init__(self, table: QTableView, column: int, minimum: int = MIN_TEXT_WIDTH) -> None:
        super().__init__(table)
        self._table = table
        self._column = column
        self._minimum = minimum
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
        others = sum(
            header.sectionSize(column)
            for column in range(header.count())
            if column != self._column and not header.isSectionHidden(column)
        )
        width = max(self._minimum, self._table.viewport().width() - others)
        self._fitting = True
        try:
            header.resizeSection(self._column, width)
        finally:
            self._fitting = False
