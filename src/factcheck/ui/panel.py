"""The annotation panel: every field of the selected annotation, saved as it is edited."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QStringListModel,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from factcheck.domain import (
    Annotation,
    AnnotationKind,
    HistoryEntry,
    ReviewStatus,
    Source,
    VerdictScale,
)
from factcheck.domain.text import in_quotes, one_line
from factcheck.domain.verdicts import NOT_RATED_COLOUR
from factcheck.ui.i18n import translate
from factcheck.ui.labels import kind_label, source_name, stance_label, status_label
from factcheck.ui.models import not_rated_label, verdict_label
from factcheck.ui.palette import swatch_colour
from factcheck.ui.source_dialog import SourceDialog

NOTE_SAVE_DELAY_MS = 800


def colour_icon(colour: str, size: int = 12) -> QIcon:
    """A verdict's swatch, moved in lightness until it stands 3:1 apart from the
    palette's background and text (a pale yellow on white, a navy on black)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(swatch_colour(QColor(colour), QGuiApplication.palette()))
    return QIcon(pixmap)


def fill_verdict_combo(
    combo: QComboBox,
    scale: VerdictScale,
    kind: str = "claim",
    with_not_rated: bool = True,
    also: str | None = None,
) -> None:
    """The verdicts of ``kind``'s scale, with their digit keys; ``also``: a verdict
    given before on the other scale, shown (marked so) rather than hidden."""
    combo.clear()
    if with_not_rated:
        combo.addItem(colour_icon(NOT_RATED_COLOUR), not_rated_label(), None)
    for index, verdict in enumerate(scale.ordered(kind), start=1):
        hint = f"  ({index})" if index <= 9 else ""
        combo.addItem(colour_icon(verdict.colour), verdict.label + hint, verdict.key)
    extra = scale.get(also)
    if extra is not None and not scale.applies(also, kind):
        combo.addItem(
            colour_icon(extra.colour),
            translate("Panel", "{verdict} (other scale)").format(verdict=extra.label),
            extra.key,
        )


class NoteEdit(QPlainTextEdit):
    """Multi-line notes; saved after a pause in typing and when focus leaves.

    One undo, consistently: while typing, Ctrl+Z undoes the typing in the box; once
    the note is saved, the box forgets that typing and Ctrl+Z is the app's Undo
    ("Undo change notes"), which puts back the note as it was.
    """

    committed = Signal(str)
    typingStarted = Signal()  # the first keystroke since the note was loaded or saved

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.commit)
        self.textChanged.connect(self._typed)
        self._loading = False

    def _typed(self) -> None:
        if self._loading:
            return
        if not self._timer.isActive():
            self.typingStarted.emit()
        self._timer.start(NOTE_SAVE_DELAY_MS)

    def has_unsaved_typing(self) -> bool:
        return self._timer.isActive()

    def load(self, text: str) -> None:
        self._loading = True
        self.setPlainText(text)
        self._timer.stop()
        self._loading = False

    def commit(self) -> None:
        self._timer.stop()
        if not self._loading:
            self.committed.emit(self.toPlainText())
            # Saved: its undo is the app's now, not the box's.
            self.document().clearUndoRedoStacks()

    def event(self, event: QEvent) -> bool:
        # The box claims Ctrl+Z before the window's shortcut sees it: with nothing of
        # its own to undo, let the app's Undo have it.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo) and not self._box_can("undo"):
                event.ignore()
                return False
            if event.matches(QKeySequence.StandardKey.Redo) and not self._box_can("redo"):
                event.ignore()
                return False
        return super().event(event)

    def _box_can(self, what: str) -> bool:
        document = self.document()
        return document.isUndoAvailable() if what == "undo" else document.isRedoAvailable()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self._timer.isActive():
            self.commit()
        super().focusOutEvent(event)


