"""Which sentences of a draft likely hold a checkable claim: rules and hand-set weights.

No model and no training data ship: each sentence gets the signals fact-checkers
look for (numbers, amounts and percentages, comparisons and records, changes over
time, named people and places, attributions, statistics words) and loses for what
is rarely checkable (questions, greetings and thanks, promises and opinions in the
first person, exhortations, very short sentences). The weights are set by hand; the
threshold was chosen on the CheckThat! 2024 training split, and
bench/claims_bench.py measures precision, recall and F1 on its dev split.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from factcheck.domain.sentences import sentence_spans

THRESHOLD = 0.4
MAX_SENTENCE_CHARS = 2_000  # beyond that a "sentence" is a list or a table: not scored

_NUMBER = re.compile(r"\d")
_QUANTITY = re.compile(
    r"\d[\d,.]*\s*(?:%|percent|per cent|million|billion|trillion|thousand|hundred)|"
    r"[$€£¥]\s?\d|\d\s?(?:dollars|euros|pounds|people|jobs|votes|cases|deaths|times)\b|"
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|"
    r"hundred|thousand|million|billion|half|third|quarter|double|twice|triple)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)s?\b")
_COMPARE = re.compile(
    r"\b(?:more|less|fewer|most|least|largest|biggest|highest|lowest|smallest|best|worst|"
    r"record|first|only|never|ever|every|all|no one|nobody|increase[ds]?|decrease[ds]?|"
    r"doubled|tripled|rose|risen|fell|fallen|dropped|grew|grown|cut|raised|lowered|"
    r"higher|lower|bigger|larger|smaller|faster|slower|since|than|average|rate|percent)\b",
    re.IGNORECASE,
)
_FACT_VERB = re.compile(
    r"\b(?:voted|passed|signed|cost|costs|spent|spends|killed|died|lost|won|created|"
    r"cut|paid|pays|taxe?[ds]?|banned|invaded|elected|funded|owns?|earns?|employs?|"
    r"built|closed|opened|reported|found|showed|shows|according)\b",
    re.IGNORECASE,
)
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|claimed|claims|according to|reported|stated|announced|told)\b",
    re.IGNORECASE,
)
_STATISTIC = re.compile(
    r"\b(?:tax|taxes|budget|deficit|debt|unemployment|jobs|economy|inflation|crime|"
    r"million|billion|percent|wages?|income|spending|health|insurance|security|"
    r"medicare|medicaid|energy|oil|military|troops|war|law|bill|vote|votes|poll|"
    r"study|report|data|figures?|population|immigra\w*|cases?|deaths?|schools?)\b",
    re.IGNORECASE,
)
_FIRST_PERSON_PLAN = re.compile(
    r"\b(?:I|we)(?:'ll| will| want| would| need| must| should| believe| think| hope| feel|"
    r" am going| are going|'m going|'re going)\b",
    re.IGNORECASE,
)
_OPINION = re.compile(
    r"\b(?:I think|I believe|in my opinion|I feel|I hope|I want|we need|we must|we should|"
    r"let me|let's|let us|thank you|thanks|God bless|good evening|good night|of course|"
    r"great|wonderful|terrible|horrible|beautiful|amazing|tremendous)\b",
    re.IGNORECASE,
)
_YOU = re.compile(r"\byou\b", re.IGNORECASE)
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+")

# Hand-set weights of the logistic score (bias first).
WEIGHTS = {
    "bias": -1.6,
    "number": 0.9,
    "quantity": 1.1,
    "year": 0.5,
    "compare": 0.45,  # each, up to two
    "fact_verb": 0.5,
    "attribution": 0.3,
    "statistic": 0.45,  # each, up to two
    "names": 0.2,  # each capitalised word inside the sentence, up to three
    "long": 0.4,  # more than 12 words
    "question": -1.6,
    "plan": -0.9,
    "opinion": -0.9,
    "you": -0.4,
    "short": -1.2,  # fewer than 6 words
}


@dataclass(frozen=True)
class Suggestion:
    """A sentence worth checking: code points into the text, and a score 0..1."""

    start: int
    end: int
    text: str
    score: float

    def as_json(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text, "score": self.score}


def score_sentence(sentence: str) -> float:
    """How likely ``sentence`` holds a checkable claim, 0..1."""
    words = len(sentence.split())
    w = WEIGHTS
    total = w["bias"]
    if _NUMBER.search(sentence):
        total += w["number"]
    if _QUANTITY.search(sentence):
        total += w["quantity"]
    if _YEAR.search(sentence):
        total += w["year"]
    total += w["compare"] * min(2, len(_COMPARE.findall(sentence)))
    if _FACT_VERB.search(sentence):
        total += w["fact_verb"]
    if _ATTRIBUTION.search(sentence):
        total += w["attribution"]
    total += w["statistic"] * min(2, len(_STATISTIC.findall(sentence)))
    total += w["names"] * min(3, len(_CAPITALISED.findall(sentence)))
    if words > 12:
        total += w["long"]
    if sentence.rstrip().endswith("?"):
        total += w["question"]
    if _FIRST_PERSON_PLAN.search(sentence):
        total += w["plan"]
    if _OPINION.search(sentence):
        total += w["opinion"]
    if _YOU.search(sentence):
        total += w["you"]
    if words < 6:
        total += w["short"]
    return 1 / (1 + math.exp(-total))


def suggest(
    text: str,
    threshold: float = THRESHOLD,
    scorer: Callable[[str], float] | None = None,
) -> list[Suggestion]:
    """The sentences of ``text`` scoring at least ``threshold``, best first; ``scorer``
    replaces the rules (the desk's learnt model blends itself with them)."""
    score_of = scorer or score_sentence
    found = []
    for start, end in sentence_spans(text):
        if end - start > MAX_SENTENCE_CHARS:
            continue
        sentence = text[start:end]
        score = score_of(sentence)
        if score >= threshold:
            found.append(Suggestion(start, end, sentence, round(score, 4)))
    found.sort(key=lambda s: (-s.score, s.start))
    return found
