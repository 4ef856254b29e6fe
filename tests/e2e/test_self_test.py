"""`factcheck --self-test` (what the packaged app's smoke test runs), from the source tree."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_self_test_passes_and_leaves_no_trace(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACTCHECK_HOME": str(tmp_path / "h")}
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", "--self-test"],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "self-test passed" in result.stdout and "claim 1 marked and exported" in result.stdout
    assert not (tmp_path / "h").exists()  # it works in a temporary home, not the user's
