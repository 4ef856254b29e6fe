"""The fuzzing harness: every hostile case through the real command line.

Each case runs ``python -m factcheck`` in its own process and folder, on a copy of
a database that holds the sample article (document 1). A case fails when the
command:
- hangs (no exit within ``--hang-after`` seconds, 10 by default),
- peaks above ``--memory-mb`` of resident memory (500 by default),
- reports an internal error (exit 70, or a traceback),
- refuses with more (or less) than one line on stderr,
- refuses but changed the database,
- or breaks the case's own promise (refused / accepted / its check).

    python -m tests.fuzz [--seed N] [--category NAME]... [--mutations K] [--jobs J]

The same harness runs in the test suite (tests/fuzz/test_fuzz.py) with the default
seed; a longer run is just another seed or more mutations.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from tests.fuzz import hostile
from tests.fuzz.hostile import ACCEPT, REFUSE, Case, Outcome

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "samples" / "putin-witkoff-meeting.txt"
EXIT_BUG = 70


@dataclass
class Verdict:
    case: Case
    seconds: float
    peak_mb: float
    returncode: int | None
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def _environment(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTCHECK_")}
    env.update(
        FACTCHECK_HOME=str(home),
        FACTCHECK_REVIEWER="Fuzz Reviewer",
        PYTHONIOENCODING="utf-8",
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join([str(REPO / "src"), str(REPO), env.get("PYTHONPATH", "")]),
    )
    return env


def make_template(folder: Path) -> Path:
    """A database holding the sample article (document 1), checkpointed for copying."""
    db = folder / "template.sqlite3"
    env = _environment(folder / "home")
    subprocess.run(
        [sys.executable, "-m", "factcheck", "--db", str(db), "import", str(SAMPLE)],
        env=env,
        check=True,
        capture_output=True,
    )
    connection = sqlite3.connect(db)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return db


def _dump(db: Path) -> list[str]:
    connection = sqlite3.connect(db)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def _run_bounded(
    command: list[str], env: dict[str, str], hang_after: float
) -> tuple[int | None, bytes, bytes, float, float]:
    """Run, killing the process group after ``hang_after`` seconds; returns
    (exit code or None when killed, stdout, stderr, seconds, peak resident MB)."""
    with (
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
        tempfile.TemporaryDirectory() as scratch,
    ):
        peak_file = Path(scratch) / "peak"
        if command[:3] == [sys.executable, "-m", "factcheck"]:
            command = [sys.executable, "-m", "tests.fuzz.measure", str(peak_file), *command[3:]]
        else:  # wrapped (unshare ...): measure the factcheck process inside
            at = command.index(sys.executable)
            command = [*command[:at], sys.executable, "-m", "tests.fuzz.measure",
                       str(peak_file), *command[at + 3 :]]  # fmt: skip
        started = time.monotonic()
        process = subprocess.Popen(
            command, env=env, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
            start_new_session=True,
        )  # fmt: skip
        returncode: int | None = None
        peak_kb = 0
        while True:
            pid, status, _usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                returncode = os.waitstatus_to_exitcode(status)
                break
            if time.monotonic() - started > hang_after:
                peak_kb = max(peak_kb, _high_water_kb(process.pid))
                os.killpg(process.pid, signal.SIGKILL)
                os.wait4(process.pid, 0)
                break
            # Sampled for a process that may have to be killed (it writes no peak file);
            # ru_maxrss would carry this harness's own peak over exec.
            peak_kb = max(peak_kb, _high_water_kb(process.pid))
            time.sleep(0.02)
        process.returncode = returncode if returncode is not None else -9
        seconds = time.monotonic() - started
        if peak_file.exists():
            peak_kb = int(peak_file.read_text() or 0)
        out.seek(0)
        err.seek(0)
        return returncode, out.read(), err.read(), seconds, peak_kb / 1024


def _high_water_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def run_case(
    case: Case, template: Path, folder: Path, hang_after: float, memory_mb: float
) -> Verdict:
    folder.mkdir(parents=True)
    db = folder / "factcheck.sqlite3"
    shutil.copy(template, db)
    for name, data in case.files.items():
        (folder / name).write_bytes(data() if callable(data) else data)
    if case.prepare:
        case.prepare(folder)
    before = _dump(db)
    args = [a.replace("{folder}", str(folder)) for a in case.args]
    command = [
        sys.executable,
        "-m",
        "factcheck",
        "--db",
        case.db.replace("{folder}", str(folder)),
        *args,
    ]
    if case.wrap:
        command = [*case.wrap, str(folder), *command]
    env = _environment(folder / "home")
    returncode, stdout, stderr_bytes, seconds, peak = _run_bounded(command, env, hang_after)
    stderr = stderr_bytes.decode("utf-8", "replace")
    problems = []
    if returncode is None:
        problems.append(f"hang: killed after {hang_after:.0f} s")
    if peak > memory_mb:
        problems.append(f"memory: {peak:.0f} MB")
    if returncode == EXIT_BUG or "Traceback" in stderr or "internal error" in stderr:
        problems.append(f"internal error: {stderr.strip()[:300]}")
    if any(ch in stderr for ch in "\x1b\x07") or any(0x80 <= ord(c) <= 0x9F for c in stderr):
        problems.append(f"control characters on stderr: {stderr.strip()[:200]!r}")
    if returncode not in (0, None):
        lines = stderr.strip().splitlines()
        if len(lines) != 1:
            problems.append(f"{len(lines)} lines on stderr: {stderr.strip()[:300]!r}")
        if _dump(db) != before:
            problems.append("refused, but the database changed")
    if returncode == 0:
        noise = [line for line in stderr.splitlines() if not line.startswith("factcheck: note:")]
        if noise:
            problems.append(f"stray output on stderr: {noise[:3]!r}")
    if case.expect == REFUSE and returncode == 0:
        problems.append("accepted what must be refused")
    if case.expect == ACCEPT and returncode != 0:
        problems.append(f"refused what must be accepted: {stderr.strip()[:200]}")
    if returncode == 0 and args[0] == "import":
        # What was imported must print clean: no terminal escapes reach the screen.
        document = stdout.split()[0].decode() if stdout.split() else "?"
        printed, stdout, _, _, _ = _run_bounded(
            [sys.executable, "-m", "factcheck", "--db", str(db), "text", document], env, hang_after
        )
        shown = stdout.decode("utf-8", "replace")
        if printed != 0:
            problems.append("the imported document cannot be printed")
        if any(0xD800 <= ord(ch) <= 0xDFFF or 0x80 <= ord(ch) <= 0x9F for ch in shown):
            problems.append("control characters or surrogates in the canonical text")
        if "\x1b" in shown or "\x07" in shown:
            problems.append("terminal escapes in the canonical text")
        export_html(db, env, folder, hang_after)
    if case.check and returncode is not None:
        try:
            problem = case.check(Outcome(returncode or 0, stdout, stderr, folder))
        except OSError as exc:
            problem = f"check could not run: {exc}"
        if problem:
            problems.append(problem)
    return Verdict(case, seconds, peak, returncode, problems)


def export_html(db: Path, env: dict[str, str], folder: Path, hang_after: float) -> None:
    """The newest document's HTML report, for the cases that check what it links to."""
    connection = sqlite3.connect(db)
    try:
        newest = connection.execute("SELECT max(id) FROM documents").fetchone()[0]
    finally:
        connection.close()
    _run_bounded(
        [sys.executable, "-m", "factcheck", "--db", str(db), "export", str(newest),
         "--format", "html", "-o", str(folder / "report.html")],
        env, hang_after,
    )  # fmt: skip