class AnnotationPanel(QWidget):
    """Emits ``fieldEdited(annotation_id, field, value)``; the window turns it into an undo step."""

    fieldEdited = Signal(int, str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationPanel")
        self.setAccessibleName(translate("AnnotationPanel", "Annotation details"))
        self._annotation: Annotation | None = None
        self._loading = False
        self._scale = VerdictScale(())
        # The (kind, verdict) the verdict combo was last filled for.
        self._verdicts_for: tuple[str, str | None] | None = None

        self.quote = QLabel()
        self.quote.setObjectName("annotationQuote")
        self.quote.setWordWrap(True)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quote.setStyleSheet("font-style: italic; padding: 4px;")
        self.kind = QComboBox()
        self.kind.setObjectName("kindCombo")
        self.kind.setAccessibleName(translate("AnnotationPanel", "Kind"))
        for kind in AnnotationKind:
            self.kind.addItem(kind_label(kind), kind)
        self.verdict = QComboBox()
        self.verdict.setObjectName("verdictCombo")
        self.verdict.setAccessibleName(translate("AnnotationPanel", "Verdict"))
        self.status = QComboBox()
        self.status.setObjectName("statusCombo")
        self.status.setAccessibleName(translate("AnnotationPanel", "Review status"))
        for status in ReviewStatus:
            self.status.addItem(status_label(status), status)
        self.speaker = QLineEdit()
        self.speaker.setObjectName("speakerEdit")
        self.speaker.setAccessibleName(translate("AnnotationPanel", "Speaker"))
        self.speaker.setPlaceholderText(
            translate("AnnotationPanel", "Who made the claim or said the quote")
        )
        self._speakers = QStringListModel(self)
        completer = QCompleter(self._speakers, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.speaker.setCompleter(completer)
        self.assignee = QLineEdit()
        self.assignee.setObjectName("assigneeEdit")
        self.assignee.setAccessibleName(translate("AnnotationPanel", "Assigned to"))
        self.assignee.setPlaceholderText(
            translate("AnnotationPanel", "Who checks it (blank: nobody yet)")
        )
        self.assignee.setClearButtonEnabled(True)
        self.note = NoteEdit()
        self.note.setObjectName("noteEdit")
        self.note.setAccessibleName(translate("AnnotationPanel", "Notes"))
        self.note.setPlaceholderText(
            translate("AnnotationPanel", "Notes: what was checked, with whom, what remains")
        )
        self.note.setMinimumHeight(70)

        self.sources = QTableWidget(0, 3)
        self.sources.setObjectName("sourcesTable")
        self.sources.setAccessibleName(translate("AnnotationPanel", "Sources"))
        self.sources.setHorizontalHeaderLabels(
            [
                translate("AnnotationPanel", "Stance"),
                translate("AnnotationPanel", "Title / URL"),
                translate("AnnotationPanel", "Publisher"),
            ]
        )
        self.sources.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.sources.verticalHeader().hide()
        self.sources.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sources.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sources.setMinimumHeight(80)
        self.sources.doubleClicked.connect(self.edit_source)
        self.add_source_button = QPushButton(translate("AnnotationPanel", "&Add source…"))
        self.add_source_button.setObjectName("addSourceButton")
        self.edit_source_button = QPushButton(translate("AnnotationPanel", "Edit…"))
        self.edit_source_button.setObjectName("editSourceButton")
        self.remove_source_button = QPushButton(translate("AnnotationPanel", "Remove"))
        self.remove_source_button.setObjectName("removeSourceButton")
        self.add_source_button.clicked.connect(self.add_source)
        self.edit_source_button.clicked.connect(self.edit_source)
        self.remove_source_button.clicked.connect(self.remove_source)

        self.history = QListWidget()
        self.history.setObjectName("historyList")
        self.history.setAccessibleName(translate("AnnotationPanel", "History"))
        self.history.setMinimumHeight(60)
        self.history.setWordWrap(True)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        form = QFormLayout()
        form.addRow(translate("AnnotationPanel", "&Kind"), self.kind)
        form.addRow(translate("AnnotationPanel", "&Verdict"), self.verdict)
        form.addRow(translate("AnnotationPanel", "S&tatus"), self.status)
        form.addRow(translate("AnnotationPanel", "S&peaker"), self.speaker)
        form.addRow(translate("AnnotationPanel", "Assi&gned to"), self.assignee)
        source_buttons = QHBoxLayout()
        source_buttons.addWidget(self.add_source_button)
        source_buttons.addWidget(self.edit_source_button)
        source_buttons.addWidget(self.remove_source_button)
        source_buttons.addStretch()
        sources_box = QGroupBox(translate("AnnotationPanel", "Sources"))
        sources_layout = QVBoxLayout(sources_box)
        sources_layout.addWidget(self.sources)
        sources_layout.addLayout(source_buttons)
        history_box = QGroupBox(translate("AnnotationPanel", "History"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.history)
        self.placeholder = QLabel(
            translate(
                "AnnotationPanel",
                "Select text in the article and mark it as a claim (Ctrl+1), "
                "a quote (Ctrl+2) or a note (Ctrl+3).",
            )
        )
        self.placeholder.setObjectName("panelPlaceholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: palette(mid); padding: 16px;")

        self.editor = QWidget()
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.quote)
        editor_layout.addLayout(form)
        notes_label = QLabel(translate("AnnotationPanel", "&Notes"))
        notes_label.setBuddy(self.note)
        editor_layout.addWidget(notes_label)
        editor_layout.addWidget(self.note, 2)
        editor_layout.addWidget(sources_box, 2)
        editor_layout.addWidget(history_box, 1)
        # On a small screen the fields scroll rather than squeeze into each other.
        self.editor_scroll = QScrollArea()
        self.editor_scroll.setObjectName("annotationEditorScroll")
        # The fields inside take the focus (and scroll themselves into view): the
        # scroll area itself is no stop for the Tab key, nor a nameless one.
        self.editor_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.editor_scroll.setWidgetResizable(True)
        self.editor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.editor_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The boxes share the height there is (their minimums kept); their own size
        # hints would make the panel scroll with a tall notes box and the sources out
        # of sight.
        for box in (self.note, self.sources, self.history):
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.editor_scroll.setWidget(self.editor)
        # Sideways the fields never hide: the panel keeps their width (and a scroll bar's).
        self.editor_scroll.setMinimumWidth(
            self.editor.minimumSizeHint().width()
            + self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.editor_scroll)

        self.kind.activated.connect(lambda: self._emit("kind", self.kind.currentData()))
        self.verdict.activated.connect(lambda: self._emit("verdict", self.verdict.currentData()))
        self.status.activated.connect(lambda: self._emit("status", self.status.currentData()))
        self.speaker.editingFinished.connect(
            lambda: self._emit("speaker", self.speaker.text().strip())
        )
        self.assignee.editingFinished.connect(
            lambda: self._emit("assignee", " ".join(self.assignee.text().split()))
        )
        self.note.committed.connect(lambda text: self._emit("note", text))
        # What the reviewer saw when they began typing: their save is based on that
        # version, so a change someone made meanwhile is a conflict, not overwritten.
        self._typing_base: dict[str, Annotation] = {}
        self.edit_base: Annotation | None = None
        self.note.typingStarted.connect(lambda: self._began_typing("note"))
        self.speaker.textEdited.connect(lambda _text: self._began_typing("speaker"))
        self.assignee.textEdited.connect(lambda _text: self._began_typing("assignee"))
        self.show_annotation(None, [])

    # --- showing --------------------------------------------------------------------------
    def set_scale(self, scale: VerdictScale) -> None:
        self._scale = scale
        self._verdicts_for = None  # the combo is filled again for the new scale
        if self._annotation is not None:
            self._load_fields(self._annotation)

    def commit_pending(self) -> None:
        """Save what is typed but not yet saved (speaker, assignee, notes) on the
        annotation shown, before anything moves the panel to another one."""
        if self._annotation is None:
            return
        if self.speaker.isModified():
            self.speaker.setModified(False)
            self._emit("speaker", self.speaker.text().strip())
        if self.assignee.isModified():
            self.assignee.setModified(False)
            self._emit("assignee", " ".join(self.assignee.text().split()))
        self.note.commit()

    def set_role(self, role: str | None) -> None:
        """On a team database only editors approve: the choice is there but disabled."""
        index = self.status.findData(ReviewStatus.APPROVED)
        item = self.status.model().item(index)  # type: ignore[attr-defined]
        may_approve = role != "reviewer"
        item.setEnabled(may_approve)
        item.setToolTip(
            "" if may_approve else translate("AnnotationPanel", "Only an editor can approve")
        )

    def _began_typing(self, field: str) -> None:
        if self._annotation is not None and field not in self._typing_base:
            self._typing_base[field] = self._annotation

    def set_speakers(self, speakers: list[str]) -> None:
        self._speakers.setStringList(speakers)

    @property
    def annotation_id(self) -> int | None:
        return self._annotation.id if self._annotation else None

    def show_annotation(self, annotation: Annotation | None, history: list[HistoryEntry]) -> None:
        if self._annotation is not None and (
            annotation is None or annotation.id != self._annotation.id
        ):
            self.commit_pending()  # typing is saved on its own annotation, not lost
            self._typing_base.clear()
        self._annotation = annotation
        self.placeholder.setVisible(annotation is None)
        self.editor_scroll.setVisible(annotation is not None)
        if annotation is None:
            return
        self._load_fields(annotation)
        self.history.clear()
        for entry in reversed(history):
            self.history.addItem(describe_history(entry, self._scale))

    def _load_fields(self, annotation: Annotation) -> None:
        self._loading = True
        try:
            self.quote.setText(in_quotes(annotation.exact))
            self.kind.setCurrentIndex(self.kind.findData(annotation.kind))
            wanted = (annotation.kind.value, annotation.verdict)
            if self._verdicts_for != wanted:  # a quote has its own scale
                fill_verdict_combo(
                    self.verdict, self._scale, annotation.kind.value, also=annotation.verdict
                )
                self._verdicts_for = wanted
            self.verdict.setCurrentIndex(max(0, self.verdict.findData(annotation.verdict)))
            self.status.setCurrentIndex(self.status.findData(annotation.status))
            # Someone else's change must not wipe what is being typed: the save
            # that follows is checked against the version typing began on.
            if "speaker" not in self._typing_base and self.speaker.text() != annotation.speaker:
                self.speaker.setText(annotation.speaker)
            if "assignee" not in self._typing_base and self.assignee.text() != annotation.assignee:
                self.assignee.setText(annotation.assignee)
            if not self.note.has_unsaved_typing() and self.note.toPlainText() != annotation.note:
                self.note.load(annotation.note)
            self.sources.setRowCount(len(annotation.sources))
            for row, source in enumerate(annotation.sources):
                stance = QTableWidgetItem(stance_label(source.stance))
                title = QTableWidgetItem(source_name(source))
                title.setToolTip(source.url or source.note)
                title.setToolTip(source.url)
                self.sources.setItem(row, 0, stance)
                self.sources.setItem(row, 1, title)
                self.sources.setItem(row, 2, QTableWidgetItem(source.publisher))
        finally:
            self._loading = False

    def _emit(self, field: str, value: Any) -> None:
        if self._loading or self._annotation is None or self._annotation.id is None:
            return
        base = self._typing_base.pop(field, None)
        if getattr(base or self._annotation, field) != value:
            self.edit_base = base  # read by the window while handling the signal
            try:
                self.fieldEdited.emit(self._annotation.id, field, value)
            finally:
                self.edit_base = None

    # --- sources --------------------------------------------------------------------------
    def _current_sources(self) -> list[Source]:
        return list(self._annotation.sources) if self._annotation else []

    def add_source(self) -> None:
        dialog = SourceDialog(self)
        if dialog.exec() and dialog.result_source is not None:
            self._emit("sources", [*self._current_sources(), dialog.result_source])

    def edit_source(self) -> None:
        row = self.sources.currentRow()
        sources = self._current_sources()
        if not 0 <= row < len(sources):
            return
        dialog = SourceDialog(self, sources[row])
        if dialog.exec() and dialog.result_source is not None:
            sources[row] = dialog.result_source
            self._emit("sources", sources)

    def remove_source(self) -> None:
        row = self.sources.currentRow()
        sources = self._current_sources()
        if 0 <= row < len(sources):
            del sources[row]
            self._emit("sources", sources)


def _history_field(field: str) -> str:
    """The name a history line gives a field (the database's own name if unknown)."""
    names = {
        "kind": translate("Panel", "kind"),
        "verdict": translate("Panel", "verdict"),
        "status": translate("Panel", "status"),
        "speaker": translate("Panel", "speaker"),
        "note": translate("Panel", "note"),
        "assignee": translate("Panel", "assignee"),
        "anchor": translate("Panel", "anchor"),
        "exact": translate("Panel", "exact"),
    }
    return names.get(field, field)


def _value_label(field: str, value: str | None) -> str | None:
    """A status or kind as the window names it; a value it does not know, as stored."""
    try:
        if field == "status" and value:
            return status_label(ReviewStatus(value))
        if field == "kind" and value:
            return kind_label(AnnotationKind(value))
    except ValueError:
        pass
    return value


def _history_time(entry: HistoryEntry) -> str:
    at = entry.at.astimezone()
    when = QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute))
    return QLocale().toString(when, "dd MMM HH:mm")


