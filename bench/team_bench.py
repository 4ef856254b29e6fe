"""The team desk on a private PostgreSQL server (scripts/test-postgres.sh), on loopback.

1. Create an annotation (committed), one process: PostgreSQL beside SQLite, each
   beside its floor (a bare driver insert + commit of one row, same server/file).
2. 8 processes x 250 annotations at once: none lost, none duplicated; latency.
   Then 8 processes appending to one annotation's note with --if-version
   semantics (retry when overtaken): every append is there (no lost update).
3. Change-to-screen: one process writes, another follows the change log as an open
   app does (services.live.ChangeFeed, what the window's thread runs); the delay from
   commit to receipt, on PostgreSQL (LISTEN/NOTIFY) and SQLite (polling the file).
   Target p95 under 1 s. Floor: a bare NOTIFY round trip.
"""

from __future__ import annotations

import multiprocessing
import sqlite3
import statistics
import tempfile
import time
from multiprocessing.synchronize import Event
from pathlib import Path
from typing import Any

from tests.helpers.concurrency import append_to_note, percentile, run_writers
from tests.helpers.postgres import PostgresServer, ServerProgramsMissing, start_server

from bench.common import REPO

SAMPLE = REPO / "resources" / "samples" / "putin-witkoff-meeting.txt"
WRITERS, EACH = 8, 250
APPENDERS, APPENDS = 8, 25
CREATES = 200
CHANGES = 100
LATENCY_TARGET_S = 1.0
CREATE_TARGET_S = 0.020


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms" if seconds < 0.001 else f"{seconds * 1000:.1f} ms"


def _durable(server: PostgresServer) -> None:
    """The test script switches durability off for speed; a benchmark wants the real
    cost of a commit, as SQLite's synchronous=FULL pays it."""
    for setting in ("fsync", "synchronous_commit", "full_page_writes"):
        server.execute_as_admin(f"ALTER SYSTEM SET {setting} = on")
    server.execute_as_admin("SELECT pg_reload_conf()")


def _desk(server: PostgresServer) -> tuple[str, str]:
    """A fresh team database: the owner's URL and a reviewer's."""
    from factcheck.services import Workspace
    from factcheck.services.team import add_user, init_team

    owner_url = server.create_database()
    owner = Workspace.open(owner_url, "")
    init_team(owner.database)
    dbname = owner_url.rsplit("/", 1)[1]
    add_user(owner.database, f"bench_{dbname}", "reviewer", "bench-password")
    owner.close()
    return owner_url, server.url(f"bench_{dbname}", "bench-password", dbname)


def _imported(target: str) -> int:
    from factcheck.services import Workspace

    workspace = Workspace.open(target, "bench")
    document = workspace.import_file(SAMPLE)
    workspace.close()
    if document.id is None:
        raise RuntimeError("the sample did not import")
    return document.id


def _create_latencies(target: str, document_id: int) -> list[float]:
    from factcheck.domain import AnnotationKind
    from factcheck.services import AnnotationDraft, Workspace

    workspace = Workspace.open(target, "bench")
    length = len(workspace.document(document_id).latest.text)
    times = []
    for n in range(CREATES):
        start = (n * 37) % (length - 30)
        began = time.perf_counter()
        workspace.annotate(document_id, start, start + 20, AnnotationDraft(AnnotationKind.CLAIM))
        times.append(time.perf_counter() - began)
    workspace.close()
    return times


def _bare_postgres_inserts(url: str) -> list[float]:
    import psycopg

    with psycopg.connect(url) as connection:
        connection.execute("CREATE TABLE bare_marks (id serial PRIMARY KEY, note text)")
        connection.commit()
        times = []
        for n in range(CREATES):
            began = time.perf_counter()
            connection.execute("INSERT INTO bare_marks (note) VALUES (%s)", (f"mark {n}",))
            connection.commit()
            times.append(time.perf_counter() - began)
    return times


def _bare_sqlite_inserts(path: Path) -> list[float]:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("CREATE TABLE marks (id INTEGER PRIMARY KEY, note TEXT)")
    times = []
    for n in range(CREATES):
        began = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO marks (note) VALUES (?)", (f"mark {n}",))
        connection.execute("COMMIT")
        times.append(time.perf_counter() - began)
    connection.close()
    return times


def _follow(target: str, ready: Event, stop: Event, received: Any) -> None:
    """An open app's thread: follow the change log, note when each change arrived."""
    from factcheck.services.live import ChangeFeed
    from factcheck.storage import Database

    database = Database(target)
    feed = ChangeFeed(database)
    ready.set()
    while not stop.is_set():
        for change in feed.wait(0.25):
            if change.annotation is not None:
                received.put((change.version, time.time()))
    feed.close()
    database.close()


def change_to_screen(target: str, document_id: int) -> list[float]:
    from factcheck.domain import AnnotationKind
    from factcheck.services import AnnotationDraft, Workspace

    context = multiprocessing.get_context("spawn")
    ready, stop = context.Event(), context.Event()
    received: Any = context.Queue()
    follower = context.Process(target=_follow, args=(target, ready, stop, received))
    follower.start()
    ready.wait(60)
    workspace = Workspace.open(target, "bench")
    made = workspace.annotate_text(
        document_id, "Witkoff", AnnotationDraft(AnnotationKind.CLAIM), occurrence=1
    )
    if made.id is None:
        raise RuntimeError("no annotation")
    committed: dict[int, float] = {}
    for n in range(CHANGES):
        updated = workspace.update_annotation(made.id, note=f"change {n}")
        committed[updated.revision] = time.time()
        time.sleep(0.03 + (n % 7) * 0.01)  # changes come at uneven moments
    workspace.close()
    delays: list[float] = []
    deadline = time.time() + 10
    while len(delays) < len(committed) + 1 and time.time() < deadline:
        try:
            version, at = received.get(timeout=1)
        except Exception:
            break
        if version in committed:
            delays.append(max(0.0, at - committed[version]))
    stop.set()
    follower.join(30)
    return delays


