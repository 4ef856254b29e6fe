"""The review queue: annotations a new version changed or orphaned, for the reviewer to settle."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from factcheck.domain import AnchorState, Annotation, HistoryEntry, ReviewStatus
from factcheck.domain.text import in_quotes, one_line
from factcheck.ui.diff_html import char_diff
from factcheck.ui.i18n import translate
from factcheck.ui.labels import status_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def previous_wording(history: list[HistoryEntry]) -> str | None:
    """The text before the last re-anchoring changed it."""
    changes = [e for e in history if e.field == "exact"]
    return changes[-1].old_value if changes else None


class ReviewQueuePanel(QWidget):
    acceptRequested = Signal(int)
    retargetRequested = Signal(int)
    deleteRequested = Signal(int)
    dismissRequested = Signal(int)
    annotationActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewQueue")
        self.setAccessibleName(translate("ReviewQueuePanel", "Review queue"))
        self.list = QListWidget()
        self.list.setObjectName("reviewQueueList")
        self.list.setAccessibleName(
            translate("ReviewQueuePanel", "Annotations to review after a new version")
        )
        self.detail = QTextBrowser()
        self.detail.setObjectName("reviewQueueDetail")
        self.detail.setAccessibleName(translate("ReviewQueuePanel", "Old and new text"))
        self.detail.setOpenLinks(False)
        self.empty = QLabel(
            translate("ReviewQueuePanel", "Nothing to review: every annotation found its text.")
        )
        self.empty.setObjectName("reviewQueueEmpty")
        self.empty.setWordWrap(True)
        self.accept_button = QPushButton(translate("ReviewQueuePanel", "&Accept new text"))
        self.accept_button.setObjectName("reviewAcceptButton")
        self.retarget_button = QPushButton(translate("ReviewQueuePanel", "&Re-target to selection"))
        self.retarget_button.setObjectName("reviewRetargetButton")
        self.retarget_button.setToolTip(
            translate("ReviewQueuePanel", "Select the right words in the article first")
        )
        self.delete_button = QPushButton(translate("ReviewQueuePanel", "&Delete"))
        self.delete_button.setObjectName("reviewDeleteButton")
        self.dismiss_button = QPushButton(translate("ReviewQueuePanel", "Di&smiss"))
        self.dismiss_button.setObjectName("reviewDismissButton")
        self.dismiss_button.setToolTip(
            translate(
                "ReviewQueuePanel",
                "Leave it as not found: out of the queue, kept with its verdict and history",
            )
        )
        buttons = QGridLayout()  # two by two: the dock may be narrow
        buttons.addWidget(self.accept_button, 0, 0)
        buttons.addWidget(self.retarget_button, 0, 1)
        buttons.addWidget(self.dismiss_button, 1, 0)
        buttons.addWidget(self.delete_button, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 2)
        layout.addWidget(self.detail, 3)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(self._on_current)
        self.accept_button.clicked.connect(lambda: self._emit(self.acceptRequested))
        self.retarget_button.clicked.connect(lambda: self._emit(self.retargetRequested))
        self.delete_button.clicked.connect(lambda: self._emit(self.deleteRequested))
        self.dismiss_button.clicked.connect(lambda: self._emit(self.dismissRequested))
        # A click on the item already current selects it again everywhere (and shows it).
        self.list.itemClicked.connect(lambda _item: self._activate_current())
        self._annotations: dict[int, Annotation] = {}
        # The wording before a change is read from the history only when it is shown.
        self.previous_of: Callable[[int], str | None] = lambda _id: None
        self.set_items([])

    def set_items(self, annotations: list[Annotation]) -> None:
        current = self.current_id()
        self._annotations = {a.id: a for a in annotations if a.id is not None}
        self.list.blockSignals(True)
        self.list.clear()
        for annotation in annotations:
            words = in_quotes(one_line(annotation.exact, 60))
            if annotation.state is AnchorState.CHANGED:
                text = translate("ReviewQueuePanel", "Changed: {words}").format(words=words)
            else:
                text = translate("ReviewQueuePanel", "Orphaned: {words}").format(words=words)
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, annotation.id)
            item.setToolTip(annotation.exact)
            self.list.addItem(item)
            if annotation.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        has_items = bool(annotations)
        self.empty.setVisible(not has_items)
        for widget in (self.list, self.detail):
            widget.setVisible(has_items)
        if self.list.currentItem() is None and has_items:
            self.list.setCurrentRow(0)
        else:
            self._on_current(self.list.currentItem(), None)

    def count(self) -> int:
        return self.list.count()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def select(self, annotation_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == annotation_id:
                self.list.setCurrentRow(row)
                return

    def _activate_current(self) -> None:
        annotation_id = self.current_id()
        if annotation_id is not None:
            self.annotationActivated.emit(annotation_id)

    def _emit(self, signal: SignalInstance) -> None:
        annotation_id = self.current_id()
        if annotation_id is not None:
            signal.emit(annotation_id)

    def _on_current(self, item: QListWidgetItem | None, _previous: object) -> None:
        annotation = self._annotations.get(int(item.data(ID_ROLE))) if item else None
        for button in (self.retarget_button, self.delete_button):
            button.setEnabled(annotation is not None)
        self.accept_button.setEnabled(
            annotation is not None and annotation.state is AnchorState.CHANGED
        )
        self.dismiss_button.setEnabled(
            annotation is not None and annotation.state is AnchorState.ORPHANED
        )
        if annotation is None or annotation.id is None:
            self.detail.clear()
            return
        if annotation.state is AnchorState.CHANGED:
            before = self.previous_of(annotation.id) or annotation.exact
            old_html, new_html = char_diff(before, annotation.exact)
            self.detail.setHtml(
                translate(
                    "ReviewQueuePanel",
                    "<p><b>The wording changed.</b> The verdict was kept; the status is back "
                    "to “{status}”.</p><p><b>Before</b><br>{before}</p><p><b>Now</b><br>{now}</p>",
                ).format(status=status_label(ReviewStatus.TO_CHECK), before=old_html, now=new_html)
            )
        else:
            old_html, _ = char_diff(annotation.exact, "")
            self.detail.setHtml(
                translate(
                    "ReviewQueuePanel",
                    "<p><b>Not found in the new version.</b> Select the right words in the "
                    "article and re-target, or delete it.</p><p><b>Last seen</b><br>{before}</p>",
                ).format(before=old_html)
            )
        self.annotationActivated.emit(annotation.id)
