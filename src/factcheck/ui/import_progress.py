"""Reading a draft from the app: a progress bar with Cancel for a slow one, and the
import notes (what was left out or changed) told to the reviewer."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from factcheck import APP_NAME
from factcheck.domain.text import counted, os_text

if TYPE_CHECKING:
    from factcheck.importers.base import ImportedDocument

SHOW_AFTER_MS = 500  # quicker imports never flash a dialog
EVENTS_EVERY_MS = 50  # how often the bar repaints and Cancel is looked at


def read_with_progress(parent: QWidget, path: Path) -> ImportedDocument:
    """Read ``path`` in this thread, with a window-modal progress dialog shown once it
    takes over half a second. Raises ``Cancelled`` when the reviewer cancels, and the
    importers' own errors for a file that cannot be read; nothing is stored here."""
    from factcheck.importers import read_document

    dialog = QProgressDialog(f"Reading {os_text(path.name)}…", "Cancel", 0, 0, parent)
    dialog.setObjectName("importProgress")
    dialog.setWindowTitle("Import")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    since_events = QElapsedTimer()
    since_events.start()

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))  # shows the dialog once it is due
        pump()

    def pump() -> None:
        if since_events.elapsed() >= EVENTS_EVERY_MS:
            since_events.restart()
            QCoreApplication.processEvents()

    def cancelled() -> bool:
        pump()
        return dialog.wasCanceled()

    try:
        return read_document(path, progress=progress, cancelled=cancelled)
    finally:
        dialog.close()
        dialog.deleteLater()


def tell_import_notes(parent: QWidget, name: str, notes: list[str]) -> QMessageBox | None:
    """What the import left out or changed, in a box that does not stop work."""
    if not notes:
        return None
    box = QMessageBox(
        QMessageBox.Icon.Information,
        APP_NAME,
        f"{name} was imported with {counted(len(notes), 'note')}:",
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("importNotes")
    box.setInformativeText("\n".join(f"• {note}" for note in notes))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
