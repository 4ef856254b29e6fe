"""Every export format with hostile content: nothing executes, nothing breaks, data survives."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from factcheck.domain import AnnotationKind, ReviewStatus, Source, Stance
from factcheck.errors import UserInputError
from factcheck.exporters import Report, export
from factcheck.services import AnnotationDraft, Workspace
from tests.helpers.w3c import must_failures

HOSTILE_NOTE = (
    '<script>alert(\'x\')</script>\n=HYPERLINK("http://evil.example","click")\nשלום 😀 مرحبا'
)
HOSTILE_TITLE = 'Council "budget" <b>row</b> & <script>steal()</script> 😀'
HOSTILE_SOURCE = Source(
    url="https://example.org/report?a=1&b=%3Cx%3E",
    title='"><img src=x onerror=alert(1)> report',
    publisher="=cmd|' /C calc'!A0",
    stance=Stance.REFUTES,
    accessed=dt.date(2026, 11, 20),
    archived_url="https://web.archive.org/web/2026/https://example.org/report",
    note="+1 says the @mayor",
)
DRAFT = (
    "Budget row at the council 👎\n\n"
    "The mayor said the budget grew by 12% last year. “It is a disaster,” said Ms Cohen. "
    "השר אמר שהתקציב גדל ב-12%.\n\n"
    "Officials denied it; the figures were published on Monday."
)


@pytest.fixture
def hostile(workspace: Workspace) -> tuple[Workspace, int]:
    document = workspace.import_text(DRAFT, title=HOSTILE_TITLE)
    assert document.id is not None
    workspace.update_document(document.id, url="https://planet.example/budget", outlet="Planet")
    workspace.annotate_text(
        document.id, "the budget grew by 12% last year",
        AnnotationDraft(AnnotationKind.CLAIM, verdict="mostly-false", speaker="=Mayor @once",
                        note=HOSTILE_NOTE, sources=[HOSTILE_SOURCE],
                        status=ReviewStatus.IN_PROGRESS),
    )  # fmt: skip
    workspace.annotate_text(
        document.id,
        "“It is a disaster,”",
        AnnotationDraft(AnnotationKind.QUOTE, speaker="Ms Cohen"),
    )
    workspace.annotate_text(document.id, "השר אמר שהתקציב גדל ב-12%",
                            AnnotationDraft(AnnotationKind.CLAIM, verdict="true"))  # fmt: skip
    workspace.annotate_text(
        document.id, "Officials denied it", AnnotationDraft(AnnotationKind.CLAIM)
    )
    note = AnnotationDraft(AnnotationKind.NOTE, note="-check the date")
    workspace.annotate_text(document.id, "published on Monday", note)
    return workspace, document.id


def report_of(hostile: tuple[Workspace, int]) -> Report:
    workspace, document_id = hostile
    return workspace.report(document_id, "Newsroom <Checks>", "https://checks.example")


class TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_report_escapes_everything_and_loads_nothing(hostile) -> None:
    html = export(report_of(hostile), "html").data.decode("utf-8")
    parsed = TagCollector()
    parsed.feed(html)
    tags = [t for t, _ in parsed.tags]
    assert "script" not in tags and "img" not in tags and "iframe" not in tags
    assert not any(k.startswith("on") for _, attrs in parsed.tags for k in attrs)
    for tag, attrs in parsed.tags:  # no remote loads: only links a reader may click
        if tag in ("link", "img", "script", "iframe"):
            pytest.fail(f"remote resource {tag} {attrs}")
        if tag == "a":
            href = attrs.get("href") or ""
            assert href.startswith(("#", "https://", "http://")), href
    text = "".join(parsed.text)
    assert HOSTILE_TITLE in text  # shown as the text it is
    assert "<script>alert('x')</script>" in text and "=HYPERLINK" in text
    assert "שלום 😀 مرحبا" in text
    assert "default-src 'none'" in html
    # Numbered highlights in the article, one per annotation (all are on this version).
    assert text.count("[1]") >= 2 and "[5]" in text
    assert "Mostly false" in text and "In progress" in text and "Newsroom <Checks>" in text
    assert "https://web.archive.org/web/2026/https://example.org/report" in html


def test_csv_has_a_bom_and_neutralises_formulas(hostile) -> None:
    data = export(report_of(hostile), "csv").data
    assert data.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == 5
    first = rows[0]
    assert first["note"] == HOSTILE_NOTE  # starts with "<": text already, kept as it is
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@")), value
    assert first["speaker"] == "'=Mayor @once"
    assert first["quote"] == "the budget grew by 12% last year"
    assert "\n" in first["note"] and "שלום 😀" in first["note"]  # data survives
    assert first["source_urls"] == HOSTILE_SOURCE.url
    assert rows[4]["note"] == "'-check the date"


def test_markdown_cannot_inject_html_or_formatting(hostile) -> None:
    from markdown_it import MarkdownIt

    text = export(report_of(hostile), "md").data.decode("utf-8")
    assert "<script>" not in text and "<b>" not in text
    assert r"\<script\>alert" in text
    assert "שלום 😀 مرحبا" in text
    # Rendered as a Markdown reader would (raw HTML allowed): the user's text stays text.
    html = MarkdownIt("commonmark").render(text)
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    assert "&lt;script&gt;alert" in html and "&lt;b&gt;row&lt;/b&gt;" in html
    assert '<a href="https://example.org/report?a=1&amp;b=%3Cx%3E">' in html
    assert text.count("\n1. ") == 1 and "\n5. " in text


@pytest.mark.parametrize(
    ("written", "escaped"),
    [
        ("U.S. officials say 3.5-point rise (est.)", "U.S. officials say 3.5-point rise (est.)"),
        ("snake *bold* and _it_ `code`", r"snake \*bold\* and \_it\_ \`code\`"),
        ("1. not a list", r"1\. not a list"),
        ("- not a list - either", r"\- not a list - either"),
        ("# not a heading #2", r"\# not a heading #2"),
        ("> not a quote", r"\> not a quote"),
        ("a | b ![x](y) &amp; <i>", r"a \| b !\[x\](y) \&amp; \<i\>"),
    ],
)
def test_markdown_escapes_only_what_markdown_would_misread(written: str, escaped: str) -> None:
    from factcheck.exporters.tabular import md

    assert md(written) == escaped


def test_docx_puts_each_annotation_in_a_comment_on_its_words(hostile, tmp_path: Path) -> None:
    import docx

    path = tmp_path / "writer.docx"
    path.write_bytes(export(report_of(hostile), "docx").data)
    document = docx.Document(str(path))
    body = "\n".join(p.text for p in document.paragraphs)
    assert "The mayor said the budget grew by 12% last year." in body
    comments = list(document.comments)
    assert len(comments) == 5
    texts = [c.text for c in comments]
    first = next(t for t in texts if "Mostly false" in t)
    assert "<script>alert('x')</script>" in first and HOSTILE_SOURCE.url in first
    # Each comment range covers exactly the annotated words.
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    import re

    ranges = re.findall(
        r'<w:commentRangeStart w:id="(\d+)"/>(.*?)<w:commentRangeEnd w:id="\1"/>', xml, re.S
    )
    covered = {"".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", inner)) for _, inner in ranges}
    assert "the budget grew by 12% last year" in covered
    assert "published on Monday" in covered
    # Ids come from a counter, not python-docx's search over every comment: each
    # comment has its own, and each range names an existing comment once.
    with zipfile.ZipFile(path) as archive:
        comments_xml = archive.read("word/comments.xml").decode("utf-8")
    comment_ids = re.findall(r'<w:comment [^>]*w:id="(\d+)"', comments_xml)
    assert sorted(map(int, comment_ids)) == list(range(5))
    assert sorted(int(i) for i, _ in ranges) == list(range(5))


def test_w3c_export_passes_every_must_assertion(hostile) -> None:
    collection = json.loads(export(report_of(hostile), "w3c").data)
    assert collection["type"] == "AnnotationCollection"
    items = collection["first"]["items"]
    assert collection["total"] == len(items) == 5
    for item in items:
        annotation = {"@context": collection["@context"], **item}
        assert must_failures(annotation) == [], annotation["id"]
        selectors = {s["type"] for s in item["target"]["selector"]}
        assert selectors == {"TextQuoteSelector", "TextPositionSelector"}
    motivations = {i["motivation"] for i in items}
    assert motivations == {"assessing", "highlighting", "commenting"}


def test_w3c_round_trip_loses_nothing(hostile, tmp_path: Path) -> None:
    workspace, document_id = hostile
    exported = tmp_path / "annotations.jsonld"
    exported.write_bytes(export(report_of(hostile), "w3c").data)
    copy = workspace.import_text(DRAFT, title="copy")
    assert copy.id is not None
    summary = workspace.import_annotations(copy.id, exported)
    assert summary.skipped == []

    def comparable(a):
        return (a.kind, a.start, a.end, a.exact, a.prefix, a.suffix, a.verdict, a.status,
                a.speaker, a.note, [s.as_dict() for s in a.sources], a.author,
                a.created_at, a.updated_at)  # fmt: skip

    original = sorted(comparable(a) for a in workspace.annotations(document_id))
    imported = sorted(comparable(a) for a in workspace.annotations(copy.id))
    assert imported == original


def test_hypothesis_json_is_imported(workspace: Workspace, tmp_path: Path) -> None:
    document = workspace.import_text(DRAFT, title="draft")
    assert document.id is not None
    rows = [
        {
            "id": "abc123", "created": "2026-11-20T10:00:00.000000+00:00",
            "updated": "2026-11-21T11:00:00.000000+00:00", "user": "acct:jdoe@hypothes.is",
            "uri": "https://planet.example/budget", "text": "Check the council minutes.",
            "tags": ["claim"], "document": {"title": ["Budget row"]},
            "target": [{"source": "https://planet.example/budget", "selector": [
                {"type": "RangeSelector", "startContainer": "/p[1]", "startOffset": 0,
                 "endContainer": "/p[1]", "endOffset": 10},
                {"type": "TextPositionSelector", "start": 900, "end": 917},
                {"type": "TextQuoteSelector", "exact": "Officials denied it",
                 "prefix": "in-12%.\n\n", "suffix": "; the figures"},
            ]}],
        },
        {"id": "def456", "user": "acct:jdoe@hypothes.is", "uri": "x", "text": "page note",
         "target": [{"source": "x"}]},
        {"id": "ghi789", "user": "acct:jdoe@hypothes.is", "uri": "x", "text": "",
         "target": [{"source": "x", "selector": [
             {"type": "TextQuoteSelector", "exact": "words that are not there"}]}]},
    ]  # fmt: skip
    path = tmp_path / "hypothesis.json"
    path.write_text(json.dumps({"total": 3, "rows": rows}), encoding="utf-8")
    summary = workspace.import_annotations(document.id, path)
    [made] = summary.created
    assert (made.exact, made.kind, made.note, made.author) == (
        "Officials denied it",
        AnnotationKind.CLAIM,
        "Check the council minutes.",
        "jdoe",
    )
    assert made.created_at == dt.datetime(2026, 11, 20, 10, tzinfo=dt.UTC)
    assert len(summary.skipped) == 1 and "not in this document" in summary.skipped[0]


def test_import_of_junk_changes_nothing(workspace: Workspace, tmp_path: Path) -> None:
    document = workspace.import_text(DRAFT, title="draft")
    assert document.id is not None
    for content, message in (
        (b"{not json", "not valid JSON"),
        (b"[1, 2, 3]", "no text annotations"),
        (b'{"type": "Annotation"}', "no text annotations"),
    ):
        path = tmp_path / "bad.json"
        path.write_bytes(content)
        with pytest.raises(UserInputError, match=message):
            workspace.import_annotations(document.id, path)
    assert workspace.annotations(document.id) == []


def test_claimreview_for_rated_claims_with_the_scale(hostile) -> None:
    exported = export(report_of(hostile), "claimreview")
    reviews = json.loads(exported.data)
    assert exported.note == "skipped 1 unrated claim"
    assert len(reviews) == 2  # the quote and the note are not claims
    review = next(r for r in reviews if r["reviewRating"]["alternateName"] == "Mostly false")
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "the budget grew by 12% last year"
    assert review["reviewRating"] == {
        "@type": "Rating", "alternateName": "Mostly false", "ratingValue": 2,
        "bestRating": 5, "worstRating": 1,
    }  # fmt: skip
    assert review["itemReviewed"]["author"]["name"] == "=Mayor @once"
    assert review["itemReviewed"]["appearance"]["url"] == "https://planet.example/budget"
    assert review["author"] == {"@type": "Organization", "name": "Newsroom <Checks>",
                                "url": "https://checks.example"}  # fmt: skip
    assert review["url"].startswith("https://checks.example#claim-")
    assert "datePublished" in review
    hebrew = next(r for r in reviews if r["reviewRating"]["alternateName"] == "True")
    assert hebrew["claimReviewed"] == "השר אמר שהתקציב גדל ב-12%"


def test_a_quote_with_its_own_quotation_marks_is_not_quoted_twice(
    workspace, sample_document_id
) -> None:
    from factcheck.domain.text import in_quotes
    from factcheck.services import AnnotationDraft

    assert in_quotes("useful") == "“useful”"
    assert in_quotes("“useful and constructive,”") == "“useful and constructive,”"
    assert in_quotes("“in the days") == "“in the days”"
    workspace.annotate_text(
        sample_document_id,
        "“useful and constructive,”",
        AnnotationDraft(kind=AnnotationKind.QUOTE),
    )
    html = export(workspace.report(sample_document_id), "html").data.decode("utf-8")
    assert "““" not in html and "””" not in html
    assert "“useful and constructive,”" in html


def test_a_revised_report_counts_orphans_apart_and_keeps_last_changed(
    workspace: Workspace, tmp_path: Path
) -> None:
    first = "The mayor said the budget grew by 12% last year. Crime fell sharply in May."
    document = workspace.import_text(first, title="Budget")
    assert document.id is not None
    kept = workspace.annotate_text(
        document.id,
        "the budget grew by 12%",
        AnnotationDraft(AnnotationKind.CLAIM, verdict="false"),
    )
    lost = workspace.annotate_text(
        document.id, "Crime fell sharply", AnnotationDraft(AnnotationKind.CLAIM, verdict="true")
    )
    second = tmp_path / "v2.txt"
    second.write_text("Intro added. The mayor said the budget grew by 12% last year.")
    workspace.revise(document.id, second)

    report = workspace.report(document.id)
    assert [item.annotation.id for item in report.items] == [kept.id, lost.id]
    assert [item.anchored for item in report.items] == [True, False]
    counts = {row.label: row.count for row in report.verdict_counts()}
    assert counts["False"] == 1 and counts["True"] == 0  # the orphan is not counted
    assert report.kind_counts()["claim"] == 1 and report.orphaned_count == 1
    # Moving with the text, or losing its place, is not a reviewer's change.
    by_id = {a.id: a for a in report.annotations}
    assert by_id[kept.id].updated_at == kept.updated_at
    assert by_id[lost.id].updated_at == lost.updated_at
    markdown = export(report, "md").data.decode("utf-8")
    assert "1 more not found in version 2: listed last, not counted here." in markdown
    html = export(report, "html").data.decode("utf-8")
    assert "1 more not found in version 2" in html


def test_a_phone_call_source_survives_a_w3c_round_trip(workspace: Workspace) -> None:
    from factcheck.domain import SourceKind
    from factcheck.exporters.jsonld import parse_annotations

    document = workspace.import_text("The council met for three hours on Monday.")
    assert document.id is not None
    call = Source(
        kind=SourceKind.PHONE,
        publisher="Council press office",
        accessed=dt.date(2026, 11, 20),
        note="Confirmed three hours",
        stance=Stance.SUPPORTS,
    )
    workspace.annotate_text(
        document.id,
        "three hours",
        AnnotationDraft(AnnotationKind.CLAIM, verdict="true", sources=[call]),
    )
    data = export(workspace.report(document.id), "w3c").data
    body = json.loads(data)["first"]["items"][0]["body"]
    described = [b for b in body if b.get("fc:sourceKind") == "phone"]
    assert described and described[0]["type"] == "TextualBody" and "source" not in described[0]
    [foreign] = parse_annotations(data, "annotations.json")
    [back] = foreign.sources
    assert (back.kind, back.url, back.publisher, back.accessed, back.note, back.stance) == (
        SourceKind.PHONE,
        "",
        "Council press office",
        dt.date(2026, 11, 20),
        "Confirmed three hours",
        Stance.SUPPORTS,
    )
    assert foreign.note == ""  # the call is a source, not a note


def test_every_report_keeps_who_when_and_what_of_each_source(workspace: Workspace) -> None:
    from factcheck.domain import SourceKind

    document = workspace.import_text("The council met for three hours on Monday.")
    assert document.id is not None
    sources = [
        Source(
            url="https://council.example/minutes",
            title="Minutes",
            publisher="City council",
            accessed=dt.date(2026, 11, 19),
            note="Page 4",
        ),
        Source(
            kind=SourceKind.INTERVIEW,
            publisher="The mayor's spokesperson",
            title="Length of the meeting",
            accessed=dt.date(2026, 11, 20),
            note="Said 3h10",
        ),
    ]
    workspace.annotate_text(
        document.id, "three hours", AnnotationDraft(AnnotationKind.CLAIM, sources=sources)
    )
    report = workspace.report(document.id, "Desk", "https://desk.example")
    wanted = [
        "City council",
        "2026-11-19",
        "Page 4",
        "Interview: The mayor",
        "Length of the meeting",
        "2026-11-20",
        "Said 3h10",
    ]
    markdown = export(report, "md").data.decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(export(report, "csv").data.decode("utf-8-sig"))))
    import docx

    path_bytes = export(report, "docx").data
    comments = " ".join(c.text for c in docx.Document(io.BytesIO(path_bytes)).comments)
    for text in (markdown, rows[0]["source_details"], comments):
        for piece in wanted:
            assert piece in text.replace("\\", ""), (piece, text)
