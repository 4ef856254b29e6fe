"""Benchmarks of the desktop app, each beside its floor measured in the same run.

- start to a usable window (the sample, as a returning reviewer left it) vs a bare
  QMainWindow + QTextEdit showing the same text (goal: at most 2x); and to the
  window ready to mark (database open, list and panel built: reported, no goal);
- open a 100k-word draft with 2,000 highlights, painted, vs setPlainText + 2,000 char
  formats + first paint (goal: under 0.5 s, aim 2x);
- create an annotation, shown and committed, from the key press (the reviewer's
  selection before it is not timed: the floor has none), vs one SQLite insert +
  commit (synchronous=FULL), and vs that plus one highlight painted (goal: under 20 ms);
- memory after switching documents back and forth (goal: flat, under 300 MB);
- a scaling table: open and create at 10k/100k/500k words x 200/2,000/20,000
  annotations (``BENCH_SCALING=0`` leaves it out).
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.common import REPO, report, timed, timed_after

SAMPLE = REPO / "resources" / "samples" / "putin-witkoff-meeting.txt"

APP_PROBE = """
import os, sys, time
t0 = float(os.environ["BENCH_T0"])
from PySide6.QtWidgets import QApplication
app = QApplication([])
from factcheck.config import load_preferences
from factcheck.ui.app import finish_start, first_paint
prefs = load_preferences()  # the last document, as a returning reviewer has it
prefs.reviewer_name = "bench"
from factcheck.ui.i18n import install_translations
from factcheck.ui.palette import follow_contrast_preference
install_translations(prefs.language)  # as run_app does
follow_contrast_preference(app)
window = first_paint(os.environ["BENCH_DB"], None, prefs)
first = time.time() - t0
finish_start(window, os.environ["BENCH_DB"], None)
app.processEvents()
window.view.viewport().repaint()
assert window.controller.document is not None
print(first, time.time() - t0)
window.desk.stop()
"""

BARE_PROBE = """
import os, time
t0 = float(os.environ["BENCH_T0"])
from PySide6.QtWidgets import QApplication, QMainWindow, QTextEdit
app = QApplication([])
window = QMainWindow()
view = QTextEdit()
window.setCentralWidget(view)
view.setPlainText(open(os.environ["BENCH_TEXT"], encoding="utf-8").read())
window.resize(1400, 860)
window.show()
app.processEvents()
view.viewport().repaint()
print(time.time() - t0)
"""


def _ratio_line(name: str, ours: float, floor: float, limit: float | None) -> bool:
    ratio = ours / floor
    ok = limit is None or ratio <= limit
    goal = f"goal <= {limit:.1f}x" if limit else "no ratio goal"
    print(
        f"{'PASS' if ok else 'FAIL'}  {name:<52} {ours * 1000:8.1f} ms  floor "
        f"{floor * 1000:7.1f} ms  ratio {ratio:4.1f}x  ({goal})"
    )
    return ok


def _probe(code: str, env: dict[str, str], runs: int = 6) -> list[list[float]]:
    """Each figure the probe prints, per run (the first run is left out)."""
    results = []
    for run in range(runs):
        env["BENCH_T0"] = repr(time.time())
        command = [sys.executable, "-c", code]
        out = subprocess.run(
            command, env=env, cwd=REPO, capture_output=True, text=True, check=True
        ).stdout
        if run:  # the first run warms the disk cache (and creates the database)
            results.append([float(x) for x in out.strip().splitlines()[-1].split()])
    return [list(column) for column in zip(*results, strict=True)]


def bench_startup(home: Path) -> list[bool]:
    """The window painted with the last document (a returning reviewer), then ready to
    mark (the database open, highlights painted), beside a bare window."""
    env = {
        **os.environ,
        "FACTCHECK_HOME": str(home),
        "BENCH_DB": str(home / "startup.sqlite3"),
        "BENCH_TEXT": str(SAMPLE),
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }
    first, ready = _probe(APP_PROBE, env, runs=8)
    (bare,) = _probe(BARE_PROBE, env, runs=8)
    return [
        report("start-up: window with the sample painted", first, 1.0),
        _ratio_line(
            "  start-up beside a bare window",
            statistics.median(first),
            statistics.median(bare),
            2.0,
        ),
        report("start-up: ready to mark (database open)", ready, 1.0),
        _ratio_line(
            "  ready to mark beside a bare window",
            statistics.median(ready),
            statistics.median(bare),
            None,
        ),
    ]


def _rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _build(db: str, words: int, marks: int) -> int:
    """The draft, built in another process so that memory figures are the app's alone."""
    code = (
        "from bench.common import big_reviewed_draft; "
        f"print(big_reviewed_draft({db!r}, {words}, {marks}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout
    return int(out)


def open_floor(text: str, spans: list[tuple[int, int]], app: Any) -> float:
    """setPlainText, one char format per highlight, first paint: Qt alone."""
    from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
    from PySide6.QtWidgets import QTextEdit

    view = QTextEdit()
    view.resize(800, 860)
    view.show()
    app.processEvents()
    began = time.perf_counter()
    view.setPlainText(text)
    fmt = QTextCharFormat()
    fmt.setBackground(QColor("#fff59d"))
    cursor = QTextCursor(view.document())
    cursor.beginEditBlock()
    for start, end in spans:
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)
    cursor.endEditBlock()
    app.processEvents()
    view.viewport().repaint()
    elapsed = time.perf_counter() - began
    view.close()
    view.deleteLater()
    return elapsed


