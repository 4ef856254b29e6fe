"""Run every benchmark: ``make bench`` (or ``python -m bench``). Exit 1 if a target is missed.

``BENCH_LOAD=N`` runs the benchmarks beside N busy processes (one per core: a loaded
machine), ``BENCH_ONLY=gui,export`` runs only those.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _busy() -> None:
    while True:
        pass


def main() -> int:
    import multiprocessing

    load = int(os.environ.get("BENCH_LOAD", "0") or 0)
    hogs = [multiprocessing.Process(target=_busy, daemon=True) for _ in range(load)]
    for hog in hogs:
        hog.start()
    try:
        return _run()
    finally:
        for hog in hogs:
            hog.terminate()


def _run() -> int:
    from bench import (
        claims_bench,
        concurrency_bench,
        export_bench,
        gui_bench,
        import_bench,
        reanchor_bench,
        team_bench,
    )

    print("Factcheck benchmarks (targets from PRODUCT.md and the issues)")
    if os.environ.get("BENCH_LOAD"):
        print(f"(beside {os.environ['BENCH_LOAD']} busy processes: a loaded machine)")
    benches = {
        "gui": gui_bench,
        "import": import_bench,
        "reanchor": reanchor_bench,
        "export": export_bench,
        "concurrency": concurrency_bench,
        "team": team_bench,
        "claims": claims_bench,
    }
    only = [n for n in os.environ.get("BENCH_ONLY", "").split(",") if n]
    results = [bench.main() for name, bench in benches.items() if not only or name in only]
    return 1 if any(results) else 0


if __name__ == "__main__":
    sys.exit(main())
