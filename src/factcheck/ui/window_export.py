"""The window's exports and annotation imports (split from main_window.py).

``WindowExports`` is one of MainWindow's bases: its methods are the window's own
(``window.export_document(...)``), kept here so main_window.py stays about the
reviewing itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from factcheck import APP_NAME
from factcheck.domain import Document
from factcheck.domain.text import safe_file_name
from factcheck.ui.window_settings import window_settings

if TYPE_CHECKING:  # the exporters load on the first export, not at start-up
    from factcheck.ui.export_jobs import ExportJob
    from factcheck.ui.main_window import MainWindow


def export_folder(settings: QSettings) -> Path:
    """Where the export dialog opens: the last export's folder while it exists, else
    the user's Documents folder."""
    last = Path(str(settings.value("exportFolder", "")))
    if str(last) not in ("", ".") and last.is_dir():
        return last
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


class WindowExports:
    """The window's exports and annotation imports."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    # --- export and import of annotations ------------------------------------------------
    def export_document(
        self, fmt: str | None = None, target: Path | None = None, page_size: str = "a4"
    ) -> ExportJob | None:
        """Export the open document; without arguments, ask for the format and the file."""
        document = self.window.controller.document
        if document is None or document.id is None:
            self.window.show_error("open a document to export")
            return None
        if fmt is None or target is None:
            chosen = self._ask_export_target(document)
            if chosen is None:
                return None
            fmt, target, page_size = chosen
        if fmt == "claimreview" and not self._publisher_is_set():
            return None
        doc_id = document.id
        report = self.window.controller.attempt(
            lambda: self.window.controller.workspace.report(
                doc_id, self.window.prefs.organisation, self.window.prefs.organisation_url
            )
        )
        if report is None:
            return None
        from factcheck.ui.export_jobs import ExportJob

        job = ExportJob(
            report, fmt, target, page_size, self.window.controller.workspace.database.files()
        )
        progress = QProgressDialog(f"Writing {target.name}…", "Cancel", 0, 0, self.window)
        progress.setObjectName("exportProgress")
        progress.setWindowTitle("Export")
        progress.setMinimumDuration(500)  # shown only for a slow export (a long PDF)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoReset(False)
        progress.setAutoClose(False)
        progress.canceled.connect(job.cancel)

        def progressed(done: int, total: int) -> None:
            progress.setLabelText(f"Writing {target.name}: page {done} of {total}…")
            progress.setMaximum(total)
            progress.setValue(done)

        def cancelled() -> None:
            progress.close()
            self.window.statusBar().showMessage(
                f"Export cancelled; {target.name} was not written", 8000
            )

        job.progressed.connect(progressed)
        job.cancelled.connect(cancelled)
        job.cancelled.connect(lambda: self.window._jobs.remove(job))

        def finished(note: str) -> None:
            progress.close()
            message = f"Exported {target.name}" + (f" ({note})" if note else "")
            self.window.statusBar().showMessage(message, 8000)
            self.window.last_export = target

        def failed(message: str) -> None:
            progress.close()
            self.window.show_error(message)

        job.done.connect(finished)
        job.failed.connect(failed)
        self.window._jobs.append(job)
        job.done.connect(lambda _note: self.window._jobs.remove(job))
        job.failed.connect(lambda _message: self.window._jobs.remove(job))
        job.start()
        return job

    def _publisher_is_set(self) -> bool:
        """ClaimReview names the publishing organisation: ask for it when it is unset."""
        if self.window.prefs.organisation.strip() and self.window.prefs.organisation_url.strip():
            return True
        box = QMessageBox(
            QMessageBox.Icon.Information,
            APP_NAME,
            "ClaimReview names the organisation that publishes the checks.",
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setObjectName("publisherMissing")
        box.setInformativeText(
            "Set your organisation's name and web address in Preferences, then export again."
        )
        open_button = box.addButton("Open &Preferences…", QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(open_button)
        box.exec()
        if box.clickedButton() is open_button:
            self.window.edit_preferences()
        return bool(
            self.window.prefs.organisation.strip() and self.window.prefs.organisation_url.strip()
        )

    def _ask_export_target(self, document: Document) -> tuple[str, Path, str] | None:
        from factcheck.exporters import FORMATS

        filters = [f"{label} (*{ext})" for label, ext in FORMATS.values()]
        settings = window_settings()
        last_format = str(settings.value("exportFormat", "html"))
        last_format = last_format if last_format in FORMATS else "html"
        default = export_folder(settings) / (
            safe_file_name(document.title) + FORMATS[last_format][1]
        )
        name, chosen_filter = QFileDialog.getSaveFileName(
            self.window,
            "Export",
            str(default),
            ";;".join(filters),
            filters[list(FORMATS).index(last_format)],
        )
        if not name:
            return None
        fmt = list(FORMATS)[filters.index(chosen_filter)] if chosen_filter in filters else "html"
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(FORMATS[fmt][1])
        # The next export starts where this one went, in the same format.
        settings.setValue("exportFolder", str(path.parent))
        settings.setValue("exportFormat", fmt)
        page_size = (
            "letter"
            if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
            else "a4"
        )
        return fmt, path, page_size

    def choose_annotations_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            "Import annotations",
            str(Path.home()),
            "Web Annotation or Hypothesis JSON (*.json *.jsonld);;All files (*)",
        )
        if name:
            self.import_annotations(Path(name))

    def import_annotations(self, path: Path) -> int:
        document = self.window.controller.document
        if document is None or document.id is None:
            return 0
        doc_id = document.id
        summary = self.window.controller.attempt(
            lambda: self.window.controller.workspace.import_annotations(doc_id, path)
        )
        if summary is None:
            return 0
        self.window.controller.reload_annotations()
        message = f"Imported {len(summary.created)} annotations from {path.name}"
        if summary.skipped:
            message += f"; {len(summary.skipped)} skipped: " + "; ".join(summary.skipped[:3])
        self.window.statusBar().showMessage(message, 10000)
        return len(summary.created)
