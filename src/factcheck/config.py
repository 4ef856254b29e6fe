"""The reviewer's preferences that the command line and the app share (a JSON file).

Qt-only state (window geometry, splitter sizes) lives in QSettings inside the UI.
"""

from __future__ import annotations

import getpass
import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from factcheck import paths

CONFIG_FILENAME = "preferences.json"


@dataclass
class Preferences:
    reviewer_name: str = ""
    organisation: str = ""
    organisation_url: str = ""
    font_point_size: int = 12
    last_document_id: int | None = None
    # The team database the app connects to (no password: that comes from the
    # connect dialog, PGPASSWORD or ~/.pgpass); empty for the local file.
    team_database: str = ""
    # Tools > Suggest claims learns from the claims marked and the suggestions dismissed.
    learn_suggestions: bool = True
    # The interface's language ("" follows the system); see ui/i18n.py.
    language: str = ""
    # The language reports are written in ("" for the interface's).
    report_language: str = ""

    def effective_reviewer(self) -> str:
        """Who to record on a change: the configured name, else the OS account."""
        if self.reviewer_name.strip():
            return self.reviewer_name.strip()
        try:
            return getpass.getuser()
        except (KeyError, OSError):
            return "unknown reviewer"


_FIELD_TYPES: dict[str, type] = {
    "reviewer_name": str,
    "organisation": str,
    "organisation_url": str,
    "font_point_size": int,
    "last_document_id": int,
    "team_database": str,
    "learn_suggestions": bool,
    "language": str,
    "report_language": str,
}


def _config_file() -> Path:
    return paths.config_dir() / CONFIG_FILENAME


def load_preferences() -> Preferences:
    try:
        raw = json.loads(_config_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Preferences()
    if not isinstance(raw, dict):
        return Preferences()
    prefs = Preferences()
    for field in fields(Preferences):
        value = raw.get(field.name)
        # A hand-edited or older file may hold junk: keep the default for that key.
        if value is not None and isinstance(value, _FIELD_TYPES[field.name]):
            setattr(prefs, field.name, value)
    return prefs


def save_preferences(prefs: Preferences) -> None:
    target = _config_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(prefs), indent=2), encoding="utf-8")
    os.replace(tmp, target)  # atomic: a crash never leaves half a file
