"""The reviewer's window: library, article, annotation list and panel, menus, undo."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QUndoGroup,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from factcheck import APP_NAME, __version__
from factcheck.config import Preferences, save_preferences
from factcheck.domain import (
    Annotation,
    AnnotationKind,
    Document,
    HistoryEntry,
    ReviewStatus,
    VerdictScale,
    Version,
)
from factcheck.domain.verdicts import NOT_RATED_COLOUR
from factcheck.errors import Cancelled, FactcheckError
from factcheck.services.records import AnnotationDraft, Revision
from factcheck.ui import window_actions
from factcheck.ui.article_view import ArticleView
from factcheck.ui.checked_before import CheckedBefore
from factcheck.ui.controller import ReviewController
from factcheck.ui.desk import TeamDesk
from factcheck.ui.find_bar import FindBar
from factcheck.ui.fonts import apply_interface_font
from factcheck.ui.i18n import translate
from factcheck.ui.labels import kind_count, kind_label, kinds_label, status_label
from factcheck.ui.suggestions import Suggestions
from factcheck.ui.window_anchoring import WindowAnchoring
from factcheck.ui.window_export import WindowExports
from factcheck.ui.window_settings import import_filter, window_settings

if TYPE_CHECKING:  # the rest loads after the first paint (see _build_work_area)
    from factcheck.importers.base import ImportedDocument
    from factcheck.services.workspace import Workspace
    from factcheck.ui.export_jobs import ExportJob


def _frame_focus(place: QWidget) -> None:
    """Where the keys go is visible: the article, the list and the Library wear a
    coloured frame while they have the focus (transparent otherwise: no jump)."""
    name = place.objectName()
    place.setStyleSheet(
        f"#{name} {{ border: 2px solid transparent; }}"
        f" #{name}:focus {{ border: 2px solid palette(highlight); }}"
    )


class MainWindow(QMainWindow):
    work_area_built = False  # (a class default: Qt sends events during construction)
    # Made by window_actions.install_actions:
    about_action: QAction
    claim_action: QAction
    compare_action: QAction
    delete_action: QAction
    export_action: QAction
    filter_action: QAction
    find_action: QAction
    focus_article_action: QAction
    focus_library_action: QAction
    focus_list_action: QAction
    focus_panel_action: QAction
    getting_started_action: QAction
    shortcuts_action: QAction
    find_next_action: QAction
    find_previous_action: QAction
    import_action: QAction
    import_annotations_action: QAction
    next_action: QAction
    note_action: QAction
    paste_action: QAction
    preferences_action: QAction
    previous_action: QAction
    properties_action: QAction
    quit_action: QAction
    quote_action: QAction
    retarget_action: QAction
    redo_action: QAction
    revise_action: QAction
    undo_action: QAction
    zoom_in_action: QAction
    zoom_out_action: QAction

    def __init__(self, controller: ReviewController, prefs: Preferences) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setAccessibleName(APP_NAME)
        self.controller = controller
        self.prefs = prefs
        # One undo history per document: Ctrl+Z never reaches into a document not shown,
        # and the Undo label never names an action the reviewer cannot see.
        self.undo_group = QUndoGroup(self)
        self._undo_stacks: dict[int, QUndoStack] = {}
        self._no_document = QUndoStack(self.undo_group)
        self.undo_group.setActiveStack(self._no_document)
        self.selected_id: int | None = None
        self.last_error = ""
        self.last_export: Path | None = None
        self._jobs: list[ExportJob] = []
        self.setAcceptDrops(True)

        self.view = ArticleView()
        self.view.setAcceptDrops(False)  # drops go to the window: they import files
        self.view.set_point_size(prefs.font_point_size)
        self.find_bar = FindBar(self.view)
        apply_interface_font(prefs.font_point_size)
        self.shown_version: Version | None = None
        self.version_combo = QComboBox()
        self.version_combo.setObjectName("versionCombo")
        self.version_combo.setAccessibleName(translate("MainWindow", "Version shown"))
        self.version_combo.setToolTip(translate("MainWindow", "Read an older version of the draft"))
        self.version_combo.setEnabled(False)

        self.desk = TeamDesk(self)
        self.exports = WindowExports(self)
        self.anchoring = WindowAnchoring(self)
        self.checked_before = CheckedBefore(self)
        self.suggestions = Suggestions(self)
        window_actions.install_actions(self)
        self._build_frame()
        self._restore_window_state()
        self._update_title(None)
        # Without a database yet (start-up), the frame is painted first and the list,
        # the panel and the Library are built when it is open: see ui/app.py.
        if controller.has_workspace:
            self._build_work_area()
            self.desk.start()
        # The keys go to the article at first (digits rate, Ctrl+1 marks), not to the
        # first text box Qt would pick.
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- construction ---------------------------------------------------------------------
    def _build_list(self) -> None:
        from factcheck.ui.models import AnnotationTableModel
        from factcheck.ui.table_layout import TextColumnFit

        self.search = QLineEdit()
        self.search.setObjectName("filterText")
        self.search.setAccessibleName(translate("MainWindow", "Filter by text"))
        self.search.setPlaceholderText(translate("MainWindow", "Filter: text, speaker, notes"))
        self.search.setClearButtonEnabled(True)
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("filterKind")
        self.kind_filter.setAccessibleName(translate("MainWindow", "Filter by kind"))
        self.kind_filter.addItem(translate("MainWindow", "All kinds"), None)
        for kind in AnnotationKind:
            self.kind_filter.addItem(kinds_label(kind), kind)
        self.verdict_filter = QComboBox()
        self.verdict_filter.setObjectName("filterVerdict")
        self.verdict_filter.setAccessibleName(translate("MainWindow", "Filter by verdict"))
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("filterStatus")
        self.status_filter.setAccessibleName(translate("MainWindow", "Filter by review status"))
        self.status_filter.addItem(translate("MainWindow", "Any status"), None)
        for status in ReviewStatus:
            self.status_filter.addItem(status_label(status), status)
        self.mine_filter = QCheckBox(translate("MainWindow", "&Mine"))
        self.mine_filter.setObjectName("filterAssignedToMe")
        self.mine_filter.setAccessibleName(translate("MainWindow", "Assigned to me"))
        self.mine_filter.setToolTip(translate("MainWindow", "Only what is assigned to me"))
        self.table = QTableView()
        self.table.setObjectName("annotationList")
        self.table.setAccessibleName(translate("MainWindow", "Annotations"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        # Unsorted means text order (the model's own): no sorting cost on open.
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((0, 30), (1, 50), (3, 104), (4, 84), (5, 90), (6, 66)):
            header.resizeSection(column, width)
        # The kinds' names in the interface's language ("Behauptung" is longer than
        # "Claim"): the Kind column is as wide as the widest, plus its margins.
        widest = max(
            self.table.fontMetrics().horizontalAdvance(kind_label(k)) for k in AnnotationKind
        )
        header.resizeSection(1, max(50, widest + 16))
        # The Text column takes the room left, but never less than a readable width.
        self.text_column_fit = TextColumnFit(
            self.table,
            AnnotationTableModel.TEXT,
            optional=(AnnotationTableModel.STATUS, AnnotationTableModel.SPEAKER),
        )

    def _build_frame(self) -> None:
        """Everything around the article, with empty places where the list, the panel
        and the Library go: the text sits where it will stay while those are built."""
        _frame_focus(self.view)
        self.side_splitter = QSplitter(Qt.Orientation.Vertical)
        self.side_splitter.setObjectName("sideSplitter")
        self.side_splitter.addWidget(QWidget())
        self.side_splitter.addWidget(QWidget())
        self.side_splitter.setSizes([300, 500])
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        article_box = QWidget()
        article_box.setObjectName("articleBox")
        article_layout = QVBoxLayout(article_box)
        article_layout.setContentsMargins(0, 0, 0, 0)
        article_layout.setSpacing(0)
        article_layout.addWidget(self.view, 1)
        article_layout.addWidget(self.find_bar)
        self.main_splitter.addWidget(article_box)
        self.main_splitter.addWidget(self.side_splitter)
        self.main_splitter.setStretchFactor(0, 3)
        self.main_splitter.setStretchFactor(1, 2)
        self.main_splitter.setSizes([700, 560])
        # Neither the article nor the side can be dragged out of sight by accident.
        self.main_splitter.setChildrenCollapsible(False)
        self.side_splitter.setChildrenCollapsible(False)
        central = QWidget()
        central.setObjectName("centralArea")
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.desk.banner)
        central_layout.addWidget(self.main_splitter, 1)
        self.setCentralWidget(central)

        self.library_dock = QDockWidget(translate("MainWindow", "Library"), self)
        self.library_dock.setObjectName("libraryDock")
        self.addDockWidget(self._leading_area(), self.library_dock)
        self.resizeDocks([self.library_dock], [210], Qt.Orientation.Horizontal)
        self.library_action = self.library_dock.toggleViewAction()  # Ctrl+L focuses it
        self.library_action.setText(translate("MainWindow", "&Library"))  # Alt, F, L
        self.review_dock = QDockWidget(translate("MainWindow", "Review queue"), self)
        self.review_dock.setObjectName("reviewDock")
        self.addDockWidget(self._leading_area(), self.review_dock)
        self.review_dock.hide()
        # Earlier checks of the selected claim: under the article and the panel, where a
        # wide table reads well.
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.checked_before.dock)
        self.resizeDocks([self.checked_before.dock], [140], Qt.Orientation.Vertical)
        view_menu_review = self.review_dock.toggleViewAction()
        view_menu_review.setShortcut(QKeySequence("Ctrl+R"))
        self.review_action = view_menu_review
        window_actions.install_menus(self)

        self.counts_label = QLabel()
        self.counts_label.setObjectName("verdictCounts")
        self.counts_label.setAccessibleName(translate("MainWindow", "Counts by verdict"))
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.desk.identity)

    def _right_to_left(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _leading_area(self) -> Qt.DockWidgetArea:
        """Where reading starts: the Library sits there (Qt mirrors the splitters, not
        the dock areas)."""
        if self._right_to_left():
            return Qt.DockWidgetArea.RightDockWidgetArea
        return Qt.DockWidgetArea.LeftDockWidgetArea

    def _state_key(self) -> str:
        """The docks' places, kept apart for a right-to-left interface (a layout saved
        left to right would put the Library back on the trailing side)."""
        return "state-rtl" if self._right_to_left() else "state"

    def _build_work_area(self) -> None:
        """The list, the panel, the Library and the review queue, in their places."""
        from factcheck.ui.library import LibraryPanel
        from factcheck.ui.models import AnnotationFilterProxy, AnnotationTableModel
        from factcheck.ui.panel import AnnotationPanel
        from factcheck.ui.review_queue import ReviewQueuePanel
        from factcheck.ui.tallies import Tallies

        self.model = AnnotationTableModel(self)
        self.proxy = AnnotationFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.panel = AnnotationPanel()
        self.library = LibraryPanel(self.controller)
        self.review_queue = ReviewQueuePanel()
        self.tallies = Tallies()
        self._build_list()
        self.table.addAction(self.delete_action)
        # The text filter on its own line, the choices under it: both stay readable
        # when the side of the window is narrow.
        filters = QHBoxLayout()
        for combo in (self.kind_filter, self.verdict_filter, self.status_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(5)
            filters.addWidget(combo, 1)
        search_line = QHBoxLayout()
        search_line.addWidget(self.search, 1)
        search_line.addWidget(self.mine_filter)
        list_box = QWidget()
        list_box.setObjectName("annotationListBox")
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(4)
        list_layout.addLayout(search_line)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.table)
        # In place of the empty frame's two: insertWidget, as the splitter must own them
        # (PySide's replaceWidget leaves them to Python, which deletes them).
        sizes = self.side_splitter.sizes()
        empty = [self.side_splitter.widget(i) for i in range(self.side_splitter.count())]
        self.side_splitter.insertWidget(0, list_box)
        self.side_splitter.insertWidget(1, self.panel)
        for widget in empty:
            if widget is not None:
                widget.setParent(None)  # Python's now: gone with the list
        self.side_splitter.setSizes(sizes)
        self.library_dock.setWidget(self.library)
        self.review_dock.setWidget(self.review_queue)
        for place in (self.table, self.library.table):
            _frame_focus(place)
        self._connect()
        self.panel.set_scale(self.controller.scale)
        self._apply_role()
        self._fill_verdict_filter(self.controller.scale)
        self._restore_splitters()  # again: the list and the panel have their sizes now
        self.work_area_built = True

    def _connect(self) -> None:
        from factcheck.ui.review_queue import previous_wording

        c = self.controller
        c.documentChanged.connect(self._on_document_changed)
        c.annotationsChanged.connect(self._on_annotations_changed)
        c.annotationChanged.connect(self._on_annotation_changed)
        c.annotationAdded.connect(self._on_annotation_added)
        c.annotationRemoved.connect(self._on_annotation_removed)
        c.scaleChanged.connect(self._on_scale_changed)
        c.errorOccurred.connect(self.show_error)
        # Undo steps may name the deleted document's annotations: they cannot be undone now.
        c.documentDeleted.connect(self._forget_undo)
        c.undoTouched.connect(self._select_touched)
        self.library.openRequested.connect(self.open_document)
        self.view.annotationClicked.connect(lambda i: self.select_annotation(i, scroll=False))
        # Clicking plain words lets go of the selected mark: the next digit then rates
        # nothing rather than a mark the reviewer no longer sees.
        self.view.plainTextClicked.connect(lambda: self.select_annotation(None))
        self.view.verdictKeyPressed.connect(self._verdict_key)
        self.view.edgeMoveRequested.connect(self.anchoring.move_edge)
        self.view.edgeDragged.connect(self.anchoring.drag_edge)
        self.panel.fieldEdited.connect(self.edit_field)
        self.version_combo.activated.connect(
            lambda index: self.show_version(self.version_combo.itemData(index))
        )
        self.review_queue.previous_of = lambda i: previous_wording(self._history_of(i))
        self.review_queue.annotationActivated.connect(self.anchoring.review_activated)
        self.review_queue.acceptRequested.connect(self.anchoring.review_accept)
        self.review_queue.retargetRequested.connect(self.anchoring.review_retarget)
        self.review_queue.deleteRequested.connect(self.anchoring.review_delete)
        self.review_queue.dismissRequested.connect(self.anchoring.review_dismiss)
        self.table.selectionModel().currentRowChanged.connect(self._on_list_current_changed)
        self.search.textChanged.connect(self._apply_filters)
        for combo in (self.kind_filter, self.verdict_filter, self.status_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.mine_filter.toggled.connect(self._apply_filters)

    # --- documents ------------------------------------------------------------------------
    def open_document(self, document_id: int) -> bool:
        if self.controller.document and self.controller.document.id == document_id:
            return True
        if not self.controller.open_document(document_id):
            return False
        self.prefs.last_document_id = document_id
        save_preferences(self.prefs)
        return True

    def import_path(self, path: Path) -> int | None:
        """Import a draft, or open it when the library already has this exact text."""
        from factcheck.importers.base import content_hash
        from factcheck.ui.import_progress import tell_import_notes

        imported = self._read_draft(path)
        if imported is None:
            return None
        existing = self.controller.attempt(
            lambda: self.controller.workspace.find_document_with_text(content_hash(imported.text))
        )
        if existing is not None:
            self.statusBar().showMessage(
                translate("MainWindow", "{name} is already in the library; opened it").format(
                    name=path.name
                ),
                5000,
            )
            self.open_document(existing)
            return existing
        document = self.controller.attempt(lambda: self.controller.workspace.add_imported(imported))
        if document is None or document.id is None:
            return None
        self.controller.libraryChanged.emit()
        self.open_document(document.id)
        self.statusBar().showMessage(
            translate("MainWindow", "Imported {name}").format(name=path.name), 5000
        )
        tell_import_notes(self, path.name, imported.notes)
        return document.id

    def _read_draft(self, path: Path) -> ImportedDocument | None:
        """The draft read with a progress bar (and Cancel) when slow; None when it
        cannot be read (the reason is shown) or the reviewer cancelled."""
        from factcheck.ui.import_progress import read_with_progress

        try:
            return read_with_progress(self, path)
        except Cancelled:
            self.statusBar().showMessage(
                translate("MainWindow", "Import of {name} cancelled").format(name=path.name), 5000
            )
        except FactcheckError as exc:
            self.show_error(exc.message)
        return None

    def choose_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, translate("MainWindow", "Import a draft"), str(Path.home()), import_filter()
        )
        if name:
            self.import_path(Path(name))

    def paste_as_document(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.show_error(translate("MainWindow", "the clipboard holds no text to import"))
            return
        document = self.controller.attempt(
            lambda: self.controller.workspace.import_text(text, source_name="pasted text")
        )
        if document is not None and document.id is not None:
            self.controller.libraryChanged.emit()
            self.open_document(document.id)

    # --- exports, versions, the review queue: in window_export / window_anchoring --------
    def export_document(
        self, fmt: str | None = None, target: Path | None = None, page_size: str = "a4"
    ) -> ExportJob | None:
        return self.exports.export_document(fmt, target, page_size)

    def choose_annotations_file(self) -> None:
        self.exports.choose_annotations_file()

    def import_annotations(self, path: Path) -> int:
        return self.exports.import_annotations(path)

    @property
    def viewing_newest(self) -> bool:
        return self.anchoring.viewing_newest

    def show_version(self, version_id: int) -> None:
        self.anchoring.show_version(version_id)

    def choose_revision(self) -> None:
        self.anchoring.choose_revision()

    def revise_from(self, path: Path) -> Revision | None:
        return self.anchoring.revise_from(path)

    def compare_versions(self) -> None:
        self.anchoring.compare_versions()

    def retarget_selected(self) -> None:
        self.anchoring.retarget_selected()

    def _refresh_review_queue(self) -> None:
        self.anchoring.refresh_review_queue()

    def edit_document(self) -> None:
        from factcheck.ui.document_dialog import DocumentDialog

        document = self.controller.document
        if document is None or document.id is None:
            return
        dialog = DocumentDialog(self, document)
        if dialog.exec() and dialog.changes is not None:
            self.controller.update_document(document.id, **dialog.changes)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        event.acceptProposedAction()
        if len(files) == 1 and self.controller.document is not None:
            choice = self.ask_drop_target(files[0])
            if choice == "version":
                self.revise_from(files[0])
                return
            if choice is None:
                return
        for path in files:
            self.import_path(path)

    def ask_drop_target(self, path: Path) -> str | None:
        """A file dropped on an open document: its new version, or a document of its own?"""
        document = self.controller.document
        assert document is not None
        box = QMessageBox(self)
        box.setObjectName("dropQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("MainWindow", "Import dropped file"))
        box.setText(
            translate("MainWindow", "Is {name} a new version of “{title}”?").format(
                name=path.name, title=document.title
            )
        )
        version = box.addButton(
            translate("MainWindow", "New version"), QMessageBox.ButtonRole.YesRole
        )
        separate = box.addButton(
            translate("MainWindow", "New document"), QMessageBox.ButtonRole.NoRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is version:
            return "version"
        if clicked is separate:
            return "document"
        return None

    # --- annotations ----------------------------------------------------------------------
    def mark(self, kind: AnnotationKind) -> Annotation | None:
        from factcheck.ui import commands

        if not self.viewing_newest:
            self.statusBar().showMessage(
                translate("MainWindow", "Switch to the newest version to mark text"), 4000
            )
            return None
        span = self.view.selection_span() or self.suggestions.at_caret()
        if span is None:
            self.statusBar().showMessage(
                translate("MainWindow", "Select some text in the article first"), 4000
            )
            return None
        twin = self._same_mark(kind, *span)
        if twin is not None and twin.id is not None and not self._mark_again(twin):
            self.select_annotation(twin.id)  # the one that is there already
            return None
        made = commands.push_create(
            self.undo_stack, self.controller, *span, AnnotationDraft(kind=kind)
        )
        if made is not None and made.id is not None:
            self.select_annotation(made.id, scroll=False, flash=False)
            self._saved()
        return made

    def _same_mark(self, kind: AnnotationKind, start: int, end: int) -> Annotation | None:
        """An annotation of this kind on exactly these words of the newest version."""
        # The view holds what sits on the version shown, indexed by where it starts.
        newest = self.shown_version.id if self.shown_version else None
        return next(
            (
                a
                for a in self.view.annotations_on(start, end)
                if (a.kind, a.version_id) == (kind, newest)
            ),
            None,
        )

    def _mark_again(self, twin: Annotation) -> bool:
        """Marking the same words twice is most often a slip: ask (default: don't)."""
        row = self.model.row_of(twin.id or -1)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            APP_NAME,
            self._already_marked(twin.kind, row),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("duplicateMark")
        box.setInformativeText(
            translate("MainWindow", "Mark them again as a second, separate annotation?")
        )
        again = box.addButton(
            translate("MainWindow", "Mark &again"), QMessageBox.ButtonRole.AcceptRole
        )
        show = box.addButton(
            translate("MainWindow", "&Show the existing one"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(show)
        box.setEscapeButton(show)
        box.exec()
        return box.clickedButton() is again

    @staticmethod
    def _already_marked(kind: AnnotationKind, row: int | None) -> str:
        """ "These words are already marked as a claim [3]." (the row's number when the
        list has it): one whole sentence per kind, as the article differs by language."""
        if row is None:
            return {
                AnnotationKind.CLAIM: translate(
                    "MainWindow", "These words are already marked as a claim."
                ),
                AnnotationKind.QUOTE: translate(
                    "MainWindow", "These words are already marked as a quote."
                ),
                AnnotationKind.NOTE: translate(
                    "MainWindow", "These words are already marked as a note."
                ),
            }[kind]
        sentence = {
            AnnotationKind.CLAIM: translate(
                "MainWindow", "These words are already marked as a claim [{number}]."
            ),
            AnnotationKind.QUOTE: translate(
                "MainWindow", "These words are already marked as a quote [{number}]."
            ),
            AnnotationKind.NOTE: translate(
                "MainWindow", "These words are already marked as a note [{number}]."
            ),
        }[kind]
        return sentence.format(number=QLocale().toString(row + 1))

    @staticmethod
    def _verdict_cleared(kind: AnnotationKind, verdict: str) -> str:
        """The verdict of the kind before does not exist for the new kind."""
        sentence = {
            AnnotationKind.CLAIM: translate(
                "MainWindow",
                "“{verdict}” is not a verdict for a claim: it was cleared (Ctrl+Z brings it back)",
            ),
            AnnotationKind.QUOTE: translate(
                "MainWindow",
                "“{verdict}” is not a verdict for a quote: it was cleared (Ctrl+Z brings it back)",
            ),
            AnnotationKind.NOTE: translate(
                "MainWindow",
                "“{verdict}” is not a verdict for a note: it was cleared (Ctrl+Z brings it back)",
            ),
        }[kind]
        return sentence.format(verdict=verdict)

    def delete_selected(self) -> None:
        from factcheck.ui import commands

        if self.selected_id is not None:
            doomed = self.selected_id
            self.select_annotation(None)
            if commands.push_delete(self.undo_stack, self.controller, doomed):
                self._saved()

    def edit_field(self, annotation_id: int, field: str, value: Any) -> None:
        from factcheck.ui import commands

        seen = self.panel.edit_base
        before = self.controller.annotation(annotation_id)
        updated = commands.push_edit(
            self.undo_stack, self.controller, annotation_id, field, value, seen=seen
        )
        if updated:
            self._saved()
            if field == "kind" and before is not None and before.verdict != updated.verdict:
                label = self.controller.scale.label_of(before.verdict)
                self.statusBar().showMessage(self._verdict_cleared(updated.kind, label), 8000)
        elif self.controller.offline:
            self.statusBar().showMessage(
                translate("MainWindow", "Kept: it is saved when the connection is back"), 6000
            )

    def _verdict_key(self, number: int) -> None:
        selected = self.controller.annotation(self.selected_id or -1)
        if selected is None or selected.id is None:
            return
        if self.view.hasFocus() and not self.view.caret_on_selected():
            # The caret is elsewhere (other words selected, a match of Find): a digit
            # must not rate a mark the reviewer is not looking at.
            self.statusBar().showMessage(
                translate(
                    "MainWindow", "Put the caret on a mark (or pick it in the list) to rate it"
                ),
                5000,
            )
            return
        ordered = self.controller.scale.ordered(selected.kind.value)  # a quote's own scale
        if number == 0:
            self.edit_field(selected.id, "verdict", None)
        elif number <= len(ordered):
            self.edit_field(selected.id, "verdict", ordered[number - 1].key)

    def select_annotation(
        self, annotation_id: int | None, scroll: bool = True, flash: bool = True
    ) -> None:
        annotation = (
            self.controller.annotation(annotation_id) if annotation_id is not None else None
        )
        self.selected_id = annotation.id if annotation else None
        self.view.set_selected(self.selected_id)
        self.panel.show_annotation(annotation, self._history_of(self.selected_id))
        self._select_row(self.selected_id)
        self.checked_before.show_for(annotation)
        shown = self.shown_version.id if self.shown_version else None
        if annotation is None or annotation.version_id != shown:
            if annotation is not None and annotation.state.lost:
                self.statusBar().showMessage(
                    translate(
                        "MainWindow",
                        "This annotation lost its text in the new version: see the review queue",
                    ),
                    6000,
                )
            return
        if scroll:
            self.view.scroll_to(annotation)
        if flash and annotation.id is not None:
            self.view.flash(annotation.id)

    def _history_of(self, annotation_id: int | None) -> list[HistoryEntry]:
        if annotation_id is None:
            return []
        return (
            self.controller.attempt(lambda: self.controller.workspace.history(annotation_id)) or []
        )

    def _select_row(self, annotation_id: int | None) -> None:
        selection = self.table.selectionModel()
        row = self.model.row_of(annotation_id) if annotation_id is not None else None
        proxy_index = (
            self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else QModelIndex()
        )
        if (
            proxy_index == selection.currentIndex()
            and proxy_index.isValid() == selection.hasSelection()
        ):
            return
        selection.blockSignals(True)
        if proxy_index.isValid():
            selection.setCurrentIndex(
                proxy_index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            # Rows just added are laid out lazily: without this the scroll range is
            # still the old one, and a new row at the end is not scrolled into view.
            self.table.updateGeometries()
            self.table.scrollTo(proxy_index)
        else:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
        selection.blockSignals(False)
        self.table.viewport().update()

    def _on_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            annotation = self.model.annotation_at(self.proxy.mapToSource(current).row())
            self.select_annotation(annotation.id)

    def go_not_rated(self, step: int) -> Annotation | None:
        """Select the next (or previous) claim or quote without a verdict, wrapping around."""
        candidates = [
            a
            for a in sorted(self.controller.annotations, key=lambda a: (a.start, a.end, a.id or 0))
            if a.verdict is None and a.kind is not AnnotationKind.NOTE
        ]
        if not candidates:
            self.statusBar().showMessage(
                translate("MainWindow", "Every claim and quote has a verdict"), 4000
            )
            return None
        current = self.controller.annotation(self.selected_id) if self.selected_id else None
        key = (current.start, current.end, current.id or 0) if current else None
        ordered = candidates if step > 0 else list(reversed(candidates))
        if key is None:
            chosen = ordered[0]
        else:
            after = [
                a
                for a in ordered
                if ((a.start, a.end, a.id or 0) > key) == (step > 0)
                and (a.start, a.end, a.id or 0) != key
            ]
            chosen = after[0] if after else ordered[0]
        self.select_annotation(chosen.id)
        self.view.setFocus()
        return chosen

    # --- reacting to the controller -------------------------------------------------------
    @property
    def undo_stack(self) -> QUndoStack:
        """The undo history of the document shown."""
        return self.undo_group.activeStack() or self._no_document

    def _activate_undo(self, document: Document | None) -> None:
        if document is None or document.id is None:
            self.undo_group.setActiveStack(self._no_document)
            return
        stack = self._undo_stacks.get(document.id)
        if stack is None:
            stack = self._undo_stacks[document.id] = QUndoStack(self.undo_group)
        self.undo_group.setActiveStack(stack)

    def _forget_undo(self, document_id: int | None = None) -> None:
        """Drop one document's history (it was deleted), or all (another database)."""
        ids = [document_id] if document_id is not None else list(self._undo_stacks)
        for key in ids:
            stack = self._undo_stacks.pop(key, None)
            if stack is not None:
                self.undo_group.removeStack(stack)
                stack.deleteLater()
        if self.undo_group.activeStack() is None:
            self.undo_group.setActiveStack(self._no_document)

    def _on_document_changed(self, document: Document | None) -> None:
        self._activate_undo(document)
        self.selected_id = None
        self.panel.show_annotation(None, [])
        self.shown_version = document.latest if document else None
        self.view.show_version(self.shown_version, self.prefs.font_point_size)
        self._research()
        self.suggestions.refresh()
        self.anchoring.fill_version_combo(document)
        self._update_title(document)
        self.library.refresh(follow_open=True)

    def _select_touched(self, annotation_id: int) -> None:
        """After undo or redo: what the step touched, or nothing if it is gone."""
        exists = self.controller.annotation(annotation_id) is not None
        self.select_annotation(annotation_id if exists else None)

    @contextmanager
    def _rows_changing(self) -> Iterator[None]:
        """The table's rows change under the selection (a row removed, filtered out):
        Qt would move the current row to a neighbour and the next key would land on
        it. The selection stays on ``selected_id`` instead."""
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        try:
            yield
        finally:
            selection.blockSignals(False)
        self._select_row(self.selected_id)

    def _on_annotations_changed(self) -> None:
        annotations = self.controller.annotations
        self.tallies.reset(annotations)
        with self._rows_changing():
            self.model.set_annotations(annotations, self.controller.scale)
        if self.selected_id is not None and self.controller.annotation(self.selected_id) is None:
            self.selected_id = None
            self.panel.show_annotation(None, [])
        self._select_row(self.selected_id)
        self._refresh_highlights()
        self._after_change()

    # One annotation at a time: the counts, the table and the highlights change by
    # that one (no pass over every annotation: marking stays as fast at 20,000).
    def _on_annotation_changed(self, annotation: Annotation) -> None:
        self.tallies.put(annotation)
        with self._rows_changing():
            self.model.update_annotation(annotation)
        self._show_on_view(annotation)
        self._after_change()
        if annotation.id is not None and annotation.id == self.selected_id:
            self.panel.show_annotation(annotation, self._history_of(annotation.id))

    def _on_annotation_added(self, annotation: Annotation) -> None:
        self.tallies.put(annotation)
        with self._rows_changing():
            self.model.add_annotation(annotation)
        self._show_on_view(annotation)
        self._after_change()

    def _on_annotation_removed(self, annotation_id: int) -> None:
        self.tallies.drop(annotation_id)
        if self.selected_id == annotation_id:
            self.selected_id = None
            self.view.set_selected(None)
            self.panel.show_annotation(None, [])
        with self._rows_changing():
            self.model.remove_annotation(annotation_id)
        self.view.drop_annotation(annotation_id)
        self._after_change()

    def _show_on_view(self, annotation: Annotation) -> None:
        """Highlight it if it sits on the version shown (orphans stay on their old one)."""
        shown = self.shown_version.id if self.shown_version else None
        if annotation.version_id == shown:
            self.view.put_annotation(annotation)
        elif annotation.id is not None:
            self.view.drop_annotation(annotation.id)

    def _after_change(self) -> None:
        self.suggestions.refresh()  # a sentence just marked is no longer suggested
        self.panel.set_speakers(self.tallies.speaker_names())
        self._update_counts()
        self._refresh_review_queue()
        # The anchor column matters only after a new version left something to check.
        self.table.setColumnHidden(self.model.ANCHOR, self.review_queue.count() == 0)

    def _refresh_highlights(self) -> None:
        """Highlight what sits on the version shown (orphans stay on their old version)."""
        shown = self.shown_version.id if self.shown_version else None
        on_it = [a for a in self.controller.annotations if a.version_id == shown]
        self.view.set_annotations(on_it, self.controller.scale, self.selected_id)

    def _on_scale_changed(self, scale: VerdictScale) -> None:
        self.panel.set_scale(scale)
        self._fill_verdict_filter(scale)

    def _update_counts(self) -> None:
        scale = self.controller.scale
        counts, kinds = self.tallies.verdicts, self.tallies.kinds
        locale = QLocale()
        parts = []
        for verdict in scale.ordered():
            if counts[verdict.key]:
                count = translate("MainWindow", "{verdict} <b>{count}</b>").format(
                    verdict=escape(verdict.label), count=locale.toString(counts[verdict.key])
                )
                parts.append(f'<span style="color:{verdict.colour}">■</span> {count}')
        if counts[None]:
            count = translate("MainWindow", "Not rated <b>{count}</b>").format(
                count=locale.toString(counts[None])
            )
            parts.append(f'<span style="color:{NOT_RATED_COLOUR}">▨</span> {count}')
        summary = " · ".join(kind_count(kind, kinds[kind]) for kind in AnnotationKind)
        self.counts_label.setText("&nbsp;&nbsp;".join([*parts, summary]))

    def _fill_verdict_filter(self, scale: VerdictScale) -> None:
        from factcheck.ui.models import NOT_RATED_FILTER
        from factcheck.ui.panel import colour_icon

        current = self.verdict_filter.currentData()
        self.verdict_filter.blockSignals(True)
        self.verdict_filter.clear()
        self.verdict_filter.addItem(translate("MainWindow", "Any verdict"), None)
        self.verdict_filter.addItem(
            colour_icon(NOT_RATED_COLOUR), translate("MainWindow", "Not rated"), NOT_RATED_FILTER
        )
        for verdict in scale.ordered():  # claims' verdicts, then quotes'
            label = (
                translate("MainWindow", "{verdict} (quotes)").format(verdict=verdict.label)
                if verdict.applies_to == "quote"
                else verdict.label
            )
            self.verdict_filter.addItem(colour_icon(verdict.colour), label, verdict.key)
        self.verdict_filter.setCurrentIndex(max(0, self.verdict_filter.findData(current)))
        self.verdict_filter.blockSignals(False)

    def _apply_filters(self) -> None:
        with self._rows_changing():
            self._set_filters()

    def _set_filters(self) -> None:
        self.proxy.set_filters(
            kind=self.kind_filter.currentData(),
            verdict=self.verdict_filter.currentData(),
            status=self.status_filter.currentData(),
            text=self.search.text(),
            assignee=self.controller.workspace.author if self.mine_filter.isChecked() else None,
        )

    def _research(self) -> None:
        """Another text is shown: Find's matches are those of the new text."""
        if self.find_bar.isVisible():
            self.find_bar.search()

    def _focus_filter(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _update_title(self, document: Document | None) -> None:
        self.setWindowTitle(self._title_with(document.title) if document else APP_NAME)

    @staticmethod
    def _title_with(title: str) -> str:
        return translate("MainWindow", "{title} — {app}").format(title=title, app=APP_NAME)

    def _saved(self) -> None:
        self.statusBar().showMessage(translate("MainWindow", "Saved"), 1500)

    # --- preferences, errors, state -------------------------------------------------------
    def edit_preferences(self) -> None:
        from factcheck.ui.preferences import PreferencesDialog

        workspace = self.controller.workspace
        login = workspace.author if workspace.database.is_team else None
        dialog = PreferencesDialog(self.prefs, self.controller.scale, self, team_login=login)
        if dialog.exec() and dialog.result_preferences and dialog.result_scale:
            self.apply_preferences(dialog.result_preferences, dialog.result_scale)
            if dialog.reset_requested:
                self.suggestions.reset_learning()

    def apply_preferences(self, prefs: Preferences, scale: VerdictScale) -> None:
        # A scale refused (a verdict still in use) is said; the rest is kept all the same.
        if scale != self.controller.scale:
            self.controller.set_scale(scale)
        font_changed = prefs.font_point_size != self.prefs.font_point_size
        self.prefs = prefs
        if not self.controller.workspace.database.is_team:  # there the login is who
            self.controller.workspace.author = prefs.effective_reviewer()
        save_preferences(prefs)
        if font_changed:
            self._reshow_document()

    def change_font_size(self, step: int) -> None:
        self.prefs.font_point_size = max(8, min(32, self.prefs.font_point_size + step))
        save_preferences(self.prefs)
        self._reshow_document()

    def _reshow_document(self) -> None:
        """The same version at the new text size, read from the same place."""
        apply_interface_font(self.prefs.font_point_size)
        reading_at = self.view.top_position()
        self.view.show_version(self.shown_version, self.prefs.font_point_size)
        self._refresh_highlights()
        self.view.scroll_to_top_at(reading_at)
        if self.find_bar.isVisible():
            self.view.set_find_matches(self.find_bar.matches)
        self.suggestions.refresh()

    def show_error(self, message: str) -> None:
        """Non-modal, so that work goes on; the change that failed was not made."""
        self.last_error = message
        self.statusBar().showMessage(
            translate("MainWindow", "Not saved: {message}").format(message=message), 8000
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning, APP_NAME, message, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("errorMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def show_shortcuts(self) -> None:
        from factcheck.ui.help import shortcut_html, show_help

        show_help(self, translate("MainWindow", "Keyboard shortcuts"), shortcut_html(self))

    def show_getting_started(self) -> None:
        from factcheck.ui.help import getting_started_html, show_help

        show_help(self, translate("MainWindow", "Getting started"), getting_started_html())

    def focus_place(self, place: str) -> None:
        """Put the keyboard focus where the reviewer asked (Alt+1/2/3, Ctrl+L)."""
        if place == "library":
            self.library_dock.show()
            self.library_dock.raise_()
            target: QWidget = self.library.table
        elif place == "list":
            target = self.table
        elif place == "panel":
            target = self.panel.kind if self.panel.editor_scroll.isVisible() else self.panel
        else:
            target = self.view
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def about(self) -> None:
        what = translate("MainWindow", "Annotation and fact-checking for newsroom drafts.")
        built = translate("MainWindow", "Built with Qt for Python (PySide6, LGPL v3).")
        QMessageBox.about(
            self,
            translate("MainWindow", "About {app}").format(app=APP_NAME),
            f"<b>{APP_NAME} {__version__}</b><p>{what}</p><p>{built}</p>",
        )

    def _restore_window_state(self) -> None:
        settings = window_settings()
        geometry = settings.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
        state = settings.value(self._state_key())
        if isinstance(state, QByteArray):
            self.restoreState(state)
        self._restore_splitters()

    def _restore_splitters(self) -> None:
        settings = window_settings()
        for splitter in (self.main_splitter, self.side_splitter):
            saved = settings.value(splitter.objectName())
            if isinstance(saved, QByteArray):
                splitter.restoreState(saved)

    def save_window_state(self) -> None:
        settings = window_settings()
        settings.setValue("geometry", self.saveGeometry())
        settings.setValue(self._state_key(), self.saveState())
        for splitter in (self.main_splitter, self.side_splitter):
            settings.setValue(splitter.objectName(), splitter.saveState())
        settings.sync()

    def _apply_role(self) -> None:
        """What a reviewer on a team database may not do is visible, not a surprise."""
        role = self.controller.role
        self.panel.set_role(role)
        editor_only = translate(
            "MainWindow", "Only an editor can delete documents on the team database"
        )
        self.library.delete_button.setEnabled(role != "reviewer")
        self.library.delete_button.setToolTip(editor_only if role == "reviewer" else "")

    def preview(self, title: str, version: Version) -> None:
        """At start-up, before the database is open: the last document's text, to read
        while the rest loads (no highlights yet; nothing can be marked until then)."""
        self.view.show_version(version, self.prefs.font_point_size)
        self.setWindowTitle(self._title_with(title))
        self.statusBar().showMessage(translate("MainWindow", "Opening the database…"))

    def attach_workspace(self, workspace: Workspace) -> None:
        """Start-up, second half: the database the window was painted without."""
        self._build_work_area()
        self._take_workspace(workspace)
        self.statusBar().clearMessage()
        self.desk.start()

    def use_workspace(self, workspace: Workspace) -> None:
        """Carry on in another database (File > Connect to team database…)."""
        self.panel.note.commit()
        self.controller.close_document()
        self._forget_undo()  # its steps belong to the other database
        self._take_workspace(workspace)
        library = self.controller.library()
        if library:
            self.open_document(library[-1].id)

    def _take_workspace(self, workspace: Workspace) -> None:
        c = self.controller
        c.workspace = workspace
        c.pending, c.offline = [], False
        c.role = workspace.role()
        c.scale = workspace.verdict_scale()
        c.scaleChanged.emit(c.scale)
        self._apply_role()
        self.library.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.checked_before.fit_to_height(self.height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.work_area_built:
            # The text size applies everywhere.
            self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.work_area_built:
            self.panel.note.commit()  # a note typed a moment ago is saved, not dropped
        self.desk.stop()
        self.checked_before.stop()
        for job in list(self._jobs):
            job.wait()  # an export under way is finished, not cut off
        self.save_window_state()
        super().closeEvent(event)
