"""Machine-readable data: W3C Web Annotation (export and import) and schema.org ClaimReview."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from factcheck import __version__
from factcheck.domain import (
    AnchorState,
    Annotation,
    AnnotationKind,
    ReviewStatus,
    Source,
    SourceKind,
    Stance,
)
from factcheck.domain.text import strip_unsafe
from factcheck.errors import UserInputError
from factcheck.exporters.report import Report

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
FC = "https://w3id.org/factcheck#"
CONTEXT = [ANNO_CONTEXT, {"fc": FC}]
_NAMESPACE = uuid.UUID("6f1c5a0e-3b1e-4f43-9a55-4d7a7b1f2c10")
MOTIVATION = {
    AnnotationKind.CLAIM: "assessing",
    AnnotationKind.QUOTE: "highlighting",
    AnnotationKind.NOTE: "commenting",
}


def page_safe_json(data: Any) -> str:
    """JSON that stays inert when pasted into a web page's <script> element.

    ``<``, ``>`` and ``&`` (and the JavaScript line separators) can only occur inside
    strings, where their \\u escapes mean the same: no ``</script>`` breaks out.
    """
    text = json.dumps(data, ensure_ascii=False, indent=2)
    for raw, escaped in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, escaped)
    return text


def annotation_iri(annotation: Annotation) -> str:
    """Stable across exports of the same database."""
    seed = f"{annotation.document_id}:{annotation.id}:{annotation.created_at.isoformat()}"
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, seed)}"


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def document_iri(report: Report, version_number: int) -> str:
    return report.document.url or (
        f"urn:factcheck:document:{report.document.id}:version:{version_number}"
    )


def to_w3c_annotation(report: Report, annotation: Annotation) -> dict[str, Any]:
    versions = {v.id: v.number for v in report.document.versions}
    version_number = versions.get(annotation.version_id, report.version.number)
    bodies: list[dict[str, Any]] = [
        {"type": "TextualBody", "purpose": "tagging", "value": annotation.kind.value}
    ]
    if annotation.verdict:
        bodies.append(
            {
                "type": "TextualBody",
                "purpose": "assessing",
                "format": "text/plain",
                "value": report.scale.label_of(annotation.verdict),
                "fc:verdict": annotation.verdict,
            }
        )
    if annotation.note:
        bodies.append(
            {
                "type": "TextualBody",
                "purpose": "commenting",
                "format": "text/plain",
                "value": annotation.note,
            }
        )
    for source in annotation.sources:
        # A purpose belongs on a SpecificResource, not on the bare web page (MUST 3.3.5).
        # An interview, an email or a call has no address: it is described in words.
        linked: dict[str, Any] = (
            {"type": "SpecificResource", "source": source.url, "purpose": "linking"}
            if source.url
            else {
                "type": "TextualBody",
                "purpose": "describing",
                "format": "text/plain",
                "value": source.display_name,
            }
        )
        linked["fc:stance"] = source.stance.value
        if source.kind is not SourceKind.WEB:
            linked["fc:sourceKind"] = source.kind.value
        for key, value in (
            ("fc:title", source.title),
            ("fc:publisher", source.publisher),
            ("fc:archived", source.archived_url),
            ("fc:note", source.note),
            ("fc:accessed", source.accessed.isoformat() if source.accessed else ""),
        ):
            if value:
                linked[key] = value
        bodies.append(linked)
    data: dict[str, Any] = {
        "@context": CONTEXT,
        "id": annotation_iri(annotation),
        "type": "Annotation",
        "motivation": MOTIVATION[annotation.kind],
        "created": _iso(annotation.created_at),
        "modified": _iso(annotation.updated_at),
        "creator": {"type": "Person", "name": annotation.author},
        "generator": {"type": "Software", "name": f"Factcheck {__version__}"},
        "body": bodies,
        "target": {
            "source": document_iri(report, version_number),
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": annotation.exact,
                    "prefix": annotation.prefix,
                    "suffix": annotation.suffix,
                },
                {"type": "TextPositionSelector", "start": annotation.start, "end": annotation.end},
            ],
        },
        "fc:status": annotation.status.value,
        "fc:state": annotation.state.value,
        "fc:version": version_number,
    }
    if annotation.speaker:
        data["fc:speaker"] = annotation.speaker
    return data


def to_w3c(report: Report) -> str:
    """An AnnotationCollection holding every annotation on one page."""
    items = [to_w3c_annotation(report, item.annotation) for item in report.items]
    for item in items:
        del item["@context"]  # the collection's context covers its items
    collection_id = f"urn:factcheck:document:{report.document.id}:annotations"
    data = {
        "@context": CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": report.document.title,
        "total": len(items),
        "first": {
            "id": f"{collection_id}:page:1",
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    }
    return page_safe_json(data)


def to_claimreview(report: Report) -> tuple[str, int, int]:
    """One ClaimReview per rated claim; also how many claims were skipped as unrated,
    and how many because their words changed (or vanished) in a newer version and no
    reviewer has looked again: a verdict is not published on words nobody checked.

    A ClaimReview says who published the check: without the organisation's name and
    web address it would name a person as the publisher and carry no URL, and search
    engines and fact-check archives would reject or misfile it. So it is refused."""
    if not report.organisation.strip() or not report.organisation_url.strip():
        raise UserInputError(
            "ClaimReview names the organisation that publishes the checks: set its name "
            "and web address in Preferences (or --organisation and --organisation-url)"
        )
    doc = report.document
    scale = report.scale
    reviews = []
    skipped = unsettled = 0
    for item in report.items:
        a = item.annotation
        if a.kind is not AnnotationKind.CLAIM:
            continue
        verdict = scale.get(a.verdict)
        if verdict is None:
            skipped += 1
            continue
        if a.state is AnchorState.CHANGED or a.state.lost:
            unsettled += 1
            continue
        rating: dict[str, Any] = {"@type": "Rating", "alternateName": verdict.label}
        if verdict.rating is not None:
            rating.update(
                ratingValue=verdict.rating,
                bestRating=scale.best_rating,
                worstRating=scale.worst_rating,
            )
        claim: dict[str, Any] = {"@type": "Claim"}
        if a.speaker:
            claim["author"] = {"@type": "Person", "name": a.speaker}
        if doc.url:
            claim["appearance"] = {"@type": "CreativeWork", "url": doc.url, "headline": doc.title}
        if doc.published:
            claim["datePublished"] = doc.published.isoformat()
        review: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "claimReviewed": a.exact,
            "reviewRating": rating,
            "itemReviewed": claim,
            "author": {
                "@type": "Organization",
                "name": report.organisation,
                "url": report.organisation_url,
            },
            "datePublished": a.updated_at.date().isoformat(),
        }
        review["url"] = f"{report.organisation_url.rstrip('/')}#claim-{a.id}"
        reviews.append(review)
    return page_safe_json(reviews), skipped, unsettled


# --- import ------------------------------------------------------------------------------------
@dataclass
class ForeignAnnotation:
    """An annotation read from another file, before it is placed on our text."""

    exact: str
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None
    kind: AnnotationKind = AnnotationKind.CLAIM
    verdict_label: str | None = None
    status: ReviewStatus = ReviewStatus.TO_CHECK
    speaker: str = ""
    note: str = ""
    sources: list[Source] = field(default_factory=list)
    author: str = ""
    created: dt.datetime | None = None
    modified: dt.datetime | None = None


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _when(value: Any) -> dt.datetime | None:
    """A timestamp in UTC, or None when it is missing, malformed or out of range."""
    if not isinstance(value, str) or len(value) > 64:
        return None
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        if not moment.tzinfo:
            moment = moment.replace(tzinfo=dt.UTC)
        return moment.astimezone(dt.UTC)
    except (ValueError, OverflowError):  # "0001-01-01T00:00+01:00" overflows in UTC
        return None


def _text(value: Any) -> str:
    """A string field from a foreign file, without control characters or lone surrogates.
    Anything but a string or a number (null, a list, an object) is no text at all."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return ""
    return strip_unsafe(str(value))


