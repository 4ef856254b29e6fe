"""The claim memory: "has this been checked before?". Qt-free and offline.

It holds every claim annotation of every document (with its verdict, sources,
speaker and date) and every ClaimReview imported from other fact-checkers' feeds.
The searchable entries and their index terms live in the database (table
``claim_memory``), derived from their origin and kept current: feed reviews when
imported, claim annotations whenever the ``changes`` log moved (any edit, by any
program). Nothing is written beside the database.

Use from the app::

    memory = ClaimMemory(workspace.database)          # one per open database
    memory.prepare()                                   # optional: builds the index now
    matches = memory.search(text, limit=5)             # best first; ClaimMatch objects
    summary = memory.import_feed(path, progress=..., cancelled=...)

Threading: every call opens its own session, and the in-process index cache is
guarded by a lock, so ``search`` may run on a worker thread while the UI thread
edits (SQLite in WAL mode lets a reader run beside a writer). ``search`` may write
briefly (catching up with edits), so on SQLite it can wait for another writer up to
the busy timeout; call it off the UI thread.
"""

from __future__ import annotations

import contextlib
import itertools
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.domain.claims import ClaimMatch, ClaimReview, FeedImport, MatchKind
from factcheck.domain.models import utc_now
from factcheck.domain.text import os_text
from factcheck.errors import Cancelled, EnvironmentProblem, NotAllowed, UserInputError
from factcheck.importers.base import read_limited
from factcheck.importers.claimreview_feed import MAX_FEED_BYTES, MAX_REASONS, FeedReader
from factcheck.services.claim_matching import Profile, TermIndex, clean_text, rank, terms
from factcheck.storage import Database
from factcheck.storage.claims import ClaimAnnotation, ClaimRepository

# "Likely the same claim" and "related" (scores are 0..1). Set on the CheckThat!
# training splits: of the queries whose best match scores at least SAME and holds
# at least SAME_CONTAINED of its words, about 99 % found the right earlier check
# (a quarter to a third of all queries get there); at least RELATED keeps the right one
# for 83-90 % of the queries (bench/claims_bench.py measures them on every split).
SAME = 0.55
SAME_CONTAINED = 0.3
RELATED = 0.35
DEFAULT_LIMIT = 5
MAX_LIMIT = 100
MAX_QUERY_CHARS = 20_000
BATCH = 500

Progress = Callable[[int, int], None]  # (done, total)
CancelCheck = Callable[[], bool]


def review_text(review: ClaimReview) -> str:
    """What a feed review is matched on: the claim, the review's headline, who said it."""
    parts = [review.claim]
    if review.title and review.title.casefold() != review.claim.casefold():
        parts.append(review.title)
    if review.claim_author:
        parts.append(review.claim_author)
    return clean_text(" ".join(parts))


def annotation_text(annotation: ClaimAnnotation) -> str:
    return clean_text(f"{annotation.exact} {annotation.speaker}".strip())


@dataclass
class _Index:
    generation: int
    entry_ids: list[int]
    texts: list[str]
    index: TermIndex
    profiles: dict[int, Profile] = field(default_factory=dict)