def namespaces_work() -> bool:
    """Can this machine give a case a private mount (full or read-only disk)?"""
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=4k tmpfs /mnt 2>/dev/null"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


def devices_work() -> bool:
    import stat

    with tempfile.TemporaryDirectory() as folder:
        try:
            os.mknod(Path(folder) / "n", stat.S_IFCHR | 0o666, os.makedev(1, 3))
        except OSError:
            return False
    return True


def runnable(cases: list[Case]) -> tuple[list[Case], list[str]]:
    """Leave out what this machine cannot stage (and say so)."""
    mounts, devices = namespaces_work(), devices_work()
    kept, left_out = [], []
    for case in cases:
        if case.wrap and not mounts:
            left_out.append(f"{case.category}/{case.name}: no private mounts here")
        elif case.prepare is not None and "device" in case.name + case.args[0] and not devices:
            left_out.append(f"{case.category}/{case.name}: cannot make device nodes here")
        else:
            kept.append(case)
    return kept, left_out


def run_all(
    seed: int = 1,
    categories: list[str] | None = None,
    jobs: int = 2,
    hang_after: float = 10.0,
    memory_mb: float = 500.0,
    mutations: int = 8,
    report: bool = True,
) -> tuple[list[Verdict], list[str]]:
    generators = dict(hostile.CATEGORIES)
    generators["mutations"] = lambda rng: hostile.mutations(rng, mutations)
    cases: list[Case] = []
    for category, generate in generators.items():
        if categories and category not in categories:
            continue
        for case in generate(random.Random(f"{seed}:{category}")):
            case.category = category
            cases.append(case)
    cases, left_out = runnable(cases)
    with tempfile.TemporaryDirectory(prefix="factcheck-fuzz-") as root_name:
        root = Path(root_name)
        template = make_template(root)
        with ThreadPoolExecutor(max_workers=jobs) as pool:
            verdicts = list(
                pool.map(
                    lambda pair: run_case(
                        pair[1], template, root / f"case-{pair[0]}", hang_after, memory_mb
                    ),
                    enumerate(cases),
                )
            )
    if report:
        print_report(verdicts, left_out, seed)
    return verdicts, left_out


