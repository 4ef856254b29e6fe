"""Run every benchmark: ``make bench`` (or ``python -m bench``). Exit 1 if a target is missed."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
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
    results = [
        gui_bench.main(),
        import_bench.main(),
        reanchor_bench.main(),
        export_bench.main(),
        concurrency_bench.main(),
        team_bench.main(),
        claims_bench.main(),
    ]
    return 1 if any(results) else 0


if __name__ == "__main__":
    sys.exit(main())
