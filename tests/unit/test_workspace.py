"""The services: annotations, their append-only history, documents and the scale."""

from __future__ import annotations

import json

import pytest

from factcheck.domain import AnnotationKind, ReviewStatus, Source, default_verdict_scale
from factcheck.domain.verdicts import VerdictLabel, VerdictScale
from factcheck.errors import NotFoundError, UserInputError
from factcheck.services import AnnotationDraft, Workspace

# Storage, services and commands behave the same on SQLite and PostgreSQL.
pytestmark = pytest.mark.both_backends


def claim(**kwargs: object) -> AnnotationDraft:
    return AnnotationDraft(kind=AnnotationKind.CLAIM, **kwargs)  # type: ignore[arg-type]


def test_annotation_round_trips_every_field(
    workspace: Workspace, sample_document_id: int, backend: str
) -> None:
    source = Source(url="https://kremlin.ru/x", title="Readout", publisher="Kremlin")
    made = workspace.annotate_text(
        sample_document_id,
        "three-hour meeting",
        claim(verdict="mostly-true", speaker=" RksNews ", note="line 1\nline 2", sources=[source]),
    )
    loaded = workspace.annotations(sample_document_id)
    assert [a.id for a in loaded] == [made.id]
    got = loaded[0]
    text = workspace.document(sample_document_id).latest.text
    assert text[got.start : got.end] == "three-hour meeting"
    assert got.prefix == text[got.start - 32 : got.start]
    assert got.suffix == text[got.end : got.end + 32]
    assert (got.verdict, got.speaker, got.note) == ("mostly-true", "RksNews", "line 1\nline 2")
    assert got.sources[0].as_dict() == source.as_dict()
    # One reviewer on SQLite names themselves; on a team database the login is recorded.
    assert got.author == workspace.author
    assert workspace.author == (
        "Test Reviewer" if backend == "sqlite" else workspace.database.login()
    )
    assert got.created_at.tzinfo is not None


def test_history_records_who_when_which_field_old_and_new(
    workspace: Workspace, sample_document_id: int, backend: str
) -> None:
    made = workspace.annotate_text(sample_document_id, "50-day ultimatum", claim())
    assert made.id is not None
    workspace.author = "Second Reviewer"
    workspace.update_annotation(made.id, verdict="false", status=ReviewStatus.IN_PROGRESS)
    workspace.update_annotation(made.id, verdict="mixed", note="")  # note unchanged: no entry
    workspace.update_annotation(made.id, sources=[Source(url="https://example.org")])

    history = workspace.history(made.id)
    fields = [(e.field, e.old_value, e.new_value) for e in history]
    assert fields[0] == ("created", None, "50-day ultimatum")
    assert ("verdict", None, "false") in fields
    assert ("status", "to_check", "in_progress") in fields
    assert ("verdict", "false", "mixed") in fields
    assert not any(f == "note" for f, _, _ in fields)
    sources_entry = next(e for e in history if e.field == "sources")
    assert json.loads(sources_entry.new_value or "")[0]["url"] == "https://example.org"
    # On a team database a typed name cannot stand in for the login.
    expected = "Second Reviewer" if backend == "sqlite" else workspace.database.login()
    assert {e.author for e in history if e.field == "verdict"} == {expected}
    assert [e.at for e in history] == sorted(e.at for e in history)


def test_history_is_append_only(workspace: Workspace, sample_document_id: int) -> None:
    made = workspace.annotate_text(sample_document_id, "50-day ultimatum", claim())
    assert made.id is not None
    before = workspace.history(made.id)
    workspace.update_annotation(made.id, speaker="Trump")
    workspace.update_annotation(made.id, speaker="")
    after = workspace.history(made.id)
    assert after[: len(before)] == before
    assert [(e.old_value, e.new_value) for e in after[len(before) :]] == [
        ("", "Trump"),
        ("Trump", ""),
    ]


def test_delete_hides_and_restore_brings_back(
    workspace: Workspace, sample_document_id: int
) -> None:
    made = workspace.annotate_text(sample_document_id, "50-day ultimatum", claim(verdict="true"))
    assert made.id is not None
    workspace.delete_annotation(made.id)
    assert workspace.annotations(sample_document_id) == []
    with pytest.raises(NotFoundError):
        workspace.annotation(made.id)
    workspace.restore_annotation(made.id)
    assert workspace.annotation(made.id).verdict == "true"
    assert [e.field for e in workspace.history(made.id)][-2:] == ["deleted", "restored"]


def test_unknown_verdict_changes_nothing(workspace: Workspace, sample_document_id: int) -> None:
    made = workspace.annotate_text(sample_document_id, "50-day ultimatum", claim(verdict="true"))
    assert made.id is not None
    with pytest.raises(UserInputError, match="unknown verdict"):
        workspace.update_annotation(made.id, verdict="pants-on-fire", speaker="X")
    again = workspace.annotation(made.id)
    assert (again.verdict, again.speaker) == ("true", "")
    with pytest.raises(UserInputError, match="unknown verdict"):
        workspace.annotate_text(sample_document_id, "three-hour meeting", claim(verdict="nope"))
    assert len(workspace.annotations(sample_document_id)) == 1


def test_white_space_and_out_of_range_spans_are_refused(
    workspace: Workspace, sample_document_id: int
) -> None:
    text = workspace.document(sample_document_id).latest.text
    with pytest.raises(UserInputError, match="white space"):
        workspace.annotate(sample_document_id, text.index("\n\n"), text.index("\n\n") + 2, claim())
    with pytest.raises(UserInputError, match="outside the text"):
        workspace.annotate(sample_document_id, 10, len(text) + 1, claim())