def describe_history(entry: HistoryEntry, scale: VerdictScale) -> str:
    when, author = _history_time(entry), entry.author
    if entry.field == "deleted":
        return translate("Panel", "{when}  {author}: deleted").format(when=when, author=author)
    if entry.field == "restored":
        return translate("Panel", "{when}  {author}: restored").format(when=when, author=author)
    if entry.field == "created":
        return translate("Panel", "{when}  {author}: created").format(when=when, author=author)
    if entry.field == "sources":
        return translate("Panel", "{when}  {author}: changed the sources").format(
            when=when, author=author
        )
    old, new = entry.old_value, entry.new_value
    if entry.field == "verdict":
        old, new = verdict_label(scale, old), verdict_label(scale, new)
    elif entry.field in ("status", "kind"):
        old, new = _value_label(entry.field, old), _value_label(entry.field, new)

    def short(value: str | None) -> str:
        return one_line(value or "", 40) or "—"

    field = _history_field(entry.field)
    if entry.old_value is None:  # set when the annotation was made
        return translate("Panel", "{when}  {author}: {field} {new}").format(
            when=when, author=author, field=field, new=short(new)
        )
    return translate("Panel", "{when}  {author}: {field} {old} → {new}").format(
        when=when, author=author, field=field, old=short(old), new=short(new)
    )
