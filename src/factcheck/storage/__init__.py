"""The database: SQLAlchemy mappings, engine set-up, migrations, repositories.

``Database`` (and with it SQLAlchemy) loads on first use: :mod:`.preview` reads the
last document with the standard library while the window paints for the first time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factcheck.storage.database import Database

__all__ = ["Database"]


def __getattr__(name: str) -> Any:
    if name == "Database":
        from factcheck.storage.database import Database

        return Database
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
