"""Qt item models over domain objects: the annotation list and the document library."""

from __future__ import annotations

from bisect import bisect_left
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from factcheck.domain import AnchorState, Annotation, AnnotationKind, ReviewStatus, VerdictScale
from factcheck.domain.library import DocumentSummary
from factcheck.domain.text import one_line

AnyIndex = QModelIndex | QPersistentModelIndex
ANNOTATION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
NOT_RATED_FILTER = "__not_rated__"


Row = TypeVar("Row", Annotation, DocumentSummary)


class RowsModel(QAbstractTableModel, Generic[Row]):
    """A flat table over a list of domain objects with an ``id`` and fixed columns."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def row_of(self, item_id: int) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.id == item_id), None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        return None


class AnnotationTableModel(RowsModel[Annotation]):
    COLUMNS = ("#", "Kind", "Text", "Verdict", "Status", "Speaker", "Anchor")
    NUMBER, KIND, TEXT, VERDICT, STATUS, SPEAKER, ANCHOR = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scale = VerdictScale(())
        self._by_id: dict[int, Annotation] = {}  # rows are in text order: found by bisection

    def set_annotations(self, annotations: list[Annotation], scale: VerdictScale) -> None:
        self.beginResetModel()
        self._rows = sorted(annotations, key=self._order)
        self._by_id = {a.id or 0: a for a in self._rows}
        self._scale = scale
        self.endResetModel()

    def row_of(self, item_id: int) -> int | None:
        current = self._by_id.get(item_id)
        if current is None:
            return None
        return bisect_left(self._rows, self._order(current), key=self._order)

    def update_annotation(self, annotation: Annotation) -> None:
        row = self.row_of(annotation.id or 0)
        if row is None:
            return
        if self._order(annotation) == self._order(self._rows[row]):
            self._rows[row] = annotation
            self._by_id[annotation.id or 0] = annotation
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
            return
        # It moved in the text (re-targeted): take it out and put it where it now goes.
        self.remove_annotation(annotation.id or 0)
        self.add_annotation(annotation)

    @staticmethod
    def _order(annotation: Annotation) -> tuple[int, int, int, int]:
        return annotation.reading_order

    def add_annotation(self, annotation: Annotation) -> None:
        row = bisect_left(self._rows, self._order(annotation), key=self._order)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, annotation)
        self._by_id[annotation.id or 0] = annotation
        # The numbers after it are one more now: they are positions, read when painted,
        # and the view repaints what follows an inserted row (no dataChanged for 2,000
        # rows, which the filter proxy would test one by one).
        self.endInsertRows()

    def remove_annotation(self, annotation_id: int) -> None:
        row = self.row_of(annotation_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._by_id.pop(annotation_id, None)
        self.endRemoveRows()

    def annotation_at(self, row: int) -> Annotation:
        return self._rows[row]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        annotation = self._rows[index.row()]
        column = index.column()
        if role == ANNOTATION_ID_ROLE:
            return annotation.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(annotation, index.row(), column)
        if role == SORT_ROLE:
            if column == self.NUMBER:
                return index.row()
            if column == self.VERDICT:
                verdict = self._scale.get(annotation.verdict)
                return verdict.position if verdict else 1_000
            return self._display(annotation, index.row(), column).lower()
        if role == Qt.ItemDataRole.DecorationRole and column == self.VERDICT:
            return QColor(self._scale.colour_of(annotation.verdict))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.NUMBER:
                return f"[{index.row() + 1}] in reports; id {annotation.id} on the command line"
            return annotation.exact if column == self.TEXT else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(annotation, index.row(), column)
        return None

    def _display(self, annotation: Annotation, row: int, column: int) -> str:
        if column == self.NUMBER:
            # The number the reports give it ([1]..[n] in reading order).
            return str(row + 1)
        if column == self.KIND:
            return annotation.kind.value.capitalize()
        if column == self.TEXT:
            return one_line(annotation.exact, 90)
        if column == self.VERDICT:
            return (
                ""
                if annotation.kind is AnnotationKind.NOTE and not annotation.verdict
                else (self._scale.label_of(annotation.verdict))
            )
        if column == self.STATUS:
            return annotation.status.label
        if column == self.ANCHOR:
            # Only what needs the reviewer: a changed wording or a lost anchor.
            # Only what needs the reviewer (or was set aside): changed or lost words.
            shown = annotation.state is AnchorState.CHANGED or annotation.state.lost
            return annotation.state.value if shown else ""
        return annotation.speaker


class AnnotationFilterProxy(QSortFilterProxyModel):
    """Filters by kind, verdict (or "not rated"), review status and free text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind: AnnotationKind | None = None
        self.verdict: str | None = None
        self.status: ReviewStatus | None = None
        self.text = ""
        self.assignee: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_filters(
        self,
        kind: AnnotationKind | None = None,
        verdict: str | None = None,
        status: ReviewStatus | None = None,
        text: str = "",
        assignee: str | None = None,
    ) -> None:
        self.beginFilterChange()
        self.assignee = assignee
        # Combo boxes hand enum members back as plain strings.
        self.kind = AnnotationKind(kind) if kind else None
        self.status = ReviewStatus(status) if status else None
        self.verdict = verdict
        self.text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)  # Qt >= 6.10

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, AnnotationTableModel)
        a = model.annotation_at(source_row)
        if self.kind is not None and a.kind is not self.kind:
            return False
        if self.verdict == NOT_RATED_FILTER:
            if a.verdict is not None:
                return False
        elif self.verdict is not None and a.verdict != self.verdict:
            return False
        if self.status is not None and a.status is not self.status:
            return False
        if self.assignee is not None and a.assignee.casefold() != self.assignee.casefold():
            return False
        if self.text:
            haystack = " ".join((a.exact, a.speaker, a.note)).casefold()
            return self.text in haystack
        return True


class LibraryModel(RowsModel[DocumentSummary]):
    COLUMNS = ("Title", "Outlet", "Claims", "Quotes", "Not rated", "Approved", "Who")

    def set_documents(self, documents: list[DocumentSummary]) -> None:
        self.beginResetModel()
        self._rows = list(documents)
        self.endResetModel()

    def document_at(self, row: int) -> DocumentSummary:
        return self._rows[row]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        doc = self._rows[index.row()]
        if role == ANNOTATION_ID_ROLE:
            return doc.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            values = (
                doc.title,
                doc.outlet,
                doc.claims,
                doc.quotes,
                doc.not_rated,
                doc.approved,
                doc.assignee or ", ".join(doc.people),
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (0, 6):
            lines = [doc.title, doc.outlet]
            rated = doc.claims + doc.quotes - doc.not_rated
            lines.append(f"{rated} of {doc.claims + doc.quotes} rated, {doc.approved} approved")
            if doc.assignee:
                lines.append(f"Assigned to {doc.assignee}")
            if doc.people:
                lines.append(f"Worked on by {', '.join(doc.people)}")
            return "\n".join(line for line in lines if line)
        return None
