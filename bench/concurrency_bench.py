"""8 processes x 250 annotations on one SQLite file: failures (target 0) and latency.

The floor is the same work done by bare sqlite3 in the same run: each process
inserting and committing one row per call (synchronous=FULL, WAL, BEGIN IMMEDIATE).
"""

from __future__ import annotations

import multiprocessing
import sqlite3
import statistics
import tempfile
import time
from multiprocessing.synchronize import Barrier
from pathlib import Path

from tests.helpers.concurrency import percentile, run_writers

from bench.common import REPO

WRITERS = 8
EACH = 250


def _bare_writer(db: str, count: int, start: Barrier, results: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    connection = sqlite3.connect(db, timeout=30, isolation_level=None)
    connection.execute("PRAGMA synchronous = FULL")
    latencies, failures = [], 0
    start.wait()
    for number in range(count):
        began = time.perf_counter()
        try:
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("INSERT INTO marks (note) VALUES (?)", (f"mark {number}",))
            connection.execute("COMMIT")
        except sqlite3.OperationalError:
            failures += 1
        else:
            latencies.append(time.perf_counter() - began)
    connection.close()
    results.put((latencies, failures))


def bare_floor(folder: Path) -> tuple[list[float], int]:
    db = folder / "bare.sqlite3"
    setup = sqlite3.connect(db)
    setup.execute("PRAGMA journal_mode = WAL")
    setup.execute("CREATE TABLE marks (id INTEGER PRIMARY KEY, note TEXT)")
    setup.close()
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(WRITERS)
    results: multiprocessing.Queue = context.Queue()  # type: ignore[type-arg]
    processes = [
        context.Process(target=_bare_writer, args=(str(db), EACH, start, results))
        for _ in range(WRITERS)
    ]
    for process in processes:
        process.start()
    collected = [results.get(timeout=600) for _ in processes]
    for process in processes:
        process.join()
    return [x for lat, _ in collected for x in lat], sum(f for _, f in collected)


def main() -> int:
    from factcheck.services import Workspace

    print(f"\nConcurrent writers: {WRITERS} processes x {EACH} annotations on one SQLite file")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        db = folder / "desk.sqlite3"
        workspace = Workspace.open(str(db), "bench")
        sample = REPO / "resources" / "samples" / "putin-witkoff-meeting.txt"
        document = workspace.import_file(sample)
        workspace.close()
        assert document.id is not None
        started = time.perf_counter()
        result = run_writers(str(db), document.id, WRITERS, EACH)
        elapsed = time.perf_counter() - started
        floor, floor_failures = bare_floor(folder)
    ok = not result.failures
    p95, floor_p95 = percentile(result.latencies, 0.95), percentile(floor, 0.95)
    print(
        f"{'PASS' if ok else 'FAIL'}  lock failures: {len(result.failures)} of "
        f"{WRITERS * EACH} calls (target 0; bare sqlite3: {floor_failures})"
    )
    median = statistics.median(result.latencies)
    print(
        f"      latency per annotation: median {median * 1000:.1f} ms, "
        f"p95 {p95 * 1000:.1f} ms, worst {max(result.latencies) * 1000:.1f} ms"
    )
    print(
        f"      floor (bare sqlite3 insert+commit, same contention): median "
        f"{statistics.median(floor) * 1000:.1f} ms, p95 {floor_p95 * 1000:.1f} ms; "
        f"ratio at p95 {p95 / floor_p95:.1f}x; {WRITERS * EACH / elapsed:.0f} annotations/s"
    )
    for failure in sorted(set(result.failures))[:5]:
        print(f"      failure: {failure}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
