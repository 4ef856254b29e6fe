"""Changes made by others, as they happen: for ``watch`` and for open apps.

Every write leaves a row in the ``changes`` table (database triggers write it).
A feed remembers the last rows it saw and reads the newer ones:

- on SQLite, other processes on the same file are seen by reading the table a few
  times a second (a cheap indexed query on the WAL);
- on PostgreSQL a LISTEN connection wakes the feed the moment a change commits
  (the NOTIFY payload carries the ids), and the feed then reads the table. NOTIFY
  does not replay what was sent while the connection was down; the table does, so a
  feed that reconnects loses nothing.

Ids are handed out at insert but become visible at commit, so a later id can appear
before an earlier one. The feed therefore looks back ``LOOKBACK`` ids below the
newest it saw, and keeps the ids it already reported there.
"""

from __future__ import annotations

import contextlib
import time
from typing import Any

from sqlalchemy import func, select

from factcheck.services.records import Change
from factcheck.storage import Database
from factcheck.storage.schema import ChangeRow

CHANNEL = "factcheck_changes"  # the channel the migration's trigger notifies on
LOOKBACK = 200
SQLITE_POLL_S = 0.2


class ChangeFeed:
    """Changes committed after the feed was made, oldest first."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self._listener: Any = None  # a psycopg connection, on PostgreSQL
        # What is there already is the past: only later changes are news.
        with self.database.reading() as session:
            self._newest = int(session.scalar(select(func.max(ChangeRow.id))) or 0)
            self._seen: set[int] = set(
                session.scalars(select(ChangeRow.id).where(ChangeRow.id > self._newest - LOOKBACK))
            )

    def read(self) -> list[Change]:
        """Every change committed since the last read, oldest first."""
        floor = max(0, self._newest - LOOKBACK)
        with self.database.reading() as session:
            # Only rows not reported yet: a poll of a quiet desk reads nothing.
            fresh = session.scalars(
                select(ChangeRow)
                .where(ChangeRow.id > floor, ChangeRow.id.not_in(self._seen))
                .order_by(ChangeRow.id)
            ).all()
        for row in fresh:
            self._seen.add(row.id)
            self._newest = max(self._newest, row.id)
        floor = self._newest - LOOKBACK
        self._seen = {i for i in self._seen if i > floor}
        return [
            Change(
                id=row.id,
                event=row.event,
                document=row.document_id,
                annotation=row.annotation_id,
                version=row.revision,
                by=row.by,
                at=row.at,
            )
            for row in fresh
        ]

    def wait(self, timeout: float) -> list[Change]:
        """Changes, waiting up to ``timeout`` seconds for the first one.

        Raises ServerUnavailable (and keeps its place) when a team server is down;
        call again to reconnect.
        """
        deadline = time.monotonic() + max(0.0, timeout)
        while True:
            changes = self.read()
            if changes:
                return changes
            left = deadline - time.monotonic()
            if left <= 0:
                return []
            if self.database.is_team:
                self._wait_for_notify(min(left, 1.0))
            else:
                time.sleep(min(left, SQLITE_POLL_S))

    def _wait_for_notify(self, timeout: float) -> None:
        import psycopg

        try:
            if self._listener is None or self._listener.closed:
                self._listener = self._listen()
            # Any notification is enough: the table says what changed.
            for _ in self._listener.notifies(timeout=timeout, stop_after=1):
                break
        except psycopg.Error as exc:
            self.close()
            from factcheck.storage.engine import environment_problem

            problem = environment_problem(exc, self.database.describe())
            if problem is None:
                raise
            raise problem from None

    def _listen(self) -> Any:
        import psycopg

        url = self.database.url.set(drivername="postgresql")
        connection = psycopg.connect(
            url.render_as_string(hide_password=False),
            autocommit=True,
            connect_timeout=5,
            application_name="factcheck-watch",
        )
        connection.execute(f"LISTEN {CHANNEL}")
        return connection

    def close(self) -> None:
        if self._listener is not None:
            with contextlib.suppress(Exception):  # a broken connection may fail to close
                self._listener.close()
            self._listener = None
