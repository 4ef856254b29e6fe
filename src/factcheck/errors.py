"""Errors that reach the user as one line, split as qutebrowser does in misc/sql.py.

- ``UserInputError``: the input is wrong (bad file, unknown id, bad URL). The user
  can fix it; nothing was changed.
- ``EnvironmentProblem``: the machine is at fault (database locked, disk full,
  read-only file, a database from a newer app). Not our bug; say what to do.
Anything else escaping a command is our bug.
"""

from __future__ import annotations


class FactcheckError(Exception):
    """Base for errors whose message is fit to show the user as it is."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        # One line, always: the command-line contract promises it.
        super().__init__(" ".join(message.split()))

    @property
    def message(self) -> str:
        return str(self)


class UserInputError(FactcheckError):
    exit_code = 2


class NotFoundError(UserInputError):
    """An id that names nothing."""


class EnvironmentProblem(FactcheckError):
    exit_code = 3


class DatabaseTooNewError(EnvironmentProblem):
    """The database was written by a newer Factcheck; we must not touch it."""


class NotOpenYet(FactcheckError):
    """The window is up but its database is still being opened (a moment at start-up)."""


class CannotConnect(EnvironmentProblem):
    """The database server refused the login or cannot be reached.

    Exit status 5, apart from 3 (a stale change, a locked or full disk): a script
    can tell "someone was faster" from "no connection"."""

    exit_code = 5


class ServerUnavailable(CannotConnect):
    """The database server cannot be reached or dropped the connection: retry later."""


class NotAllowed(FactcheckError):
    """The team database refused the change for this login's role."""

    exit_code = 4


class StaleChange(FactcheckError):
    """The annotation changed since the caller read it: nothing was written.

    ``current`` is the annotation as it is now, so that a caller can show both
    values and let the reviewer choose."""

    exit_code = 3

    def __init__(self, message: str, current: object = None) -> None:
        super().__init__(message)
        self.current = current


class Cancelled(FactcheckError):
    """The user stopped a long job (an export); nothing was written."""
