"""Engines with the pragmas PRODUCT.md asks for, and database errors told apart.

SQLite: WAL journal, synchronous=FULL (a returned commit survives a power cut),
foreign keys on, a busy timeout. Write transactions start with ``BEGIN IMMEDIATE``:
a plain BEGIN that later upgrades to a write fails at once with "database is locked"
when another process writes, and the busy timeout never applies to it. Any other
URL (``postgresql://``) passes through.
"""

from __future__ import annotations

import os
import random
import re
import sqlite3
import time
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.pool import StaticPool

from factcheck.domain.text import hide_password
from factcheck.errors import (
    CannotConnect,
    EnvironmentProblem,
    FactcheckError,
    NotAllowed,
    ServerUnavailable,
    UserInputError,
)

BUSY_TIMEOUT_MS = 5000
BEGIN_PATIENCE_S = 30.0  # beyond SQLite's own busy timeout, BEGIN is retried this long
WRITE_OPTION = "factcheck_write"  # execution option: this transaction will write


POSTGRES_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
_LOOKS_LIKE_A_URL = re.compile(r"(postgres(ql)?|sqlite)(\+\w+)?(:|//)", re.IGNORECASE)
CONNECT_TIMEOUT_S = 5  # an unreachable server is said so in seconds, not minutes


def database_url(target: str) -> URL:
    """A file path or a SQLAlchemy URL, as ``--db`` and ``FACTCHECK_DB`` take it.

    ``postgresql://`` means psycopg 3 (SQLAlchemy's default would be psycopg2). The
    password, if the URL has one, never appears in a message.
    """
    if "://" not in target and _LOOKS_LIKE_A_URL.match(target):
        # "postgres:/host/db" or "postgresql//host/db" would otherwise become a local
        # file (and a typed password a folder name): a typo, never a file.
        raise UserInputError(
            "the database given starts like a URL but is not a database URL: "
            "write postgresql://USER@HOST:PORT/DATABASE"
        )
    if "://" in target:
        try:
            url = make_url(target)
            url.port  # noqa: B018 - a port that is not a number fails here, not later
        except (ArgumentError, ValueError) as exc:
            shown = hide_password(target)
            reason = "the port must be a number" if "int()" in str(exc) else str(exc)
            raise UserInputError(
                f"cannot read database URL {shown!r}: {hide_password(reason)}"
            ) from None
        if url.drivername in POSTGRES_SCHEMES:
            url = url.set(drivername="postgresql+psycopg")
        elif url.get_backend_name() not in ("sqlite", "postgresql"):
            raise UserInputError(
                f"{url.get_backend_name()!r} databases are not supported: "
                "use an SQLite file or a postgresql:// URL"
            )
        if url.get_backend_name() == "postgresql" and not url.database:
            raise UserInputError(
                "the PostgreSQL URL names no database: postgresql://USER@HOST:PORT/DATABASE"
            )
        return url
    if target == ":memory:":
        return URL.create("sqlite", database=":memory:")
    try:
        return URL.create("sqlite", database=str(Path(target).expanduser().resolve()))
    except (RuntimeError, OSError) as exc:  # "~nobody/x", a loop of links
        raise UserInputError(f"cannot use {target!r} as the database: {exc}") from None


