"""The claim memory service on SQLite and PostgreSQL: feeds, search, document claims."""

from __future__ import annotations

import json
import socket
import threading
from typing import Any

import pytest
from sqlalchemy import func, select

from factcheck.domain import AnnotationKind
from factcheck.domain.claims import MatchKind, Origin
from factcheck.errors import Cancelled, EnvironmentProblem, UserInputError
from factcheck.services import AnnotationDraft, Workspace
from factcheck.services.claim_memory import ClaimMemory
from factcheck.storage import Database
from factcheck.storage.schema import ClaimMemoryRow, ClaimReviewRow
from tests.helpers.claimreviews import (
    PARAPHRASES,
    REVIEWS,
    all_reviews,
    as_datafeed,
    as_graph,
    as_jsonl,
    as_list,
    review,
    url_of,
)

pytestmark = pytest.mark.both_backends

DRAFT = (
    "Council report\n\n"
    "The mayor said the harbour tunnel carried 80,000 cars a day in its first month. "
    "She also claimed that river otters returned to the old canal after forty years. "
    "Critics called the speech “useful and constructive”."
)


@pytest.fixture
def memory(workspace: Workspace) -> ClaimMemory:
    return ClaimMemory(workspace.database)


def _counts(database: Database) -> tuple[int, int]:
    with database.reading() as session:
        reviews = session.scalar(select(func.count()).select_from(ClaimReviewRow))
        entries = session.scalar(select(func.count()).select_from(ClaimMemoryRow))
    return int(reviews or 0), int(entries or 0)


def test_import_is_idempotent_and_updates_in_place(memory: ClaimMemory) -> None:
    assert memory.prepare() == 0
    first = memory.import_bytes(as_list(all_reviews()), "feed.json")
    assert memory.prepare() == len(REVIEWS)
    assert (first.added, first.updated, first.unchanged, first.skipped) == (len(REVIEWS), 0, 0, ())
    # The same reviews again, in other shapes: nothing new, nothing changed.
    for data in (as_graph(all_reviews()), as_datafeed(all_reviews()), as_jsonl(all_reviews())):
        again = memory.import_bytes(data, "again")
        assert (again.added, again.updated, again.unchanged) == (0, 0, len(REVIEWS))
    assert _counts(memory.database) == (len(REVIEWS), len(REVIEWS))

    changed = review(*REVIEWS[0])
    changed["reviewRating"]["alternateName"] = "Pants on fire"
    changed["claimReviewed"] = "The moon is made entirely of blue cheese"
    result = memory.import_bytes(as_list([changed]), "fix.json")
    assert (result.added, result.updated, result.unchanged) == (0, 1, 0)
    assert _counts(memory.database) == (len(REVIEWS), len(REVIEWS))
    (hit,) = memory.search("moon made of blue cheese", limit=1)
    assert hit.rating == "Pants on fire" and hit.url == url_of("moon-cheese")
    assert hit.claim == "The moon is made entirely of blue cheese"


def test_repeats_within_one_feed_keep_the_last(memory: ClaimMemory) -> None:
    older, newer = review(*REVIEWS[5]), review(*REVIEWS[5])
    newer["reviewRating"]["alternateName"] = "False"
    result = memory.import_bytes(as_list([older, newer]), "dup.json")
    assert result.added == 1 and len(result.skipped) == 1
    assert memory.search(REVIEWS[5][1], limit=1)[0].rating == "False"


@pytest.mark.parametrize(("query", "slug"), PARAPHRASES[:5])
def test_search_finds_the_earlier_check_first(memory: ClaimMemory, query: str, slug: str) -> None:
    memory.import_bytes(as_datafeed(all_reviews()), "feed.json")
    results = memory.search(query, limit=3, min_score=0)
    assert results[0].url == url_of(slug)
    assert results[0].origin is Origin.FEED
    assert [r.score for r in results] == sorted((r.score for r in results), reverse=True)