def _bare_notify_round_trips(url: str) -> list[float]:
    import psycopg

    times = []
    with (
        psycopg.connect(url, autocommit=True) as listener,
        psycopg.connect(url, autocommit=True) as sender,
    ):
        listener.execute("LISTEN bench")
        for n in range(CHANGES):
            began = time.perf_counter()
            sender.execute("SELECT pg_notify('bench', %s)", (str(n),))
            for _ in listener.notifies(timeout=5, stop_after=1):
                break
            times.append(time.perf_counter() - began)
    return times


def main() -> int:
    print(
        "\nTeam desk: a private PostgreSQL server on loopback (scripts/test-postgres.sh), "
        "fsync and synchronous_commit on"
    )
    try:
        server = start_server()
    except ServerProgramsMissing as missing:
        print(f"SKIP  {missing}")
        return 0
    ok = True
    try:
        ok = _run(server)
    finally:
        server.shutdown()
    return 0 if ok else 1


def _run(server: PostgresServer) -> bool:
    from factcheck.services import Workspace

    ok = True
    _durable(server)
    owner_url, reviewer_url = _desk(server)
    document_id = _imported(reviewer_url)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        sqlite_db = str(folder / "desk.sqlite3")
        sqlite_document = _imported(sqlite_db)

        # 1. one create, committed
        pg = _create_latencies(reviewer_url, document_id)
        lite = _create_latencies(sqlite_db, sqlite_document)
        pg_floor = _bare_postgres_inserts(owner_url)
        lite_floor = _bare_sqlite_inserts(folder / "bare.sqlite3")
        for label, times, floor in (
            ("PostgreSQL", pg, pg_floor),
            ("SQLite", lite, lite_floor),
        ):
            median, p95 = statistics.median(times), percentile(times, 0.95)
            passed = median < CREATE_TARGET_S
            ok &= passed
            bare = statistics.median(floor)
            print(
                f"{'PASS' if passed else 'FAIL'}  create an annotation, {label:<10} median "
                f"{_ms(median)}, p95 {_ms(p95)} (target < 20 ms); floor {_ms(bare)}"
                f" -> {median / bare:.1f}x"
            )

        # 2. concurrent writers
        started = time.perf_counter()
        result = run_writers(reviewer_url, document_id, WRITERS, EACH)
        elapsed = time.perf_counter() - started
        check = Workspace.open(owner_url, "")
        annotations = check.annotations(document_id)
        check.close()
        by_writers = [a for a in annotations if a.note.startswith("by writer")]
        lost = WRITERS * EACH - len(by_writers)
        duplicated = len(by_writers) - len({a.id for a in by_writers})
        passed = not result.failures and lost == 0 and duplicated == 0
        ok &= passed
        latencies = result.latencies
        print(
            f"{'PASS' if passed else 'FAIL'}  {WRITERS} writers x {EACH} annotations: "
            f"{lost} lost, {duplicated} duplicated, {len(result.failures)} failed; per create "
            f"median {_ms(statistics.median(latencies))}, p95 {_ms(percentile(latencies, 0.95))}; "
            f"{WRITERS * EACH / elapsed:.0f} annotations/s"
        )

        target_id = by_writers[0].id
        if target_id is None:
            raise RuntimeError("no annotation to append to")
        context = multiprocessing.get_context("spawn")
        barrier = context.Barrier(APPENDERS)
        appenders = [
            context.Process(
                target=append_to_note, args=(reviewer_url, target_id, f"w{i}-", APPENDS, barrier)
            )
            for i in range(APPENDERS)
        ]
        started = time.perf_counter()
        for process in appenders:
            process.start()
        for process in appenders:
            process.join(600)
        elapsed = time.perf_counter() - started
        check = Workspace.open(owner_url, "")
        note = check.annotation(target_id).note.split()
        check.close()
        expected = {f"w{i}-{k}" for i in range(APPENDERS) for k in range(APPENDS)}
        missing = len(expected - set(note))
        passed = missing == 0 and len(note) - 3 == len(expected)
        ok &= passed
        print(
            f"{'PASS' if passed else 'FAIL'}  {APPENDERS} checkers x {APPENDS} edits of one note "
            f"(conditional, retried when overtaken): {missing} lost of {len(expected)} "
            f"in {elapsed:.1f} s"
        )

        # 3. change to screen
        for label, target, doc in (
            ("PostgreSQL", reviewer_url, document_id),
            ("SQLite", sqlite_db, sqlite_document),
        ):
            delays = change_to_screen(target, doc)
            p95 = percentile(delays, 0.95)
            passed = len(delays) == CHANGES and p95 < LATENCY_TARGET_S
            ok &= passed
            print(
                f"{'PASS' if passed else 'FAIL'}  change to another app, {label:<10} "
                f"{len(delays)}/{CHANGES} seen; median {_ms(statistics.median(delays))}, "
                f"p95 {_ms(p95)}, worst {_ms(max(delays))} (target p95 < 1000 ms)"
            )
        floor = _bare_notify_round_trips(owner_url)
        print(
            f"      floor: a bare LISTEN/NOTIFY round trip, median "
            f"{_ms(statistics.median(floor))}, p95 {_ms(percentile(floor, 0.95))}"
        )
    return ok


if __name__ == "__main__":
    raise SystemExit(main())
