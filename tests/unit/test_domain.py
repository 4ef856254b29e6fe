from __future__ import annotations

import pytest

from factcheck.domain import AnnotationKind, ReviewStatus, Source, default_verdict_scale
from factcheck.domain.verdicts import VerdictLabel, VerdictScale
from factcheck.errors import UserInputError


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "data:text/html,<script>x</script>",
        "file:///etc/passwd",
        "ftp://example.org/x",
        "https://",
        "https://exa mple.org",
    ],
)
def test_only_web_urls_are_sources(url: str) -> None:
    with pytest.raises(UserInputError, match="http"):
        Source(url=url)


def test_archived_copy_url_is_validated_too() -> None:
    with pytest.raises(UserInputError, match="archived copy"):
        Source(url="https://example.org", archived_url="javascript:void(0)")


def test_web_url_is_kept() -> None:
    assert Source(url=" https://example.org/a?b=1 ").url == "https://example.org/a?b=1"


def test_default_scale_matches_the_product_brief() -> None:
    scale = default_verdict_scale()
    assert [v.label for v in scale.ordered("claim")] == [
        "True",
        "Mostly true",
        "Mixed",
        "Mostly false",
        "False",
        "Misleading",
        "Unverifiable",
    ]
    assert [v.label for v in scale.ordered("quote")] == [
        "Accurately quoted",
        "Inaccurate",
        "Out of context",
        "Unverifiable quote",
    ]
    assert scale.ordered("note") == scale.ordered("claim")  # notes use the claim scale
    assert scale.best_rating == 5
    assert scale.worst_rating == 1
    assert scale.label_of(None) == "Not rated yet"


@pytest.mark.parametrize("typed", ["mostly true", "Mostly-True", "MOSTLY_TRUE", "mostly-true"])
def test_verdicts_parse_from_what_people_type(typed: str) -> None:
    assert default_verdict_scale().parse(typed) == "mostly-true"


def test_unknown_verdict_lists_the_choices() -> None:
    with pytest.raises(UserInputError, match="choose one of: True, Mostly true"):
        default_verdict_scale().parse("pants on fire")


def test_scale_rejects_duplicates_and_bad_colours() -> None:
    with pytest.raises(UserInputError, match="unique"):
        VerdictScale(
            (VerdictLabel("a", "A", "#000000", 0, 1), VerdictLabel("a", "B", "#000000", 1, 2))
        )
    with pytest.raises(UserInputError, match="#rrggbb"):
        VerdictLabel("a", "A", "red", 0, 1)


def test_enum_names_parse_loosely() -> None:
    assert ReviewStatus.parse("In progress") is ReviewStatus.IN_PROGRESS
    assert ReviewStatus.parse("to-check") is ReviewStatus.TO_CHECK
    assert AnnotationKind.parse("QUOTE") is AnnotationKind.QUOTE
    with pytest.raises(UserInputError, match="unknown kind"):
        AnnotationKind.parse("rumour")


def test_an_address_pasted_without_its_scheme_is_taken_as_https() -> None:
    from factcheck.domain.models import Source, validate_web_url

    assert Source(url="t.me/somechannel/123").url == "https://t.me/somechannel/123"
    assert Source(url="example.org/page").url == "https://example.org/page"
    assert validate_web_url("www.example.org") == "https://www.example.org"
    assert validate_web_url("example.org:8080/a?b=1") == "https://example.org:8080/a?b=1"
    for refused in ("javascript:alert(1)", "not a url", "report.pdf", "localhost/x", "//x.org/a"):
        with pytest.raises(UserInputError):
            validate_web_url(refused)


@pytest.mark.parametrize(
    ("title", "name"),
    [
        (
            "Putin Holds Three-Hour Meeting With Trump Envoy in Moscow as Deadline Approaches",
            "Putin Holds Three-Hour Meeting With Trump Envoy in Moscow as Deadline Approaches",
        ),
        ('Budget: "12%" growth? <b>row</b> / a\\b', "Budget 12% growth b row b a b"),
        ("CON", "report"),
        ("...", "report"),
        ("Ärger über Straßen 😀 — Stadtrat", "Ärger über Straßen 😀 — Stadtrat"),
        ("word " * 40, ("word " * 24).strip()),
    ],
)
def test_safe_file_name_keeps_the_whole_title_without_forbidden_characters(
    title: str, name: str
) -> None:
    from factcheck.domain.text import safe_file_name

    assert safe_file_name(title) == name