KIND_VALUES = {kind.value for kind in AnnotationKind}


def _words(value: Any) -> set[str]:
    """A JSON value meant as a string or a list of strings, as a set of strings."""
    return {item for item in _as_list(value) if isinstance(item, str)}


def _offset(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _selectors(target: Any) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for item in _as_list(target):
        if not isinstance(item, dict):
            continue
        for selector in _as_list(item.get("selector")):
            if isinstance(selector, dict) and selector.get("type") in (
                "TextQuoteSelector",
                "TextPositionSelector",
            ):
                found.setdefault(selector["type"], selector)
    return found


def _source_from(body: dict[str, Any]) -> Source | None:
    url = body.get("source") or body.get("id")
    if isinstance(url, dict):
        url = url.get("id")
    kind = body.get("fc:sourceKind", SourceKind.WEB.value)
    described = body.get("type") == "TextualBody" and kind in set(SourceKind) - {SourceKind.WEB}
    if described:
        url = ""  # an interview, an email, a call: described, with no address
    elif not isinstance(url, str) or not url.startswith(("http://", "https://")):
        return None
    accessed = body.get("fc:accessed")
    try:
        return Source(
            kind=SourceKind(kind) if kind in set(SourceKind) else SourceKind.WEB,
            url=str(url),
            title=_text(body.get("fc:title", "")),
            publisher=_text(body.get("fc:publisher", "")),
            accessed=dt.date.fromisoformat(accessed) if isinstance(accessed, str) else None,
            archived_url=_text(body.get("fc:archived", "")),
            stance=Stance(body.get("fc:stance", "context")),
            note=_text(body.get("fc:note", "")),
        )
    except (UserInputError, ValueError):
        return None  # an unsafe or broken link is dropped, not imported


def _from_w3c(item: dict[str, Any]) -> ForeignAnnotation | None:
    selectors = _selectors(item.get("target"))
    quote = selectors.get("TextQuoteSelector")
    if not quote or not isinstance(quote.get("exact"), str) or not _text(quote["exact"]).strip():
        return None
    position = selectors.get("TextPositionSelector") or {}
    motivations = _words(item.get("motivation"))
    kind = (
        AnnotationKind.NOTE
        if "commenting" in motivations
        else (AnnotationKind.QUOTE if "highlighting" in motivations else AnnotationKind.CLAIM)
    )
    foreign = ForeignAnnotation(
        exact=_text(quote["exact"]),
        prefix=_text(quote.get("prefix", "")),
        suffix=_text(quote.get("suffix", "")),
        start=_offset(position.get("start")),
        end=_offset(position.get("end")),
        kind=kind,
        speaker=_text(item.get("fc:speaker", "")),
        created=_when(item.get("created")),
        modified=_when(item.get("modified")),
    )
    creator = item.get("creator")
    if isinstance(creator, dict):
        foreign.author = _text(creator.get("name") or creator.get("nickname") or "")
    elif isinstance(creator, str):
        foreign.author = _text(creator)
    with contextlib.suppress(ValueError):  # an unknown status stays "to check"
        foreign.status = ReviewStatus(item.get("fc:status", "to_check"))
    notes = []
    for body in _as_list(item.get("body")) + (
        [{"type": "TextualBody", "value": item["bodyValue"], "purpose": "commenting"}]
        if isinstance(item.get("bodyValue"), str)
        else []
    ):
        if isinstance(body, str):
            source = _source_from({"id": body})
            if source:
                foreign.sources.append(source)
            continue
        if not isinstance(body, dict):
            continue
        purposes = _words(body.get("purpose"))
        value = body.get("value")
        if body.get("fc:sourceKind") and body.get("type") == "TextualBody":
            source = _source_from(body)
            if source:
                foreign.sources.append(source)
        elif body.get("type") == "TextualBody" or isinstance(value, str):
            if "tagging" in purposes and isinstance(value, str) and value in KIND_VALUES:
                foreign.kind = AnnotationKind(value)
            elif "assessing" in purposes and isinstance(value, str):
                foreign.verdict_label = _text(body.get("fc:verdict") or value)
            elif isinstance(value, str) and _text(value).strip():
                notes.append(_text(value))
        else:
            source = _source_from(body)
            if source:
                foreign.sources.append(source)
    foreign.note = "\n\n".join(notes)
    return foreign


def _from_hypothesis(row: dict[str, Any]) -> ForeignAnnotation | None:
    selectors = _selectors(row.get("target"))
    quote = selectors.get("TextQuoteSelector")
    if not quote or not _text(quote.get("exact") or "").strip():
        return None
    position = selectors.get("TextPositionSelector") or {}
    tags = [str(t).lower() for t in _as_list(row.get("tags"))]
    kind = next(
        (AnnotationKind(t) for t in tags if t in {k.value for k in AnnotationKind}),
        AnnotationKind.NOTE if row.get("text") and not tags else AnnotationKind.CLAIM,
    )
    user = _text(row.get("user", ""))
    info = row.get("user_info")
    display = info.get("display_name") if isinstance(info, dict) else None
    author = _text(display) if display else user.removeprefix("acct:").split("@")[0]
    return ForeignAnnotation(
        exact=_text(quote["exact"]),
        prefix=_text(quote.get("prefix", "")),
        suffix=_text(quote.get("suffix", "")),
        start=_offset(position.get("start")),
        end=_offset(position.get("end")),
        kind=kind,
        note=_text(row.get("text") or ""),
        author=author,
        created=_when(row.get("created")),
        modified=_when(row.get("updated")),
    )


def parse_annotations(data: bytes, name: str) -> list[ForeignAnnotation]:
    """W3C Web Annotation JSON(-LD) (one, a list, a collection or a page) or Hypothesis JSON."""
    try:
        parsed = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise UserInputError(f"{name} is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise UserInputError(f"{name} is not valid JSON (line {exc.lineno}: {exc.msg})") from None
    except RecursionError:
        raise UserInputError(f"{name} nests its JSON too deeply to be annotations") from None
    except ValueError:  # e.g. a number of thousands of digits
        raise UserInputError(f"{name} holds a number too large to be an offset") from None
    if isinstance(parsed, dict):
        if "rows" in parsed or "annotations" in parsed:  # Hypothesis API and export shapes
            parsed = parsed.get("rows") or parsed.get("annotations")
        elif parsed.get("type") in ("AnnotationCollection", "AnnotationPage"):
            page = parsed.get("first") if parsed.get("type") == "AnnotationCollection" else parsed
            parsed = (page or {}).get("items", []) if isinstance(page, dict) else []
        else:
            parsed = [parsed]
    if not isinstance(parsed, list):
        raise UserInputError(f"{name} holds no annotations")
    found = []
    for item in parsed:
        if not isinstance(item, dict):
            continue
        is_hypothesis = "uri" in item and ("user" in item or "text" in item) and "type" not in item
        foreign = _from_hypothesis(item) if is_hypothesis else _from_w3c(item)
        if foreign is not None:
            found.append(foreign)
    if not found:
        raise UserInputError(f"{name} holds no text annotations (no TextQuoteSelector found)")
    return found


__all__ = [
    "ANNO_CONTEXT",
    "AnchorState",
    "ForeignAnnotation",
    "parse_annotations",
    "to_claimreview",
    "to_w3c",
    "to_w3c_annotation",
]