class ClaimMemory:
    """Search and feed import over one open database (see the module's note)."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self._lock = threading.Lock()
        self._cache: _Index | None = None

    # --- import ------------------------------------------------------------------------------
    def import_feed(
        self,
        path: Path,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> FeedImport:
        """Import a ClaimReview feed file (JSON, JSON-LD or JSON Lines).

        The same review (its URL) imported again is updated, never duplicated. Bad
        records are skipped with a reason. All in one transaction: a cancel
        (``cancelled()`` returning True raises Cancelled) or an error writes nothing.
        ``progress(done, total)`` is called from the calling thread now and then.
        """
        name = os_text(path.name)
        return self.import_bytes(read_limited(path, MAX_FEED_BYTES), name, progress, cancelled)

    def import_bytes(
        self,
        data: bytes,
        name: str,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> FeedImport:
        reader = FeedReader(data, name)
        seen: set[str] = set()
        repeats: list[str] = []
        added = updated = unchanged = 0
        now = utc_now()
        with self.database.transaction() as session:
            repo = ClaimRepository(session)
            generation, changes_seen = repo.state(lock=True)
            records = reader.reviews()
            while True:
                if cancelled is not None and cancelled():
                    raise Cancelled("the import was stopped; nothing was imported")
                if progress is not None:
                    progress(reader.position, reader.total)
                batch: dict[str, ClaimReview] = {}
                for review in itertools.islice(records, BATCH):
                    if review.key in seen and len(repeats) < MAX_REASONS:
                        repeats.append(f"review {review.key} appears again; the last one is kept")
                    seen.add(review.key)
                    batch[review.key] = review  # within a batch too, the last one wins
                if not batch:
                    break
                stored = repo.reviews_by_key(list(batch))
                new = [r for key, r in batch.items() if key not in stored]
                changed = [
                    (stored[key][0], r)
                    for key, r in batch.items()
                    if key in stored and stored[key][1] != r
                ]
                ids = repo.add_reviews(new, name, now)
                repo.update_reviews(changed, name, now)
                indexed = []
                for review_id, review in [(ids[r.key], r) for r in new] + changed:
                    text = review_text(review)
                    indexed.append((review_id, text, " ".join(terms(text))))
                repo.put_review_entries(indexed)
                added += len(new)
                updated += len(changed)
                unchanged += len(batch) - len(new) - len(changed)
            reader.check_found()
            if added or updated:
                repo.set_state(generation + 1, changes_seen)
        if progress is not None:
            progress(reader.total, reader.total)
        skipped = [*reader.skipped, *repeats]
        if reader.skipped_count > len(reader.skipped):
            skipped.append(f"... and {reader.skipped_count - len(reader.skipped):,} more")
        return FeedImport(added, updated, unchanged, tuple(skipped))

    # --- keeping current ---------------------------------------------------------------------
    def refresh(self) -> bool:
        """Catch up with the claims marked, changed and deleted in documents since the
        last call (by anyone). Returns True when the memory changed. ``search`` calls
        it; the app may call it after its own edits to keep the first search quick."""
        with self.database.reading() as session:
            repo = ClaimRepository(session)
            mark = repo.change_mark()
            _, seen = repo.state()
        if mark == seen:
            return False
        with self.database.transaction() as session:
            repo = ClaimRepository(session)
            generation, seen = repo.state(lock=True)
            mark = repo.change_mark()
            if mark == seen:
                return False
            wanted = repo.claim_revisions()
            have = repo.document_stamps()
            gone = [a for a in have if a not in wanted]
            stale = [a for a, revision in wanted.items() if have.get(a) != revision]
            repo.drop_document_entries(gone)
            indexed = []
            for annotation in repo.claim_annotations(stale):
                text = annotation_text(annotation)
                indexed.append((annotation, text, " ".join(terms(text))))
            repo.put_document_entries(indexed)
            changed = bool(gone or stale)
            repo.set_state(generation + 1 if changed else generation, mark)
        return changed

    def prepare(self) -> int:
        """Catch up and build the in-memory index now (some 0.5 s for 15,000 checks),
        so that the first search is as quick as the others: call it on a worker
        thread after opening a database. Returns how many entries the memory holds."""
        return len(self._index().entry_ids)

    def _index(self) -> _Index:
        # A read-only file, a login that may only read, a writer holding the lock too
        # long: search what is there (claims marked since the memory last caught up
        # are missing until a later search can catch up).
        with contextlib.suppress(EnvironmentProblem, NotAllowed):
            self.refresh()
        with self._lock:
            with self.database.reading() as session:
                repo = ClaimRepository(session)
                generation = repo.generation()
                if self._cache is not None and self._cache.generation == generation:
                    return self._cache
                entries = repo.entries()
            self._cache = _Index(
                generation,
                [e.id for e in entries],
                [e.text for e in entries],
                TermIndex(e.terms.split() for e in entries),
            )
            return self._cache

    # --- search --------------------------------------------------------------------------------
    def search(
        self,
        text: str,
        limit: int = DEFAULT_LIMIT,
        min_score: float = RELATED,
        exclude_annotation: int | None = None,
    ) -> list[ClaimMatch]:
        """The best earlier checks of ``text``, best first: at most ``limit``, each
        scoring at least ``min_score`` (RELATED by default; 0 lists the nearest
        whatever they are). ``exclude_annotation`` leaves out the claim being
        looked at. ``text`` may be messy (a tweet, a paragraph): it is cleaned here."""
        return self.search_many([text], limit, min_score, exclude_annotation)[0]

    def search_many(
        self,
        texts: Sequence[str],
        limit: int = DEFAULT_LIMIT,
        min_score: float = RELATED,
        exclude_annotation: int | None = None,
    ) -> list[list[ClaimMatch]]:
        """``search`` for each text, with one catch-up and one index for them all."""
        if not 1 <= limit <= MAX_LIMIT:
            raise UserInputError(f"the limit must be between 1 and {MAX_LIMIT}")
        if not 0.0 <= min_score <= 1.0:
            raise UserInputError("the minimum score must be between 0 and 1")
        for text in texts:
            if len(text) > MAX_QUERY_CHARS:
                raise UserInputError(
                    f"a query holds {len(text):,} characters; search takes up to "
                    f"{MAX_QUERY_CHARS:,} (a claim or a paragraph)"
                )
        cache = self._index()
        found: list[list[tuple[int, float, bool]]] = []
        for text in texts:
            ranked = rank(cache.index, cache.texts, clean_text(text), limit + 1, cache.profiles)
            found.append(
                [
                    (cache.entry_ids[r.position], r.score, r.contained >= SAME_CONTAINED)
                    for r in ranked
                    if r.score >= min_score
                ]
            )
        with self.database.reading() as session:
            details = ClaimRepository(session).details(
                sorted({entry for hits in found for entry, _, _ in hits})
            )
        results: list[list[ClaimMatch]] = []
        for hits in found:
            matches = []
            for entry, score, whole in hits:
                item = details.get(entry)
                if item is None or (
                    exclude_annotation is not None and item.annotation == exclude_annotation
                ):
                    continue
                matches.append(
                    ClaimMatch(
                        claim=item.claim,
                        score=score,
                        match=MatchKind.SAME if score >= SAME and whole else MatchKind.RELATED,
                        origin=item.origin,
                        rating=item.rating,
                        url=item.url,
                        publisher=item.publisher,
                        date=item.date,
                        document=item.document,
                        annotation=item.annotation,
                        document_title=item.document_title,
                        speaker=item.speaker,
                        verdict_key=item.verdict_key,
                        sources=item.sources,
                        review_key=item.review_key,
                    )
                )
            results.append(matches[:limit])
        return results
