"""Where Factcheck keeps its files. The only module that asks platformdirs.

Overrides, for tests and for power users:
- ``FACTCHECK_DB``: database file path or SQLAlchemy URL (``--db`` wins over it);
- ``FACTCHECK_HOME``: one folder for data and configuration instead of the
  platform's user folders (tests point it at a temporary directory).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from factcheck import APP_AUTHOR, APP_NAME

DB_ENV = "FACTCHECK_DB"
HOME_ENV = "FACTCHECK_HOME"
DB_FILENAME = "factcheck.sqlite3"


def _home_override() -> Path | None:
    home = os.environ.get(HOME_ENV)
    return Path(home) if home else None


def data_dir() -> Path:
    home = _home_override()
    if home is not None:
        return home / "data"
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    home = _home_override()
    if home is not None:
        return home / "config"
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def default_database_path() -> Path:
    return data_dir() / DB_FILENAME


def database_target(cli_value: str | None = None) -> str:
    """The database the user asked for: ``--db``, then ``FACTCHECK_DB``, then the default file."""
    return cli_value or os.environ.get(DB_ENV) or str(default_database_path())


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the frozen app, or at the top of the source tree."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def sample_article_path() -> Path:
    return resources_dir() / "samples" / "putin-witkoff-meeting.txt"
