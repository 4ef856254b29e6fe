"""Import benchmarks: a 100k-word DOCX and a 100k-word saved web page (target < 2 s each)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from bench.common import article, report, timed


def make_big_docx(path: Path, text: str) -> None:
    import docx

    document = docx.Document()
    paragraphs = text.split("\n\n")
    document.add_heading(paragraphs[0], level=1)
    for index, paragraph in enumerate(paragraphs[1:]):
        if index % 25 == 0:
            document.add_heading(f"Section {index // 25 + 1}", level=2)
        added = document.add_paragraph(paragraph[:40])
        added.add_run(paragraph[40:60]).bold = True
        added.add_run(paragraph[60:])
    document.save(str(path))


def make_big_html(path: Path, text: str) -> None:
    paragraphs = text.split("\n\n")
    body = "".join(f"<p>{p[:30]}<em>{p[30:50]}</em>{p[50:]}</p>" for p in paragraphs[1:])
    path.write_text(
        "<!doctype html><html><head><meta charset='utf-8'><title>Big</title>"
        "<meta name='author' content='Bench'></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>{paragraphs[0]}</h1>{body}</article><footer>Footer</footer></body></html>",
        encoding="utf-8",
    )


def main() -> int:
    from factcheck.importers import read_document

    text = article(100_000)
    results = []
    with tempfile.TemporaryDirectory(prefix="factcheck-import-bench-") as tmp:
        docx_path, html_path = Path(tmp) / "big.docx", Path(tmp) / "big.html"
        make_big_docx(docx_path, text)
        make_big_html(html_path, text)
        for label, path in (
            ("import a 100k-word DOCX", docx_path),
            ("import a 100k-word saved web page", html_path),
        ):
            imported = read_document(path)
            words = len(imported.text.split())
            assert words >= 99_000, words
            results.append(report(label, timed(lambda p=path: read_document(p), 3), 2.0))
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
