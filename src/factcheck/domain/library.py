"""One line of the document library, as the services list it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class DocumentSummary:
    """One line of the document library."""

    id: int
    title: str
    outlet: str
    versions: int
    claims: int
    quotes: int
    notes: int
    not_rated: int
    created_at: dt.datetime
    assignee: str = ""
    rated: int = 0
    approved: int = 0
    people: tuple[str, ...] = ()  # who marked or changed its annotations
