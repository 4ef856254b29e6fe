"""GUI tests run in English with its plural forms, as a reviewer with English would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session", autouse=True)
def english_interface(qapp: object) -> object:
    """The compiled translations (built here when pytest runs without make), English
    installed: "1 note", not "1 note(s)"."""
    from factcheck.ui.i18n import i18n_dir, install_translations

    sources = list(i18n_dir().glob("*.ts"))
    if any(
        not ts.with_suffix(".qm").exists()
        or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
        for ts in sources
    ):
        subprocess.run([sys.executable, str(REPO / "scripts" / "i18n.py"), "build"], check=True)
    install_translations("en")
    return qapp
