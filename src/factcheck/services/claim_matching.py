"""Text matching for the claim memory: cleaning, terms, BM25, fusion. Qt-free, offline.

A query is whatever the reviewer has at hand: a claim marked in a draft, a pasted
tweet with its links, handles, hashtags and the "— Name (@handle) date" tail of an
embedded post, a paragraph. :func:`clean_text` turns it into the words worth
matching; :func:`terms` into stemmed index terms (CJK runs become character
bigrams). :class:`TermIndex` ranks stored claims by BM25 (Robertson/Spärck Jones,
k1=1.2, b=0.75, as SQLite FTS5 and Lucene do) and :func:`rank` mixes that with the
character n-gram similarity of the two texts.
"""

from __future__ import annotations

import html
import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import Stemmer

# --- cleaning ------------------------------------------------------------------------------
_URL = re.compile(
    r"(?:https?://|www\.)\S+|\bpic\.twitter\.com/\S+|\b[a-z0-9.-]+\.[a-z]{2,}/\S*", re.I
)
# The credit line of an embedded post: "— Name (@handle) January 14, 2020"
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_TAIL = re.compile(
    r"\s*[—–-]{1,2}\s*(?P<name>[^—–\n()]{0,80}?)\s*\(@\w{1,30}\)\s*"
    rf"(?:{_MONTHS}\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTHS}\.?\s+\d{{4}})?\s*$",
    re.I,
)
_HANDLE = re.compile(r"(?<![\w@])[@＠](\w{1,30})")
_HASHTAG = re.compile(r"(?<![\w#])[#＃](\w{1,100})")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)")
_RT = re.compile(r"^\s*RT\s+@\w+:?\s*")


def split_camel(word: str) -> str:
    """``DefundTheCBC`` -> ``Defund The CBC``; ``COVID19`` -> ``COVID 19``."""
    return _CAMEL.sub(" ", word)


def clean_text(text: str) -> str:
    """The words of a query worth matching: no links, no credit tail, no markup."""
    text = html.unescape(unicodedata.normalize("NFKC", text))
    text = _RT.sub("", text)
    tail = _TAIL.search(text)
    if tail is not None:
        # The poster's name says who, and often whom the claim is about: keep it.
        text = text[: tail.start()] + " " + tail.group("name")
    text = _URL.sub(" ", text)
    text = _HANDLE.sub(lambda m: " " + split_camel(m.group(1)).replace("_", " ") + " ", text)
    text = _HASHTAG.sub(lambda m: " " + split_camel(m.group(1)).replace("_", " ") + " ", text)
    return " ".join(text.split())


