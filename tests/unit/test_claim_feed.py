"""Reading ClaimReview feeds in every shape found in the wild, broken records too."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.errors import UserInputError
from factcheck.importers.claimreview_feed import parse_feed
from tests.helpers.claimreviews import (
    REVIEWS,
    all_reviews,
    as_datafeed,
    as_graph,
    as_jsonl,
    as_list,
    review,
)

SHAPES: dict[str, Callable[[list[dict[str, Any]]], bytes]] = {
    "list": as_list,
    "graph": as_graph,
    "datafeed": as_datafeed,
    "jsonl": as_jsonl,
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_every_shape_yields_every_review(shape: str) -> None:
    read = parse_feed(SHAPES[shape](all_reviews()), "feed")
    assert [r.claim for r in read.reviews] == [item[1] for item in REVIEWS]
    assert read.skipped == []


def test_one_object_and_all_the_fields_kept() -> None:
    data = json.dumps(review(*REVIEWS[2])).encode()
    (found,) = parse_feed(data, "one.json").reviews
    assert found.claim == "The new river bridge in Eastport cost 4 billion dollars"
    assert found.url == found.key == "https://towntruth.example/checks/bridge-gold"
    assert found.rating.label == "Mostly false"
    assert (found.rating.value, found.rating.best, found.rating.worst) == (2.0, 5.0, 1.0)
    assert found.publisher == "Town Truth"
    assert found.publisher_url == "https://towntruth.example/"
    assert found.published == dt.date(2024, 5, 1)
    assert found.claim_author == "Mayor Quill"
    assert found.claim_date == dt.date(2024, 4, 20)
    assert found.appearances == ("https://social.example/bridge-gold",)
    assert found.title.startswith("Fact check:")


def test_variants_of_types_ratings_and_authors() -> None:
    data: list[dict[str, Any]] = [
        {
            "@type": ["schema:ClaimReview"],
            "url": "https://a.example/1",
            "claimReviewed": "  Spaces   are folded ",
            "reviewRating": [{"name": "Pants on fire", "ratingValue": "0,5"}],
            "author": "Plain Name Org",
            "datePublished": "2023-02-03T10:00:00Z",
            "itemReviewed": {"author": "Someone", "firstAppearance": "https://x.example/p"},
        },
        {
            "@type": "http://schema.org/ClaimReview",
            "url": "https://a.example/2",
            "claimReviewed": "Rating as numbers only",
            "reviewRating": {"ratingValue": 3, "bestRating": "5", "worstRating": "nope"},
            "publisher": {"name": "Publisher Org"},
            "datePublished": "not a date",
        },
    ]
    first, second = parse_feed(as_list(data), "variants").reviews
    assert first.claim == "Spaces are folded"
    assert first.rating.label == "Pants on fire" and first.rating.value == 0.5
    assert first.publisher == "Plain Name Org"
    assert first.published == dt.date(2023, 2, 3)
    assert first.claim_author == "Someone"
    assert first.appearances == ("https://x.example/p",)
    assert second.rating.label == "" and second.rating.value == 3.0
    assert second.rating.best == 5.0 and second.rating.worst is None
    assert second.publisher == "Publisher Org" and second.published is None


def test_bad_records_are_skipped_with_a_reason_and_the_rest_kept() -> None:
    good = review(*REVIEWS[0])
    items: list[Any] = [
        good,
        {"@type": "ClaimReview", "url": "https://a.example/x"},  # no claim
        {"@type": "ClaimReview", "claimReviewed": "x", "url": "javascript:alert(1)"},
        {"@type": "ClaimReview", "claimReviewed": "y" * 6000, "url": "https://a.example/y"},
        {"@type": "Person", "name": "not a review"},
        "a string",
        42,
    ]
    read = parse_feed(as_list(items), "mixed")
    assert [r.claim for r in read.reviews] == [good["claimReviewed"]]
    reasons = " | ".join(read.skipped)
    assert "no claimReviewed" in reasons
    assert "not an http(s) address" in reasons
    assert "longer than 5,000 characters" in reasons
    assert "not a ClaimReview (Person)" in reasons
    assert read.skipped_count == 4  # strings and numbers in a list are no records at all


def test_json_lines_with_broken_lines() -> None:
    lines = as_jsonl(all_reviews()[:3]).decode().splitlines()
    lines.insert(1, '{"@type": "ClaimReview", "claimReviewed": "cut off')
    lines.insert(3, "[1, 2")
    lines.append('"just a string"')
    read = parse_feed("\n".join(lines).encode(), "broken.jsonl")
    assert len(read.reviews) == 3
    assert read.skipped == [
        "line 2: not valid JSON",
        "line 4: not valid JSON",
        "line 6: not a JSON object",
    ]


def test_graph_passes_over_other_node_types_silently() -> None:
    read = parse_feed(as_graph(all_reviews()[:2]), "graph.json")
    assert len(read.reviews) == 2 and read.skipped == []


def test_a_review_without_url_gets_a_stable_key() -> None:
    item = review(*REVIEWS[1])
    del item["url"]
    first = parse_feed(as_list([item]), "a").reviews[0]
    again = parse_feed(as_list([item]), "b").reviews[0]
    assert first.url == "" and first.key.startswith("urn:factcheck:claimreview:")
    assert first.key == again.key


def test_our_own_claimreview_export_reads_back() -> None:
    exported = [
        {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "claimReviewed": "the city planted 40,000 trees in 2023",
            "reviewRating": {
                "@type": "Rating",
                "alternateName": "False",
                "ratingValue": 1,
                "bestRating": 5,
                "worstRating": 1,
            },
            "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Bob"}},
            "author": {"@type": "Organization", "name": "Desk", "url": "https://desk.example"},
            "datePublished": "2026-11-26",
            "url": "https://desk.example#claim-1",
        }
    ]
    (found,) = parse_feed(as_list(exported), "export.json").reviews
    assert found.key == "https://desk.example#claim-1"
    assert found.claim_author == "Bob" and found.rating.label == "False"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"   \n", "is empty"),
        (b"\x00\x01\x02binary", "binary file"),
        ("é".encode("latin-1") + b"{}", "not UTF-8"),
        (b"<html>hello</html>", "neither JSON nor JSON Lines"),
        (b"{}", "holds no usable ClaimReview .1 records skipped; the first: record 1: not a"),
        (b'"text"', "holds no ClaimReview"),
        (b'{"@type": "ClaimReview"}\n[', "holds no usable ClaimReview .2 records skipped"),
        (b"[]", "holds no ClaimReview"),
        (b"[" * 100_000, "nests its JSON too deeply"),
    ],
)
def test_files_that_are_no_feed_are_refused_in_one_line(data: bytes, message: str) -> None:
    with pytest.raises(UserInputError, match=message) as caught:
        parse_feed(data, "feed.json")
    assert "\n" not in str(caught.value)
