"""Changes made by others reach the window: a thread follows the change log.

The thread only reads the ``changes`` table (through services.live.ChangeFeed),
waking on PostgreSQL's NOTIFY or polling an SQLite file; the window applies what
it reports on the GUI thread (the signals are queued there). It also notices a team
server going away and coming back, which is what the banner and the kept edits
hang on.

A daemon Python thread rather than a QThread: a window closed or destroyed without
``stop()`` (a test, a crash) must not take the process down with "QThread:
Destroyed while thread is still running".
"""

from __future__ import annotations

import threading
import traceback

from PySide6.QtCore import QObject, Signal

from factcheck.errors import FactcheckError
from factcheck.services.live import ChangeFeed
from factcheck.storage import Database

WAIT_S = 0.25  # one wait: a stop request is noticed within it, SQLite is polled in it
RETRY_S = 2.0  # between attempts to reach a server that is away


class ChangeFollower(QObject):
    changesArrived = Signal(object)  # list[Change]
    serverLost = Signal(str)
    serverBack = Signal()

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changeFollower")
        # Made here, while the database is known to answer: from this moment on
        # nothing is missed, even what happens while the server is away.
        self.feed = ChangeFeed(database)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="factcheck-changes", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def is_running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        lost = False
        try:
            while not self._stop.is_set():
                try:
                    changes = self.feed.wait(WAIT_S)
                except FactcheckError as exc:
                    if not lost:
                        lost = True
                        self.serverLost.emit(exc.message)
                    self._stop.wait(RETRY_S)
                    continue
                except Exception:
                    if self._stop.is_set():
                        break  # the database was closed under us at shutdown
                    traceback.print_exc()  # our bug: said, and the thread carries on
                    self._stop.wait(RETRY_S)
                    continue
                if lost:
                    lost = False
                    self.serverBack.emit()
                if changes and not self._stop.is_set():
                    self.changesArrived.emit(changes)
        except RuntimeError:
            pass  # the window (and this object) went away without stop(): end quietly
        finally:
            self.feed.close()

    def stop(self) -> None:
        """End the thread and wait for it (a wait lasts about WAIT_S)."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=10)
