"""Suggestions learn from the desk: claims marked are positives, dismissals negatives."""

from __future__ import annotations

import pytest

from factcheck.domain import AnnotationKind
from factcheck.services import AnnotationDraft, Workspace
from factcheck.services.checkworthy import THRESHOLD, score_sentence
from factcheck.services.suggestion_learning import MIN_EACH, SuggestionLearning

pytestmark = pytest.mark.both_backends

# Made up for the test: the desk checks budgets, and does not check match results.
CLAIMS = [
    f"The council budget grew by {n} percent to {n * 3} million euros in 20{10 + n}."
    for n in range(1, MIN_EACH + 3)
]
RESULTS = [
    f"United beat City {n} to 1 in front of {n * 1000} fans at the stadium in 20{10 + n}."
    for n in range(1, MIN_EACH + 3)
]
NEW_RESULT = "Rovers beat Athletic 4 to 2 in front of 9000 fans at the stadium in 2024."


def test_dismissals_and_marks_teach_the_suggestions(workspace: Workspace) -> None:
    document = workspace.import_text("\n\n".join(CLAIMS), title="Budget")
    assert document.id is not None
    learning = SuggestionLearning(workspace.database, workspace.author)
    assert score_sentence(NEW_RESULT) >= THRESHOLD  # the rules alone would suggest it
    assert learning.model() is None  # too few examples yet
    for claim in CLAIMS:
        workspace.annotate_text(document.id, claim, AnnotationDraft(AnnotationKind.CLAIM))
    for result in RESULTS:
        learning.dismiss(result)
    assert learning.examples() == (len(CLAIMS), len(RESULTS))
    model = learning.model()
    assert model is not None
    assert model.score(NEW_RESULT) < THRESHOLD <= score_sentence(NEW_RESULT)
    new_claim = "The council budget grew by 7 percent to 40 million euros in 2025."
    assert model.score(new_claim) >= THRESHOLD
    text = f"{new_claim} {NEW_RESULT}"
    suggested = [s.text for s in learning.suggest(text)]
    assert suggested == [new_claim]
    assert {s.text for s in learning.suggest(text, learn=False)} == {new_claim, NEW_RESULT}
    # Reset: back to the rules, until the desk teaches again.
    learning.reset()
    assert learning.examples() == (0, 0) and learning.model() is None
    assert {s.text for s in learning.suggest(text)} == {new_claim, NEW_RESULT}
