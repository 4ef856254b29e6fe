"""Start the desktop app: QApplication, preferences, the database, the main window."""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from factcheck import APP_NAME, __version__, paths
from factcheck.config import Preferences, load_preferences, save_preferences
from factcheck.errors import FactcheckError
from factcheck.storage.preview import peek_latest_version
from factcheck.ui.controller import ReviewController
from factcheck.ui.i18n import install_translations, translate
from factcheck.ui.main_window import MainWindow
from factcheck.ui.palette import follow_contrast_preference

if TYPE_CHECKING:
    from factcheck.services.workspace import Workspace


def ask_reviewer_name(prefs: Preferences) -> None:
    """First run: the name recorded on every change (the OS account if declined)."""
    name, ok = QInputDialog.getText(
        None,
        translate("App", "Welcome to {app}").format(app=APP_NAME),
        translate("App", "Your name, as it should appear on every annotation and change:"),
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
    """The whole window at once, its database open (tests, the self-test)."""
    from factcheck.services.workspace import Workspace

    workspace = Workspace.open(paths.database_target(db), prefs.effective_reviewer())
    return window_on(workspace, file, prefs)


def window_on(workspace: Workspace, file: Path | None, prefs: Preferences) -> MainWindow:
    window = MainWindow(ReviewController(workspace), prefs)
    open_initial_document(window, file)
    return window


def _opens_team_database(db: str | None, prefs: Preferences) -> bool:
    """The team database the reviewer connected to last, unless --db or FACTCHECK_DB
    names another."""
    return db is None and not os.environ.get(paths.DB_ENV) and bool(prefs.team_database)


def first_paint(db: str | None, file: Path | None, prefs: Preferences) -> MainWindow:
    """Start-up, first half: the window on screen, showing the last document's text,
    before SQLAlchemy is even imported (that and opening the database take several
    times longer than a window does). ``finish_start`` makes it whole."""
    window = MainWindow(ReviewController(None), prefs)
    last = prefs.last_document_id
    if file is None and last is not None and not _opens_team_database(db, prefs):
        preview = peek_latest_version(paths.database_target(db), last)
        if preview is not None:
            window.preview(preview.title, preview.version)
    window.show()
    window.repaint()  # painted now, not when the event loop starts after the opening
    return window


def finish_start(window: MainWindow, db: str | None, file: Path | None) -> int | None:
    """Start-up, second half: open the database (local, or the team's) in the window
    already shown. None when all is well, else the exit status (the user was told)."""
    from factcheck.services.workspace import Workspace
    from factcheck.ui.fonts import register_bundled_fonts

    # After the first paint (4 ms saved there): the document is laid out again below.
    register_bundled_fonts()
    prefs = window.prefs
    try:
        workspace = None
        if _opens_team_database(db, prefs):
            workspace = open_team_database(prefs)
        if workspace is None:
            workspace = Workspace.open(paths.database_target(db), prefs.effective_reviewer())
    except FactcheckError as exc:
        QMessageBox.critical(window, APP_NAME, exc.message)
        window.close()
        return exc.exit_code
    window.attach_workspace(workspace)
    open_initial_document(window, file)
    return None


def open_team_database(prefs: Preferences) -> Workspace | None:
    """The team database the reviewer connected to last time. When it cannot be
    opened as it is (no saved password, server away), the connect dialog says why
    and offers to fix it; cancelled, the app opens the local database instead."""
    from factcheck.services.workspace import Workspace
    from factcheck.ui.connection import ConnectDialog

    try:
        return Workspace.open(prefs.team_database, prefs.effective_reviewer())
    except FactcheckError as exc:
        dialog = ConnectDialog(None, prefs.team_database)
        dialog.error.setText(exc.message)
        if dialog.exec() and dialog.result_url is not None:
            url = dialog.result_url.render_as_string(hide_password=False)
            return Workspace.open(url, prefs.effective_reviewer())
        return None


def report_unexpected(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """Our bug, in a slot: the details go to stderr, the user gets a message, work goes on."""
    traceback.print_exception(kind, error, trace)
    QMessageBox.critical(
        None,
        APP_NAME,
        translate(
            "App",
            "Something went wrong inside {app} ({error}). "
            "Your saved work is safe; please report this.",
        ).format(app=APP_NAME, error=f"{kind.__name__}: {error}"),
    )


def run_app(db: str | None = None, file: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "factcheck.svg")))
    sys.excepthook = report_unexpected
    prefs = load_preferences()
    install_translations(prefs.language)
    follow_contrast_preference(app)
    if not prefs.reviewer_name and not prefs.team_database:
        ask_reviewer_name(prefs)  # (on a team database the login is the name)
    window = first_paint(db, file, prefs)
    failed = finish_start(window, db, file)
    if failed is not None:
        return failed
    return app.exec()
