"""The claim memory in the window: "Checked before" for the selected claim.

- a dock under the article lists the best earlier checks of the selected claim
  (verdict colour, how close, publisher, date, claim), from imported feeds and the
  desk's own documents; its search box (Ctrl+Shift+F) searches the whole memory;
- searches run on a worker thread: typing never waits for them, and an answer to
  a question no longer asked is dropped;
- "Use this verdict" copies the earlier verdict (one undo step) and adds the earlier
  check as a source; "Open link…" asks before anything opens, and nothing is ever
  fetched by the app itself;
- File > Import fact-checks… reads a ClaimReview feed with a progress bar and Cancel.
"""

from __future__ import annotations

import queue
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from factcheck import APP_NAME
from factcheck.domain import (
    Annotation,
    AnnotationKind,
    Source,
    SourceKind,
    Stance,
    VerdictScale,
)
from factcheck.domain.claims import ClaimMatch, FeedImport, MatchKind, Origin
from factcheck.domain.models import safe_link
from factcheck.domain.text import one_line
from factcheck.domain.verdicts import NOT_RATED_COLOUR
from factcheck.errors import Cancelled, FactcheckError
from factcheck.ui import commands
from factcheck.ui.i18n import translate
from factcheck.ui.import_progress import run_with_progress
from factcheck.ui.labels import match_label

if TYPE_CHECKING:
    from factcheck.services.claim_memory import ClaimMemory
    from factcheck.ui.main_window import MainWindow

AnyIndex = QModelIndex | QPersistentModelIndex
SEARCH_DELAY_MS = 250  # typing in the search box: search once it pauses
SETTLE_MS = 300  # a claim selected: search once the selection stays there
LOW_WINDOW = 700  # pixels: below this the dock leaves its room to the article
RESULTS = 8


