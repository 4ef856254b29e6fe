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
from factcheck.ui.i18n import translate
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


def export_filter(fmt: str, label: str, ext: str) -> str:
    """The export dialog's choice for a format, in the interface language: the core
    names its formats in English (``FORMATS``); one it adds later shows as it names it."""
    known = {
        "html": translate("WindowExports", "HTML report (*.html)"),
        "pdf": translate("WindowExports", "PDF report (*.pdf)"),
        "docx": translate("WindowExports", "Word document with comments (*.docx)"),
        "md": translate("WindowExports", "Markdown (*.md)"),
        "csv": translate("WindowExports", "CSV spreadsheet (*.csv)"),
        "w3c": translate("WindowExports", "W3C Web Annotation JSON-LD (*.jsonld)"),
        "claimreview": translate("WindowExports", "schema.org ClaimReview JSON-LD (*.json)"),
    }
    pattern = f"(*{ext})"
    return known[fmt] if fmt in known and known[fmt].endswith(pattern) else f"{label} {pattern}"


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
            self.window.show_error(translate("WindowExports", "open a document to export"))
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
        from factcheck.ui.i18n import current_language
        from factcheck.ui.report_words import report_words

        # Written in the language chosen for reports (Preferences), else the interface's.
        report.words = report_words(self.window.prefs.report_language, current_language())
        from factcheck.ui.export_jobs import ExportJob

        job = ExportJob(
            report, fmt, target, page_size, self.window.controller.workspace.database.files()
        )
        progress = QProgressDialog(
            translate("WindowExports", "Writing {name}…").format(name=target.name),
            translate("WindowExports", "Cancel"),
            0,
            0,
            self.window,
        )
        progress.setObjectName("exportProgress")
        progress.setWindowTitle(translate("WindowExports", "Export"))
        progress.setMinimumDuration(500)  # shown only for a slow export (a long PDF)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoReset(False)
        progress.setAutoClose(False)
        progress.canceled.connect(job.cancel)

        def progressed(done: int, total: int) -> None:
            locale = QLocale()
            progress.setLabelText(
                translate("WindowExports", "Writing {name}: page {done} of {total}…").format(
                    name=target.name, done=locale.toString(done), total=locale.toString(total)
                )
            )
            progress.setMaximum(total)
            progress.setValue(done)

        def cancelled() -> None:
            progress.close()
            self.window.statusBar().showMessage(
                translate("WindowExports", "Export cancelled; {name} was not written").format(
                    name=target.name
                ),
                8000,
            )

        job.progressed.connect(progressed)
        job.cancelled.connect(cancelled)
        job.cancelled.connect(lambda: self.window._jobs.remove(job))

        def finished(note: str) -> None:
            progress.close()
            # The note comes from the exporter (e.g. claims it left out), as it says it.
            message = (
                translate("WindowExports", "Exported {name} ({note})").format(
                    name=target.name, note=note
                )
                if note
                else translate("WindowExports", "Exported {name}").format(name=target.name)
            )
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
            translate(
                "WindowExports", "ClaimReview names the organisation that publishes the checks."
            ),
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setObjectName("publisherMissing")
        box.setInformativeText(
            translate(
                "WindowExports",
                "Set your organisation's name and web address in Preferences, then export again.",
            )
        )
        open_button = box.addButton(
            translate("WindowExports", "Open &Preferences…"), QMessageBox.ButtonRole.AcceptRole
        )
        box.setDefaultButton(open_button)
        box.exec()
        if box.clickedButton() is open_button:
            self.window.edit_preferences()
        return bool(
            self.window.prefs.organisation.strip() and self.window.prefs.organisation_url.strip()
        )

    def _ask_export_target(self, document: Document) -> tuple[str, Path, str] | None:
        from factcheck.exporters import FORMATS

        filters = [export_filter(fmt, label, ext) for fmt, (label, ext) in FORMATS.items()]
        settings = window_settings()
        last_format = str(settings.value("exportFormat", "html"))
        last_format = last_format if last_format in FORMATS else "html"
        default = export_folder(settings) / (
            safe_file_name(document.title) + FORMATS[last_format][1]
        )
        name, chosen_filter = QFileDialog.getSaveFileName(
            self.window,
            translate("WindowExports", "Export"),
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
            translate("WindowExports", "Import annotations"),
            str(Path.home()),
            translate("WindowExports", "Web Annotation or Hypothesis JSON (*.json *.jsonld)")
            + ";;"
            + translate("WindowExports", "All files (*)"),
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
        # (the counts in variables: lupdate misses a translate() whose count is a call)
        created, skipped = len(summary.created), len(summary.skipped)
        message = translate(
            "WindowExports", "Imported %n annotation(s) from {name}", None, created
        ).format(name=path.name)
        if skipped:  # the reasons are the importer's own words
            message = translate(
                "WindowExports", "{imported}; %n skipped: {reasons}", None, skipped
            ).format(imported=message, reasons="; ".join(summary.skipped[:3]))
        self.window.statusBar().showMessage(message, 10000)
        return len(summary.created)
