"""schema.org ClaimReview feeds, in the shapes found in the wild.

One object, a list, an ``@graph``, a ``DataFeed`` (``dataFeedElement`` -> ``item``),
JSON Lines, and our own ``export --format claimreview``. Every record that claims
to be a ClaimReview but cannot be used is skipped with a reason (never a crash);
nodes of other types beside them (the publisher's Organization, a WebPage) are
passed over silently. A file that is not JSON at all, or holds no ClaimReview, is
refused with one line.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from factcheck.domain.claims import ClaimReview, Rating
from factcheck.domain.models import safe_link
from factcheck.domain.text import strip_unsafe
from factcheck.errors import UserInputError

MAX_FEED_BYTES = 1024 * 1024 * 1024  # 100,000 reviews are about 100 MB
MAX_CLAIM_CHARS = 5_000  # a claim is a sentence or two; longer is not a claim
MAX_FIELD_CHARS = 1_000
MAX_REASONS = 1_000  # a broken feed of a million records needs no million reasons
_TYPE_TAIL = re.compile(r"^(?:https?://schema\.org/|schema:)", re.IGNORECASE)
_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


@dataclass
class FeedRead:
    reviews: list[ClaimReview]
    skipped: list[str]
    skipped_count: int = 0  # may exceed len(skipped): reasons stop at MAX_REASONS

    def skip(self, reason: str) -> None:
        self.skipped_count += 1
        if len(self.skipped) < MAX_REASONS:
            self.skipped.append(reason)


def _types(node: dict[str, Any]) -> set[str]:
    raw = node.get("@type", node.get("type"))
    values = raw if isinstance(raw, list) else [raw]
    return {_TYPE_TAIL.sub("", v) for v in values if isinstance(v, str)}


def _is_review(node: dict[str, Any]) -> bool:
    return "ClaimReview" in _types(node) or ("claimReviewed" in node and not _types(node))


def _nodes(
    value: Any, in_graph: bool = False, depth: int = 0
) -> Iterator[tuple[dict[str, Any], bool]]:
    """Every candidate record inside a parsed JSON value, in order, and whether it sat
    in an ``@graph`` (where nodes of other types are normal, not bad records)."""
    if depth > 8:
        return
    if isinstance(value, list):
        for item in value:
            yield from _nodes(item, in_graph, depth + 1)
        return
    if not isinstance(value, dict):
        return
    if "@graph" in value:
        yield from _nodes(value["@graph"], True, depth + 1)
        return
    types = _types(value)
    if "DataFeed" in types or "dataFeedElement" in value:
        yield from _nodes(value.get("dataFeedElement"), in_graph, depth + 1)
        return
    if "DataFeedItem" in types or ("item" in value and not _is_review(value)):
        yield from _nodes(value.get("item"), in_graph, depth + 1)
        return
    yield value, in_graph


def _text(value: Any, limit: int = MAX_FIELD_CHARS) -> str:
    """A plain string from a string, a number, or a {"name"|"@value"} object."""
    if isinstance(value, list):
        value = next((v for v in value if v), "")
    if isinstance(value, dict):
        value = value.get("name", value.get("@value", ""))
        if isinstance(value, list):
            value = next((v for v in value if isinstance(v, str) and v), "")
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, int | float):
        value = str(value)
    if not isinstance(value, str):
        return ""
    return " ".join(strip_unsafe(value).split())[:limit]


def _number(value: Any) -> float | None:
    if isinstance(value, dict):
        value = value.get("@value")
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip().replace(",", "."))
        except ValueError:
            return None
    else:
        return None
    return number if abs(number) < 1e9 and number == number else None  # no NaN, no 1e400


def _date(value: Any) -> dt.date | None:
    if isinstance(value, list):
        value = next(iter(value), None)
    if isinstance(value, dict):
        value = value.get("@value")
    if not isinstance(value, str):
        return None
    match = _DATE.match(value)
    if match is None:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _url(value: Any) -> str:
    if isinstance(value, list):
        value = next((v for v in value if v), "")
    if isinstance(value, dict):
        value = value.get("url", value.get("@id", ""))
    if not isinstance(value, str):
        return ""
    link = safe_link(value.strip()[:2000])
    return link if link and not link.lower().startswith("mailto:") else ""


def _first(value: Any) -> Any:
    if isinstance(value, list):
        return next((v for v in value if isinstance(v, dict)), value[0] if value else None)
    return value


def _appearances(claim: dict[str, Any]) -> tuple[str, ...]:
    found: list[str] = []
    for name in ("appearance", "firstAppearance"):
        raw = claim.get(name)
        for item in raw if isinstance(raw, list) else [raw]:
            link = _url(item)
            if link and link not in found:
                found.append(link)
    return tuple(found[:20])


def review_from(node: dict[str, Any]) -> ClaimReview:
    """One record as a ClaimReview; UserInputError says why it cannot be one."""
    claim = _text(node.get("claimReviewed"), MAX_CLAIM_CHARS + 1)
    item = _first(node.get("itemReviewed"))
    item = item if isinstance(item, dict) else {}
    if not claim:
        claim = _text(item.get("text") or item.get("name"), MAX_CLAIM_CHARS + 1)
    if not claim:
        raise UserInputError("no claimReviewed")
    if len(claim) > MAX_CLAIM_CHARS:
        raise UserInputError(f"claimReviewed longer than {MAX_CLAIM_CHARS:,} characters")
    raw_url = node.get("url")
    url = _url(raw_url)
    if raw_url and not url:
        raise UserInputError("url is not an http(s) address")
    rating_node = _first(node.get("reviewRating"))
    rating = Rating()
    if isinstance(rating_node, dict):
        rating = Rating(
            label=_text(rating_node.get("alternateName") or rating_node.get("name"), 200),
            value=_number(rating_node.get("ratingValue")),
            best=_number(rating_node.get("bestRating")),
            worst=_number(rating_node.get("worstRating")),
        )
    author = _first(node.get("author")) or _first(node.get("publisher"))
    publisher = _text(author, 300)
    publisher_url = _url(author) if isinstance(author, dict) else ""
    published = _date(node.get("datePublished") or node.get("dateCreated"))
    key = url or _digest_key(publisher, claim, published)
    return ClaimReview(
        key=key,
        claim=claim,
        rating=rating,
        url=url,
        title=_text(node.get("headline") or node.get("name"), MAX_FIELD_CHARS),
        publisher=publisher,
        publisher_url=publisher_url,
        published=published,
        claim_author=_text(_first(item.get("author")), 300),
        claim_date=_date(item.get("datePublished") or item.get("dateCreated")),
        appearances=_appearances(item),
        language=_text(node.get("inLanguage"), 35),
    )


def _digest_key(publisher: str, claim: str, published: dt.date | None) -> str:
    """A review without a URL (our own export from a draft without one) is still the
    same review when imported again: the same publisher, claim and date."""
    seed = "\x1f".join((publisher.casefold(), claim.casefold(), str(published or "")))
    return "urn:factcheck:claimreview:" + hashlib.sha256(seed.encode("utf-8")).hexdigest()[:40]


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserInputError(f"{name} is not UTF-8 text") from None


_NOT_SPACE = re.compile(rb"[^\s]")


def _looks_like_json_lines(data: bytes) -> bool:
    """A first line that is a whole JSON object, and more after it (no copy of the
    data is made: it may be a hundred megabytes)."""
    start = _NOT_SPACE.search(data.removeprefix(b"\xef\xbb\xbf")[:4096])
    if start is None:
        return False
    offset = start.start() + (3 if data.startswith(b"\xef\xbb\xbf") else 0)
    if data[offset : offset + 1] != b"{":
        return False
    end = data.find(b"\n", offset)
    if end < 0 or _NOT_SPACE.search(data, end + 1) is None:
        return False
    try:
        return isinstance(json.loads(data[offset:end]), dict)
    except (ValueError, RecursionError):
        return False


class FeedReader:
    """The records of a feed, read lazily (JSON Lines one line at a time), so that a
    feed of 100,000 reviews never sits in memory as 100,000 parsed objects.

    Iterate :meth:`reviews`; ``position`` and ``total`` tell the progress, ``skipped``
    why records were passed over. After the iteration, :meth:`check_found` refuses
    a file that held no usable ClaimReview.
    """

    def __init__(self, data: bytes, name: str) -> None:
        if not data.strip():
            raise UserInputError(f"{name} is empty")
        if b"\x00" in data[:4096]:
            raise UserInputError(f"{name} is a binary file, not ClaimReview JSON")
        self.name = name
        self.data = data
        self.read = FeedRead([], [])
        self.found = 0
        self.position = 0
        self._whole: Any = None
        self.lines = _looks_like_json_lines(data)
        if not self.lines:
            text = _decode(data, name)
            try:
                self._whole = json.loads(text)
            except RecursionError:
                raise UserInputError(f"{name} nests its JSON too deeply to be a feed") from None
            except ValueError as whole:
                # Perhaps JSON Lines whose first line is broken: read it line by line.
                self.lines = True
                self._failure = (
                    f" (line {whole.lineno}: {whole.msg})"
                    if isinstance(whole, json.JSONDecodeError)
                    else ""
                )
        if self.lines:
            self.total = data.count(b"\n") + (0 if data.endswith(b"\n") else 1)
        else:
            self.total = sum(1 for _ in _nodes(self._whole))

    @property
    def skipped(self) -> list[str]:
        return self.read.skipped

    @property
    def skipped_count(self) -> int:
        return self.read.skipped_count

    def _values(self) -> Iterator[tuple[str, Any]]:
        if not self.lines:
            yield "", self._whole
            return
        for number, raw in enumerate(io.BytesIO(self.data), 1):
            self.position = number
            if not raw.strip():
                continue
            try:
                value = json.loads(raw.decode("utf-8-sig"))
            except UnicodeDecodeError:
                self.read.skip(f"line {number}: not UTF-8 text")
                continue
            except (ValueError, RecursionError):
                self.read.skip(f"line {number}: not valid JSON")
                continue
            self.parsed_a_line = True
            yield f"line {number}: ", value

    def reviews(self) -> Iterator[ClaimReview]:
        self.parsed_a_line = False
        for where, value in self._values():
            if where and not isinstance(value, dict | list):
                self.read.skip(f"{where}not a JSON object")
                continue
            for index, (node, in_graph) in enumerate(_nodes(value), 1):
                if not where:
                    self.position = index
                label = where or f"record {index}: "
                if not _is_review(node):
                    if not in_graph:
                        kinds = ", ".join(sorted(_types(node))) or "no @type"
                        self.read.skip(f"{label}not a ClaimReview ({kinds})")
                    continue
                try:
                    review = review_from(node)
                except UserInputError as why:
                    self.read.skip(f"{label}{why.message}")
                    continue
                self.found += 1
                yield review
        self.position = self.total

    def check_found(self) -> None:
        """Refuse a file that held no usable ClaimReview (call after reading it)."""
        if self.found:
            return
        if self.lines and not self.parsed_a_line:
            failure = getattr(self, "_failure", "")
            raise UserInputError(f"{self.name} is neither JSON nor JSON Lines{failure}")
        if not self.read.skipped_count:
            raise UserInputError(f"{self.name} holds no ClaimReview")
        raise UserInputError(
            f"{self.name} holds no usable ClaimReview ({self.read.skipped_count:,} records "
            f"skipped; the first: {self.read.skipped[0]})"
        )


def parse_feed(data: bytes, name: str) -> FeedRead:
    """Every ClaimReview in ``data`` (the file ``name``), and why others were skipped."""
    reader = FeedReader(data, name)
    reviews = list(reader.reviews())
    reader.check_found()
    return FeedRead(reviews, reader.read.skipped, reader.read.skipped_count)
