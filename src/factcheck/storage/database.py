"""One open database: engine, schema check, and transactions that translate errors."""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from factcheck.errors import FactcheckError
from factcheck.storage.engine import (
    BEGIN_PATIENCE_S,
    WRITE_OPTION,
    database_url,
    environment_problem,
    make_engine,
    sqlite_file,
    use_wal,
)
from factcheck.storage.migrate import ensure_schema


def _locked(exc: Exception) -> bool:
    return isinstance(exc, OperationalError) and "locked" in str(exc.orig).lower()


class Database:
    def __init__(self, target: str) -> None:
        self.url = database_url(target)
        self.path: Path | None = sqlite_file(self.url)
        self.is_team = self.url.get_backend_name() == "postgresql"
        self.engine = make_engine(self.url)
        self._writer = self.engine.execution_options(**{WRITE_OPTION: True})
        self._sessions = sessionmaker(self._writer, expire_on_commit=False)
        self._readers = sessionmaker(self.engine, expire_on_commit=False)
        deadline = time.monotonic() + BEGIN_PATIENCE_S
        delay = 0.05
        while True:
            try:
                self.backup_path = ensure_schema(self.engine, self.path, self._writer)
                if self.url.get_backend_name() == "sqlite" and self.path is not None:
                    use_wal(self.engine)
                return
            except FactcheckError:
                self.engine.dispose()
                raise
            except Exception as exc:
                # Several first starts of one new file: while one migrates (and turns on
                # WAL), the others may find it locked past SQLite's busy timeout. They
                # wait their turn, as BEGIN does, instead of failing the start.
                if _locked(exc) and self.path is not None and time.monotonic() < deadline:
                    time.sleep(delay * (1 + random.random()))
                    delay = min(delay * 2, 0.5)
                    continue
                self.engine.dispose()
                problem = environment_problem(exc, self.describe())
                if problem is None:
                    raise
                raise problem from None

    def login(self) -> str | None:
        """The PostgreSQL login whose name is recorded on changes (None on SQLite)."""
        if not self.is_team:
            return None
        with self.reading() as session:
            return str(session.execute(text("SELECT current_user")).scalar_one())

    def files(self) -> list[Path]:
        """The files that make up a SQLite database (nothing for a server)."""
        if self.path is None:
            return []
        return [self.path] + [
            self.path.with_name(self.path.name + suffix) for suffix in ("-wal", "-shm", "-journal")
        ]

    def describe(self) -> str:
        if self.path is not None:
            return str(self.path)
        if self.is_team:
            where = (
                f"{self.url.host}:{self.url.port or 5432}" if self.url.host else "the local socket"
            )
            return f"database {self.url.database} on {where}"
        return self.url.render_as_string(hide_password=True)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session that may write: commits on success and rolls back on any error.

        Errors that are the environment's fault (locked, full, read-only) come out
        as EnvironmentProblem with a message for the user; our bugs stay as they are.
        """
        with self._session(self._sessions) as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only: it never takes the write lock."""
        with self._session(self._readers) as session:
            yield session

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """A plain connection in one transaction, errors translated as for sessions
        (for setup work such as roles and grants)."""
        try:
            with self.engine.begin() as connection:
                yield connection
        except FactcheckError:
            raise
        except Exception as exc:
            problem = environment_problem(exc, self.describe())
            if problem is None:
                raise
            raise problem from None

    @contextmanager
    def _session(self, factory: sessionmaker[Session]) -> Iterator[Session]:
        session = factory()
        try:
            yield session
            session.commit()
        except Exception as exc:
            session.rollback()
            problem = environment_problem(exc, self.describe())
            if problem is None:
                raise
            raise problem from None
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()
