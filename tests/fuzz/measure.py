"""``python -m tests.fuzz.measure PEAK_FILE ARGS...``: run the factcheck CLI in this
process and write its peak resident memory (kB) to PEAK_FILE at exit.

The kernel's ru_maxrss of a child carries the parent's peak over exec, so the
harness could not tell a 50 MB import from its own memory; VmHWM of this process's
own address space (new at exec) is exact.
"""

from __future__ import annotations

import atexit
import runpy
import sys
from pathlib import Path


def _peak_kb() -> int:
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:  # not Linux: fall back on what getrusage says
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    line = next(line for line in status.splitlines() if line.startswith("VmHWM:"))
    return int(line.split()[1])


def main() -> None:
    peak_file = Path(sys.argv[1])
    atexit.register(lambda: peak_file.write_text(str(_peak_kb())))
    sys.argv = ["factcheck", *sys.argv[2:]]
    runpy.run_module("factcheck", run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
