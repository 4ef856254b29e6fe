"""Start-up in two halves: the window with the last document's text first, then the
database (and SQLAlchemy) opened in it. See ui/app.py."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from factcheck.config import Preferences, load_preferences
from factcheck.domain import AnnotationKind
from factcheck.services.workspace import Workspace
from factcheck.storage.preview import peek_latest_version
from factcheck.ui.app import finish_start, first_paint
from tests.gui.test_reviewing import mark

TEXT = "A second draft\n\nThe minister said unemployment fell by 4% in May."


@pytest.fixture
def returning_reviewer(db_path: Path) -> tuple[Preferences, int]:
    """A database with two drafts, the reviewer having last looked at the second."""
    workspace = Workspace.open(str(db_path), "R")
    workspace.import_text("First draft\n\nSomething else entirely.")
    second = workspace.import_text(TEXT)
    workspace.close()
    assert second.id is not None
    prefs = Preferences(reviewer_name="R", last_document_id=second.id)
    return prefs, second.id


def test_the_last_document_is_painted_before_the_database_opens(
    qtbot, db_path: Path, returning_reviewer: tuple[Preferences, int]
) -> None:
    prefs, second = returning_reviewer
    window = first_paint(str(db_path), None, prefs)
    qtbot.addWidget(window)
    # Readable now, though nothing is loaded: no workspace, no list, no panel yet.
    assert window.isVisible()
    assert window.view.toPlainText() == TEXT
    assert window.windowTitle().startswith("A second draft")
    assert (window.controller.has_workspace, window.work_area_built) == (False, False)
    assert window.statusBar().currentMessage() == "Opening the database…"

    assert finish_start(window, str(db_path), None) is None
    assert (window.controller.has_workspace, window.work_area_built) == (True, True)
    assert window.controller.document is not None
    assert window.controller.document.id == second
    assert window.statusBar().currentMessage() == ""
    assert [d.title for d in window.controller.library()][-1] == "A second draft"
    # Whole now: marking works and lands in the list, the panel and the database.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # keyboard shortcuts go to the active window
    made = mark(qtbot, window, "unemployment fell by 4%", Qt.Key.Key_1)
    assert made is not None and made.kind is AnnotationKind.CLAIM
    assert window.model.rowCount() == 1
    assert window.panel.isEnabled()
    window.desk.stop()
    window.controller.workspace.close()
    reopened = Workspace.open(str(db_path), "R")
    assert [a.exact for a in reopened.annotations(second)] == ["unemployment fell by 4%"]
    reopened.close()


def test_the_text_stays_where_it_was_painted_and_where_it_was_left(
    qtbot, db_path: Path, returning_reviewer: tuple[Preferences, int]
) -> None:
    prefs, _ = returning_reviewer
    before = first_paint(str(db_path), None, prefs)
    qtbot.addWidget(before)
    finish_start(before, str(db_path), None)
    before.resize(1300, 800)
    qtbot.waitExposed(before)
    before.main_splitter.setSizes([830, 400])
    left = before.main_splitter.sizes()
    before.close()  # saves the window's layout
    before.controller.workspace.close()

    window = first_paint(str(db_path), None, load_preferences())
    qtbot.addWidget(window)
    window.resize(before.size())  # (the offscreen platform does not restore geometry)
    qtbot.waitExposed(window)
    painted = window.main_splitter.sizes()
    finish_start(window, str(db_path), None)
    qtbot.wait(10)
    after = window.main_splitter.sizes()
    assert abs(painted[0] - left[0]) <= 10, (left, painted)
    assert abs(after[0] - painted[0]) <= 10, (painted, after)  # the text does not jump
    window.desk.stop()
    window.controller.workspace.close()


def test_a_first_start_paints_an_empty_window_then_opens_the_sample(qtbot, db_path: Path) -> None:
    window = first_paint(str(db_path), None, Preferences(reviewer_name="R"))
    qtbot.addWidget(window)
    assert window.view.toPlainText() == ""
    assert not db_path.exists()  # looking first never creates the database
    assert finish_start(window, str(db_path), None) is None
    assert window.controller.document is not None
    assert "Witkoff" in window.view.toPlainText()
    assert load_preferences().last_document_id == window.controller.document.id
    window.desk.stop()
    window.controller.workspace.close()


def test_a_database_that_cannot_open_is_said_and_the_window_closes(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"this is not a database" * 100)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: told.append(text))
    window = first_paint(str(broken), None, Preferences(reviewer_name="R", last_document_id=1))
    qtbot.addWidget(window)
    assert window.view.toPlainText() == ""  # no preview of what cannot be read
    status = finish_start(window, str(broken), None)
    assert status is not None and status != 0
    assert len(told) == 1 and "\n" not in told[0]
    assert not window.isVisible()
    assert broken.read_bytes() == b"this is not a database" * 100  # left as it was


def test_peek_reads_only_what_is_there(tmp_path: Path, db_path: Path) -> None:
    assert peek_latest_version(str(tmp_path / "missing.sqlite3"), 1) is None
    assert not (tmp_path / "missing.sqlite3").exists()
    assert peek_latest_version("postgresql://desk@localhost/factcheck", 1) is None
    workspace = Workspace.open(str(db_path), "R")
    document = workspace.import_text("Old words\n\nFirst wording.")
    assert document.id is not None
    newer = tmp_path / "newer.txt"
    newer.write_text("Old words\n\nSecond wording, newer.", encoding="utf-8")
    workspace.revise(document.id, newer)
    workspace.close()
    preview = peek_latest_version(str(db_path), document.id)
    assert preview is not None
    assert preview.title == "Old words"
    assert preview.version.number == 2
    assert preview.version.text == "Old words\n\nSecond wording, newer."
    assert preview.version.structure  # the headings keep their look in the preview
    assert peek_latest_version(str(db_path), document.id + 1) is None
    # A database of another shape (or not ours) is not previewed, and not changed.
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE documents (id INTEGER PRIMARY KEY)")
    before = other.read_bytes()
    assert peek_latest_version(str(other), 1) is None
    assert other.read_bytes() == before


def test_the_first_paint_loads_no_database_layer(
    db_path: Path, returning_reviewer: tuple[Preferences, int], tmp_path: Path
) -> None:
    """What makes start-up quick (bench/gui_bench.py measures it): SQLAlchemy, the
    services and the exporters load after the window is painted, not before."""
    _prefs, second = returning_reviewer
    script = f"""
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from factcheck.config import Preferences
from factcheck.ui.app import first_paint
prefs = Preferences(reviewer_name="R", last_document_id={second})
window = first_paint({str(db_path)!r}, None, prefs)
assert window.view.toPlainText().startswith("A second draft")
heavy = ("sqlalchemy", "alembic", "factcheck.storage.database", "factcheck.services.workspace",
         "factcheck.exporters", "factcheck.ui.panel", "factcheck.ui.preferences")
print(sorted(m for m in sys.modules if m.startswith(heavy)))
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACTCHECK_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, env=env
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_whole_start_up_as_the_app_runs_it(
    qtbot, db_path: Path, returning_reviewer: tuple[Preferences, int], monkeypatch
) -> None:
    """run_app from the preferences to the event loop (left at once here): the
    translations, the contrast preference, both halves of the start."""
    from PySide6.QtWidgets import QApplication

    from factcheck.config import save_preferences
    from factcheck.ui import app as app_module
    from factcheck.ui.main_window import MainWindow

    prefs, second = returning_reviewer
    save_preferences(prefs)
    monkeypatch.setattr(QApplication, "exec", lambda *_: 0)
    assert app_module.run_app(db=str(db_path)) == 0
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    window = next(w for w in windows if w.isVisible() and w.controller.has_workspace)
    qtbot.addWidget(window)
    assert window.controller.document is not None and window.controller.document.id == second
    window.desk.stop()
    window.controller.workspace.close()
