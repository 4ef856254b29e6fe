"""Several processes writing to one SQLite file at once (test and benchmark share it)."""

from __future__ import annotations

import multiprocessing
import random
import statistics
import time
from dataclasses import dataclass
from multiprocessing.synchronize import Barrier


@dataclass
class WriterResult:
    latencies: list[float]
    failures: list[str]


def _writer(
    db: str,
    document_id: int,
    count: int,
    seed: int,
    start: Barrier,
    results: multiprocessing.Queue[WriterResult],
) -> None:
    from factcheck.domain import AnnotationKind
    from factcheck.errors import FactcheckError
    from factcheck.services import AnnotationDraft, Workspace

    workspace = Workspace.open(db, f"writer-{seed}")
    text_length = len(workspace.document(document_id).latest.text)
    rng = random.Random(seed)
    latencies: list[float] = []
    failures: list[str] = []
    start.wait()
    for _ in range(count):
        begin = rng.randrange(0, text_length - 40)
        draft = AnnotationDraft(kind=AnnotationKind.CLAIM, note=f"by writer {seed}")
        started = time.perf_counter()
        try:
            workspace.annotate(document_id, begin, begin + rng.randint(5, 40), draft)
        except FactcheckError as exc:
            failures.append(exc.message)
        except Exception as exc:  # counted, not hidden: the benchmark reports them
            failures.append(f"{type(exc).__name__}: {exc}")
        else:
            latencies.append(time.perf_counter() - started)
    workspace.close()
    results.put(WriterResult(latencies, failures))


def run_writers(db: str, document_id: int, writers: int, each: int) -> WriterResult:
    """``writers`` processes, started together, each making ``each`` annotations."""
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(writers)
    results: multiprocessing.Queue[WriterResult] = context.Queue()
    processes = [
        context.Process(target=_writer, args=(db, document_id, each, seed, start, results))
        for seed in range(writers)
    ]
    for process in processes:
        process.start()
    collected = [results.get(timeout=600) for _ in processes]
    for process in processes:
        process.join(timeout=60)
    return WriterResult(
        [latency for r in collected for latency in r.latencies],
        [failure for r in collected for failure in r.failures],
    )


def append_to_note(url: str, annotation_id: int, tag: str, times: int, start: Barrier) -> None:
    """One checker appending ``tag0..tagN`` to a note as the app does: read, change,
    write conditional on the version read, and again when someone was faster."""
    from factcheck.errors import StaleChange
    from factcheck.services import Workspace

    workspace = Workspace.open(url, "")
    start.wait()
    for k in range(times):
        while True:
            current = workspace.annotation(annotation_id)
            try:
                workspace.update_annotation(
                    annotation_id, if_version=current.revision, note=f"{current.note} {tag}{k}"
                )
                break
            except StaleChange:
                continue
    workspace.close()


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


__all__ = ["WriterResult", "append_to_note", "percentile", "run_writers", "statistics"]
