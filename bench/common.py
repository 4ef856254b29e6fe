"""Helpers shared by the benchmarks: targets, timing, a large reviewed draft."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # for tests.helpers.synthetic

from tests.helpers.synthetic import article, synthetic_annotations  # noqa: E402

__all__ = ["REPO", "article", "big_reviewed_draft", "report", "timed"]


def timed(action: Callable[[], object], repeat: int = 5) -> list[float]:
    """Wall-clock seconds of each run."""
    results = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        results.append(time.perf_counter() - start)
    return results


def timed_after(
    prepare: Callable[[], object], action: Callable[[], object], repeat: int = 5
) -> list[float]:
    """Wall-clock seconds of each ``action``, each after an untimed ``prepare``."""
    results = []
    for _ in range(repeat):
        prepare()
        start = time.perf_counter()
        action()
        results.append(time.perf_counter() - start)
    return results


def report(name: str, seconds: list[float], target: float) -> bool:
    median = statistics.median(seconds)
    worst = max(seconds)
    ok = median < target
    print(
        f"{'PASS' if ok else 'FAIL'}  {name:<52} median {median * 1000:8.1f} ms  "
        f"worst {worst * 1000:8.1f} ms  target < {target * 1000:.0f} ms  (n={len(seconds)})"
    )
    return ok


def big_reviewed_draft(db: str, words: int = 100_000, marks: int = 2_000) -> int:
    """A database holding one ``words``-word draft with ``marks`` annotations; its id."""
    from factcheck.importers.plaintext import parse
    from factcheck.services import Workspace
    from factcheck.storage.repositories import AnnotationRepository

    workspace = Workspace.open(db, "bench")
    text = article(words)
    document = workspace.add_imported(parse(text.encode(), "synthetic.txt"))
    assert document.id is not None and document.latest.id is not None
    with workspace.database.transaction() as session:
        repo = AnnotationRepository(session)
        for annotation in synthetic_annotations(document.latest.text, marks):
            annotation.id = None
            annotation.document_id = document.id
            annotation.version_id = document.latest.id
            repo.add(annotation)
    workspace.close()
    return document.id
