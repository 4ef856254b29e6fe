"""Re-anchoring: carry annotations from one version of a draft to the next.

For each annotation, in order:
1. exact    - the text at the stored offsets is still the quote (and the diff agrees);
2. moved    - the quote is found elsewhere: through the diff of the two versions,
              or by search, choosing among repeats by context and nearness;
3. changed  - a fuzzy match (rapidfuzz) near where the diff says it went scores
              above the threshold: the new wording is taken, the reviewer re-checks;
4. orphaned - otherwise. Never silently placed on the wrong words.

Matching ignores typographic quotes, dash styles and runs of white space. The
diff works on lines first and on words only inside changed lines, so the work
grows with what changed, not with the length of the draft.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from factcheck.anchoring.selectors import CONTEXT_LENGTH, find_occurrences
from factcheck.anchoring.textdiff import diff
from factcheck.domain import AnchorState

# A fuzzy match must be at least this similar (0-100) to count as the same claim.
FUZZY_THRESHOLD = 78.0
SHORT_QUOTE = 16  # code points; short quotes need context to be told apart
LONG_QUOTE = 40  # found verbatim and only once, a quote this long is the same words
_TRANSLATE = str.maketrans(
    {
        "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
        "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'",
        "–": "-", "—": "-", "‒": "-", "―": "-", "−": "-", "‐": "-", "‑": "-",
        "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\u200a": " ",
        "…": ".",
    }
)  # fmt: skip
# Runs of white space other than one plain space: folded to one space for matching.
_FOLDABLE_SPACE = re.compile(r"\s{2,}|[^\S ]")


@dataclass(frozen=True)
class Quote:
    """Where an annotation was, and what it said."""

    key: int
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str


@dataclass(frozen=True)
class Placement:
    key: int
    state: AnchorState
    start: int | None
    end: int | None
    exact: str | None
    score: float = 100.0


class Normalised:
    """A text with quotes, dashes and white space folded, and a map back to the original.

    Folding quotes and dashes keeps every length; only white-space runs shrink, so
    the map just remembers where each folded run starts and how much it saved.
    """

    def __init__(self, text: str) -> None:
        folded = text.translate(_TRANSLATE)
        pieces: list[str] = []
        self._runs: list[int] = []  # normalised position of each folded run
        self._saved: list[int] = []  # characters saved up to and including that run
        saved = 0
        position = 0
        for match in _FOLDABLE_SPACE.finditer(folded):
            pieces.append(folded[position : match.start()])
            pieces.append(" ")
            self._runs.append(match.start() - saved)
            saved += match.end() - match.start() - 1
            self._saved.append(saved)
            position = match.end()
        pieces.append(folded[position:])
        self.text = "".join(pieces)

    def _original(self, index: int) -> int:
        runs_before = bisect_left(self._runs, index)
        return index + (self._saved[runs_before - 1] if runs_before else 0)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original span of a normalised span."""
        return self._original(start), (self._original(end - 1) + 1 if end > 0 else 0)


def normalise(text: str) -> str:
    return _FOLDABLE_SPACE.sub(" ", text.translate(_TRANSLATE))


class OffsetMapper:
    """Old -> new offsets through the unchanged stretches of the two-level diff."""

    def __init__(self, old: str, new: str) -> None:
        self.segments = [  # old_start, old_end, new_start
            (op.old_start, op.old_end, op.new_start) for op in diff(old, new) if op.tag == "equal"
        ]
        self._starts = [s[0] for s in self.segments]

    def map_span(self, start: int, end: int) -> tuple[int, int] | None:
        """The new span when all of [start, end) is unchanged, else None."""
        index = bisect_right(self._starts, start) - 1
        if index < 0:
            return None
        old_start, old_end, new_start = self.segments[index]
        if start >= old_start and end <= old_end:
            return new_start + start - old_start, new_start + end - old_start
        return None

    def expected(self, position: int) -> int:
        """Where a position probably went: through the nearest unchanged stretch."""
        index = bisect_right(self._starts, position) - 1
        if index < 0:
            return self.segments[0][2] if self.segments else 0
        old_start, old_end, new_start = self.segments[index]
        return new_start + min(position, old_end) - old_start


def _side_score(stored: str, found: str, before: bool) -> float:
    """Similarity of one side of the context, within the paragraph only (0-1).

    Text across a line or paragraph break says little: a moved paragraph has new
    neighbours but keeps its own words around the quote.
    """
    if before:
        stored, found = stored.rsplit("\n", 1)[-1], found.rsplit("\n", 1)[-1]
    else:
        stored, found = stored.split("\n", 1)[0], found.split("\n", 1)[0]
    if not stored or not found:
        return 1.0 if stored == found else 0.3  # both at a paragraph edge, or only one
    found = found[-len(stored) :] if before else found[: len(stored)]
    return fuzz.ratio(normalise(stored), normalise(found)) / 100


def _context_score(quote: Quote, new: str, start: int, end: int) -> float:
    """How well the text around a candidate matches the stored prefix and suffix (0-1)."""
    before = new[max(0, start - CONTEXT_LENGTH) : start]
    after = new[end : end + CONTEXT_LENGTH]
    return (_side_score(quote.prefix, before, True) + _side_score(quote.suffix, after, False)) / 2


def _min_context(length: int) -> float:
    """Short quotes recur by chance: they need their surroundings to match better."""
    return 0.6 if length < LONG_QUOTE else 0.45


