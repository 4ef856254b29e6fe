"""Fixtures shared by unit, GUI and end-to-end tests (as in qutebrowser's helpers)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from factcheck import paths
from factcheck.services import Workspace

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "samples" / "putin-witkoff-meeting.txt"


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test ever touches the real user's data or preferences."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv(paths.HOME_ENV, str(home))
    monkeypatch.delenv(paths.DB_ENV, raising=False)
    monkeypatch.setenv("FACTCHECK_REVIEWER", "Test Reviewer")
    return home


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "factcheck.sqlite3"


BACKENDS = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests marked ``both_backends`` run once on SQLite and once on PostgreSQL."""
    if "backend" in metafunc.fixturenames and metafunc.definition.get_closest_marker(
        "both_backends"
    ):
        metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def database_target(backend: str, db_path: Path, request: pytest.FixtureRequest) -> str:
    """The database under test: an SQLite file, or a fresh database on the private
    PostgreSQL server (started only when a test needs it)."""
    if backend == "postgresql":
        return str(request.getfixturevalue("pg_url"))
    return str(db_path)


@pytest.fixture
def workspace(database_target: str) -> Iterator[Workspace]:
    ws = Workspace.open(database_target, "Test Reviewer")
    yield ws
    ws.close()


@pytest.fixture
def sample_document_id(workspace: Workspace, sample_path: Path) -> int:
    document = workspace.import_file(sample_path)
    assert document.id is not None
    return document.id


@dataclass
class CliResult:
    returncode: int
    stdout: str
    stderr: str


class CliRunner:
    """Runs ``python -m factcheck`` in a real subprocess against one database file."""

    def __init__(self, db: Path | str, home: Path) -> None:
        self.db = db
        self.env = {
            **os.environ,
            paths.HOME_ENV: str(home),
            paths.DB_ENV: str(db),
            "FACTCHECK_REVIEWER": "CLI Reviewer",
            "PYTHONIOENCODING": "utf-8",
        }

    def __call__(self, *args: str | Path | int) -> CliResult:
        proc = subprocess.run(
            [sys.executable, "-m", "factcheck", *map(str, args)],
            env=self.env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=60,
            check=False,
        )
        return CliResult(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def cli(database_target: str, db_path: Path, private_home: Path) -> CliRunner:
    return CliRunner(db_path if database_target == str(db_path) else database_target, private_home)


def database_dump(db: Path | str) -> list[str]:
    """Every row of every table, to prove that a failed command changed nothing."""
    if isinstance(db, str) and "://" in db:
        return _server_dump(db)
    db = Path(db)
    if not db.exists():
        return []
    connection = sqlite3.connect(db)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def run_sql(db: Path | str, statement: str) -> None:
    """Change a database behind the app's back (SQLite file or PostgreSQL URL)."""
    if isinstance(db, str) and "://" in db:
        import psycopg

        with psycopg.connect(db.replace("postgresql+psycopg://", "postgresql://")) as server:
            server.execute(statement)
        return
    connection = sqlite3.connect(db)
    try:
        connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


def _server_dump(url: str) -> list[str]:
    import psycopg

    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"
            )
        ]
        dump: list[str] = []
        for table in tables:
            rows = connection.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()
            dump += [f"{table}: {row!r}" for row in rows]
        return dump


@pytest.fixture
def window(qtbot, db_path: Path, sample_path: Path):
    """The real main window on a fresh database, showing the sample article."""
    from factcheck.config import Preferences
    from factcheck.ui.app import build_window

    win = build_window(str(db_path), None, Preferences(reviewer_name="GUI Reviewer"))
    qtbot.addWidget(win)
    win.resize(1300, 800)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)  # keyboard shortcuts go to the active window only
    yield win
    win.desk.stop()  # the change follower ends before its database closes
    win.controller.workspace.close()
    # The interface font is the application's: a test that enlarged it must not leave
    # the next test's window laid out (and its size hints cached) at that size.
    from factcheck.ui.fonts import DEFAULT_ARTICLE_POINT_SIZE, apply_interface_font

    apply_interface_font(DEFAULT_ARTICLE_POINT_SIZE)
