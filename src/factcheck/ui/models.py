"""Qt item models over domain objects: the annotation list and the document library."""

from __future__ import annotations

from bisect import bisect_left
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
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
from factcheck.ui.i18n import translate
from factcheck.ui.labels import kind_label, state_label, status_label

AnyIndex = QModelIndex | QPersistentModelIndex
ANNOTATION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
NOT_RATED_FILTER = "__not_rated__"


Row = TypeVar("Row", Annotation, DocumentSummary)


def not_rated_label() -> str:
    """The core's "Not rated yet" (VerdictScale.label_of of no verdict) in the window."""
    return translate("Models", "Not rated yet")


def verdict_label(scale: VerdictScale, key: str | None) -> str:
    """A verdict's label on the scale (the desk's own words, not translated), or
    "Not rated yet" in the interface language."""
    found = scale.get(key)
    return found.label if found is not None else not_rated_label()


class RowsModel(QAbstractTableModel, Generic[Row]):
    """A flat table over a list of domain objects with an ``id`` and fixed columns
    (``headers()``: their titles, translated when shown)."""

    COLUMN_COUNT = 0

    def headers(self) -> tuple[str, ...]:
        return ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def row_of(self, item_id: int) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.id == item_id), None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None


class AnnotationTableModel(RowsModel[Annotation]):
    COLUMN_COUNT = 7
    NUMBER, KIND, TEXT, VERDICT, STATUS, SPEAKER, ANCHOR = range(7)

    def headers(self) -> tuple[str, ...]:
        return (
            translate("AnnotationTableModel", "#"),
            translate("AnnotationTableModel", "Kind"),
            translate("AnnotationTableModel", "Text"),
            translate("AnnotationTableModel", "Verdict"),
            translate("AnnotationTableModel", "Status"),
            translate("AnnotationTableModel", "Speaker"),
            translate("AnnotationTableModel", "Anchor"),
        )

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
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMN_COUNT - 1))
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
                return translate(
                    "AnnotationTableModel", "[{number}] in reports; id {id} on the command line"
                ).format(number=index.row() + 1, id=annotation.id)
            return annotation.exact if column == self.TEXT else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(annotation, index.row(), column)
        return None

    def _display(self, annotation: Annotation, row: int, column: int) -> str:
        if column == self.NUMBER:
            # The number the reports give it ([1]..[n] in reading order).
            return str(row + 1)
        if column == self.KIND:
            return kind_label(annotation.kind)
        if column == self.TEXT:
            return one_line(annotation.exact, 90)
        if column == self.VERDICT:
            return (
                ""
                if annotation.kind is AnnotationKind.NOTE and not annotation.verdict
                else verdict_label(self._scale, annotation.verdict)
            )
        if column == self.STATUS:
            return status_label(annotation.status)
        if column == self.ANCHOR:
            # Only what needs the reviewer (or was set aside): changed or lost words.
            shown = annotation.state is AnchorState.CHANGED or annotation.state.lost
            return state_label(annotation.state) if shown else ""
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
    COLUMN_COUNT = 7

    def headers(self) -> tuple[str, ...]:
        return (
            translate("LibraryModel", "Title"),
            translate("LibraryModel", "Outlet"),
            translate("LibraryModel", "Claims"),
            translate("LibraryModel", "Quotes"),
            translate("LibraryModel", "Not rated"),
            translate("LibraryModel", "Approved"),
            translate("LibraryModel", "Who"),
        )

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
            locale = QLocale()
            lines.append(
                translate("LibraryModel", "{rated} of {total} rated, {approved} approved").format(
                    rated=locale.toString(rated),
                    total=locale.toString(doc.claims + doc.quotes),
                    approved=locale.toString(doc.approved),
                )
            )
            if doc.assignee:
                lines.append(
                    translate("LibraryModel", "Assigned to {name}").format(name=doc.assignee)
                )
            if doc.people:
                lines.append(
                    translate("LibraryModel", "Worked on by {names}").format(
                        names=", ".join(doc.people)
                    )
                )
            return "\n".join(line for line in lines if line)
        return None
