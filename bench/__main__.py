"""Run every benchmark: ``make bench`` (or ``python -m bench``). Exit 1 if a target is missed."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from bench import gui_bench

    print("Factcheck benchmarks (targets from PRODUCT.md)")
    return gui_bench.main()


if __name__ == "__main__":
    sys.exit(main())
