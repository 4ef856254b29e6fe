"""Import benchmarks (issue 13).

(a) Article extraction on saved news pages: the snippet score of our importer next to
    trafilatura's default, on the 400 pages of ``../shared/web-dev/`` (trafilatura's
    evaluation set; read from there, never committed). Target: at or above the default.
(b) Import time of a 100k-word draft in every format, generated here: target < 2 s each.
"""

from __future__ import annotations

import json
import os
import sys
import tarfile
import tempfile
from collections.abc import Callable
from pathlib import Path

from bench.common import REPO, article, report, timed

WEB_DEV = Path(os.environ.get("FACTCHECK_WEB_DEV", REPO.parent / "shared" / "web-dev"))


# --- (a) snippet score on saved pages -----------------------------------------------------------
def _collapsed(text: str) -> str:
    return " ".join(text.split())


def snippet_score(extract: Callable[[bytes, str], str], pages: Path, gold: dict) -> float:
    """(``with`` snippets found + ``without`` snippets absent) / all snippets (README)."""
    from factcheck.errors import UserInputError

    found = total = 0
    for entry in gold.values():
        data = (pages / entry["file"]).read_bytes()
        try:
            text = _collapsed(extract(data, entry["file"]) or "")
        except UserInputError:
            text = ""  # a refusal finds nothing
        for snippet in entry["with"]:
            found += _collapsed(snippet) in text
        for snippet in entry["without"]:
            found += _collapsed(snippet) not in text
        total += len(entry["with"]) + len(entry["without"])
    return found / total


def ours(data: bytes, name: str) -> str:
    from factcheck.importers.base import parse_bytes

    return parse_bytes(data, name).text


def trafilatura_default(data: bytes, name: str) -> str:
    import trafilatura

    return trafilatura.extract(data) or ""  # trafilatura decodes the bytes itself


def web_dev_bench() -> bool:
    archive, gold_file = WEB_DEV / "pages.tar.xz", WEB_DEV / "gold.json"
    if not (archive.exists() and gold_file.exists()):
        print(f"SKIP  saved-page snippet score: {WEB_DEV} has no pages.tar.xz and gold.json")
        return True
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="factcheck-web-dev-") as tmp:
        with tarfile.open(archive) as tar:
            tar.extractall(tmp, filter="data")
        pages = Path(tmp) / "pages"
        floor = snippet_score(trafilatura_default, pages, gold)
        score = snippet_score(ours, pages, gold)
    ok = score >= floor
    label = f"saved-page snippet score ({len(gold)} pages)"
    print(
        f"{'PASS' if ok else 'FAIL'}  {label:<52} ours {score:.4f}  "
        f"trafilatura default {floor:.4f}  target >= default"
    )
    return ok


# --- (b) 100k-word drafts in every format -------------------------------------------------------
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


def make_big_odt(path: Path, text: str) -> None:
    from html import escape

    from tests.helpers.fidelity import odt_package

    paragraphs = text.split("\n\n")
    body = [f'<text:h text:outline-level="1">{escape(paragraphs[0])}</text:h>']
    for index, paragraph in enumerate(paragraphs[1:]):
        if index % 25 == 0:
            body.append(f'<text:h text:outline-level="2">Section {index // 25 + 1}</text:h>')
        body.append(f"<text:p>{escape(paragraph)}</text:p>")
    path.write_bytes(odt_package("".join(body)))


def make_big_markdown(path: Path, text: str) -> None:
    paragraphs = text.split("\n\n")
    body = "\n\n".join(f"{p[:30]}**{p[30:50]}**{p[50:]}" for p in paragraphs[1:])
    path.write_text(f"# {paragraphs[0]}\n\n{body}\n", encoding="utf-8")


def make_big_pdf(path: Path, text: str) -> None:
    from tests.helpers.pdfs import build_pdf, text_page

    pages, page, lines = [], [], 0
    for paragraph in text.split("\n\n"):
        needed = len(paragraph) // 90 + 2
        if page and lines + needed > 55:
            pages.append(text_page(page))
            page, lines = [], 0
        page.append(paragraph)
        lines += needed
    pages.append(text_page(page))
    path.write_bytes(build_pdf(pages))


def make_big_text(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


MAKERS = {
    "DOCX": ("big.docx", make_big_docx),
    "ODT": ("big.odt", make_big_odt),
    "PDF": ("big.pdf", make_big_pdf),
    "Markdown": ("big.md", make_big_markdown),
    "saved web page": ("big.html", make_big_html),
    "plain text": ("big.txt", make_big_text),
}


def import_time_bench() -> bool:
    from factcheck.importers import read_document

    text = article(100_000)
    results = []
    with tempfile.TemporaryDirectory(prefix="factcheck-import-bench-") as tmp:
        for label, (name, make) in MAKERS.items():
            path = Path(tmp) / name
            make(path, text)
            words = len(read_document(path).text.split())
            if words < 99_000:  # a benchmark of an import that lost text would mislead
                print(f"FAIL  import a 100k-word {label}: only {words:,} words came out")
                results.append(False)
                continue
            seconds = timed(lambda p=path: read_document(p), 3)
            results.append(report(f"import a 100k-word {label}", seconds, 2.0))
    return all(results)


# --- (c) word-level F1 on the fixture set ------------------------------------------------------
def fidelity_bench() -> bool:
    """Mean word-level F1 per format on our real-world-shaped fixtures (target >= 0.97)."""
    from tests.helpers.fidelity_set import CASES, TARGET_F1, word_f1

    from factcheck.importers import read_document

    scores: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="factcheck-fidelity-") as tmp:
        for case in CASES:
            path = Path(tmp) / case.name
            path.write_bytes(case.make())
            text = read_document(path).text
            scores.setdefault(case.format, []).append(word_f1(text, case.reference))
    results = []
    for fmt, found in scores.items():
        mean = sum(found) / len(found)
        ok = mean >= TARGET_F1
        label = f"word-level F1, {fmt} ({len(found)} fixture files)"
        print(
            f"{'PASS' if ok else 'FAIL'}  {label:<52} mean {mean:.3f}  min {min(found):.3f}"
            f"  target >= {TARGET_F1}"
        )
        results.append(ok)
    return all(results)


def main() -> int:
    results = [import_time_bench(), fidelity_bench(), web_dev_bench()]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
