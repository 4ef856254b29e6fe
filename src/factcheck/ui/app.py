"""Start the desktop app: QApplication, preferences, the database, the main window."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from factcheck import APP_NAME, __version__, paths
from factcheck.config import Preferences, load_preferences, save_preferences
from factcheck.errors import FactcheckError
from factcheck.services import Workspace
from factcheck.ui.controller import ReviewController
from factcheck.ui.main_window import MainWindow


def ask_reviewer_name(prefs: Preferences) -> None:
    """First run: the name recorded on every change (the OS account if declined)."""
    name, ok = QInputDialog.getText(
        None,
        f"Welcome to {APP_NAME}",
        "Your name, as it should appear on every annotation and change:",
        text=prefs.effective_reviewer(),
    )
    if ok and name.strip():
        prefs.reviewer_name = name.strip()
    save_preferences(prefs)


def open_initial_document(window: MainWindow, file: Path | None) -> None:
    """A file given on the command line; else the last document; else the sample."""
    controller = window.controller
    if file is not None:
        window.import_path(file)
        return
    library = controller.library()
    last = window.prefs.last_document_id
    if last is not None and any(d.id == last for d in library):
        window.open_document(last)
    elif library:
        window.open_document(library[-1].id)
    else:
        window.import_path(paths.sample_article_path())


def build_window(db: str | None, file: Path | None, prefs: Preferences) -> MainWindow:
    workspace = Workspace.open(paths.database_target(db), prefs.effective_reviewer())
    window = MainWindow(ReviewController(workspace), prefs)
    open_initial_document(window, file)
    return window


def report_unexpected(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """Our bug, in a slot: the details go to stderr, the user gets a message, work goes on."""
    traceback.print_exception(kind, error, trace)
    QMessageBox.critical(
        None,
        APP_NAME,
        f"Something went wrong inside {APP_NAME} ({kind.__name__}: {error}). "
        "Your saved work is safe; please report this.",
    )


def run_app(db: str | None = None, file: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "factcheck.svg")))
    sys.excepthook = report_unexpected
    prefs = load_preferences()
    if not prefs.reviewer_name:
        ask_reviewer_name(prefs)
    try:
        window = build_window(db, file, prefs)
    except FactcheckError as exc:
        QMessageBox.critical(None, APP_NAME, exc.message)
        return exc.exit_code
    window.show()
    return app.exec()
