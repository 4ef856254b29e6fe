"""Where annotations sit: versions of a draft, the review queue, re-targeting and
adjusting a mark's words (split from main_window.py).

``WindowAnchoring`` is one of MainWindow's bases: its methods are the window's own.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from factcheck.domain import AnchorState, Document
from factcheck.domain.text import moved_edge
from factcheck.services.records import Revision
from factcheck.ui import commands
from factcheck.ui.i18n import translate
from factcheck.ui.import_progress import tell_import_notes
from factcheck.ui.labels import state_label
from factcheck.ui.window_settings import import_filter

if TYPE_CHECKING:
    from factcheck.ui.main_window import MainWindow


class WindowAnchoring:
    """Versions, the review queue, re-targeting and adjusting marks."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    # --- versions and the review queue ----------------------------------------------------
    @property
    def viewing_newest(self) -> bool:
        document = self.window.controller.document
        return (
            document is None
            or self.window.shown_version is None
            or (self.window.shown_version.id == document.latest.id)
        )

    def fill_version_combo(self, document: Document | None) -> None:
        self.window.version_combo.blockSignals(True)
        self.window.version_combo.clear()
        for version in reversed(document.versions if document else []):
            newest = document is not None and version.id == document.latest.id
            number = QLocale().toString(version.number)
            label = (
                translate("WindowAnchoring", "Version {number} (newest)")
                if newest
                else translate("WindowAnchoring", "Version {number}")
            ).format(number=number)
            self.window.version_combo.addItem(label, version.id)
        self.window.version_combo.setEnabled(bool(document and len(document.versions) > 1))
        self.window.version_combo.blockSignals(False)
        self.window.compare_action.setEnabled(bool(document and len(document.versions) > 1))
        self.window.revise_action.setEnabled(document is not None)

    def show_version(self, version_id: int) -> None:
        """Read an older version (marks go on the newest one only)."""
        document = self.window.controller.document
        if document is None:
            return
        version = next((v for v in document.versions if v.id == version_id), None)
        if version is None:
            return
        self.window.shown_version = version
        self.window.view.show_version(version, self.window.prefs.font_point_size)
        self.window._refresh_highlights()
        self.window._research()
        self.window.suggestions.refresh()
        index = self.window.version_combo.findData(version_id)
        self.window.version_combo.blockSignals(True)
        self.window.version_combo.setCurrentIndex(index)
        self.window.version_combo.blockSignals(False)
        for action in (self.window.claim_action, self.window.quote_action, self.window.note_action):
            action.setEnabled(self.viewing_newest)
        if not self.viewing_newest:
            self.window.statusBar().showMessage(
                translate(
                    "WindowAnchoring", "Reading version {number}; marks go on the newest version"
                ).format(number=QLocale().toString(version.number)),
                6000,
            )

    def choose_revision(self) -> None:
        if self.window.controller.document is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("WindowAnchoring", "Import a new version"),
            str(Path.home()),
            import_filter(),
        )
        if name:
            self.revise_from(Path(name))

    def revise_from(self, path: Path) -> Revision | None:
        # What is typed is saved first: the re-anchoring that follows changes every
        # annotation, and typing based on the version before would look overtaken.
        self.window.panel.commit_pending()
        imported = self.window._read_draft(path)
        if imported is None:
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # re-anchoring
        try:
            revision = self.window.controller.revise(imported)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if revision is None:
            return None
        # Undo steps name places in the version before: undone on the new text they
        # would land on other words. They go, and the reviewer is told.
        forgot = self.window.undo_stack.count() > 0
        self.window.undo_stack.clear()
        tell_import_notes(self.window, path.name, imported.notes)
        # What happened to the annotations, e.g. "3 in place, 1 changed".
        locale = QLocale()
        counts = ", ".join(
            translate("WindowAnchoring", "{count} {state}").format(
                count=locale.toString(revision.count(state)), state=state_label(state)
            )
            for state in AnchorState
            if revision.count(state)
        )
        number = locale.toString(revision.version.number)
        message = (
            translate("WindowAnchoring", "Version {number} imported: {counts}").format(
                number=number, counts=counts
            )
            if counts
            else translate("WindowAnchoring", "Version {number} imported: no annotations").format(
                number=number
            )
        )
        if forgot:
            message = translate(
                "WindowAnchoring", "{message} · the undo history starts again"
            ).format(message=message)
        self.window.statusBar().showMessage(message, 10000)
        if revision.count(AnchorState.CHANGED) or revision.count(AnchorState.ORPHANED):
            self.window.review_dock.show()
            self.window.review_dock.raise_()
        return revision

    def compare_versions(self) -> None:
        from factcheck.ui.compare_dialog import VersionCompareDialog

        if self.window.controller.document is not None:
            VersionCompareDialog(self.window, self.window.controller.document).exec()

    def refresh_review_queue(self) -> None:
        pending = self.window.tallies.review_items()
        self.window.review_queue.set_items(pending)
        self.window.review_dock.setWindowTitle(
            translate("WindowAnchoring", "Review queue ({count})").format(
                count=QLocale().toString(len(pending))
            )
            if pending
            else translate("WindowAnchoring", "Review queue")
        )

    def review_activated(self, annotation_id: int) -> None:
        """Picked in the queue: selected in the list, the panel and the article."""
        self.window.select_annotation(annotation_id)
        if (
            self.window.selected_id == annotation_id
            and not self.window.table.selectionModel().hasSelection()
        ):
            self.window.statusBar().showMessage(
                translate("WindowAnchoring", "The list's filters hide this annotation"), 5000
            )

    def review_dismiss(self, annotation_id: int) -> None:
        if commands.push_dismiss(self.window.undo_stack, self.window.controller, annotation_id):
            self.window._saved()

    def review_accept(self, annotation_id: int) -> None:
        if commands.push_accept(self.window.undo_stack, self.window.controller, annotation_id):
            self.window._saved()

    def review_retarget(self, annotation_id: int) -> None:
        span = self.window.view.selection_span() if self.viewing_newest else None
        if span is None:
            self.window.show_error(
                translate("WindowAnchoring", "select the right words first, then re-target")
                if self.viewing_newest
                else translate(
                    "WindowAnchoring",
                    "select the right words of the newest version first, then re-target",
                )
            )
            return
        if commands.push_retarget(
            self.window.undo_stack, self.window.controller, annotation_id, *span
        ):
            self.window._saved()
            self.window.select_annotation(annotation_id, scroll=False)

    def retarget_selected(self) -> None:
        """Edit > Re-target to selection: the selected annotation moves to the words
        selected in the article (any annotation, not only those in the review queue)."""
        if self.window.selected_id is None:
            self.window.statusBar().showMessage(
                translate("WindowAnchoring", "Select an annotation first (in the list)"), 5000
            )
            return
        self.review_retarget(self.window.selected_id)

    def drag_edge(self, start: int, end: int) -> None:
        """A mark's edge dragged with the mouse onto other words."""
        if self.window.selected_id is None or not self.viewing_newest:
            return
        if not self.window.view.text_of(start, end).strip():
            return
        if commands.push_retarget(
            self.window.undo_stack,
            self.window.controller,
            self.window.selected_id,
            start,
            end,
            adjusting=True,
        ):
            self.window._saved()
            self.window.select_annotation(self.window.selected_id, scroll=False, flash=False)

    def move_edge(self, edge: str, step: int, by_word: bool) -> None:
        """Shift(+Ctrl)(+Alt)+arrow on a mark: one edge moves by a word (or a letter)."""
        annotation = self.window.controller.annotation(self.window.selected_id or -1)
        if annotation is None or annotation.id is None or not self.viewing_newest:
            return
        text = self.window.view.plain_text()
        start, end = moved_edge(text, annotation.start, annotation.end, edge, step, by_word)
        if not text[start:end].strip():
            return
        moved = commands.push_retarget(
            self.window.undo_stack,
            self.window.controller,
            annotation.id,
            start,
            end,
            adjusting=True,
        )
        if moved is not None:
            self.window._saved()
            self.window.select_annotation(annotation.id, scroll=False, flash=False)
            self.window.view.select_span(moved.start, moved.end)  # the new extent, as selected text

    def review_delete(self, annotation_id: int) -> None:
        if commands.push_delete(self.window.undo_stack, self.window.controller, annotation_id):
            self.window._saved()
