"""Bring a database to the newest schema: back it up first, refuse one from the future."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

from factcheck.errors import DatabaseTooNewError, EnvironmentProblem, UserInputError
from factcheck.storage.migrations import SCHEMA_HEAD

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
MIGRATION_LOCK = 7_134_001  # a PostgreSQL advisory lock key of our own


def alembic_config() -> Config:
    """Alembic's configuration pointing at our scripts (imported only when needed)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _backup_sqlite(file: Path, revision: str) -> Path:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = file.with_name(f"{file.name}.backup-{revision}-{stamp}")
    # The backup API copies a consistent snapshot, WAL contents included.
    source, copy = sqlite3.connect(file), sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    return target


def ensure_schema(
    engine: Engine, sqlite_path: Path | None, writer: Engine | None = None
) -> Path | None:
    """Migrate to the newest schema. Returns the backup file, when one was taken.

    Nothing is written before the database is known to be ours. ``writer`` is the
    engine whose transactions take the write lock at once, so that two processes
    opening a new file together migrate it once.
    """
    with engine.connect() as connection:
        current = current_revision(connection)
        if current == SCHEMA_HEAD:
            return None
        if current is None and inspect(connection).get_table_names():
            raise UserInputError(
                "this database holds tables that are not Factcheck's; refusing to touch it"
            )

    from alembic import command
    from alembic.script import ScriptDirectory

    config = alembic_config()
    scripts = ScriptDirectory.from_config(config)
    if current is not None and current not in {rev.revision for rev in scripts.walk_revisions()}:
        raise DatabaseTooNewError(
            f"this database was written by a newer Factcheck (schema {current}); "
            "install the newer version to open it"
        )
    backup = None
    if current is not None and sqlite_path is not None and sqlite_path.exists():
        backup = _backup_sqlite(sqlite_path, current)
    with (writer or engine).begin() as connection:
        if connection.dialect.name == "postgresql":
            # Two apps opening a new team database together: one migrates, one waits.
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        config.attributes["connection"] = connection
        try:
            command.upgrade(config, "head")  # reads the revision again, under the lock
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) == "42501":
                raise EnvironmentProblem(
                    "the team database needs its schema brought up to date; "
                    "the database owner must run 'factcheck team init' first"
                ) from None
            raise
    return backup
