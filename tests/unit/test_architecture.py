"""The core stays Qt-free (enforced twice: statically and at run time)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_import_contracts_hold() -> None:
    """import-linter: no core module imports PySide6, and layers point downwards."""
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports), str(REPO / "pyproject.toml")],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 2 kept, 0 broken" in result.stdout


def test_headless_commands_never_load_qt(tmp_path: Path) -> None:
    """Run every headless subcommand in one process and look at sys.modules."""
    sample = REPO / "resources" / "samples" / "putin-witkoff-meeting.txt"
    script = f"""
import sys, io
from factcheck import cli
db = {str(tmp_path / "x.sqlite3")!r}
for argv in (["import", {str(sample)!r}], ["documents"], ["text", "1"],
             ["annotate", "1", "--exact", "three-hour meeting", "--kind", "claim"],
             ["annotations", "1", "--json"], ["history", "1"]):
    assert cli.run(cli.parse(["--db", db, *argv]), out=io.StringIO()) == 0, argv
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
loaded += sorted(m for m in sys.modules if m.startswith("factcheck.ui"))
print(loaded)
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
