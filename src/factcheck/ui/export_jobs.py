"""Exports from the app: a format and a file, written off the GUI thread with a progress
dialog for anything slower than half a second."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal, Slot

from factcheck.errors import Cancelled, FactcheckError
from factcheck.exporters import Report, export
from factcheck.exporters.output import check_pdf, write_atomically, write_bytes_atomically
from factcheck.ui.i18n import translate

if TYPE_CHECKING:
    from factcheck.ui.pdf_export import PageProgress


def write_export(
    report: Report,
    fmt: str,
    target: Path,
    page_size: str = "a4",
    protected: Sequence[Path] = (),
    progress: PageProgress | None = None,
) -> str:
    """Write one export; returns a note for the user (or ""). Safe to call in any thread.

    The file is whole or absent: written beside the target, checked, then renamed.
    A PDF reports its pages to ``progress``, which may stop it.
    """
    if fmt == "pdf":
        from factcheck.ui.pdf_export import render_pdf

        write_atomically(
            target,
            lambda path: render_pdf(report, path, page_size, progress),
            check_pdf,
            protected,
        )
        return ""
    exported = export(report, fmt)
    write_bytes_atomically(target, exported.data, protected)
    return exported.note


class ExportWorker(QObject):
    finished = Signal(str)  # the note
    failed = Signal(str)
    cancelled = Signal()
    progressed = Signal(int, int)  # pages done, pages in all (PDF)

    def __init__(
        self, report: Report, fmt: str, target: Path, page_size: str, protected: Sequence[Path]
    ) -> None:
        super().__init__()
        self.report, self.fmt, self.target, self.page_size = report, fmt, target, page_size
        self.protected = protected
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Safe from any thread: the export stops after the page being drawn."""
        self._stop.set()

    def _page_done(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._stop.is_set()

    @Slot()
    def run(self) -> None:
        try:
            note = write_export(
                self.report,
                self.fmt,
                self.target,
                self.page_size,
                self.protected,
                progress=self._page_done,
            )
        except Cancelled:
            self.cancelled.emit()
        except FactcheckError as exc:
            self.failed.emit(exc.message)
        except OSError as exc:
            self.failed.emit(
                translate("ExportWorker", "cannot write {file}: {reason}").format(
                    file=str(self.target), reason=exc.strerror or str(exc)
                )
            )
        else:
            self.finished.emit(note)
        finally:
            # End the thread from inside: a GUI thread waiting on it (the window
            # closing) cannot also be the one that would tell it to quit.
            QThread.currentThread().quit()


class ExportJob(QObject):
    """Runs an ExportWorker in its own thread and reports back on the GUI thread."""

    done = Signal(str)
    failed = Signal(str)
    cancelled = Signal()
    progressed = Signal(int, int)

    def __init__(
        self,
        report: Report,
        fmt: str,
        target: Path,
        page_size: str = "a4",
        protected: Sequence[Path] = (),
    ) -> None:
        super().__init__()
        self._thread = QThread()
        self.worker = ExportWorker(report, fmt, target, page_size, protected)
        self.worker.moveToThread(self._thread)
        self._thread.started.connect(self.worker.run)
        self.worker.finished.connect(self._finish)
        self.worker.failed.connect(self._fail)
        self.worker.cancelled.connect(self._cancelled)
        self.worker.progressed.connect(self.progressed)

    def start(self) -> None:
        self._thread.start()

    def wait(self) -> None:
        """Block until the export is written (used when the window closes)."""
        self._thread.wait()

    def _stop(self) -> None:
        self._thread.quit()
        self._thread.wait()

    def _finish(self, note: str) -> None:
        self._stop()
        self.done.emit(note)

    def _fail(self, message: str) -> None:
        self._stop()
        self.failed.emit(message)

    def _cancelled(self) -> None:
        self._stop()
        self.cancelled.emit()

    def cancel(self) -> None:
        self.worker.cancel()