def sqlite_file(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None (in-memory, or another backend)."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" hook emit BEGIN itself, so that DDL in migrations is
    # transactional too (the pysqlite driver would otherwise commit it implicitly).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = FULL")
        # (WAL is switched on by use_wal() once the file is known to be ours: the
        # journal mode is written into the file, and a stranger's file stays as it was.)
    finally:
        cursor.close()


def use_wal(engine: Engine) -> None:
    # On the driver's connection: SQLAlchemy's would begin a transaction first, and
    # the journal mode cannot change inside one.
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.close()
    finally:
        raw.close()


def _on_sqlite_begin(connection: Any) -> None:
    if not connection.get_execution_options().get(WRITE_OPTION):
        connection.exec_driver_sql("BEGIN")
        return
    deadline = time.monotonic() + BEGIN_PATIENCE_S
    delay = 0.01
    while True:
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            return
        except OperationalError as exc:
            # SQLite waited BUSY_TIMEOUT_MS already; a long checkpoint or a migration
            # in another process can take longer: back off and try again.
            if "locked" not in str(exc.orig).lower() or time.monotonic() > deadline:
                raise
            time.sleep(delay * (1 + random.random()))
            delay = min(delay * 2, 0.5)


def make_engine(url: URL) -> Engine:
    backend = url.get_backend_name()
    kwargs: dict[str, Any] = {}
    if backend == "sqlite":
        file = sqlite_file(url)
        if file is None:
            # One shared in-memory database for the whole process.
            kwargs.update(poolclass=StaticPool, connect_args={"check_same_thread": False})
        else:
            try:
                file.parent.mkdir(parents=True, exist_ok=True)
                is_folder = file.is_dir()
                os.stat(file)  # a name too long, a path through a file: say so now
            except FileNotFoundError:
                is_folder = False
            except OSError as exc:
                raise EnvironmentProblem(
                    f"cannot use {file} as the database: {exc.strerror}"
                ) from None
            if is_folder:
                raise UserInputError(f"{file} is a folder, not a database file")
            kwargs.update(connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    elif backend == "postgresql":
        kwargs.update(
            # A connection dropped by a restarted server is replaced, not handed out.
            pool_pre_ping=True,
            connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "factcheck"},
        )
    try:
        engine = create_engine(url, **kwargs)
    except (NoSuchModuleError, ModuleNotFoundError) as exc:
        raise EnvironmentProblem(
            f"no database driver for {backend!r} is installed ({exc}); "
            "for PostgreSQL install the 'psycopg' package"
        ) from None
    if backend == "sqlite":
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
    return engine


# Messages of errors that are the environment's fault, not a bug of ours.
_DAMAGED = (
    "database disk image is malformed",
    "could not decode to utf-8",  # a damaged page where text should be
    "file is not a database",
)
_ENVIRONMENT_MESSAGES = (
    ("database is locked", "the database is locked by another program; close it and try again"),
    ("readonly database", "the database is read-only; check the file's permissions"),
    ("read-only", "the database is read-only; check the file's permissions"),
    ("disk is full", "the disk is full; free some space and try again"),
    ("disk i/o error", "the disk reported an input/output error"),
    ("unable to open database", "cannot open the database file; check the folder and permissions"),
)
_SERVER_MESSAGES = (
    (
        "password authentication failed",
        "the server refused the login: wrong user name or "
        "password (give it in the URL, PGPASSWORD or ~/.pgpass)",
    ),
    (
        "no password supplied",
        "the server wants a password: give it in the URL, PGPASSWORD or ~/.pgpass",
    ),
    ("fe_sendauth", "the server wants a password: give it in the URL, PGPASSWORD or ~/.pgpass"),
    (
        "no pg_hba.conf entry",
        "the server does not accept this user from this machine (pg_hba.conf)",
    ),
    (
        "peer authentication failed",
        "the server refused the login: it checks the system user on its own socket; "
        "give a host (such as localhost) in the URL to log in with a password",
    ),
    ("authentication failed", None),  # other methods: the server's own words
    ("invalid sslmode", "the database URL has an invalid sslmode"),
    ("invalid connection option", None),
    ("invalid integer value", "the database URL has an option that must be a number"),
    ("does not exist", None),  # database or role: the server's own words say which
    ("could not translate host name", "cannot find the database server: check the host name"),
    ("name or service not known", "cannot find the database server: check the host name"),
    ("connection refused", "cannot reach the database server (is it running?)"),
    ("timeout expired", "cannot reach the database server (no answer)"),
    ("could not connect", "cannot reach the database server"),
    ("connection failed", "cannot reach the database server"),
    ("server closed the connection", "lost the connection to the database server"),
    ("terminating connection", "lost the connection to the database server"),
    ("connection is closed", "lost the connection to the database server"),
    ("consuming input failed", "lost the connection to the database server"),
    ("the database system is shutting down", "the database server is shutting down"),
    ("the database system is starting up", "the database server is starting up; try again"),
    ("too many connections", "the database server has too many connections; try again later"),
)


_LOGIN_REFUSED = (
    "does not exist",
    "password authentication failed",
    "no password supplied",
    "fe_sendauth",
    "no pg_hba.conf entry",
    "peer authentication failed",
    "authentication failed",
)


def _server_problem(exc: BaseException, text: str, where: str) -> FactcheckError | None:
    orig = getattr(exc, "orig", None) or exc
    sqlstate = getattr(orig, "sqlstate", None)
    first_line = str(orig).strip().splitlines()[0] if str(orig).strip() else ""
    first_line = hide_password(first_line.removeprefix("connection failed: "))
    if sqlstate == "42501":  # insufficient_privilege: our triggers, or a missing grant
        detail = first_line.removeprefix("permission denied for ")
        if first_line.startswith("permission denied"):
            return NotAllowed(
                f"your role on the team database may not do this ({detail}); ask an editor"
            )
        return NotAllowed(first_line)
    for needle, message in _SERVER_MESSAGES:
        if needle in text:
            if needle == "does not exist" and sqlstate not in (None, "3D000", "28000"):
                continue  # a missing table or function is not the login's fault
            if message is None:
                message = first_line.split("failed: ")[-1].removeprefix("FATAL:  ").strip()
            suffix = f" ({where})" if where else ""
            if needle.startswith("invalid"):
                return UserInputError(message)
            if needle in _LOGIN_REFUSED:
                return CannotConnect(f"{message}{suffix}")
            return ServerUnavailable(f"{message}{suffix}")
    return None


def environment_problem(exc: BaseException, where: str = "") -> FactcheckError | None:
    """The user-facing problem behind a database error, or None when it is our bug."""
    if not isinstance(exc, OperationalError | DBAPIError | sqlite3.Error) and not (
        type(exc).__module__.startswith("psycopg")
    ):
        return None
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "psycopg" in type(getattr(exc, "orig", None) or exc).__module__:
        return _server_problem(exc, text, where)
    if any(needle in text for needle in _DAMAGED):
        return damaged_database(where)
    for needle, message in _ENVIRONMENT_MESSAGES:
        if needle in text:
            return EnvironmentProblem(f"{message}{f' ({where})' if where else ''}")
    return None


def damaged_database(where: str) -> EnvironmentProblem:
    """Name the file and where its backups are: the reviewer's way back."""
    if not where:
        return EnvironmentProblem("the database is damaged (or not a Factcheck database)")
    file = Path(where)
    backups = sorted(file.parent.glob(f"{file.name}.backup-*")) if file.parent.is_dir() else []
    hint = (
        f"the newest backup is {backups[-1]}"
        if backups
        else "no backup of it was found; restore it from your own backups"
    )
    return EnvironmentProblem(
        f"the database file {where} is damaged (or not a Factcheck database); {hint}"
    )
