"""Several processes annotating one SQLite file: none may fail with "database is locked".

Writes begin IMMEDIATE (and retry BEGIN with backoff), so a writer waits its turn
instead of failing when its read upgrades to a write. `bench/concurrency_bench.py`
runs the full 8 x 250 and reports latencies.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.services import Workspace
from tests.helpers.concurrency import run_writers

pytestmark = pytest.mark.slow


def test_concurrent_writers_never_see_a_locked_database(tmp_path: Path, sample_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    workspace = Workspace.open(str(db), "setup")
    document = workspace.import_file(sample_path)
    workspace.close()
    assert document.id is not None

    result = run_writers(str(db), document.id, writers=4, each=40)

    assert result.failures == []
    assert len(result.latencies) == 4 * 40
    check = Workspace.open(str(db), "check")
    try:
        assert len(check.annotations(document.id)) == 4 * 40
    finally:
        check.close()


def test_a_fresh_file_opened_by_several_processes_is_migrated_once(tmp_path: Path) -> None:
    """The schema is created under the write lock: two first starts do not collide."""
    import multiprocessing

    db = tmp_path / "fresh.sqlite3"
    context = multiprocessing.get_context("spawn")
    with context.Pool(4) as pool:
        outcomes = pool.map(_open_and_count, [str(db)] * 4)
    assert outcomes == [0, 0, 0, 0]


def _open_and_count(db: str) -> int:
    workspace = Workspace.open(db, "starter")
    try:
        return len(workspace.documents())
    finally:
        workspace.close()
