"""Export benchmarks, 1,000 annotations on a 100k-word draft (PRODUCT.md's targets):
HTML < 0.2 s, Markdown/CSV/JSON < 0.1 s, PDF < 2 s, DOCX < 1 s; DOCX must grow
linearly (4,000 annotations), and the PDF is shown beside its floor: the same text,
plain, laid out by QTextDocument and written by QPdfWriter.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path

from bench.common import big_reviewed_draft, report, timed

TARGETS = {"html": 0.2, "md": 0.1, "csv": 0.1, "w3c": 0.1, "claimreview": 0.1, "pdf": 2.0,
           "docx": 1.0}  # fmt: skip
LINEAR_LIMIT = 5.0  # 4x the annotations may cost at most this many times the time


def plain_pdf_floor(text: str, target: Path) -> None:
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    writer = QPdfWriter(str(target))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    document = QTextDocument()
    document.setPlainText(text)
    document.print_(writer)


def main() -> int:
    from factcheck.services import Workspace
    from factcheck.ui.export_jobs import write_export
    from factcheck.ui.pdf_export import ensure_gui_application

    ensure_gui_application()
    results = []
    medians: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="factcheck-export-bench-") as tmp:
        for marks in (1_000, 4_000):
            db = str(Path(tmp) / f"db{marks}.sqlite3")
            document_id = big_reviewed_draft(db, words=100_000, marks=marks)
            workspace = Workspace.open(db, "bench")
            rep = workspace.report(document_id, "Bench Checks", "https://bench.example")
            workspace.close()
            if len(rep.items) != marks:
                raise RuntimeError(f"expected {marks} annotations, got {len(rep.items)}")
            formats = TARGETS if marks == 1_000 else {"docx": TARGETS["docx"] * 4}
            for fmt, target in formats.items():
                path = Path(tmp) / f"out{marks}.{fmt}"
                seconds = timed(lambda f=fmt, p=path, r=rep: write_export(r, f, p), 3)
                medians[f"{fmt}{marks}"] = statistics.median(seconds)
                label = f"export {marks:,} annotations as {fmt}"
                results.append(report(label, seconds, target))
            if marks == 1_000:
                plain = rep.version.text
                floor = timed(lambda t=plain: plain_pdf_floor(t, Path(tmp) / "f.pdf"), 3)
                ratio = medians["pdf1000"] / statistics.median(floor)
                print(
                    f"      PDF floor (the same text, plain, QTextDocument to QPdfWriter): "
                    f"median {statistics.median(floor) * 1000:.0f} ms -> ratio {ratio:.1f}x"
                )
    growth = medians["docx4000"] / medians["docx1000"]
    ok = growth < LINEAR_LIMIT
    print(
        f"{'PASS' if ok else 'FAIL'}  DOCX grows linearly: 4x the annotations take "
        f"{growth:.1f}x the time (limit {LINEAR_LIMIT:.0f}x)"
    )
    results.append(ok)
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
