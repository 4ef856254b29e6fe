"""Reading a draft from the app: a progress bar with Cancel for a slow one, and the
import notes (what was left out or changed) told to the reviewer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from factcheck import APP_NAME
from factcheck.domain.text import os_text
from factcheck.ui.i18n import translate

if TYPE_CHECKING:
    from factcheck.importers.base import ImportedDocument

SHOW_AFTER_MS = 500  # quicker imports never flash a dialog
EVENTS_EVERY_MS = 50  # how often the bar repaints and Cancel is looked at


T = TypeVar("T")


def run_with_progress(
    parent: QWidget,
    label: str,
    work: Callable[[Callable[[int, int], None], Callable[[], bool]], T],
) -> T:
    """Run ``work(progress, cancelled)`` in this thread with a window-modal progress
    dialog that shows once the work takes over half a second; its Cancel makes
    ``cancelled()`` answer True (the work then raises ``Cancelled``)."""
    dialog = QProgressDialog(label, translate("ImportProgress", "Cancel"), 0, 0, parent)
    dialog.setObjectName("importProgress")
    dialog.setWindowTitle(translate("ImportProgress", "Import"))
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
        return work(progress, cancelled)
    finally:
        dialog.close()
        dialog.deleteLater()


def read_with_progress(parent: QWidget, path: Path) -> ImportedDocument:
    """Read a draft in this thread, with the progress dialog of ``run_with_progress``.
    Raises ``Cancelled`` when the reviewer cancels, and the importers' own errors for a
    file that cannot be read; nothing is stored here."""
    from factcheck.importers import read_document

    return run_with_progress(
        parent,
        translate("ImportProgress", "Reading {name}…").format(name=os_text(path.name)),
        lambda progress, cancelled: read_document(path, progress=progress, cancelled=cancelled),
    )


def tell_import_notes(parent: QWidget, name: str, notes: list[str]) -> QMessageBox | None:
    """What the import left out or changed, in a box that does not stop work."""
    if not notes:
        return None
    count = len(notes)  # (lupdate misses a translate() whose count is a call)
    box = QMessageBox(
        QMessageBox.Icon.Information,
        APP_NAME,
        translate("ImportProgress", "{name} was imported with %n note(s):", None, count).format(
            name=name
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("importNotes")
    box.setInformativeText("\n".join(f"• {note}" for note in notes))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
