"""The document library: every document with its counts; open, rename, delete."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from factcheck.domain import AnnotationKind
from factcheck.ui.controller import ReviewController
from factcheck.ui.i18n import translate
from factcheck.ui.labels import kind_count
from factcheck.ui.models import LibraryModel

REFRESH_DELAY_MS = 300


class LibraryPanel(QWidget):
    openRequested = Signal(int)

    def __init__(self, controller: ReviewController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPanel")
        self.setAccessibleName(translate("LibraryPanel", "Document library"))
        self.controller = controller
        self.model = LibraryModel(self)
        self.table = QTableView()
        self.table.setObjectName("libraryTable")
        self.table.setAccessibleName(translate("LibraryPanel", "Documents"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        # The dock is narrow: the outlet, quotes, approvals and people are in the
        # tooltip and the line under the list.
        for column in (1, 3, 5, 6):
            self.table.setColumnHidden(column, True)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(self._open_index)
        self.open_button = QPushButton(translate("LibraryPanel", "&Open"))
        self.open_button.setObjectName("libraryOpenButton")
        self.rename_button = QPushButton(translate("LibraryPanel", "&Rename…"))
        self.rename_button.setObjectName("libraryRenameButton")
        self.delete_button = QPushButton(translate("LibraryPanel", "&Delete…"))
        self.delete_button.setObjectName("libraryDeleteButton")
        self.open_button.clicked.connect(lambda: self._open_index(self.table.currentIndex()))
        self.rename_button.clicked.connect(self.rename_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.assign_button = QPushButton(translate("LibraryPanel", "Assi&gn…"))
        self.assign_button.setObjectName("libraryAssignButton")
        self.assign_button.setToolTip(translate("LibraryPanel", "Say who works on this document"))
        self.assign_button.clicked.connect(self.assign_selected)
        # Two by two, so that the dock can be narrow without clipping a button.
        buttons = QGridLayout()
        buttons.addWidget(self.open_button, 0, 0)
        buttons.addWidget(self.rename_button, 0, 1)
        buttons.addWidget(self.assign_button, 1, 0)
        buttons.addWidget(self.delete_button, 1, 1)
        # The dock is narrow: who works on the selected document, and how far the
        # checking has come, in words under the list.
        self.details = QLabel()
        self.details.setObjectName("libraryDetails")
        self.details.setWordWrap(True)
        self.details.setStyleSheet("color: palette(window-text); padding: 2px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())
        # Counts change with every mark; refresh once things are quiet, not on each one.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        controller.libraryChanged.connect(self._refresh_timer.start)
        self.refresh()

    def refresh(self, follow_open: bool = False) -> None:
        """Fresh counts. ``follow_open``: the selection moves to the document just
        opened or imported (otherwise it stays where the reviewer put it)."""
        selected = self.selected_id()
        self.model.set_documents(self.controller.library())
        current = self.controller.document.id if self.controller.document else None
        wanted = (current or selected) if follow_open else (selected or current)
        row = self.model.row_of(wanted or -1)
        if row is not None:
            self.table.selectRow(row)
        self._show_details()

    def _show_details(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.details.setText("")
            return
        doc = self.model.document_at(index.row())
        checkable = doc.claims + doc.quotes
        locale = QLocale()
        parts = [
            translate("LibraryPanel", "{rated} of {total} rated, {approved} approved").format(
                rated=locale.toString(checkable - doc.not_rated),
                total=locale.toString(checkable),
                approved=locale.toString(doc.approved),
            ),
            translate("LibraryPanel", "assigned to {name}").format(name=doc.assignee)
            if doc.assignee
            else translate("LibraryPanel", "not assigned"),
        ]
        if doc.people:
            parts.append(
                translate("LibraryPanel", "worked on by {names}").format(
                    names=", ".join(doc.people)
                )
            )
        self.details.setText(" · ".join(parts))

    def assign_selected(self) -> None:
        document_id = self.selected_id()
        if document_id is None:
            return
        summary = self.model.document_at(self.table.currentIndex().row())
        name, ok = QInputDialog.getText(
            self,
            translate("LibraryPanel", "Assign document"),
            translate("LibraryPanel", "Who works on “{title}”? (blank: nobody)").format(
                title=summary.title
            ),
            text=summary.assignee or self.controller.workspace.author,
        )
        if ok:
            self.controller.assign_document(document_id, name)

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.document_at(index.row()).id if index.isValid() else None

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit(self.model.document_at(index.row()).id)

    def rename_selected(self) -> None:
        document_id = self.selected_id()
        if document_id is None:
            return
        current = self.model.document_at(self.table.currentIndex().row()).title
        title, ok = QInputDialog.getText(
            self,
            translate("LibraryPanel", "Rename document"),
            translate("LibraryPanel", "Title:"),
            text=current,
        )
        if ok and title.strip() and title.strip() != current:
            self.controller.update_document(document_id, title=title.strip())

    def delete_selected(self) -> None:
        document_id = self.selected_id()
        if document_id is None:
            return
        summary = self.model.document_at(self.table.currentIndex().row())
        answer = QMessageBox.question(
            self,
            translate("LibraryPanel", "Delete document"),
            translate(
                "LibraryPanel",
                "Delete “{title}” with its {claims} and {quotes}? This cannot be undone.",
            ).format(
                title=summary.title,
                claims=kind_count(AnnotationKind.CLAIM, summary.claims),
                quotes=kind_count(AnnotationKind.QUOTE, summary.quotes),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.delete_document(document_id)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_index(self.table.currentIndex())
            return
        super().keyPressEvent(event)