def print_report(verdicts: list[Verdict], left_out: list[str], seed: int) -> None:
    by_category: Counter[str] = Counter(v.case.category for v in verdicts)
    failed: Counter[str] = Counter(v.case.category for v in verdicts if not v.ok)
    print(f"fuzzing harness, seed {seed}: {len(verdicts)} cases")
    print(f"{'category':<20} {'cases':>5} {'failed':>6} {'slowest s':>9} {'peak MB':>8}")
    for category in by_category:
        mine = [v for v in verdicts if v.case.category == category]
        print(
            f"{category:<20} {by_category[category]:>5} {failed[category]:>6} "
            f"{max(v.seconds for v in mine):>9.2f} {max(v.peak_mb for v in mine):>8.0f}"
        )
    internal = sum(any(p.startswith("internal") for p in v.problems) for v in verdicts)
    hangs = sum(any(p.startswith("hang") for p in v.problems) for v in verdicts)
    memory = sum(any(p.startswith("memory") for p in v.problems) for v in verdicts)
    print(
        f"internal errors: {internal}, hangs over the limit: {hangs}, over the memory "
        f"limit: {memory}, failed in all: {sum(failed.values())}"
    )
    slowest = max(verdicts, key=lambda v: v.seconds, default=None)
    heaviest = max(verdicts, key=lambda v: v.peak_mb, default=None)
    if slowest and heaviest:
        print(
            f"slowest: {slowest.case.category}/{slowest.case.name} {slowest.seconds:.2f} s; "
            f"peak memory: {heaviest.case.category}/{heaviest.case.name} {heaviest.peak_mb:.0f} MB"
        )
    for verdict in verdicts:
        if not verdict.ok:
            print(
                f"FAIL {verdict.case.category}/{verdict.case.name}: {'; '.join(verdict.problems)}"
            )
    for line in left_out:
        print(f"left out: {line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.fuzz", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--category", action="append", choices=list(hostile.CATEGORIES))
    parser.add_argument("--mutations", type=int, default=8, help="mutants per format")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--hang-after", type=float, default=10.0)
    parser.add_argument("--memory-mb", type=float, default=500.0)
    args = parser.parse_args(argv)
    verdicts, _ = run_all(
        args.seed, args.category, args.jobs, args.hang_after, args.memory_mb, args.mutations
    )
    return 0 if all(v.ok for v in verdicts) else 1
