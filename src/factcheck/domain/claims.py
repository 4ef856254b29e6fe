"""The claim memory's objects: reviews read from feeds, and what a search finds.

Plain data, no SQL: the importer makes :class:`ClaimReview` objects, the storage
layer keeps them, the service hands out :class:`ClaimMatch` objects.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class MatchKind(StrEnum):
    """How close an earlier check is, by the two thresholds (as Meedan Check does)."""

    SAME = "same"  # likely the same claim: its verdict may apply as it is
    RELATED = "related"  # about the same thing: worth a look


class Origin(StrEnum):
    FEED = "feed"  # a ClaimReview imported from another fact-checker's feed
    DOCUMENT = "document"  # a claim marked in one of our own documents


@dataclass(frozen=True)
class Rating:
    """schema.org Rating: the label and, when the publisher gives them, the numbers."""

    label: str = ""  # alternateName (or name)
    value: float | None = None  # ratingValue
    best: float | None = None  # bestRating
    worst: float | None = None  # worstRating


@dataclass(frozen=True)
class ClaimReview:
    """One schema.org ClaimReview as imported. ``key`` identifies it across imports:
    its URL, or (when it has none) a digest of publisher, claim and date."""

    key: str
    claim: str
    rating: Rating = field(default_factory=Rating)
    url: str = ""
    title: str = ""  # the review's headline or name
    publisher: str = ""
    publisher_url: str = ""
    published: dt.date | None = None
    claim_author: str = ""
    claim_date: dt.date | None = None
    appearances: tuple[str, ...] = ()
    language: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "claim": self.claim,
            "rating": self.rating.label,
            "rating_value": self.rating.value,
            "best_rating": self.rating.best,
            "worst_rating": self.rating.worst,
            "url": self.url or None,
            "title": self.title,
            "publisher": self.publisher,
            "publisher_url": self.publisher_url or None,
            "date": self.published.isoformat() if self.published else None,
            "claim_author": self.claim_author,
            "claim_date": self.claim_date.isoformat() if self.claim_date else None,
            "appearances": list(self.appearances),
            "language": self.language,
        }


@dataclass(frozen=True)
class FeedImport:
    """What ``claims import`` did: counts, and a reason for every record skipped."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": len(self.skipped),
            "reasons": list(self.skipped),
        }


@dataclass(frozen=True)
class ClaimMatch:
    """An earlier check found for a query, with what the app shows and reuses."""

    claim: str
    score: float  # 0..1, 1 for the same words
    match: MatchKind
    origin: Origin
    rating: str | None = None  # the verdict label (ours) or the publisher's rating
    url: str | None = None  # the review (feed) or the document's URL
    publisher: str = ""  # who checked it: the feed's organisation, or our reviewer
    date: dt.date | None = None
    document: int | None = None  # our document and annotation ids (origin "document")
    annotation: int | None = None
    document_title: str = ""
    speaker: str = ""  # who made the claim
    verdict_key: str | None = None  # our verdict's key, to reuse it as it is
    sources: tuple[str, ...] = ()  # evidence URLs (ours) or where the claim appeared (feed)
    review_key: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "claim": self.claim,
            "rating": self.rating,
            "url": self.url,
            "publisher": self.publisher,
            "date": self.date.isoformat() if self.date else None,
            "score": round(self.score, 4),
            "match": self.match.value,
            "origin": self.origin.value,
            "document": self.document,
            "annotation": self.annotation,
            "document_title": self.document_title or None,
            "speaker": self.speaker or None,
            "verdict_key": self.verdict_key,
            "sources": list(self.sources),
        }
