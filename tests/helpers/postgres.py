"""A real, private PostgreSQL server for the tests, started by scripts/test-postgres.sh.

One server per test session (``postgres_server``), one fresh database per test
(``pg_url``), owned by a fresh login role that is no superuser but may create roles.
Roles belong to the whole cluster, so every database of the session sees every role.

Without PostgreSQL's server programs the tests that need them are skipped, with the
reason shown by ``-ra``; on CI (``CI`` set) they fail instead, since CI must run them.
"""

from __future__ import annotations

import atexit
import itertools
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import psycopg
import pytest
from psycopg import sql
from psycopg.abc import Params

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "test-postgres.sh"
PROGRAMS_MISSING = 3  # the script's exit status when the server programs are not installed
CONNECT_TIMEOUT = 10  # seconds

AdminQuery = str | bytes | sql.SQL | sql.Composed


def _run_script(command: str, directory: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(SCRIPT), command, str(directory)],
        env={**os.environ, "PYTHON": sys.executable},
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def _check(proc: subprocess.CompletedProcess[str], command: str) -> None:
    if proc.returncode != 0:
        raise RuntimeError(
            f"scripts/test-postgres.sh {command} failed ({proc.returncode}): {proc.stderr.strip()}"
        )


@dataclass
class PostgresServer:
    """A running test server: its superuser URL and ways to use and disturb it."""

    admin_url: str
    host: str
    port: int
    directory: Path
    running: bool = True
    _serial: Iterator[int] = field(default_factory=lambda: itertools.count(1), repr=False)
    _removed: bool = field(default=False, repr=False)

    def url(self, user: str, password: str, dbname: str) -> str:
        """The URL that logs ``user`` into ``dbname`` on this server."""
        return (
            f"postgresql://{quote(user, safe='')}:{quote(password, safe='')}"
            f"@{self.host}:{self.port}/{quote(dbname, safe='')}"
        )

    @contextmanager
    def admin_connection(self, dbname: str = "postgres") -> Iterator[psycopg.Connection[Any]]:
        """A superuser connection in autocommit mode, closed on leaving the block."""
        with psycopg.connect(
            self.admin_url, dbname=dbname, autocommit=True, connect_timeout=CONNECT_TIMEOUT
        ) as conn:
            yield conn

    def execute_as_admin(
        self, query: AdminQuery, params: Params | None = None, dbname: str = "postgres"
    ) -> list[tuple[Any, ...]]:
        """Run one statement as the superuser; its rows, if it returns any."""
        with self.admin_connection(dbname) as conn:
            cursor = conn.execute(query, params)
            return cursor.fetchall() if cursor.description is not None else []

    def create_database(self, owner_password: str | None = None) -> str:
        """A fresh database owned by a fresh role (LOGIN CREATEROLE, no superuser).

        Returns the owner's URL: postgresql://desk_owner_N:PASSWORD@127.0.0.1:PORT/desk_N.
        """
        n = next(self._serial)
        owner, dbname = f"desk_owner_{n}", f"desk_{n}"
        password = secrets.token_urlsafe(18) if owner_password is None else owner_password
        with self.admin_connection() as conn:
            conn.execute(
                sql.SQL("CREATE ROLE {} LOGIN CREATEROLE NOSUPERUSER PASSWORD {}").format(
                    sql.Identifier(owner), sql.Literal(password)
                )
            )
            conn.execute(
                sql.SQL("CREATE DATABASE {} OWNER {}").format(
                    sql.Identifier(dbname), sql.Identifier(owner)
                )
            )
        return self.url(owner, password, dbname)

    def drop_database(self, dbname: str) -> None:
        """Drop a database, ending whatever sessions are still connected to it."""
        self.execute_as_admin(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(dbname))
        )

    def stop(self) -> None:
        """Stop the server (fast shutdown: open sessions are ended); data and port are kept."""
        _check(_run_script("pause", self.directory), "pause")
        self.running = False

    def start(self) -> None:
        """Start the stopped server again, on the same port with the same data."""
        _check(_run_script("resume", self.directory), "resume")
        self.running = True

    @contextmanager
    def stopped(self) -> Iterator[None]:
        """The server is down inside the block and up again after it, whatever happens."""
        self.stop()
        try:
            yield
        finally:
            self.start()

    def shutdown(self) -> None:
        """Stop the server for good and remove its directory (safe to call twice)."""
        if self._removed:
            return
        proc = _run_script("stop", self.directory)
        self._removed = True
        self.running = False
        _check(proc, "stop")


def _cluster_directory() -> Path:
    # Not under pytest's tmp_path: as root the server runs as another user, who cannot
    # enter /tmp/pytest-of-root (mode 700). A short path also keeps the socket's short.
    # FACTCHECK_PG_BASE (set by .ci/run) gathers a run's clusters in one folder, so
    # that the run can stop exactly its own should it be killed before teardown.
    base = os.environ.get("FACTCHECK_PG_BASE") or ("/tmp" if os.path.isdir("/tmp") else None)
    directory = Path(tempfile.mkdtemp(prefix="factcheck-pg-", dir=base))
    directory.chmod(0o755)
    return directory


class ServerProgramsMissing(RuntimeError):
    """PostgreSQL's server programs are not installed on this machine."""


def start_server() -> PostgresServer:
    """A private server on a loopback port (tests and benchmarks); call shutdown()."""
    directory = _cluster_directory()
    proc = _run_script("start", directory)
    if proc.returncode == PROGRAMS_MISSING:
        shutil.rmtree(directory, ignore_errors=True)
        raise ServerProgramsMissing(
            "PostgreSQL server programs not found: install Debian's postgresql package"
            " (as root: sh scripts/install-system-deps.sh)"
        )
    if proc.returncode != 0:
        _run_script("stop", directory)
        shutil.rmtree(directory, ignore_errors=True)
        raise RuntimeError(
            f"scripts/test-postgres.sh start failed ({proc.returncode}): {proc.stderr.strip()}"
        )
    admin_url = proc.stdout.strip()
    parts = urlsplit(admin_url)
    if parts.hostname is None or parts.port is None:
        raise RuntimeError(f"scripts/test-postgres.sh printed no URL: {admin_url!r}")
    server = PostgresServer(admin_url, parts.hostname, parts.port, directory)
    atexit.register(server.shutdown)  # should the caller end without shutting it down
    return server


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One private PostgreSQL server for the whole session, stopped at its end."""
    try:
        server = start_server()
    except ServerProgramsMissing as missing:
        if os.environ.get("CI"):
            pytest.fail(f"{missing} (CI must run the PostgreSQL tests)", pytrace=False)
        pytest.skip(str(missing))
    except RuntimeError as failed:
        pytest.fail(str(failed), pytrace=False)
    try:
        yield server
    finally:
        atexit.unregister(server.shutdown)
        server.shutdown()


@pytest.fixture
def pg_url(postgres_server: PostgresServer) -> Iterator[str]:
    """The owner's URL of a fresh database, dropped after the test (the role is kept)."""
    url = postgres_server.create_database()
    yield url
    if not postgres_server.running:  # a test stopped the server and did not start it again
        postgres_server.start()
    dbname = urlsplit(url).path.lstrip("/")
    postgres_server.drop_database(dbname)
