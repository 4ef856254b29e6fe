"""Use cases shared by the command line and the app; the only layer that commits.

``Workspace`` (and with it SQLAlchemy) is imported on first use, so that the app can
paint its window before the database layer has loaded; the plain values the
services hand out live in :mod:`factcheck.services.records`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from factcheck.services.records import AnnotationDraft, Change, Reanchored, Revision

if TYPE_CHECKING:
    from factcheck.services.workspace import Workspace

__all__ = ["AnnotationDraft", "Change", "Reanchored", "Revision", "Workspace"]


def __getattr__(name: str) -> Any:
    if name == "Workspace":
        from factcheck.services.workspace import Workspace

        return Workspace
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