# --- terms ---------------------------------------------------------------------------------
# Common English function words (hand-picked: pronouns, articles, auxiliaries,
# prepositions and conjunctions). Numbers and negations are kept: they decide claims.
_STOPWORD_TEXT = """
    a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself of off on once only or other our ours ourselves out
    over own same she should so some such than that the their theirs them themselves then there
    these they this those through to too under until up very was we were what when where which
    while who whom why will with would you your yours yourself yourselves s t ll ve re d m
    amp via rt says said say"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")


_stem = Stemmer.Stemmer("english").stemWord  # PyStemmer: Snowball in C
_STEMS: dict[str, str] = {}


def _stem_cached(word: str) -> str:
    stem = _STEMS.get(word)
    if stem is None:
        stem = _stem(word)
        if len(_STEMS) < 200_000:
            _STEMS[word] = stem
    return stem


def terms(text: str) -> list[str]:
    """Index terms: lower-case words without stopwords, Snowball-stemmed; CJK as bigrams."""
    out: list[str] = []
    for match in _WORD.finditer(text.lower()):
        word = match.group().replace("’", "'")
        if "'" in word:
            word = word.split("'")[0]  # don't -> don, trump's -> trump
        if _CJK.search(word):
            chars = [c for c in word if _CJK.match(c)]
            out.extend(a + b for a, b in itertools.pairwise(chars))
            if len(chars) == 1:
                out.append(chars[0])
            continue
        if word in STOPWORDS or (len(word) == 1 and not word.isdigit()):
            continue
        out.append(_stem_cached(word))
    return out


def ngrams(text: str, sizes: Sequence[int] = (3, 4, 5)) -> Counter[str]:
    """Character n-grams of the words (``char_wb`` in scikit-learn's terms)."""
    grams: list[str] = []
    for word in _WORD.findall(text.lower()):
        padded = f" {word} "
        length = len(padded)
        for n in sizes:
            grams.extend([padded[i : i + n] for i in range(max(1, length - n + 1))])
    return Counter(grams)


@dataclass(frozen=True)
class Profile:
    """Sublinear-TF weights of a text's n-grams, and their norm."""

    weights: dict[str, float]
    norm: float


def profile(text: str) -> Profile:
    log = math.log
    weights = {gram: 1 + log(count) for gram, count in ngrams(text).items()}
    return Profile(weights, math.sqrt(sum(w * w for w in weights.values())))


def similarity(a: Profile, b: Profile) -> float:
    """Cosine of two n-gram profiles, 0..1."""
    if not a.norm or not b.norm:
        return 0.0
    aw, bw = a.weights, b.weights
    common = aw.keys() & bw.keys()
    if not common:
        return 0.0
    return sum(aw[g] * bw[g] for g in common) / (a.norm * b.norm)


# --- BM25 ----------------------------------------------------------------------------------
K1 = 1.2
B = 0.75


class TermIndex:
    """BM25 over a fixed list of documents (each a list of terms), numpy postings."""

    def __init__(self, documents: Iterable[Sequence[str]]) -> None:
        postings: dict[str, list[tuple[int, int]]] = {}
        lengths: list[int] = []
        self.documents: list[tuple[str, ...]] = []  # each document's distinct terms
        for doc_id, doc in enumerate(documents):
            lengths.append(len(doc))
            counts = Counter(doc)
            self.documents.append(tuple(counts))
            for term, tf in counts.items():
                postings.setdefault(term, []).append((doc_id, tf))
        self.size = len(lengths)
        self.lengths = np.asarray(lengths, dtype=np.float32)
        average = float(self.lengths.mean()) if self.size else 1.0
        norm = K1 * (1 - B + B * self.lengths / max(average, 1e-9))
        self._postings: dict[str, tuple[npt.NDArray[np.int32], npt.NDArray[np.float32]]] = {}
        self.idf: dict[str, float] = {}
        for term, items in postings.items():
            ids = np.fromiter((i for i, _ in items), dtype=np.int32, count=len(items))
            tfs = np.fromiter((t for _, t in items), dtype=np.float32, count=len(items))
            idf = self.idf[term] = math.log(1 + (self.size - len(items) + 0.5) / (len(items) + 0.5))
            self._postings[term] = (
                ids,
                (idf * tfs * (K1 + 1) / (tfs + norm[ids])).astype(np.float32),
            )

    def scores(self, query: Sequence[str]) -> npt.NDArray[np.float32]:
        total = np.zeros(self.size, dtype=np.float32)
        for term, count in Counter(query).items():
            hit = self._postings.get(term)
            if hit is not None:
                total[hit[0]] += hit[1] * count
        return total

    def ideal(self, query: Sequence[str]) -> float:
        """The score of a document of average length holding every query term once:
        BM25 divided by it is a coverage near 0..1 that can be compared across queries."""
        total = 0.0
        for term, count in Counter(query).items():
            hit = self._postings.get(term)
            df = 0 if hit is None else len(hit[0])
            idf = math.log(1 + (self.size - df + 0.5) / (df + 0.5))
            total += idf * count
        return total

    def weight(self, term: str) -> float:
        """The term's IDF; a term no document holds weighs most (it is the rarest)."""
        idf = self.idf.get(term)
        return idf if idf is not None else math.log(1 + (self.size + 0.5) / 0.5)

    def covered(self, position: int, query: set[str], query_weight: float) -> float:
        """How much of the query (its distinct terms, weighted by IDF) document
        ``position`` holds; ``query_weight`` is the query's total."""
        if not query_weight:
            return 0.0
        terms = set(self.documents[position])
        return sum(self.idf[t] for t in query if t in terms) / query_weight

    def contained(self, position: int, query: set[str]) -> float:
        """How much of document ``position`` (its terms, weighted by IDF) the query holds."""
        terms = self.documents[position]
        total = sum(self.idf[t] for t in terms)
        return sum(self.idf[t] for t in terms if t in query) / total if total else 0.0


def cosine(a: Counter[str], b: Counter[str]) -> float:
    """Cosine of two sublinear-TF n-gram count profiles."""
    log = math.log

    def weighted(counts: Counter[str]) -> Profile:
        weights = {g: 1 + log(c) for g, c in counts.items()}
        return Profile(weights, math.sqrt(sum(w * w for w in weights.values())))

    return similarity(weighted(a), weighted(b))


# Fusion weights and thresholds, set on the CheckThat! 2020 and 2022 training splits
# (bench/claims_bench.py measures them on every split).
CANDIDATES = 100
PROFILE_CACHE = 1_000  # n-gram profiles kept between queries (some 30 kB each)
WEIGHT_TERMS = 1.0
WEIGHT_NGRAMS = 2.0
WEIGHT_COVERED = 1.5
FLOOR = 0.3


@dataclass(frozen=True)
class Ranked:
    position: int  # index into the documents of the TermIndex
    score: float  # 0..1: 1 is the same words
    # How much of the document's terms (IDF-weighted) the query holds, 0..1: a query
    # that is a mere fragment of a claim ("Eastport bridge") is not the same claim.
    contained: float = 1.0


def rank(
    index: TermIndex,
    texts: Sequence[str],
    query: str,
    limit: int,
    profiles: dict[int, Profile] | None = None,
) -> list[Ranked]:
    """The best ``limit`` documents for ``query`` (already cleaned), best first.

    BM25 picks the candidates; each gets ``(terms + 2 * ngrams + 1.5 * covered) / 4.5``
    where ``terms`` is BM25 over the best candidate's score (but at least FLOOR of
    the query's ideal score), ``ngrams`` the cosine of the character 3-5-gram
    profiles and ``covered`` the IDF-weighted share of the query's terms the
    candidate holds. ``profiles`` caches the documents' profiles.
    """
    query_terms = terms(query)
    if not query_terms or index.size == 0 or limit <= 0:
        return []
    scores = index.scores(query_terms)
    count = min(CANDIDATES, int(np.count_nonzero(scores)))
    if count == 0:
        return []
    top = (
        np.argpartition(-scores, count - 1)[:count] if count < index.size else np.arange(index.size)
    )
    top = top[scores[top] > 0]
    ideal = index.ideal(query_terms) or 1.0
    # The best candidate sets the scale (ranking is best so), but never above
    # FLOOR of the ideal: a query that only shares a rare word stays weak.
    scale = max(float(scores[top].max()), FLOOR * ideal)
    query_profile = profile(query)
    query_set = set(query_terms)
    query_weight = sum(index.weight(t) for t in query_set)
    cache = profiles if profiles is not None else {}
    ranked = []
    for position in top.tolist():
        found = cache.get(position)
        if found is None:
            if len(cache) >= PROFILE_CACHE:
                cache.clear()  # a bound on memory; the next queries fill it again
            found = cache[position] = profile(texts[position])
        coverage = min(1.0, float(scores[position]) / scale)
        alike = similarity(query_profile, found)
        contained = index.contained(position, query_set)
        covered = index.covered(position, query_set, query_weight)
        fused = (WEIGHT_TERMS * coverage + WEIGHT_NGRAMS * alike + WEIGHT_COVERED * covered) / (
            WEIGHT_TERMS + WEIGHT_NGRAMS + WEIGHT_COVERED
        )
        ranked.append(Ranked(position, fused, contained))
    ranked.sort(key=lambda r: (-r.score, r.position))
    return ranked[:limit]
