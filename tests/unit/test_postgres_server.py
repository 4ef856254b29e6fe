"""The test harness's own PostgreSQL server: real logins, real passwords, real outages."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest

from tests.helpers.postgres import PostgresServer


def with_password(url: str, password: str) -> str:
    parts = urlsplit(url)
    netloc = f"{parts.username}:{password}@{parts.hostname}:{parts.port}"
    return urlunsplit(parts._replace(netloc=netloc))


def test_owner_url_logs_in_as_the_owner_of_its_database(pg_url: str) -> None:
    owner = urlsplit(pg_url).username
    with psycopg.connect(pg_url) as conn:
        row = conn.execute(
            "SELECT current_user, pg_get_userbyid(datdba) FROM pg_database"
            " WHERE datname = current_database()"
        ).fetchone()
    assert owner is not None and owner.startswith("desk_owner_")
    assert row == (owner, owner)


def test_owner_is_no_superuser_but_may_create_roles(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        row = conn.execute(
            "SELECT rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user"
        ).fetchone()
        assert row == (False, True, False)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("CREATE ROLE would_be_superuser SUPERUSER")


def test_each_database_is_new_and_has_its_own_owner(postgres_server: PostgresServer) -> None:
    first, second = postgres_server.create_database(), postgres_server.create_database()
    assert urlsplit(first).path != urlsplit(second).path
    assert urlsplit(first).username != urlsplit(second).username
    for url in (first, second):
        with psycopg.connect(url) as conn:
            assert conn.execute(
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
            ).fetchone() == (0,)


def test_only_the_right_password_is_accepted(postgres_server: PostgresServer) -> None:
    url = postgres_server.create_database(owner_password="right: horse/battery@staple")
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(with_password(url, "wrong"), connect_timeout=10)
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(with_password(postgres_server.admin_url, "wrong"), connect_timeout=10)


def test_server_listens_on_loopback_only(postgres_server: PostgresServer) -> None:
    assert postgres_server.host == "127.0.0.1"
    rows = postgres_server.execute_as_admin(
        "SELECT name, setting FROM pg_settings WHERE name IN ('listen_addresses', 'port')"
        " ORDER BY name"
    )
    assert rows == [("listen_addresses", "127.0.0.1"), ("port", str(postgres_server.port))]


def test_server_stopped_while_in_use_refuses_and_then_serves_again(
    postgres_server: PostgresServer, pg_url: str
) -> None:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE notes (body text)")
        conn.execute("INSERT INTO notes VALUES ('kept')")
        with postgres_server.stopped():
            with pytest.raises(psycopg.OperationalError):
                conn.execute("SELECT 1")
            with pytest.raises(psycopg.OperationalError):
                psycopg.connect(pg_url, connect_timeout=10)
        assert conn.closed
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT body FROM notes").fetchall() == [("kept",)]


def test_stop_and_start_by_hand(postgres_server: PostgresServer, pg_url: str) -> None:
    postgres_server.stop()
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(pg_url, connect_timeout=10)
    postgres_server.start()
    assert postgres_server.running
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT current_database()").fetchone() == (urlsplit(pg_url).path[1:],)
