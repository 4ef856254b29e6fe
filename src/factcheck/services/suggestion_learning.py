"""Suggestions that adapt to the desk: every claim marked is a positive example and
every suggestion dismissed a negative one. With enough of both, a small naive Bayes
model over the words (stems and word pairs) is learnt from them and its probability
is averaged with the hand-set rules of ``checkworthy``. Kept in the database (so the
whole desk teaches it), on unless the reviewer turns it off, and reset on request.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.domain.models import utc_now
from factcheck.services.checkworthy import THRESHOLD, Suggestion, score_sentence, suggest
from factcheck.services.claim_matching import terms
from factcheck.storage import Database
from factcheck.storage.suggestions import SuggestionRepository

MIN_EACH = 10  # examples of each kind before the desk's own model has a say
MAX_EXAMPLE_CHARS = 2_000


def features(sentence: str) -> list[str]:
    words = terms(sentence[:MAX_EXAMPLE_CHARS])
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


@dataclass(frozen=True)
class DeskModel:
    """Multinomial naive Bayes with Laplace smoothing and equal priors (a desk marks
    far more claims than it dismisses; the priors must not drown the words)."""

    log_odds: dict[str, float]
    unseen: float  # a word seen in neither class
    positives: int
    negatives: int

    @classmethod
    def learn(cls, positives: Iterable[str], negatives: Iterable[str]) -> DeskModel:
        pos_texts, neg_texts = list(positives), list(negatives)
        pos = Counter(f for text in pos_texts for f in features(text))
        neg = Counter(f for text in neg_texts for f in features(text))
        vocabulary = len(set(pos) | set(neg)) + 1
        pos_total, neg_total = sum(pos.values()) + vocabulary, sum(neg.values()) + vocabulary
        log_odds = {
            word: math.log((pos[word] + 1) / pos_total) - math.log((neg[word] + 1) / neg_total)
            for word in set(pos) | set(neg)
        }
        unseen = math.log(1 / pos_total) - math.log(1 / neg_total)
        return cls(log_odds, unseen, len(pos_texts), len(neg_texts))

    def probability(self, sentence: str) -> float:
        """How likely the desk would mark ``sentence`` as a claim, 0..1."""
        words = features(sentence)
        if not words:
            return 0.5
        total = sum(self.log_odds.get(word, self.unseen) for word in words)
        total /= math.sqrt(len(words))  # long sentences must not run to 0 or 1
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, total))))

    def score(self, sentence: str) -> float:
        return (score_sentence(sentence) + self.probability(sentence)) / 2


class SuggestionLearning:
    def __init__(self, database: Database, author: str) -> None:
        self.database = database
        self.author = author

    def dismiss(self, sentence: str) -> int:
        """Remember that the desk does not take ``sentence`` for a claim; the example's
        id (for ``undismiss``)."""
        with self.database.transaction() as session:
            return SuggestionRepository(session).add_dismissed(
                sentence[:MAX_EXAMPLE_CHARS], self.author, utc_now()
            )

    def undismiss(self, example_id: int) -> None:
        """Undo of ``dismiss``: that example is not learnt from."""
        with self.database.transaction() as session:
            SuggestionRepository(session).drop_dismissed(example_id)

    def reset(self) -> None:
        """Forget what was learnt: dismissed sentences, and claims marked until now."""
        with self.database.transaction() as session:
            SuggestionRepository(session).reset(utc_now())

    def examples(self) -> tuple[int, int]:
        """(claims marked, suggestions dismissed) learnt from."""
        with self.database.reading() as session:
            repo = SuggestionRepository(session)
            since = repo.reset_at()
            return len(repo.claims(since)), len(repo.dismissed(since))

    def model(self) -> DeskModel | None:
        """The desk's model, or None while it has too few examples of either kind."""
        with self.database.reading() as session:
            repo = SuggestionRepository(session)
            since = repo.reset_at()
            positives, negatives = repo.claims(since), repo.dismissed(since)
        if len(positives) < MIN_EACH or len(negatives) < MIN_EACH:
            return None
        return DeskModel.learn(positives, negatives)

    def suggest(self, text: str, learn: bool = True) -> list[Suggestion]:
        """``checkworthy.suggest``, with the desk's model when there is one."""
        model = self.model() if learn else None
        return suggest(text, THRESHOLD, model.score if model is not None else None)