def test_results_carry_what_the_panel_shows(memory: ClaimMemory) -> None:
    memory.import_bytes(as_list(all_reviews()), "feed.json")
    (hit,) = memory.search("Did a robot get elected as the mayor of Kelton?", limit=1)
    assert hit.as_json() == {
        "claim": "A robot was elected mayor of Kelton",
        "rating": "False",
        "url": url_of("robot-mayor"),
        "publisher": "Tech Truth",
        "date": "2024-05-01",
        "score": round(hit.score, 4),
        "match": hit.match.value,
        "origin": "feed",
        "document": None,
        "annotation": None,
        "document_title": None,
        "speaker": "Satire Site",
        "verdict_key": None,
        "sources": ["https://social.example/robot-mayor"],
    }
    exact = memory.search("A robot was elected mayor of Kelton", limit=1)[0]
    assert exact.match is MatchKind.SAME and exact.score > 0.9


def test_thresholds_and_limits(memory: ClaimMemory) -> None:
    memory.import_bytes(as_list(all_reviews()), "feed.json")
    assert memory.search("a recipe for lemon pancakes with syrup") == []
    nearest = memory.search("a recipe for lemon pancakes with syrup", limit=2, min_score=0)
    assert len(nearest) <= 2 and all(r.score < 0.4 for r in nearest)
    assert len(memory.search("Eastport", limit=2, min_score=0)) == 2
    related = memory.search("Eastport bridge", limit=5)
    assert related and related[0].match is MatchKind.RELATED
    with pytest.raises(UserInputError, match="limit"):
        memory.search("x", limit=0)
    with pytest.raises(UserInputError, match="characters"):
        memory.search("word " * 5000)


def test_cjk_claims_are_found(memory: ClaimMemory) -> None:
    memory.import_bytes(as_list(all_reviews()), "feed.json")
    (hit,) = memory.search("東京の米の価格が二倍に", limit=1)
    assert hit.url == url_of("cjk-rice")


def test_document_claims_join_the_memory_and_follow_edits(
    workspace: Workspace, memory: ClaimMemory
) -> None:
    memory.import_bytes(as_list(all_reviews()), "feed.json")
    document = workspace.import_text(DRAFT, "Council report")
    assert document.id is not None
    tunnel = workspace.annotate_text(
        document.id,
        "the harbour tunnel carried 80,000 cars a day in its first month",
        AnnotationDraft(kind=AnnotationKind.CLAIM, verdict="mostly-false", speaker="Mayor"),
    )
    quote = workspace.annotate_text(
        document.id, "useful and constructive", AnnotationDraft(kind=AnnotationKind.QUOTE)
    )
    assert tunnel.id is not None and quote.id is not None
    query = "Harbour tunnel carries 80000 cars a day, says mayor https://t.co/x"
    (hit,) = memory.search(query, limit=1)
    assert (hit.origin, hit.document, hit.annotation) == (Origin.DOCUMENT, document.id, tunnel.id)
    assert hit.rating == "Mostly false" and hit.verdict_key == "mostly-false"
    assert hit.speaker == "Mayor" and hit.document_title == "Council report"
    assert hit.match is MatchKind.SAME
    assert memory.search("useful and constructive", min_score=0.5) == []  # quotes are no claims
    assert memory.search(query, exclude_annotation=tunnel.id, min_score=0.5) == []

    workspace.update_annotation(tunnel.id, verdict="false")
    assert memory.search(query, limit=1)[0].rating == "False"
    workspace.update_annotation(tunnel.id, verdict=None)
    assert memory.search(query, limit=1)[0].rating is None  # still a claim, not rated
    workspace.delete_annotation(tunnel.id)
    assert memory.search(query, min_score=0.5) == []
    workspace.restore_annotation(tunnel.id)
    assert memory.search(query, limit=1)[0].annotation == tunnel.id
    workspace.update_annotation(tunnel.id, kind="note")
    assert memory.search(query, min_score=0.5) == []
    workspace.delete_document(document.id)
    assert memory.refresh() is False or memory.search(query, min_score=0.5) == []
    assert memory.search(query, min_score=0.5) == []


