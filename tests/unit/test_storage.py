"""Engine pragmas, migrations, backups and refusing a database from the future."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from factcheck.errors import DatabaseTooNewError, EnvironmentProblem, UserInputError
from factcheck.storage import Database, migrate
from factcheck.storage.migrations import SCHEMA_HEAD


def test_schema_head_constant_matches_the_newest_migration() -> None:
    from alembic.script import ScriptDirectory

    assert ScriptDirectory.from_config(migrate.alembic_config()).get_current_head() == SCHEMA_HEAD


def test_an_empty_file_is_migrated_to_the_newest_schema(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    db = Database(str(path))
    db.close()
    connection = sqlite3.connect(path)
    tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    version = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    labels = connection.execute("SELECT count(*) FROM verdict_labels").fetchone()[0]
    connection.close()
    assert {"documents", "versions", "annotations", "sources", "annotation_history"} <= tables
    assert version == SCHEMA_HEAD
    assert labels == 11  # seven for claims, four for quotes
    assert db.backup_path is None  # nothing to back up in a new file


def test_the_pragmas_are_set(db_path: Path) -> None:
    db = Database(str(db_path))
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 5000
    db.close()


def test_a_database_from_a_newer_app_is_refused_and_left_alone(db_path: Path) -> None:
    Database(str(db_path)).close()
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="newer Factcheck"):
        Database(str(db_path))
    assert db_path.read_bytes() == before
    assert not list(db_path.parent.glob("*.backup-*"))


def test_a_backup_is_taken_before_migrating(
    db_path: Path, workspace_factory_rows: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Pretend the code knows a newer head than the file: the app must copy the file first.
    monkeypatch.setattr(migrate, "SCHEMA_HEAD", "a-newer-head")
    db = Database(str(db_path))
    db.close()
    assert db.backup_path is not None
    assert db.backup_path.name.startswith(f"{db_path.name}.backup-{SCHEMA_HEAD}-")
    copy = sqlite3.connect(db.backup_path)
    assert copy.execute("SELECT count(*) FROM documents").fetchone()[0] == workspace_factory_rows
    copy.close()


@pytest.fixture
def workspace_factory_rows(db_path: Path, sample_path: Path) -> int:
    from factcheck.services import Workspace

    ws = Workspace.open(str(db_path), "me")
    ws.import_file(sample_path)
    ws.close()
    return 1


def test_a_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE accounts (id INTEGER)")
    connection.close()
    with pytest.raises(UserInputError, match="not Factcheck's"):
        Database(str(path))


def test_a_text_file_as_database_is_an_environment_problem(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("these are not the tables you are looking for\n" * 100)
    with pytest.raises(EnvironmentProblem, match="not a Factcheck database"):
        Database(str(path))


def test_a_locked_database_gives_a_message_not_a_traceback(
    db_path: Path, sample_path: Path
) -> None:
    from factcheck.domain import AnnotationKind
    from factcheck.services import AnnotationDraft, Workspace
    from factcheck.storage import engine

    ws = Workspace.open(str(db_path), "me")
    doc = ws.import_file(sample_path)
    assert doc.id is not None
    blocker = sqlite3.connect(db_path, timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(engine, "BUSY_TIMEOUT_MS", 50)
            impatient = Workspace.open(str(db_path), "me")
            with pytest.raises(EnvironmentProblem, match="locked"):
                impatient.annotate_text(
                    doc.id, "three-hour meeting", AnnotationDraft(AnnotationKind.CLAIM)
                )
            impatient.close()
    finally:
        blocker.rollback()
        blocker.close()
    assert ws.annotations(doc.id) == []
    ws.close()


def test_postgresql_urls_are_accepted() -> None:
    from factcheck.storage.engine import database_url, sqlite_file

    url = database_url("postgresql://team@db.newsroom.example/factcheck")
    assert url.get_backend_name() == "postgresql"
    assert sqlite_file(url) is None


def test_migration_0003_keeps_sources_and_verdicts_and_adds_the_quote_scale(
    tmp_path: Path,
) -> None:
    """A database of the team-desk schema (0002) opens with its work intact: sources
    become web sources, verdicts already given to quotes stay as they were."""
    from alembic import command
    from sqlalchemy import create_engine

    from factcheck.domain import SourceKind

    path = tmp_path / "older.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
        connection.execute(
            text(
                "INSERT INTO documents (id, title, url, outlet, author, language, created_at,"
                " assignee, uid) VALUES (1, 'D', '', '', '', '', '2026-01-01', '', 'u1')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO versions (id, document_id, number, text, content_hash, source_name,"
                " imported_at, structure, uid) VALUES (1, 1, 1, 'He said it.', 'h', 'x',"
                " '2026-01-01', '[]', 'u2')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO annotations (id, document_id, version_id, kind, start_offset,"
                " end_offset, exact, prefix, suffix, author, state, verdict, status, speaker,"
                " note, created_at, updated_at, uid) VALUES (1, 1, 1, 'quote', 0, 7, 'He said',"
                " '', '', 'me', 'exact', 'true', 'to_check', '', '', '2026-01-01',"
                " '2026-01-01', 'u3')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO sources (annotation_id, position, url, title, publisher,"
                " archived_url, stance, note) VALUES (1, 0, 'https://a.example', 'A', '', '',"
                " 'supports', '')"
            )
        )
    engine.dispose()
    db = Database(str(path))
    from factcheck.services import Workspace

    workspace = Workspace(db, "me")
    annotation = workspace.annotation(1)
    assert annotation.verdict == "true"  # not re-judged by a migration
    assert [s.kind for s in annotation.sources] == [SourceKind.WEB]
    scale = workspace.verdict_scale()
    assert [v.key for v in scale.ordered("quote")] == [
        "accurately-quoted",
        "inaccurate",
        "out-of-context",
        "unverifiable-quote",
    ]
    assert len(scale.ordered("claim")) == 7
    workspace.close()