def create_floors(folder: Path, app: Any) -> tuple[float, float]:
    """One SQLite insert + commit (FULL); and that with one highlight painted."""
    from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
    from PySide6.QtWidgets import QTextEdit

    connection = sqlite3.connect(folder / "floor.sqlite3", isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("CREATE TABLE marks (id INTEGER PRIMARY KEY, start INT, stop INT)")

    def insert(n: int) -> None:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO marks (start, stop) VALUES (?, ?)", (n, n + 40))
        connection.execute("COMMIT")

    bare = statistics.median(timed(lambda: insert(1), 30))
    view = QTextEdit()
    view.setPlainText(SAMPLE.read_text(encoding="utf-8") * 20)
    view.resize(800, 860)
    view.show()
    app.processEvents()
    fmt = QTextCharFormat()
    fmt.setBackground(QColor("#fff59d"))
    positions = iter(range(100, 100_000, 997))

    def insert_and_paint() -> None:
        start = next(positions)
        insert(start)
        cursor = QTextCursor(view.document())
        cursor.setPosition(start)
        cursor.setPosition(start + 40, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)
        app.processEvents()
        view.viewport().repaint()

    painted = statistics.median(timed(insert_and_paint, 30))
    view.close()
    connection.close()
    return bare, painted


class Session:
    """One app window on one database, as a reviewer uses it."""

    def __init__(self, db: str, app: Any) -> None:
        from factcheck.config import Preferences
        from factcheck.ui.app import build_window

        self.app = app
        self.window = build_window(db, None, Preferences(reviewer_name="bench"))
        self.window.resize(1400, 900)
        self.window.show()
        app.processEvents()
        small = self.window.controller.workspace.import_text("Small\n\nA small draft.")
        self.small = small.id or 0

    def open(self, document_id: int) -> Callable[[], None]:
        def run() -> None:
            self.window.open_document(self.small)
            self.window.open_document(document_id)
            self.app.processEvents()
            self.window.view.viewport().repaint()

        return run

    def create(self) -> tuple[Callable[[], None], Callable[[], None]]:
        """The reviewer's selection (untimed: it comes before the key press, and its own
        repaint is the selecting's), then the mark: shown and committed."""
        from factcheck.domain import AnnotationKind

        window = self.window
        text = window.controller.document.latest.text  # type: ignore[union-attr]
        positions = iter(range(1_000, len(text) - 100, max(41, len(text) // 200)))

        def select() -> None:
            start = next(positions)
            while text[start].isspace():
                start += 1
            window.view.select_span(start, start + 40)
            self.app.processEvents()

        def mark() -> None:
            if window.mark(AnnotationKind.CLAIM) is None:
                raise RuntimeError(window.last_error)
            self.app.processEvents()
            window.view.viewport().repaint()

        return select, mark

    def close(self) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent

        self.window.desk.stop()
        self.window.close()
        self.window.controller.workspace.close()
        # Gone for good before its database file is removed: no timer of it fires later.
        self.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def bench_open_create_memory(home: Path, app: Any) -> list[bool]:
    db = str(home / "big.sqlite3")
    document_id = _build(db, 100_000, 2_000)
    os.environ["FACTCHECK_HOME"] = str(home)
    session = Session(db, app)
    opened = timed(session.open(document_id), 5)
    annotations = session.window.controller.annotations
    text = session.window.controller.document.latest.text  # type: ignore[union-attr]
    offsets = session.window.view._offsets
    spans = [(offsets.to_utf16(a.start), offsets.to_utf16(a.end)) for a in annotations]
    floor = statistics.median([open_floor(text, spans, app) for _ in range(3)])
    results = [
        report("open a 100k-word draft with 2,000 highlights, painted", opened, 0.5),
        _ratio_line(
            "  open beside setPlainText + 2k formats + paint",
            statistics.median(opened),
            floor,
            None,
        ),
    ]
    created = timed_after(*session.create(), 30)
    bare, painted = create_floors(home, app)
    results += [
        report("create an annotation (2,000 present), shown + committed", created, 0.020),
        _ratio_line(
            "  create beside an SQLite insert + commit", statistics.median(created), bare, None
        ),
        _ratio_line(
            "  create beside insert + commit + one highlight painted",
            statistics.median(created),
            painted,
            None,
        ),
    ]
    # Memory: back and forth between the big draft and a small one.
    switch = session.open(document_id)
    readings = []
    for _ in range(10):
        switch()
        readings.append(_rss_mb())
    growth = readings[-1] - readings[1]
    ok = readings[-1] < 300 and growth < 10
    print(
        f"{'PASS' if ok else 'FAIL'}  memory after switching documents 10 times       "
        f"{readings[-1]:6.0f} MB  growth after the 2nd switch {growth:+5.1f} MB "
        "(goal: flat, under 300 MB)"
    )
    results.append(ok)
    session.close()
    return results


def scaling_table(home: Path, app: Any) -> None:
    """How open and create grow with the draft and the annotations (medians)."""
    sizes = [10_000, 100_000, 500_000]
    counts = [200, 2_000, 20_000]
    print("\n      scaling: open / create (median ms)")
    print("      words \\ annotations " + "".join(f"{n:>20,}" for n in counts))
    for words in sizes:
        cells = []
        for marks in counts:
            db = str(home / f"scale-{words}-{marks}.sqlite3")
            document_id = _build(db, words, marks)
            session = Session(db, app)
            opened = statistics.median(timed(session.open(document_id), 3))
            created = statistics.median(timed_after(*session.create(), 10))
            session.close()
            cells.append(f"{opened * 1000:8.0f} / {created * 1000:5.1f}")
            os.remove(db)
        print(f"      {words:>10,}           " + "".join(f"{c:>20}" for c in cells))


def main() -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        home = Path(tmp)
        results = [*bench_startup(home), *bench_open_create_memory(home, app)]
        if os.environ.get("BENCH_SCALING", "1") != "0":
            scaling_table(home, app)
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