class MatchTableModel(QAbstractTableModel):
    VERDICT, MATCH, PUBLISHER, DATE, CLAIM = range(5)
    COLUMN_COUNT = 5

    @staticmethod
    def headers() -> tuple[str, ...]:
        return (
            translate("MatchTableModel", "Verdict"),
            translate("MatchTableModel", "Match"),
            translate("MatchTableModel", "Checked by"),
            translate("MatchTableModel", "Date"),
            translate("MatchTableModel", "Claim"),
        )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.matches: list[ClaimMatch] = []
        self.colour_of: Any = lambda match: NOT_RATED_COLOUR

    def set_matches(self, matches: list[ClaimMatch]) -> None:
        self.beginResetModel()
        self.matches = list(matches)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.matches)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        match = self.matches[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(match, column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.VERDICT:
            return QColor(self.colour_of(match))
        if role == Qt.ItemDataRole.ToolTipRole:
            where = match.document_title if match.origin is Origin.DOCUMENT else match.url
            return f"{match.claim}\n\n{where or ''}".strip()
        return None

    def _text(self, match: ClaimMatch, column: int) -> str:
        if column == self.VERDICT:
            return match.rating or translate("MatchTableModel", "Not rated")
        if column == self.MATCH:
            return match_label(match.match)
        if column == self.PUBLISHER:
            if match.origin is Origin.DOCUMENT:
                return translate("MatchTableModel", "{publisher} (our desk)").format(
                    publisher=match.publisher
                )
            return match.publisher
        if column == self.DATE:
            return match.date.isoformat() if match.date else ""
        return one_line(match.claim, 160)


class MemorySearcher(QObject):
    """One worker thread answers searches in turn; only the newest question counts."""

    found = Signal(int, object)  # (ticket, list[ClaimMatch])
    failed = Signal(int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.memory: ClaimMemory | None = None
        self.ticket = 0
        self._questions: queue.Queue[tuple[int, str, int | None] | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="factcheck-memory", daemon=True)
        self._thread.start()

    def ask(self, text: str, exclude_annotation: int | None = None) -> int:
        self.ticket += 1
        self._questions.put((self.ticket, text, exclude_annotation))
        return self.ticket

    def stop(self) -> None:
        self._questions.put(None)

    def _run(self) -> None:
        while True:
            question = self._questions.get()
            if question is None:
                return
            # A later question is waiting: this one is no longer asked.
            while not self._questions.empty():
                newer = self._questions.get()
                if newer is None:
                    return
                question = newer
            ticket, text, exclude = question
            memory = self.memory
            if memory is None:
                continue
            try:
                matches = memory.search(text, RESULTS, exclude_annotation=exclude)
            except FactcheckError as exc:
                self.failed.emit(ticket, exc.message)
            except Exception as exc:
                self.failed.emit(
                    ticket,
                    translate("MemorySearcher", "the search failed ({error})").format(
                        error=type(exc).__name__
                    ),
                )
            else:
                self.found.emit(ticket, matches)


class CheckedBeforePanel(QWidget):
    useRequested = Signal(object)  # ClaimMatch
    openRequested = Signal(object)  # ClaimMatch

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkedBefore")
        self.query = QLineEdit()
        self.query.setObjectName("memorySearch")
        self.query.setAccessibleName(translate("CheckedBeforePanel", "Search earlier checks"))
        self.query.setPlaceholderText(
            translate(
                "CheckedBeforePanel",
                "Search every earlier check (Ctrl+Shift+F), or select a claim in the article",
            )
        )
        self.query.setClearButtonEnabled(True)
        self.status = QLabel()
        self.status.setObjectName("memoryStatus")
        self.status.setAccessibleName(translate("CheckedBeforePanel", "What the search found"))
        self.model = MatchTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("memoryMatches")
        self.table.setAccessibleName(translate("CheckedBeforePanel", "Earlier checks"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MatchTableModel.CLAIM, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 130), (1, 90), (2, 170), (3, 90)):
            header.resizeSection(column, width)
        self.use_button = QPushButton(translate("CheckedBeforePanel", "&Use this verdict"))
        self.use_button.setObjectName("useVerdictButton")
        self.use_button.setToolTip(
            translate(
                "CheckedBeforePanel",
                "Give the selected claim this verdict and add the earlier check as a source",
            )
        )
        self.open_button = QPushButton(translate("CheckedBeforePanel", "Open &link…"))
        self.open_button.setObjectName("openCheckButton")
        self.open_button.setToolTip(
            translate("CheckedBeforePanel", "Open the earlier check in your browser (asks first)")
        )
        # One line of controls above the results: the dock stays low on a small screen.
        controls = QHBoxLayout()
        controls.addWidget(self.query, 3)
        controls.addWidget(self.status, 2)
        controls.addWidget(self.use_button)
        controls.addWidget(self.open_button)
        self.status.setMinimumWidth(120)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        layout.addLayout(controls)
        layout.addWidget(self.table, 1)
        self.use_button.clicked.connect(lambda: self._emit(self.useRequested))
        self.open_button.clicked.connect(lambda: self._emit(self.openRequested))
        self.table.doubleClicked.connect(lambda _index: self._emit(self.openRequested))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._fit_buttons())
        self._fit_buttons()

    def current(self) -> ClaimMatch | None:
        row = self.table.currentIndex().row()
        return self.model.matches[row] if 0 <= row < len(self.model.matches) else None

    def show_matches(self, matches: list[ClaimMatch], query: str | None) -> None:
        """``query``: the words typed in the search box, or None for the selected claim."""
        self.model.set_matches(matches)
        if matches:
            self.table.selectRow(0)
            self.status.setText(_found_text(matches, query))
        elif query is None:
            self.status.setText(
                translate("CheckedBeforePanel", "No earlier check found for this claim")
            )
        else:
            self.status.setText(
                translate("CheckedBeforePanel", "No earlier check found for “{query}”").format(
                    query=query
                )
            )
        self._fit_buttons()

    def _fit_buttons(self) -> None:
        match = self.current()
        self.use_button.setEnabled(match is not None and bool(match.rating))
        self.open_button.setEnabled(match is not None and bool(safe_link(match.url or "")))

    def _emit(self, signal: Any) -> None:
        match = self.current()
        if match is not None:
            signal.emit(match)


class CheckedBefore(QObject):
    """The claim memory's part in the window, kept out of main_window.py."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = CheckedBeforePanel()
        self.dock = QDockWidget(translate("CheckedBefore", "Checked before"), window)
        self.dock.setObjectName("checkedBeforeDock")
        self.dock.setWidget(self.panel)
        self.searcher = MemorySearcher(self)
        self._memory: ClaimMemory | None = None
        self._memory_of: object = None
        self._asked = 0
        self._about: str | None = None  # the typed search, or None: the selected claim
        self._last_claim: tuple[int | None, str] | None = None
        self._asked_for: int | None = None
        self._stepped_aside = False
        self._settled_claim: tuple[str, int | None] | None = None
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._ask_settled)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(SEARCH_DELAY_MS)
        self._typing.timeout.connect(self.search_typed)
        self.panel.query.textEdited.connect(lambda _text: self._typing.start())
        self.panel.query.returnPressed.connect(self.search_typed)
        self.panel.useRequested.connect(self.use_verdict)
        self.panel.openRequested.connect(self.open_link)
        self.searcher.found.connect(self._on_found)
        self.searcher.failed.connect(self._on_failed)
        self.search_action = QAction(translate("CheckedBefore", "Search &earlier checks…"), window)
        self.search_action.setObjectName("searchMemoryAction")
        self.search_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.search_action.triggered.connect(self.focus_search)
        self.import_action = QAction(translate("CheckedBefore", "Import &fact-checks…"), window)
        self.import_action.setObjectName("importFactChecksAction")
        self.import_action.setToolTip(
            translate("CheckedBefore", "Read a ClaimReview feed into the memory of earlier checks")
        )
        self.import_action.triggered.connect(self.choose_feed)
        window.addAction(self.search_action)
        self.view_action = self.dock.toggleViewAction()
        self.view_action.setText(translate("CheckedBefore", "Chec&ked before"))
        self.view_action.triggered.connect(self._chosen)

    def _chosen(self) -> None:
        self._stepped_aside = False  # shown or hidden by hand: it stays so

    def fit_to_height(self, height: int) -> None:
        """A low window (800x600) keeps its height for the article and the list: the
        dock steps aside, and comes back when there is room (unless closed by hand)."""
        docked = not self.dock.isFloating()
        if height < LOW_WINDOW and docked and self.dock.isVisibleTo(self.window):
            self._stepped_aside = True
            self.dock.hide()
        elif height >= LOW_WINDOW and self._stepped_aside:
            self._stepped_aside = False
            self.dock.show()

    # --- the memory of the open database ------------------------------------------------
    def memory(self) -> ClaimMemory:
        database = self.window.controller.workspace.database
        if self._memory is None or self._memory_of is not database:
            from factcheck.services.claim_memory import ClaimMemory

            self._memory = ClaimMemory(database)
            self._memory_of = database
            self.searcher.memory = self._memory
        return self._memory

    def stop(self) -> None:
        self.searcher.stop()

    # --- searching ------------------------------------------------------------------------
    def show_for(self, annotation: Annotation | None) -> None:
        """The selected annotation changed: a claim's earlier checks are looked up."""
        if annotation is None or annotation.kind is not AnnotationKind.CLAIM:
            return
        if (annotation.id, annotation.exact) == self._last_claim:
            return  # the same claim again (an edit re-selects it): nothing new to ask
        self._last_claim = (annotation.id, annotation.exact)
        self._typing.stop()
        self.panel.query.clear()  # the box shows what was typed, not the claim
        # Asked once the reviewer settles on a claim: while they mark or walk claim after
        # claim, no search competes with them for the interpreter.
        self._settled_claim = (annotation.exact, annotation.id)
        self.panel.status.setText(translate("CheckedBefore", "Looking for earlier checks…"))
        self._settle.start()

    def _ask_settled(self) -> None:
        if self._settled_claim is not None:
            text, annotation_id = self._settled_claim
            self._settled_claim = None
            self._ask(text, None, annotation_id)

    def search_typed(self) -> None:
        self._typing.stop()
        self._settle.stop()
        self._settled_claim = None
        self._last_claim = None  # selecting the claim again asks about it again
        text = self.panel.query.text().strip()
        if text:
            self._ask(text, one_line(text, 40), None)

    def focus_search(self) -> None:
        self._stepped_aside = False
        self.dock.show()
        self.dock.raise_()
        self.panel.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.panel.query.selectAll()

    def _ask(self, text: str, about: str | None, exclude: int | None) -> None:
        """``about``: the typed search as shown, or None for the selected claim."""
        self.memory()
        self._about = about
        self._asked_for = exclude  # the claim these results are for (None: typed search)
        self.panel.status.setText(translate("CheckedBefore", "Searching earlier checks…"))
        self._asked = self.searcher.ask(text, exclude)

    def _on_found(self, ticket: int, matches: list[ClaimMatch]) -> None:
        if ticket != self._asked:
            return  # the answer to a question no longer asked
        scale = self.window.controller.scale
        self.panel.model.colour_of = lambda match: (
            scale.colour_of(match.verdict_key)
            if match.verdict_key
            else _feed_colour(scale, match.rating)
        )
        self.panel.show_matches(matches, self._about)
        same = sum(1 for match in matches if match.match is MatchKind.SAME)
        if same and not self.dock.isVisible():  # worth knowing even with the dock closed
            self.window.statusBar().showMessage(
                translate(
                    "CheckedBefore",
                    "Checked before: %n earlier check(s) of the same claim (View > Checked before)",
                    None,
                    same,
                ),
                8000,
            )

    def _on_failed(self, ticket: int, message: str) -> None:
        if ticket == self._asked:
            self.panel.status.setText(
                translate("CheckedBefore", "The search did not run: {message}").format(
                    message=message
                )
            )

    # --- reuse ------------------------------------------------------------------------------
    def use_verdict(self, match: ClaimMatch) -> None:
        """The earlier verdict for the selected claim, and the earlier check as a source:
        one step, one Ctrl+Z."""
        from factcheck.ui.models import verdict_label  # (the table model loads with the list)

        window = self.window
        target = window.controller.annotation(window.selected_id or -1)
        if target is None or target.id is None or target.kind is not AnnotationKind.CLAIM:
            window.statusBar().showMessage(
                translate("CheckedBefore", "Select the claim to give this verdict first"), 5000
            )
            return
        scale = window.controller.scale
        if self._asked_for != target.id and not self._confirm_for(target, match):
            return  # results of a typed search: the selected claim is not obviously theirs
        verdict = match.verdict_key if scale.applies(match.verdict_key, "claim") else None
        if verdict is None and match.rating:
            verdict = _our_verdict(scale, match.rating)
        sources = list(target.sources)
        earlier = _as_source(match)
        if earlier is not None and all(not _same_source(s, earlier) for s in sources):
            sources.append(earlier)
        stack = window.undo_stack
        stack.beginMacro(translate("CheckedBefore", "use an earlier verdict"))
        try:
            if verdict is not None and verdict != target.verdict:
                commands.push_edit(stack, window.controller, target.id, "verdict", verdict)
            if sources != target.sources:
                commands.push_edit(stack, window.controller, target.id, "sources", sources)
        finally:
            stack.endMacro()
        self._last_claim = (target.id, target.exact)  # the results (and a typed search) stay
        window.select_annotation(target.id, scroll=False, flash=False)
        if verdict is None:
            window.statusBar().showMessage(
                translate(
                    "CheckedBefore",
                    "“{rating}” is not on your scale: choose the verdict; "
                    "the earlier check was added as a source",
                ).format(rating=match.rating),
                8000,
            )
        else:
            window.statusBar().showMessage(
                translate("CheckedBefore", "Verdict {verdict} used").format(
                    verdict=verdict_label(scale, verdict)
                ),
                5000,
            )

    def _confirm_for(self, target: Annotation, match: ClaimMatch) -> bool:
        if match.rating:
            question = translate(
                "CheckedBefore",
                "Use this earlier check for the selected claim “{claim}”?\n\n"
                "Earlier check: “{earlier}” ({rating}, {publisher})",
            )
        else:
            question = translate(
                "CheckedBefore",
                "Use this earlier check for the selected claim “{claim}”?\n\n"
                "Earlier check: “{earlier}” (not rated, {publisher})",
            )
        answer = QMessageBox.question(
            self.window,
            APP_NAME,
            question.format(
                claim=one_line(target.exact, 80),
                earlier=one_line(match.claim, 80),
                rating=match.rating,
                publisher=match.publisher,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def open_link(self, match: ClaimMatch) -> None:
        link = safe_link(match.url or "")
        if link is None:
            return
        answer = QMessageBox.question(
            self.window,
            APP_NAME,
            translate("CheckedBefore", "Open this earlier check in your browser?\n\n{link}").format(
                link=link
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl(link))

    # --- feeds ------------------------------------------------------------------------------
    def choose_feed(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("CheckedBefore", "Import fact-checks"),
            str(Path.home()),
            translate(
                "CheckedBefore",
                "ClaimReview feeds (*.json *.jsonld *.jsonl *.ndjson);;All files (*)",
            ),
        )
        if name:
            self.import_feed(Path(name))

    def import_feed(self, path: Path) -> bool:
        memory = self.memory()
        try:
            summary = run_with_progress(
                self.window,
                translate("CheckedBefore", "Reading fact-checks from {name}…").format(
                    name=path.name
                ),
                lambda progress, cancelled: memory.import_feed(path, progress, cancelled),
            )
        except Cancelled:
            self.window.statusBar().showMessage(
                translate("CheckedBefore", "Import of fact-checks cancelled"), 5000
            )
            return False
        except FactcheckError as exc:
            self.window.show_error(exc.message)
            return False
        self.window.statusBar().showMessage(_imported_text(path.name, summary), 10000)
        if summary.skipped:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                APP_NAME,
                translate("CheckedBefore", "Some records of {name} were skipped:").format(
                    name=path.name
                ),
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            box.setObjectName("feedSkipped")
            box.setInformativeText("\n".join(f"• {reason}" for reason in summary.skipped[:20]))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        selected = self.window.controller.annotation(self.window.selected_id or -1)
        self._last_claim = None
        self.show_for(selected)
        return True


def _found_text(matches: list[ClaimMatch], query: str | None) -> str:
    """ "3 earlier checks for this claim, 1 likely the same claim"."""
    count = len(matches)
    same = sum(1 for m in matches if m.match is MatchKind.SAME)
    if query is None and not same:
        return translate("CheckedBefore", "%n earlier check(s) for this claim", None, count)
    if query is None:
        text = translate(
            "CheckedBefore",
            "%n earlier check(s) for this claim, {same} likely the same claim",
            None,
            count,
        )
    elif not same:
        text = translate("CheckedBefore", "%n earlier check(s) for “{query}”", None, count)
    else:
        text = translate(
            "CheckedBefore",
            "%n earlier check(s) for “{query}”, {same} likely the same claim",
            None,
            count,
        )
    return text.format(query=query, same=QLocale().toString(same))


def _imported_text(name: str, summary: FeedImport) -> str:
    """ "Fact-checks from feed.json: 12 added, 3 updated, 1 skipped"."""
    if summary.unchanged and summary.skipped:
        text = translate(
            "CheckedBefore",
            "Fact-checks from {name}: {added} added, {updated} updated, "
            "{unchanged} already there, {skipped} skipped",
        )
    elif summary.unchanged:
        text = translate(
            "CheckedBefore",
            "Fact-checks from {name}: {added} added, {updated} updated, {unchanged} already there",
        )
    elif summary.skipped:
        text = translate(
            "CheckedBefore",
            "Fact-checks from {name}: {added} added, {updated} updated, {skipped} skipped",
        )
    else:
        text = translate(
            "CheckedBefore", "Fact-checks from {name}: {added} added, {updated} updated"
        )
    locale = QLocale()
    return text.format(
        name=name,
        added=locale.toString(summary.added),
        updated=locale.toString(summary.updated),
        unchanged=locale.toString(summary.unchanged),
        skipped=locale.toString(len(summary.skipped)),
    )


def _our_verdict(scale: VerdictScale, rating: str) -> str | None:
    """A publisher's rating that names one of our claim verdicts ("False", "true")."""
    try:
        return scale.parse(rating, "claim")
    except FactcheckError:
        return None


def _feed_colour(scale: VerdictScale, rating: str | None) -> str:
    key = _our_verdict(scale, rating) if rating else None
    return scale.colour_of(key)


def _as_source(match: ClaimMatch) -> Source | None:
    """The earlier check as evidence: its page, or our own document when it has none."""
    try:
        if match.url and safe_link(match.url):
            title = (
                translate("CheckedBefore", "Earlier check: {title}").format(
                    title=match.document_title
                )
                if match.origin is Origin.DOCUMENT and match.document_title
                else translate("CheckedBefore", "Earlier check: {claim}").format(
                    claim=one_line(match.claim, 80)
                )
            )
            return Source(
                url=match.url,
                title=title,
                publisher=match.publisher,
                accessed=match.date,
                stance=Stance.CONTEXT,
            )
        if match.origin is Origin.DOCUMENT:
            return Source(
                kind=SourceKind.DOCUMENT,
                title=(
                    translate("CheckedBefore", "Our earlier check in “{title}”").format(
                        title=match.document_title
                    )
                    if match.document_title
                    else translate("CheckedBefore", "Our earlier check in “another document”")
                ),
                publisher=match.publisher,
                accessed=match.date,
                stance=Stance.CONTEXT,
                note=one_line(match.claim, 200),
            )
    except FactcheckError:
        return None
    return None


def _same_source(one: Source, other: Source) -> bool:
    return (one.kind, one.url, one.title) == (other.kind, other.url, other.title)
