"""Annotations follow the text into new versions, or are flagged; never misplaced."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.anchoring.reanchor import Normalised, OffsetMapper, Quote, reanchor
from factcheck.anchoring.selectors import quote_at, resolve_span
from factcheck.domain import AnchorState, AnnotationKind, ReviewStatus
from factcheck.services import AnnotationDraft, Workspace

SAMPLE = Path(__file__).resolve().parents[2] / "resources/samples/putin-witkoff-meeting.txt"
OLD = SAMPLE.read_text(encoding="utf-8").strip()
ZAPORIZHZHIA = (
    "Despite diplomatic overtures, Russian forces launched new attacks overnight in Ukraine’s "
    "Zaporizhzhia region, hitting a recreational center and killing two civilians. At least 12 "
    "others were injured, including two children. Zelenskyy condemned the attack, saying:"
)

# Storage, services and commands behave the same on SQLite and PostgreSQL.
pytestmark = pytest.mark.both_backends


def quote(exact: str, occurrence: int | None = None, key: int = 1, text: str = OLD) -> Quote:
    start, end = resolve_span(text, exact, occurrence=occurrence)
    q = quote_at(text, start, end)
    return Quote(key, start, end, q.exact, q.prefix, q.suffix)


def place(new: str, q: Quote):
    [placement] = reanchor(OLD, new, [q])
    if placement.start is not None:
        assert new[placement.start : placement.end] == placement.exact
    return placement


def test_unchanged_text_is_exact() -> None:
    placement = place(OLD, quote("three-hour meeting"))
    assert placement.state is AnchorState.EXACT


def test_text_inserted_above_shifts_every_annotation_which_stays_exact() -> None:
    """Only its offsets changed: not "moved", nothing for the reviewer to look at."""
    new = "CORRECTION: an earlier version misstated the date.\n\n" + OLD
    for exact in ("three-hour meeting", "a 50-day ultimatum", "wily characters"):
        placement = place(new, quote(exact))
        assert placement.state is AnchorState.EXACT
        assert placement.start == new.index(exact)


def test_moved_paragraph_is_found() -> None:
    paragraph = "No further details of the call were disclosed."
    new = OLD.replace(paragraph + "\n\n", "").replace(
        "Share this Post", paragraph + "\n\nShare this Post"
    )
    placement = place(new, quote("No further details of the call"))
    assert placement.state is AnchorState.MOVED
    assert placement.start == new.index("No further details of the call")


def test_deleted_paragraph_orphans_its_annotations_and_spares_the_rest() -> None:
    new = OLD.replace(ZAPORIZHZHIA, "")
    assert place(new, quote("killing two civilians")).state is AnchorState.ORPHANED
    assert place(new, quote("At least 12 others were injured")).state is AnchorState.ORPHANED
    kept = place(new, quote("zero military sense"))
    assert kept.state is AnchorState.EXACT and kept.start == new.index("zero military sense")


def test_words_edited_inside_a_claim_give_changed_with_the_new_text() -> None:
    new = OLD.replace("killing two civilians", "killing three civilians")
    placement = place(new, quote("killing two civilians"))
    assert placement.state is AnchorState.CHANGED
    assert placement.exact == "killing three civilians"
    longer = OLD.replace(
        "At least 12 others were injured, including two children",
        "At least 14 others were injured, among them two young children",
    )
    changed = place(longer, quote("At least 12 others were injured, including two children"))
    assert changed.state is AnchorState.CHANGED
    assert changed.exact == "At least 14 others were injured, among them two young children"


def test_a_rewritten_claim_is_orphaned_not_misplaced() -> None:
    new = OLD.replace(
        "Trump previously gave Moscow a 50-day ultimatum, later shortened,",
        "Washington has repeatedly moved its deadlines,",
    )
    assert place(new, quote("Trump previously gave Moscow a 50-day ultimatum")).state is (
        AnchorState.ORPHANED
    )


def test_a_short_repeated_word_follows_its_own_context() -> None:
    target = quote("sanctions", occurrence=3)  # "These sanctions could include steep tariffs"
    new = OLD.replace(
        "These sanctions could include",
        "New sanctions were discussed, and sanctions experts were consulted. "
        "These sanctions could include",
    )
    placement = place(new, target)
    assert placement.state is AnchorState.EXACT  # shifted, in its own context
    assert placement.start is not None
    assert new[placement.start - 6 : placement.end] == "These sanctions"


def test_a_short_word_whose_context_is_gone_is_not_guessed() -> None:
    target = quote("sanctions", occurrence=3)
    # Its sentence is rewritten, and "sanctions" still occurs elsewhere: no guessing.
    new = OLD.replace(
        "These sanctions could include steep tariffs on countries importing Russian oil, "
        "potentially impacting nations like China and India.",
        "Tariffs on buyers of Russian oil are possible.",
    )
    placement = place(new, target)
    assert placement.state is AnchorState.ORPHANED  # the reviewer decides, not a guess


def test_typographic_and_straight_quotes_match() -> None:
    straight = OLD.replace("“", '"').replace("”", '"').replace("’", "'")
    placement = place(straight, quote("“useful and constructive,”"))
    assert placement.state in (AnchorState.EXACT, AnchorState.MOVED)
    assert placement.exact == '"useful and constructive,"'
    back = reanchor(straight, OLD, [quote('"highly productive"', text=straight)])[0]
    assert back.exact == "“highly productive”"


def test_white_space_changes_do_not_break_anchors() -> None:
    new = OLD.replace(" ", "  ").replace("\n\n", "\n\n\n")
    placement = place(new, quote("a 50-day ultimatum"))
    assert placement.state is AnchorState.MOVED
    assert placement.exact == "a  50-day  ultimatum"


def test_normalised_text_maps_back_to_the_original() -> None:
    text = "A  “quoted”\u00a0word — and\n\nmore"
    folded = Normalised(text)
    assert folded.text == 'A "quoted" word - and more'
    start = folded.text.index('"quoted"')
    assert folded.to_original(start, start + len('"quoted"')) == (3, 11)


# --- property: edits outside annotations never lose or misplace them -------------------------
WORDS = ["tax", "rose", "the", "minister", "said", "sanctions", "Kremlin", "12%", "“quote”", "—"]


@st.composite
def document_and_edits(
    draw: st.DrawFn,
) -> tuple[str, list[tuple[int, int]], str, list[tuple[int, int]]]:
    rng = random.Random(draw(st.integers(0, 10_000)))
    paragraphs = [
        " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 25))) + "."
        for _ in range(rng.randint(3, 12))
    ]
    text = "\n\n".join(paragraphs)
    # Annotations on whole words.
    words = [(m.start(), m.end()) for m in __import__("re").finditer(r"\S+( \S+){0,3}", text)]
    spans = rng.sample(words, k=min(len(words), rng.randint(1, 6)))
    protected = sorted(spans)
    # Edits only outside every annotation: insertions and deletions at gaps.
    cuts = sorted({rng.randint(0, len(text)) for _ in range(rng.randint(1, 8))})
    cuts = [c for c in cuts if not any(s <= c < e for s, e in protected) and
            (c == 0 or text[c - 1] == " " or text[c - 1] == "\n")]  # fmt: skip
    new, shift, insertions = text, 0, []
    for cut in cuts:
        insertion = rng.choice(["inserted words here ", "sanctions again ", "“New” paragraph.\n\n"])
        new = new[: cut + shift] + insertion + new[cut + shift :]
        shift += len(insertion)
        insertions.append((cut, len(insertion)))
    return text, spans, new, insertions


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document_and_edits())
def test_random_edits_outside_annotations_give_exact_or_moved(data) -> None:
    old, spans, new, insertions = data
    quotes = []
    for key, (start, end) in enumerate(spans):
        selector = quote_at(old, start, end)
        quotes.append(Quote(key, start, end, selector.exact, selector.prefix, selector.suffix))
    for q, placement in zip(quotes, reanchor(old, new, quotes), strict=True):
        assert placement.state in (AnchorState.EXACT, AnchorState.MOVED), (q, placement)
        expected = q.start + sum(length for cut, length in insertions if cut <= q.start)
        assert placement.start == expected, (q, placement)
        assert new[placement.start : placement.end] == q.exact


def test_mapper_is_proportional_to_changes() -> None:
    mapper = OffsetMapper(OLD, "Intro.\n\n" + OLD)
    assert len(mapper.segments) == 1  # one stretch: everything shifted by the intro


# --- the service: versions, history, review status --------------------------------------------
def test_revise_records_a_version_history_and_resets_the_review(
    workspace: Workspace, sample_document_id: int, tmp_path: Path
) -> None:
    claim = workspace.annotate_text(
        sample_document_id,
        "killing two civilians",
        AnnotationDraft(AnnotationKind.CLAIM, verdict="true", status=ReviewStatus.CHECKED),
    )
    kept = workspace.annotate_text(
        sample_document_id,
        "three-hour meeting",
        AnnotationDraft(AnnotationKind.CLAIM, verdict="mixed"),
    )
    lost = workspace.annotate_text(
        sample_document_id, "zero military sense", AnnotationDraft(AnnotationKind.QUOTE)
    )
    assert claim.id and kept.id and lost.id
    draft2 = tmp_path / "v2.txt"
    draft2.write_text(
        "Update.\n\n"
        + OLD.replace("killing two civilians", "killing three civilians").replace(
            "“There is zero military sense in this strike. Only cruelty to intimidate.”", ""
        ),
        encoding="utf-8",
    )
    revision = workspace.revise(sample_document_id, draft2)
    states = {o.annotation_id: o for o in revision.outcomes}
    assert states[claim.id].state is AnchorState.CHANGED
    assert states[claim.id].previous_exact == "killing two civilians"
    assert states[kept.id].state is AnchorState.EXACT  # only shifted
    assert states[lost.id].state is AnchorState.ORPHANED and states[lost.id].start is None

    document = workspace.document(sample_document_id)
    assert [v.number for v in document.versions] == [1, 2]  # the old version stays
    changed = workspace.annotation(claim.id)
    assert (changed.exact, changed.verdict, changed.status) == (
        "killing three civilians",
        "true",
        ReviewStatus.TO_CHECK,
    )
    assert changed.version_id == document.latest.id
    history = {(e.field, e.old_value, e.new_value) for e in workspace.history(claim.id)}
    assert ("exact", "killing two civilians", "killing three civilians") in history
    assert ("status", "checked", "to_check") in history
    orphan = workspace.annotation(lost.id)
    assert orphan.state is AnchorState.ORPHANED
    assert orphan.version_id == document.versions[0].id  # still readable where it was

    # The reviewer answers the queue: accept the change, re-target the orphan.
    assert workspace.accept_anchor(claim.id).state is AnchorState.EXACT
    text = document.latest.text
    start = text.index("Only cruelty") if "Only cruelty" in text else text.index("Zelenskyy")
    moved = workspace.retarget(lost.id, start, start + 9)
    assert moved.state is AnchorState.EXACT and moved.version_id == document.latest.id
    assert text[moved.start : moved.end] == moved.exact


def test_revising_with_the_same_text_changes_nothing(
    workspace: Workspace, sample_document_id: int, sample_path: Path
) -> None:
    from factcheck.errors import UserInputError

    with pytest.raises(UserInputError, match="same text as version 1"):
        workspace.revise(sample_document_id, sample_path)
    assert len(workspace.document(sample_document_id).versions) == 1


def test_an_insertion_inside_a_paragraph_break_does_not_move_the_quote_before_it() -> None:
    # Found by hypothesis: the quote ends a paragraph, text is inserted inside the
    # following blank line, and the same words end another paragraph further on.
    old = "Intro said Kremlin.\n\nrose said.\n\nOther text the Kremlin.\n\nEnd."
    start = old.index("Kremlin.")
    q = quote_at(old, start, start + len("Kremlin."))
    new = old.replace("Kremlin.\n\nrose", "Kremlin.\ninserted words \nrose", 1)
    [placement] = reanchor(old, new, [Quote(1, start, q.exact.__len__() + start, q.exact,
                                            q.prefix, q.suffix)])  # fmt: skip
    assert (placement.state, placement.start) == (AnchorState.EXACT, start)
