"""Start the desktop app: QApplication, the database, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QTextBrowser

from factcheck import APP_NAME, __version__, paths
from factcheck.config import load_preferences
from factcheck.errors import FactcheckError
from factcheck.services import Workspace


def run_app(db: str | None = None, file: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    try:
        workspace = Workspace.open(paths.database_target(db), load_preferences().effective_reviewer())
        document = workspace.import_file(file or paths.sample_article_path())
    except FactcheckError as exc:
        QMessageBox.critical(None, APP_NAME, exc.message)
        return exc.exit_code
    window = QMainWindow()
    view = QTextBrowser()
    view.setPlainText(document.latest.text)
    window.setCentralWidget(view)
    window.setWindowTitle(f"{document.title} — {APP_NAME}")
    window.resize(1000, 700)
    window.show()
    return app.exec()
