"""`factcheck --self-test`: prove that a (frozen) build works, without a screen.

Starts the real window on a temporary database, opens the bundled sample, marks a
claim with a verdict, exports it as HTML and PDF, checks the files, exits 0.

Its console lines stay in English, untranslated: it is a developer's and the
packaging's tool (the smoke test of a build), not part of the interface.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="factcheck-self-test-") as tmp:
        os.environ["FACTCHECK_HOME"] = tmp  # never touch the user's own files
        try:
            details = _exercise(Path(tmp))
        except Exception as exc:  # a self-test reports every failure as one line
            print(f"factcheck self-test FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
    elapsed = time.perf_counter() - started
    print(f"factcheck self-test passed in {elapsed:.2f} s: {details}")
    return 0


def _exercise(home: Path) -> str:
    from PySide6.QtWidgets import QApplication

    from factcheck import paths
    from factcheck.config import Preferences
    from factcheck.domain import AnnotationKind
    from factcheck.ui.app import build_window
    from factcheck.ui.export_jobs import write_export

    app = QApplication.instance() or QApplication([])
    window = build_window(
        str(home / "self-test.sqlite3"), None, Preferences(reviewer_name="Self-test")
    )
    window.show()
    app.processEvents()
    document = window.controller.document
    if document is None or not paths.sample_article_path().exists():
        raise RuntimeError("the bundled sample article did not open")
    text = document.latest.text
    start = text.index("three-hour meeting")
    window.view.select_span(start, start + len("three-hour meeting"))
    made = window.mark(AnnotationKind.CLAIM)
    if made is None or made.id is None:
        raise RuntimeError("could not mark a claim: " + window.last_error)
    window.edit_field(made.id, "verdict", "true")
    report = window.controller.workspace.report(document.id or 0)
    html, pdf = home / "report.html", home / "report.pdf"
    write_export(report, "html", html)
    write_export(report, "pdf", pdf)
    if "three-hour meeting" not in html.read_text(encoding="utf-8"):
        raise RuntimeError("the HTML report lacks the annotation")
    if not pdf.read_bytes().startswith(b"%PDF"):
        raise RuntimeError("the PDF report is not a PDF")
    window.close()
    window.controller.workspace.close()
    sizes = f"HTML {html.stat().st_size} B, PDF {pdf.stat().st_size} B"
    return (
        f"sample opened, claim {made.id} marked and exported ({sizes}); "
        f"team database driver: {_postgres_driver()}"
    )


def _postgres_driver() -> str:
    """The team desk needs psycopg and its libpq inside the bundle: prove they load."""
    import psycopg
    from sqlalchemy.dialects.postgresql import psycopg as dialect  # noqa: F401

    return f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}, libpq {psycopg.pq.version()})"
