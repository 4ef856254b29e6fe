"""Re-anchoring: carry annotations from one version of a draft to the next.

For each annotation, in order:
1. exact    - the word alignment of the two versions (textdiff) carries every word
              of the quote over unchanged and in its place among its neighbours
              (text added or removed before it only shifts its offsets);
2. moved    - ... with a passage that moved (a paragraph put elsewhere), or re-wrapped
              (other white space inside), or, where its words left their place, the
              quote is found elsewhere by search, choosing among repeats by context;
3. changed  - some of its words were edited: the span runs from the image of its
              first word to the image of its last, and covers whatever replaced
              edited words at its ends (never only the unchanged remainder), when
              the new wording is still similar enough; the reviewer re-checks;
4. orphaned - otherwise. Never silently placed on the wrong words.

Matching ignores typographic quotes, dash styles and white space other than
paragraph breaks. The alignment is near linear in the length of the draft.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from factcheck.anchoring.selectors import CONTEXT_LENGTH, find_occurrences
from factcheck.anchoring.textdiff import CJK, FOLD, Alignment, align, diff
from factcheck.domain import AnchorState

# A fuzzy match must be at least this similar (0-100) to count as the same claim.
FUZZY_THRESHOLD = 78.0
SHORT_QUOTE = 16  # code points; short quotes need context to be told apart
LONG_QUOTE = 40  # found verbatim and only once, a quote this long is the same words
MAX_FUZZY_QUOTE = 2_000
_TRANSLATE = FOLD  # typographic quotes and dashes as plain ones
_CJK = re.compile(f"[{CJK}]")
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


_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")


def _side_score(stored: str, found: str, before: bool) -> float:
    """Similarity of one side of the context, within the paragraph only (0-1).

    Text across a paragraph break says little: a moved paragraph has new neighbours
    but keeps its own words around the quote. A single line break is a space (a
    re-wrapped draft).
    """
    side = -1 if before else 0
    if "\n" in stored:
        stored = _PARAGRAPH_BREAK.split(stored)[side]
    if "\n" in found:
        found = _PARAGRAPH_BREAK.split(found)[side]
    stored, found = normalise(stored), normalise(found)
    if before:
        stored, found = stored.lstrip(), found.lstrip()
    else:
        stored, found = stored.rstrip(), found.rstrip()
    if not stored or not found:
        return 1.0 if stored == found else 0.3  # both at a paragraph edge, or only one
    found = found[-len(stored) :] if before else found[: len(stored)]
    return fuzz.ratio(stored, found) / 100


def _side_scores(quote: Quote, new: str, start: int, end: int) -> tuple[float, float]:
    before = new[max(0, start - CONTEXT_LENGTH) : start]
    after = new[end : end + CONTEXT_LENGTH]
    return _side_score(quote.prefix, before, True), _side_score(quote.suffix, after, False)


def _context_score(quote: Quote, new: str, start: int, end: int) -> float:
    """How well the text around a candidate matches the stored prefix and suffix (0-1)."""
    before = new[max(0, start - CONTEXT_LENGTH) : start]
    after = new[end : end + CONTEXT_LENGTH]
    return (_side_score(quote.prefix, before, True) + _side_score(quote.suffix, after, False)) / 2


def _min_context(length: int) -> float:
    """Short quotes recur by chance: they need their surroundings to match better."""
    return 0.6 if length < LONG_QUOTE else 0.45


# A changed span is kept when its new wording is at least this similar (0-100) to the
# old, or when most of its characters are words the alignment carried over.
CHANGED_SIMILARITY = 60.0
CHANGED_KEPT_SHARE = 0.5


class Reanchorer:
    """Re-anchors many quotes from one old text to one new text."""

    def __init__(self, old: str, new: str) -> None:
        self.old = old
        self.new = new
        self.alignment: Alignment = align(old, new)
        self._normalised_new: Normalised | None = None
        self._fresh_spans: list[tuple[int, int]] | None = None
        # Placing foreign annotations on one text (old is new): their positions are
        # only hints, and every word of the text is open to them.
        self._one_text = old == new

    @property
    def normalised_new(self) -> Normalised:
        if self._normalised_new is None:
            self._normalised_new = Normalised(self.new)
        return self._normalised_new

    def place(self, quote: Quote) -> Placement:
        # 1. Through the word alignment, when its words are still (partly) here.
        if self.old[quote.start : quote.end] == quote.exact:
            through = self._through_alignment(quote)
            if through is not None:
                return through
        # 2. Its words left their place (or the offsets are stale): search for them.
        found = self._search(quote)
        if found is not None:
            return found
        # 3. A fuzzy match where the alignment says the passage went.
        return self._fuzzy(quote) or Placement(quote.key, AnchorState.ORPHANED, None, None, None, 0)

    # --- through the alignment ----------------------------------------------------------------
    def _local_images(self, first: int, last: int) -> list[int]:
        """The alignment's images of tokens first..last, with a mark at either end that
        the diff matched elsewhere put back beside its neighbour when the same mark is
        there (the diff's choice between two full stops is not the quote's)."""
        al = self.alignment
        old_keys, new_keys = al.old.keys, al.new.keys
        local = al.old_to_new[first : last + 1]
        if last > first:
            before = local[-2]
            if (
                not old_keys[last][0].isalnum()
                and before >= 0
                and local[-1] != before + 1
                and before + 1 < len(new_keys)
                and new_keys[before + 1] == old_keys[last]
            ):
                local[-1] = before + 1
            after = local[1]
            if (
                not old_keys[first][0].isalnum()
                and after > 0
                and local[0] != after - 1
                and new_keys[after - 1] == old_keys[first]
            ):
                local[0] = after - 1
        return local

    def _through_alignment(self, quote: Quote) -> Placement | None:
        al = self.alignment
        old_tokens = al.old
        first = old_tokens.index_at_or_after(quote.start)
        last = bisect_left(old_tokens.starts, quote.end) - 1
        if first > last or first >= len(old_tokens):
            return None
        local = self._local_images(first, last)
        images = {t: local[t - first] for t in range(first, last + 1)}
        kept = [t for t in range(first, last + 1) if images[t] >= 0]
        if not kept:
            return None  # every word of it left this place
        moved = any(al.moved[t] for t in kept)
        start = self._image_of_start(first, last, quote.start, moved, images[first])
        end = self._image_of_end(first, last, quote.end, moved, images[last])
        if start is not None and end is not None:
            inside = range(al.new.index_at_or_after(start), bisect_left(al.new.starts, end))
            if any(images[t] not in inside for t in kept):
                return None  # its words went different ways: split apart, not ours to join
        if start is None or end is None:
            return None
        start, end = _snap_to_words(self.new, start, end)
        if end <= start:
            return None
        candidate = self.new[start:end]
        whole = len(kept) == last - first + 1 and all(
            images[t + 1] == images[t] + 1 for t in range(first, last)
        )
        evidence = self._context_evidence(first, last, start, end)
        if moved and _context_score(quote, self.new, start, end) < _min_context(len(quote.exact)):
            return None  # carried with a passage that reads like another one: not proof
        if whole:  # the same words, in the same order, nothing in between
            if last - first < 3 and evidence == 0:
                return None  # a few common words matched out of their context: search
            context = _context_score(quote, self.new, start, end)
            if (start, end) != (quote.start, quote.end) and (
                (last - first < 3 and context < _min_context(len(quote.exact)))
                or (self._context_evidence(first, last, start, end, True) == 0 and context < 0.45)
            ):
                return None  # taken elsewhere, where neither neighbour came along
            # Shifted by text added before it is not "moved": nothing to tell the reviewer.
            in_place = not moved and candidate == quote.exact
            state = AnchorState.EXACT if in_place else AnchorState.MOVED
            return Placement(quote.key, state, start, end, candidate)
        kept_chars = sum(old_tokens.ends[t] - old_tokens.starts[t] for t in kept)
        all_chars = sum(old_tokens.ends[t] - old_tokens.starts[t] for t in range(first, last + 1))
        share = kept_chars / max(1, all_chars)
        if normalise(candidate) == normalise(quote.exact) and evidence >= 2 and share >= 0.5:
            return Placement(quote.key, AnchorState.MOVED, start, end, candidate)
        similarity = fuzz.ratio(normalise(quote.exact), normalise(candidate))
        if len(candidate) > 2 * len(quote.exact) + 40:
            return None  # the edit around it is far larger than the quote: not ours to guess
        if similarity < CHANGED_SIMILARITY and (
            share < CHANGED_KEPT_SHARE or len(quote.exact) < LONG_QUOTE
        ):
            return None  # (a short quote's kept words may be just "the")
        if evidence < 2:
            return None  # its surroundings did not come along: the words matched elsewhere
        context = _context_score(quote, self.new, start, end)
        if context < _min_context(len(quote.exact)) - 0.15:
            return None  # edited, and in other surroundings: another sentence like it
        verbatim = self._verbatim_elsewhere(quote, context)
        if verbatim is not None:
            # The very words, in surroundings at least as close, stand elsewhere: the
            # alignment paired this passage with a look-alike. Take the words.
            return Placement(quote.key, AnchorState.MOVED, *verbatim, self.new[slice(*verbatim)])
        return Placement(quote.key, AnchorState.CHANGED, start, end, candidate, similarity)

    def _verbatim_elsewhere(self, quote: Quote, context: float) -> tuple[int, int] | None:
        spans = [
            (s, s + len(quote.exact))
            for s in find_occurrences(self.new, quote.exact)
            if self._in_fresh_text(s, s + len(quote.exact))  # not another passage's words
        ]
        good = [
            span
            for span in spans
            if _context_score(quote, self.new, *span)
            >= max(context, _min_context(len(quote.exact)))
        ]
        return good[0] if len(good) == 1 else None

    def _context_evidence(
        self, first: int, last: int, start: int, end: int, words_only: bool = False
    ) -> int:
        """How many of the 4 tokens on each side of the quote came along with it: found
        just before and just after its new place (0-8). ``words_only``: count words of
        three letters or more only (a comma or "a" matches anywhere)."""
        al = self.alignment
        images, new_tokens, keys = al.old_to_new, al.new, al.old.keys
        new_first = new_tokens.index_at_or_after(start)
        new_last = bisect_left(new_tokens.starts, end) - 1

        def counts(t: int) -> bool:
            return not words_only or (len(keys[t]) >= 3 and keys[t][0].isalnum())

        count = 0
        for t in range(max(0, first - 4), first):
            if 0 <= images[t] < new_first and new_first - images[t] <= 8 and counts(t):
                count += 1
        for t in range(last + 1, min(len(images), last + 5)):
            if images[t] > new_last and images[t] - new_last <= 8 and counts(t):
                count += 1
        if first == 0 and new_first == 0:
            count += 2  # both at the very start: nothing before either
        if last == len(images) - 1 and new_last == len(new_tokens) - 1:
            count += 2
        return count

    def _neighbours(self, token: int, moved: bool) -> tuple[int, int]:
        """The nearest carried-over tokens before and after an edited one (or -1), among
        those carried in the same way (in place, or with a moved passage)."""
        images, flags = self.alignment.old_to_new, self.alignment.moved
        before = token - 1
        while before >= 0 and (images[before] < 0 or flags[before] != moved):
            before -= 1
        after = token + 1
        while after < len(images) and (images[after] < 0 or flags[after] != moved):
            after += 1
        return before, (after if after < len(images) else -1)

    def _replacement(self, token: int, moved: bool) -> tuple[int, int, int, int] | None:
        """For an edited old token: its gap (old tokens lo..hi) and what replaced it
        (new tokens lo..hi), both inclusive-exclusive; None at the edges of the text."""
        images = self.alignment.old_to_new
        before, after = self._neighbours(token, moved)
        old_lo = before + 1
        old_hi = after if after >= 0 else len(images)
        new_lo = images[before] + 1 if before >= 0 else 0
        new_hi = images[after] if after >= 0 else len(self.alignment.new)
        if new_hi < new_lo:
            return None
        return old_lo, old_hi, new_lo, new_hi

    def _image_of_start(
        self, first: int, last: int, position: int, moved: bool, j: int
    ) -> int | None:
        al = self.alignment
        if j >= 0:
            offset = max(0, position - al.old.starts[first])
            return min(al.new.starts[j] + offset, al.new.ends[j])
        gap = self._replacement(first, moved)
        if gap is None:
            return None
        old_lo, old_hi, new_lo, new_hi = gap
        if new_hi == new_lo:  # deleted: the quote now starts at its first kept word
            kept = next(t for t in range(first, last + 1) if al.old_to_new[t] >= 0)
            return al.new.starts[al.old_to_new[kept]]
        if old_hi - old_lo == new_hi - new_lo:  # word for word: the same position
            return al.new.starts[new_lo + first - old_lo]
        return al.new.starts[new_lo]  # cover all that replaced the edited words

    def _image_of_end(
        self, first: int, last: int, position: int, moved: bool, j: int
    ) -> int | None:
        al = self.alignment
        if j >= 0:
            short = max(0, al.old.ends[last] - position)
            return max(al.new.ends[j] - short, al.new.starts[j])
        gap = self._replacement(last, moved)
        if gap is None:
            return None
        old_lo, old_hi, new_lo, new_hi = gap
        if new_hi == new_lo:
            kept = next(t for t in range(last, first - 1, -1) if al.old_to_new[t] >= 0)
            return al.new.ends[al.old_to_new[kept]]
        if old_hi - old_lo == new_hi - new_lo:
            return al.new.ends[new_lo + last - old_lo]
        return al.new.ends[new_hi - 1]

    def expected(self, position: int) -> int:
        """Where an old position probably went: through the nearest carried-over word."""
        al = self.alignment
        token = min(al.old.index_at_or_after(position), len(al.old) - 1)
        while token >= 0 and (al.old_to_new[token] < 0 or al.moved[token]):
            token -= 1
        if token < 0:
            return 0
        return al.new.starts[al.old_to_new[token]] + max(0, position - al.old.starts[token])

    def _found(self, quote: Quote, start: int, end: int) -> Placement:
        state = AnchorState.EXACT if (start, end) == (quote.start, quote.end) else AnchorState.MOVED
        return Placement(quote.key, state, start, end, self.new[start:end])

    def fresh_spans(self) -> list[tuple[int, int]]:
        """Code-point spans of new text that no old word went to: inserted text."""
        if self._fresh_spans is None:
            al = self.alignment
            spans: list[tuple[int, int]] = []
            for j, fresh in enumerate(al.new_is_fresh()):
                if not fresh:
                    continue
                if (
                    spans
                    and spans[-1][1] >= al.new.starts[j] - 1 - 8
                    and _only_space(self.new[spans[-1][1] : al.new.starts[j]])
                ):
                    spans[-1] = (spans[-1][0], al.new.ends[j])
                else:
                    spans.append((al.new.starts[j], al.new.ends[j]))
            self._fresh_spans = spans
        return self._fresh_spans

    def _in_fresh_text(self, start: int, end: int) -> bool:
        """Words that left their old place can only be found where new text is: text
        the alignment carried over belongs to other old words."""
        if self._one_text:
            return True
        spans = self.fresh_spans()
        index = bisect_right(spans, (start, len(self.new) + 1)) - 1
        return index >= 0 and spans[index][0] <= start and end <= spans[index][1]

    def _search(self, quote: Quote) -> Placement | None:
        candidates = [
            (s, s + len(quote.exact))
            for s in find_occurrences(self.new, quote.exact)
            if self._in_fresh_text(s, s + len(quote.exact))
        ]
        if not candidates:
            norm = self.normalised_new
            wanted = normalise(quote.exact).strip()
            if not wanted:
                return None
            candidates = [
                span
                for s in find_occurrences(norm.text, wanted)
                if self._in_fresh_text(*(span := norm.to_original(s, s + len(wanted))))
            ]
        if not candidates:
            return None
        expected = self.expected(quote.start)
        spread = max(2_000, len(self.new) // 20)

        def score(span: tuple[int, int]) -> float:
            nearness = max(0.0, 1 - abs(span[0] - expected) / spread)
            return 0.75 * _context_score(quote, self.new, *span) + 0.25 * nearness

        ranked = sorted(candidates, key=score, reverse=True)
        context = _context_score(quote, self.new, *ranked[0])
        if len(ranked) == 1 and len(quote.exact) >= LONG_QUOTE and context >= 0.45:
            return self._found(quote, *ranked[0])
        if context < _min_context(len(quote.exact)):
            return None  # the same words in other surroundings: not ours
        if len(quote.exact) < LONG_QUOTE and min(_side_scores(quote, self.new, *ranked[0])) < 0.6:
            # Words that left their place and turn up in new text: a short phrase must
            # bring both of its neighbours along, not one side of a sentence built alike.
            return None
        if len(ranked) > 1 and score(ranked[0]) - score(ranked[1]) < 0.05:
            return None  # repeats that neither context nor place tells apart: no guessing
        return self._found(quote, *ranked[0])

    def _fuzzy(self, quote: Quote) -> Placement | None:
        length = len(quote.exact)
        if length > MAX_FUZZY_QUOTE:
            return None  # no claim is that long; fuzzy matching it would take minutes
        expected = self.expected(quote.start)
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
        if not self._in_fresh_text(*absolute):
            return None  # words the alignment gave to other old text are not ours
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
        # Each candidate costs one comparison of the whole quote: a few words' reach.
        reach = min(max(8, len(exact) // 3), 48)

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


def _only_space(text: str) -> bool:
    return not text.strip()


def _in_word(text: str, at: int) -> bool:
    """Is position ``at`` between two letters of one word? (Chinese and Japanese
    characters are words of their own.)"""
    left, right = text[at - 1], text[at]
    return left.isalnum() and right.isalnum() and not (_CJK.match(left) or _CJK.match(right))


def _snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Never start or end inside a word, nor on white space."""
    while 0 < start < len(text) and _in_word(text, start):
        start -= 1
    while 0 < end < len(text) and _in_word(text, end):
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