class Reanchorer:
    """Re-anchors many quotes from one old text to one new text."""

    def __init__(self, old: str, new: str) -> None:
        self.old = old
        self.new = new
        self.mapper = OffsetMapper(old, new)
        self._normalised_new: Normalised | None = None

    @property
    def normalised_new(self) -> Normalised:
        if self._normalised_new is None:
            self._normalised_new = Normalised(self.new)
        return self._normalised_new

    def place(self, quote: Quote) -> Placement:
        new = self.new
        mapped = self.mapper.map_span(quote.start, quote.end)
        # 1. Same offsets, same words, and the diff agrees that nothing before them
        #    moved (or the context agrees): not a look-alike that slid into place.
        if new[quote.start : quote.end] == quote.exact and (
            mapped == (quote.start, quote.end)
            or self.mapper.expected(quote.start) == quote.start
            or _context_score(quote, new, quote.start, quote.end) >= 0.8
        ):
            return Placement(quote.key, AnchorState.EXACT, quote.start, quote.end, quote.exact)
        # 2a. The diff carried the span over unchanged.
        if mapped is not None and new[mapped[0] : mapped[1]] == quote.exact:
            return self._found(quote, *mapped)
        # 2b. Search for the quote itself (also with quotes and spaces folded).
        found = self._search(quote)
        if found is not None:
            return found
        # 3. A fuzzy match where the diff says the passage went.
        return self._fuzzy(quote) or Placement(quote.key, AnchorState.ORPHANED, None, None, None, 0)

    def _found(self, quote: Quote, start: int, end: int) -> Placement:
        state = AnchorState.EXACT if (start, end) == (quote.start, quote.end) else AnchorState.MOVED
        return Placement(quote.key, state, start, end, self.new[start:end])

    def _search(self, quote: Quote) -> Placement | None:
        candidates = [(s, s + len(quote.exact)) for s in find_occurrences(self.new, quote.exact)]
        if not candidates:
            norm = self.normalised_new
            wanted = normalise(quote.exact).strip()
            if not wanted:
                return None
            candidates = [
                norm.to_original(s, s + len(wanted)) for s in find_occurrences(norm.text, wanted)
            ]
        if not candidates:
            return None
        expected = self.mapper.expected(quote.start)
        spread = max(2_000, len(self.new) // 20)

        def score(span: tuple[int, int]) -> float:
            nearness = max(0.0, 1 - abs(span[0] - expected) / spread)
            return 0.75 * _context_score(quote, self.new, *span) + 0.25 * nearness

        ranked = sorted(candidates, key=score, reverse=True)
        context = _context_score(quote, self.new, *ranked[0])
        if len(ranked) == 1 and len(quote.exact) >= LONG_QUOTE:
            return self._found(quote, *ranked[0])
        if context < _min_context(len(quote.exact)):
            return None  # the same words in other surroundings: not ours
        if len(ranked) > 1 and score(ranked[0]) - score(ranked[1]) < 0.05:
            return None  # repeats that neither context nor place tells apart: no guessing
        return self._found(quote, *ranked[0])

    def _fuzzy(self, quote: Quote) -> Placement | None:
        length = len(quote.exact)
        expected = self.mapper.expected(quote.start)
        margin = max(300, 2 * length)
        window_start = max(0, expected - margin)
        window_end = min(len(self.new), expected + length + margin)
        window = self.new[window_start:window_end]
        if not window.strip():
            return None
        wanted = normalise(quote.exact)
        folded = Normalised(window)
        alignment = fuzz.partial_ratio_alignment(wanted, folded.text)
        if alignment is None or alignment.score < FUZZY_THRESHOLD - 10:
            return None
        start, end = folded.to_original(
            alignment.dest_start, max(alignment.dest_start + 1, alignment.dest_end)
        )
        start, end = self._refine(quote.exact, window, start, end)
        start, end = _snap_to_words(window, start, end)
        if end <= start:
            return None
        candidate = window[start:end]
        if normalise(candidate) == wanted:
            return None  # the same words: the search above already judged their context
        similarity = fuzz.ratio(wanted, normalise(candidate))
        absolute = (window_start + start, window_start + end)
        context = _context_score(quote, self.new, *absolute)
        combined = 0.8 * similarity + 20 * context
        threshold = FUZZY_THRESHOLD + (8 if length < SHORT_QUOTE else 0)
        if similarity < FUZZY_THRESHOLD - 8 or combined < threshold:
            return None
        if context < _min_context(length):
            return None  # similar words elsewhere: only the surroundings can tell
        return Placement(
            quote.key, AnchorState.CHANGED, *absolute, self.new[slice(*absolute)], combined
        )

    @staticmethod
    def _refine(exact: str, window: str, start: int, end: int) -> tuple[int, int]:
        """Move each end over nearby word boundaries while that raises the similarity."""
        wanted = normalise(exact)
        boundaries = [m.start() for m in re.finditer(r"\b", window)] + [len(window)]
        reach = max(8, len(exact) // 3)

        def near(position: int) -> Iterable[int]:
            return (b for b in boundaries if abs(b - position) <= reach)

        best = (fuzz.ratio(wanted, normalise(window[start:end])), start, end)
        for new_end in near(end):
            if new_end > start:
                best = max(
                    best, (fuzz.ratio(wanted, normalise(window[start:new_end])), start, new_end)
                )
        _, start, end = best
        for new_start in near(start):
            if new_start < end:
                best = max(
                    best, (fuzz.ratio(wanted, normalise(window[new_start:end])), new_start, end)
                )
        return best[1], best[2]


def _snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Never start or end inside a word, nor on white space."""
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and end > 0 and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def reanchor(old: str, new: str, quotes: Iterable[Quote]) -> list[Placement]:
    anchorer = Reanchorer(old, new)
    return [anchorer.place(q) for q in quotes]


__all__ = [
    "CONTEXT_LENGTH",
    "Normalised",
    "OffsetMapper",
    "Placement",
    "Quote",
    "Reanchorer",
    "normalise",
    "reanchor",
]
