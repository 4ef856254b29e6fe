"""A first look at the last document, read with the standard library alone.

At start-up the window paints this text while SQLAlchemy loads and the database is
opened properly (migrations, WAL, the verdict scale): that takes several times
longer than showing a window. Read-only, and silent on any surprise: whatever this
cannot read is simply not previewed, and the real opening says what is wrong.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from factcheck.domain import Version
from factcheck.domain.models import utc_now
from factcheck.domain.structure import blocks_from_json


@dataclass(frozen=True)
class Preview:
    title: str
    version: Version


def peek_latest_version(target: str, document_id: int) -> Preview | None:
    """The newest version of a document in a local database file, or None."""
    path = Path(target)
    if "://" in target or not path.is_file():
        return None  # a server database, or nothing there yet: no preview
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=0.2)
    except sqlite3.Error:
        return None
    try:
        title_row = connection.execute(
            "SELECT title FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        row = connection.execute(
            "SELECT id, number, text, structure, source_name, content_hash FROM versions"
            " WHERE document_id = ? ORDER BY number DESC LIMIT 1",
            (document_id,),
        ).fetchone()
        if title_row is None or row is None:
            return None
        version_id, number, text, structure, source_name, content_hash = row
        blocks = blocks_from_json(json.loads(structure) if structure else [])
        version = Version(
            document_id=document_id,
            number=number,
            text=text,
            structure=blocks,
            source_name=source_name,
            content_hash=content_hash,
            imported_at=utc_now(),  # not shown in a preview
            id=version_id,
        )
        return Preview(title=str(title_row[0]), version=version)
    except (sqlite3.Error, ValueError, TypeError, KeyError):
        return None
    finally:
        connection.close()