def test_library_counts_claims_quotes_and_unrated(
    workspace: Workspace, sample_document_id: int
) -> None:
    workspace.annotate_text(sample_document_id, "three-hour meeting", claim(verdict="true"))
    workspace.annotate_text(sample_document_id, "50-day ultimatum", claim())
    workspace.annotate_text(
        sample_document_id, "highly productive", AnnotationDraft(kind=AnnotationKind.QUOTE)
    )
    [summary] = workspace.documents()
    assert (summary.claims, summary.quotes, summary.not_rated, summary.versions) == (2, 1, 2, 1)


def test_speakers_are_offered_from_the_document(
    workspace: Workspace, sample_document_id: int
) -> None:
    workspace.annotate_text(sample_document_id, "three-hour meeting", claim(speaker="RksNews"))
    workspace.annotate_text(sample_document_id, "50-day ultimatum", claim(speaker="Trump"))
    workspace.annotate_text(sample_document_id, "highly productive", claim(speaker="Trump"))
    assert workspace.speakers(sample_document_id) == ["RksNews", "Trump"]


def test_rename_and_delete_document(workspace: Workspace, sample_document_id: int) -> None:
    workspace.annotate_text(sample_document_id, "three-hour meeting", claim())
    workspace.update_document(sample_document_id, title="Renamed", outlet="RksNews")
    assert workspace.document(sample_document_id).title == "Renamed"
    with pytest.raises(UserInputError, match="needs a title"):
        workspace.update_document(sample_document_id, title="  ")
    workspace.delete_document(sample_document_id)
    assert workspace.documents() == []
    with pytest.raises(NotFoundError):
        workspace.annotations(sample_document_id)


def test_verdict_scale_is_configurable_but_keeps_used_labels(
    workspace: Workspace, sample_document_id: int
) -> None:
    assert workspace.verdict_scale() == default_verdict_scale()
    workspace.annotate_text(sample_document_id, "three-hour meeting", claim(verdict="mixed"))
    smaller = VerdictScale((VerdictLabel("true", "Correct", "#00aa00", 0, 2),))
    with pytest.raises(UserInputError, match="still use “Mixed”"):
        workspace.set_verdict_scale(smaller)
    custom = VerdictScale(
        (
            VerdictLabel("mixed", "Half true", "#ffaa00", 1, 1),
            VerdictLabel("true", "Correct", "#00aa00", 0, 2),
        )
    )
    workspace.set_verdict_scale(custom)
    assert [v.label for v in workspace.verdict_scale().ordered()] == ["Correct", "Half true"]


def test_marking_the_version_shown_reads_no_text_but_never_lands_on_other_words(
    workspace: Workspace, sample_document_id: int, tmp_path
) -> None:
    shown = workspace.document(sample_document_id).latest
    start = shown.text.index("three-hour meeting")
    made = workspace.annotate(sample_document_id, start, start + 18, claim(), shown=shown)
    assert made.exact == "three-hour meeting"

    revised = tmp_path / "v2.txt"
    revised.write_text("A new first line.\n\n" + shown.text, encoding="utf-8")
    workspace.revise(sample_document_id, revised)
    # The app still shows version 1: its offsets now name other words in version 2.
    with pytest.raises(UserInputError, match="new version"):
        workspace.annotate(sample_document_id, start, start + 18, claim(), shown=shown)


def test_quotes_are_rated_on_their_own_scale(workspace: Workspace) -> None:
    from factcheck.errors import UserInputError as InputError

    document = workspace.import_text("The minister said: “We never raised taxes.”")
    assert document.id is not None
    quote = workspace.annotate_text(
        document.id,
        "We never raised taxes.",
        AnnotationDraft(AnnotationKind.QUOTE, verdict="out-of-context"),
    )
    assert quote.id is not None and quote.verdict == "out-of-context"
    with pytest.raises(InputError, match="not a verdict for a quote"):
        workspace.update_annotation(quote.id, verdict="true")
    with pytest.raises(InputError, match="not a verdict for a claim"):
        workspace.annotate_text(
            document.id, "The minister", AnnotationDraft(AnnotationKind.CLAIM, verdict="inaccurate")
        )
    # A quote that becomes a claim loses the quote's verdict (the history keeps it).
    claim = workspace.update_annotation(quote.id, kind=AnnotationKind.CLAIM)
    assert claim.kind is AnnotationKind.CLAIM and claim.verdict is None
    fields = [entry.field for entry in workspace.history(quote.id)]
    assert "verdict" in fields and "kind" in fields
    scale = workspace.verdict_scale()
    assert scale.parse("Accurately quoted", "quote") == "accurately-quoted"
    with pytest.raises(InputError, match="for a quote"):
        scale.parse("Mostly true", "quote")


def test_annotations_read_in_bulk_equal_those_read_one_by_one(
    workspace: Workspace, sample_document_id: int
) -> None:
    """The bulk read skips the checks of __post_init__: it must still give every field."""
    import dataclasses

    workspace.annotate_text(
        sample_document_id,
        "50-day ultimatum",
        claim(verdict="true", sources=[Source(url="https://a.example")]),
    )
    workspace.annotate_text(sample_document_id, "three-hour meeting", claim())
    bulk = workspace.annotations(sample_document_id)
    assert len(bulk) == 2
    for annotation in bulk:
        assert annotation.id is not None
        single = workspace.annotation(annotation.id)
        assert annotation == single
        assert set(vars(annotation)) == {f.name for f in dataclasses.fields(annotation)}
