"""Re-anchoring benchmark: a 100k-word draft, 1,000 annotations, ~5% of sentences edited.

Prints the time (target < 1 s, for the whole `revise`: import, re-anchor, write) and
the accuracy against the known truth: every unedited quote must land exactly on its
words (target 100%), and no annotation may be placed on the wrong words (target 0).
"""

from __future__ import annotations

import random
import re
import sys
import tempfile
import time
from pathlib import Path

from bench.common import article, report, timed

SENTENCE = re.compile(r"[^.\n]+\.")
EXTRA = ["Officials later disputed the figures.", "The report was updated on Tuesday.",
         "Critics said the numbers were misleading."]  # fmt: skip


def edit(text: str, rate: float, seed: int = 5) -> tuple[str, list[int | None]]:
    """Edit ``rate`` of the sentences; returns the new text and old->new char positions."""
    rng = random.Random(seed)
    pieces: list[str] = []
    mapping: list[int | None] = [None] * len(text)
    position = 0
    new_length = 0

    def keep(start: int, end: int) -> None:
        nonlocal new_length
        for i in range(start, end):
            mapping[i] = new_length + i - start
        pieces.append(text[start:end])
        new_length += end - start

    def add(fresh: str) -> None:
        nonlocal new_length
        pieces.append(fresh)
        new_length += len(fresh)

    for match in SENTENCE.finditer(text):
        keep(position, match.start())
        position = match.end()
        sentence = match.group()
        if rng.random() >= rate:
            keep(match.start(), match.end())
            continue
        action = rng.choice(["word", "delete", "insert"])
        if action == "delete":
            continue
        if action == "insert":
            keep(match.start(), match.end())
            add(" " + rng.choice(EXTRA))
            continue
        words = list(re.finditer(r"\w+", sentence))
        victim = rng.choice(words)
        keep(match.start(), match.start() + victim.start())
        add(victim.group()[::-1] + "x")
        keep(match.start() + victim.end(), match.end())
    keep(position, len(text))
    return "".join(pieces), mapping


def annotations(text: str, count: int, seed: int = 9) -> list[tuple[int, int]]:
    rng = random.Random(seed)
    words = [m.span() for m in re.finditer(r"\w+", text)]
    spans = []
    for _ in range(count):
        first = rng.randrange(0, len(words) - 12)
        last = first + rng.randint(1, 10)
        spans.append((words[first][0], words[last][1]))
    return spans


def main() -> int:
    from factcheck.anchoring.reanchor import Quote, reanchor
    from factcheck.anchoring.selectors import quote_at
    from factcheck.domain import AnchorState, AnnotationKind
    from factcheck.importers.plaintext import parse
    from factcheck.services import Workspace
    from factcheck.storage.repositories import AnnotationRepository

    old = parse(article(100_000).encode(), "v1.txt").text
    new, truth = edit(old, rate=0.05)
    spans = annotations(old, 1_000)
    quotes = []
    for key, (start, end) in enumerate(spans):
        q = quote_at(old, start, end)
        quotes.append(Quote(key, start, end, q.exact, q.prefix, q.suffix))

    results = [report("re-anchor 1,000 annotations (algorithm)",
                      timed(lambda: reanchor(old, new, quotes), 3), 1.0)]  # fmt: skip

    placements = reanchor(old, new, quotes)
    unedited = correct = misplaced = 0
    states: dict[str, int] = {}
    for (start, end), placement in zip(spans, placements, strict=True):
        states[placement.state.value] = states.get(placement.state.value, 0) + 1
        mapped = [truth[i] for i in range(start, end)]
        intact = all(m is not None for m in mapped) and mapped[-1] - mapped[0] == end - start - 1  # type: ignore[operator]
        if intact:
            unedited += 1
            if placement.state in (AnchorState.EXACT, AnchorState.MOVED) and (
                placement.start, placement.end) == (mapped[0], mapped[-1] + 1):  # type: ignore[operator]  # fmt: skip
                correct += 1
            elif placement.start is not None:
                misplaced += 1
        elif placement.start is not None:
            survivors = [m for m in mapped if m is not None]
            region = (min(survivors), max(survivors) + 1) if survivors else (-1, -1)
            if not (placement.start < region[1] and placement.end > region[0]):  # type: ignore[operator]
                misplaced += 1
    accuracy = correct / unedited if unedited else 1.0
    print(
        f"{'PASS' if accuracy == 1.0 else 'FAIL'}  {'unedited quotes re-anchored exactly':<52} "
        f"{correct}/{unedited} = {accuracy:.1%}  target 100%"
    )
    print(
        f"{'PASS' if misplaced == 0 else 'FAIL'}  {'annotations placed on the wrong words':<52} "
        f"{misplaced}  target 0"
    )
    print(f"      states: {', '.join(f'{v} {k}' for k, v in sorted(states.items()))}")
    results += [accuracy == 1.0, misplaced == 0]

    with tempfile.TemporaryDirectory(prefix="factcheck-revise-bench-") as tmp:
        workspace = Workspace.open(str(Path(tmp) / "db.sqlite3"), "bench")
        document = workspace.add_imported(parse(old.encode(), "v1.txt"))
        assert document.id is not None and document.latest.id is not None
        from factcheck.domain import Annotation

        with workspace.database.transaction() as session:
            repo = AnnotationRepository(session)
            for q in quotes:
                repo.add(
                    Annotation(
                        document.id,
                        document.latest.id,
                        AnnotationKind.CLAIM,
                        q.start,
                        q.end,
                        q.exact,
                        q.prefix,
                        q.suffix,
                        "bench",
                    )
                )
        draft2 = Path(tmp) / "v2.txt"
        draft2.write_text(new, encoding="utf-8")
        started = time.perf_counter()
        revision = workspace.revise(document.id, draft2)
        elapsed = time.perf_counter() - started
        assert len(revision.outcomes) == 1_000
        results.append(report("revise: import v2, re-anchor 1,000, commit", [elapsed], 1.0))
        workspace.close()
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
