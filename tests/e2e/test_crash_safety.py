"""SIGKILL during a stream of `annotate` calls loses nothing that was acknowledged."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers.fixtures import CliRunner

PHRASES = [
    "three-hour meeting",
    "Steve Witkoff",
    "useful and constructive",
    "highly productive",
    "great progress was made",
    "secondary sanctions",
    "steep tariffs",
    "China and India",
    "50-day ultimatum",
    "civilian infrastructure",
    "killing two civilians",
    "two children",
    "zero military sense",
    "harsh winter",
    "slow, costly gains",
    "hypersonic missile",
    "two U.S. nuclear submarines",
    "wily characters",
    "war machine",
    "Friday deadline",
]


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_writers_lose_no_acknowledged_annotation(cli: CliRunner, sample_path: Path) -> None:
    assert cli("import", sample_path).returncode == 0
    acknowledged: dict[int, str] = {}
    killed = 0
    for index, phrase in enumerate(PHRASES):
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "factcheck",
                "annotate",
                "1",
                "--exact",
                phrase,
                "--kind",
                "claim",
                "--json",
            ],
            env=cli.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        if index % 2:
            # Kill every other writer at a different moment of its life, some before
            # and some during its transaction.
            time.sleep(0.05 + 0.04 * (index % 7))
            os.kill(proc.pid, signal.SIGKILL)
        out, err = proc.communicate(timeout=60)
        if proc.returncode == 0:
            acknowledged[json.loads(out)["id"]] = phrase
        else:
            assert proc.returncode == -signal.SIGKILL, err
            killed += 1

    assert killed >= 1
    stored = {a["id"]: a["exact"] for a in json.loads(cli("annotations", "1", "--json").stdout)}
    for annotation_id, phrase in acknowledged.items():
        assert stored.get(annotation_id) == phrase
    connection = sqlite3.connect(cli.db)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()