def test_another_program_s_edits_are_seen(
    workspace: Workspace, memory: ClaimMemory, database_target: str
) -> None:
    """Two open apps (two ClaimMemory caches): what one imports or marks, the other finds."""
    other = ClaimMemory(Database(database_target))
    try:
        assert other.search("otters returned to the old canal", min_score=0) == []
        document = workspace.import_text(DRAFT, "Council report")
        assert document.id is not None
        workspace.annotate_text(
            document.id,
            "river otters returned to the old canal after forty years",
            AnnotationDraft(kind=AnnotationKind.CLAIM, verdict="true"),
        )
        assert other.search("otters are back in the old canal")[0].rating == "True"
        memory.import_bytes(as_list(all_reviews()), "feed.json")
        assert other.search("dogs voted in the Upton referendum")[0].url == url_of("dog-vote")
    finally:
        other.database.close()


def test_progress_and_cancel(memory: ClaimMemory) -> None:
    many = [
        {**review(*REVIEWS[i % len(REVIEWS)]), "url": f"https://many.example/{i}"}
        for i in range(1200)
    ]
    seen: list[tuple[int, int]] = []
    memory.import_bytes(as_jsonl(many), "many.jsonl", progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 1200) and seen[-1] == (1200, 1200)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

    more = [{**item, "url": item["url"] + "/v2"} for item in many]
    calls = {"n": 0}

    def cancel_on_second_batch() -> bool:
        calls["n"] += 1
        return calls["n"] >= 2

    with pytest.raises(Cancelled):
        memory.import_bytes(as_jsonl(more), "more.jsonl", cancelled=cancel_on_second_batch)
    assert _counts(memory.database) == (1200, 1200)  # nothing of the cancelled import


def test_no_network_is_touched(
    workspace: Workspace, memory: ClaimMemory, monkeypatch: pytest.MonkeyPatch, backend: str
) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the claim memory tried to reach the network")

    if backend == "sqlite":  # (PostgreSQL itself is reached over a socket)
        monkeypatch.setattr(socket.socket, "connect", refuse)
        monkeypatch.setattr(socket, "create_connection", refuse)
        monkeypatch.setattr(socket, "getaddrinfo", refuse)
    memory.import_bytes(as_list(all_reviews()), "feed.json")
    assert memory.search(PARAPHRASES[0][0], limit=1)[0].url == url_of("moon-cheese")


def test_search_from_worker_threads(memory: ClaimMemory) -> None:
    memory.import_bytes(as_list(all_reviews()), "feed.json")
    found: list[str | None] = []
    errors: list[BaseException] = []

    def work(query: str) -> None:
        try:
            found.append(memory.search(query, limit=1)[0].url)
        except BaseException as exc:  # reported below, on the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(q,)) for q, _ in PARAPHRASES[:6]]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    assert sorted(found, key=str) == sorted((url_of(s) for _, s in PARAPHRASES[:6]), key=str)


def test_bad_feed_changes_nothing(memory: ClaimMemory, tmp_path: Any) -> None:
    memory.import_bytes(as_list(all_reviews()[:3]), "feed.json")
    before = _counts(memory.database)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"@type": "Person"}))
    with pytest.raises(UserInputError, match="holds no usable ClaimReview"):
        memory.import_feed(bad)
    with pytest.raises(UserInputError, match="no such file"):
        memory.import_feed(tmp_path / "missing.json")
    assert _counts(memory.database) == before


def test_a_memory_that_cannot_catch_up_still_searches(
    workspace: Workspace, memory: ClaimMemory, monkeypatch: pytest.MonkeyPatch
) -> None:
    memory.import_bytes(as_list(all_reviews()), "feed.json")
    document = workspace.import_text(DRAFT, "Council report")
    assert document.id is not None
    workspace.annotate_text(
        document.id,
        "river otters returned to the old canal after forty years",
        AnnotationDraft(kind=AnnotationKind.CLAIM),
    )

    def read_only() -> bool:
        raise EnvironmentProblem("the database is read-only; check the file's permissions")

    monkeypatch.setattr(memory, "refresh", read_only)
    assert memory.search(PARAPHRASES[0][0], limit=1)[0].url == url_of("moon-cheese")
    assert memory.search("otters returned to the old canal", min_score=0.5) == []
    monkeypatch.undo()
    assert memory.search("otters returned to the old canal")[0].origin is Origin.DOCUMENT
