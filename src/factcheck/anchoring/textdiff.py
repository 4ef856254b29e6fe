"""Word-level alignment of two versions of a draft, in (near) linear time.

Both re-anchoring (which needs to know where every old word went) and the version
comparison view (which shows insertions and deletions) use it.

Tokens are words, single punctuation marks and paragraph breaks; other white space
is not a token, so a re-wrapped draft (single line breaks moved about) aligns as
unchanged, while paragraph breaks stay meaningful. Quote and dash styles are
folded before comparing.

The alignment is a patience diff: word sequences (4-grams, then single words)
that occur exactly once in both versions anchor it, the longest run of anchors
in order is kept, and the gaps between anchors are aligned the same way, down to
small gaps, which difflib handles. The work grows with the length of the draft
and the size of the changes, never with their product. A second pass pairs the
sentences the first left over on each side (moved paragraphs and sentences).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import accumulate
from typing import Literal

# Chinese and Japanese characters are words of their own (no spaces between words);
# "--" and "..." are one mark, as "—" and "…" are.
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
_TOKEN = re.compile(rf"[{CJK}]|[^\W{CJK}]+|-{{2,}}|\.{{2,}}|[^\w\s]|\n[^\S\n]*\n\s*")
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
_MARK_RUNS = re.compile(r"-{2,}|\.{2,}")
FOLD = str.maketrans(
    {
        "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
        "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'",
        "–": "-", "—": "-", "‒": "-", "―": "-", "−": "-", "‐": "-", "‑": "-",
        "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\u200a": " ",
        "…": ".",
    }
)  # fmt: skip
PARAGRAPH = "\n\n"
SHINGLE = 3  # words per anchor at the top level: single words repeat too often
SMALL_GAP = 40_000  # gaps up to this many token pairs go to difflib

Tag = Literal["equal", "insert", "delete", "replace"]


@dataclass(frozen=True)
class Op:
    tag: Tag
    old_start: int
    old_end: int
    new_start: int
    new_end: int


_FOLD_KEY = {chr(k): v for k, v in FOLD.items() if isinstance(v, str)}


class _Ends:
    """Token ends, computed when asked (most are never needed)."""

    def __init__(self, starts: list[int], raw: list[str]) -> None:
        self._starts, self._raw = starts, raw

    def __getitem__(self, index: int) -> int:
        return self._starts[index] + len(self._raw[index])

    def __len__(self) -> int:
        return len(self._starts)


class Tokens:
    """The tokens of one text: comparison keys and code-point spans."""

    def __init__(self, text: str) -> None:
        self.text = text
        # One split in C gives gaps and tokens in turn; running sums of their lengths
        # give every token's start, with no match object made in Python.
        parts = _TOKEN_SPLIT.split(text)
        raw: list[str] = parts[1::2]
        self.starts: list[int] = list(accumulate(map(len, parts)))[0:-1:2]
        self.raw = raw
        self.ends = _Ends(self.starts, raw)
        table = dict(_FOLD_KEY)
        table.update((brk, PARAGRAPH) for brk in set(_PARAGRAPH_BREAK.findall(text)))
        table.update((run, run[0]) for run in set(_MARK_RUNS.findall(text)))
        self.keys: list[str] = list(map(table.get, raw, raw))

    def __len__(self) -> int:
        return len(self.keys)

    def index_at_or_after(self, position: int) -> int:
        """The first token that ends after ``position``."""
        index = bisect_right(self.starts, position) - 1
        if index >= 0 and self.starts[index] + len(self.raw[index]) > position:
            return index
        return index + 1


@dataclass
class Alignment:
    old: Tokens
    new: Tokens
    old_to_new: list[int]  # new token index for each old token, or -1
    moved: list[bool]  # matched by the second pass (a moved passage)

    def matched_pairs(self) -> list[tuple[int, int]]:
        return [(i, j) for i, j in enumerate(self.old_to_new) if j >= 0 and not self.moved[i]]

    def new_is_fresh(self) -> list[bool]:
        """For each new token: True when no old token went there (inserted text)."""
        fresh = [True] * len(self.new)
        for j in self.old_to_new:
            if j >= 0:
                fresh[j] = False
        return fresh


def align(old: str, new: str) -> Alignment:
    """Paragraphs first, then words; three passes over the words: firm anchors in
    order, then moved sentences, then what is left between the firm matches word by
    word (difflib). Weak, local evidence comes last, so that a passage moved away is
    not matched to a look-alike that took its place.
    """
    a, b = Tokens(old), Tokens(new)
    old_to_new = [-1] * len(a)
    # Paragraphs that are the same (but for white space) in both, in order, are
    # matched whole: most of a revised draft, at the cost of one hash each.
    units_a, ranges_a = _paragraphs(old, a)
    units_b, ranges_b = _paragraphs(new, b)
    same = _align_regions(units_a, units_b, [(0, len(units_a), 0, len(units_b))], 1, fill=False)
    regions: list[tuple[int, int, int, int]] = []
    next_a = next_b = 0
    for p, q in same:
        (a_lo, a_hi), (b_lo, b_hi) = ranges_a[p], ranges_b[q]
        if a_hi - a_lo != b_hi - b_lo:
            continue  # (cannot happen: the same words make the same tokens)
        regions.append((next_a, a_lo, next_b, b_lo))
        for k in range(a_hi - a_lo):
            old_to_new[a_lo + k] = b_lo + k
        next_a, next_b = a_hi, b_hi
    regions.append((next_a, len(a), next_b, len(b)))
    regions = [r for r in regions if r[0] < r[1] and r[2] < r[3]]
    for i, j in _align_regions(a.keys, b.keys, regions, SHINGLE, fill=False):
        old_to_new[i] = j
    moved = [False] * len(a)
    _find_moved_sentences(a.keys, b.keys, old_to_new, moved)
    _fill_gaps(a.keys, b.keys, old_to_new, moved)
    _slide(a.keys, b.keys, old_to_new)
    _slide_deletions(a.keys, old_to_new, moved)
    _slide_insertions(b.keys, old_to_new, moved)
    return Alignment(a, b, old_to_new, moved)


def _paragraphs(text: str, tokens: Tokens) -> tuple[list[str], list[tuple[int, int]]]:
    """Each paragraph's words (white space folded) and its range of tokens."""
    keys: list[str] = []
    ranges: list[tuple[int, int]] = []
    at = 0
    for match in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = text[at:end]
        # White space folded only where there is some to fold (most paragraphs).
        keys.append(" ".join(chunk.split()) if "\n" in chunk or "  " in chunk else chunk)
        ranges.append((tokens.index_at_or_after(at), bisect_left(tokens.starts, end)))
        at = match.end() if match else len(text)
    return keys, ranges


def _fill_gaps(a: list[str], b: list[str], old_to_new: list[int], moved: list[bool]) -> None:
    """Align the words between consecutive matches (in place or within a moved passage)
    that are still unmatched on both sides: typo fixes, swapped words, new numbers."""
    taken = set(old_to_new)
    free_old = [i for i, j in enumerate(old_to_new) if j < 0]
    for lo, hi in _runs(free_old):
        if lo > 0 and hi < len(a) and moved[lo - 1] != moved[hi]:
            continue  # a jump between flows (in place / moved): no gap to fill
        j_before = old_to_new[lo - 1] if lo > 0 else -1
        j_after = old_to_new[hi] if hi < len(a) else len(b)
        if j_after <= j_before + 1:
            continue
        olds = list(range(lo, hi))
        news = [k for k in range(j_before + 1, j_after) if k not in taken]
        if not news or len(olds) * len(news) > SMALL_GAP:
            continue
        flow = moved[lo - 1] if lo > 0 else (moved[hi] if hi < len(a) else False)
        matcher = SequenceMatcher(None, [a[k] for k in olds], [b[k] for k in news], autojunk=False)
        for x, y, n in matcher.get_matching_blocks():
            for k in range(n):
                old_to_new[olds[x + k]] = news[y + k]
                taken.add(news[y + k])
                moved[olds[x + k]] = flow


def _best_shift(keys: list[str], lo: int, hi: int, shifts: list[int]) -> int:
    """The shift of block lo..hi that best puts it on sentence boundaries (0 on a tie)."""

    def fits(offset: int) -> int:
        start, end = lo + offset, hi + offset
        return int(_starts_sentence(keys, start)) + int(
            end >= len(keys) or _ends_sentence(keys, end)
        )

    return max(shifts, key=lambda offset: (fits(offset), -abs(offset)))


def _slide_deletions(a: list[str], old_to_new: list[int], moved: list[bool]) -> None:
    """Put each deleted stretch on sentence boundaries where the diff had a choice.

    Deleting the first of two sentences that begin alike ("Critics called the claim
    misleading, noting that ...") can be told as deleting the first one whole, or
    its end and the second one's beginning: both give the same new text. A deleted
    passage is a sentence (or several) far more often than a seam between two.
    """
    _slide_blocks(a, old_to_new, lambda i: moved[i], lambda i, j: None)


def _slide_insertions(b: list[str], old_to_new: list[int], moved: list[bool]) -> None:
    """The same for inserted stretches of the new text: "The report was updated."
    inserted before "The report, released Tuesday, ..." can take either "The report"."""
    new_to_old = [-1] * len(b)
    for i, j in enumerate(old_to_new):
        if j >= 0:
            new_to_old[j] = i

    def blocked(j: int) -> bool:
        return new_to_old[j] >= 0 and moved[new_to_old[j]]

    _slide_blocks(b, new_to_old, blocked, lambda j, i: old_to_new.__setitem__(i, j))


def _slide_blocks(
    keys: list[str],
    partner: list[int],
    blocked: Callable[[int], bool],
    on_move: Callable[[int, int], None],
) -> None:
    """Slide each unmatched block of one side along the equal tokens around it (the
    other side unchanged) to where it best sits on sentence boundaries."""
    for lo, hi in _runs([k for k, p in enumerate(partner) if p < 0]):
        if lo == 0 or hi >= len(keys):
            continue
        before, after = partner[lo - 1], partner[hi]
        if after != before + 1 or blocked(lo - 1) or blocked(hi):
            continue  # not a pure deletion (insertion) between two neighbours
        shifts = [0]
        shift = 1  # to the right: the block's first token equals the one after it
        while (
            hi + shift - 1 < len(keys)
            and keys[lo + shift - 1] == keys[hi + shift - 1]
            and partner[hi + shift - 1] == after + shift - 1
            and not blocked(hi + shift - 1)
        ):
            shifts.append(shift)
            shift += 1
        shift = 1  # to the left
        while (
            lo - shift >= 0
            and keys[lo - shift] == keys[hi - shift]
            and partner[lo - shift] == before - shift + 1
            and not blocked(lo - shift)
        ):
            shifts.append(-shift)
            shift += 1
        best = _best_shift(keys, lo, hi, shifts)
        if best == 0:
            continue
        span = range(min(lo, lo + best), max(hi, hi + best))
        kept = [partner[k] for k in span if partner[k] >= 0]
        free = [k for k in span if not lo + best <= k < hi + best]
        for k in span:
            partner[k] = -1
        for k, p in zip(free, kept, strict=True):
            partner[k] = p
            on_move(k, p)


def _slide(a: list[str], b: list[str], old_to_new: list[int]) -> None:
    """Keep a matched mark or word next to its neighbour where the diff had a choice.

    "year." followed by an inserted "Officials disputed it." can match the old full
    stop to either one; the one right after "year" is the same sentence's own.
    """
    taken = set(old_to_new)
    jumps = [i for i in range(1, len(a)) if old_to_new[i] != old_to_new[i - 1] + 1]
    for i in jumps:
        j, before = old_to_new[i], old_to_new[i - 1]
        if (
            j > before + 1 >= 1
            and not a[i][0].isalnum()
            and before + 1 not in taken
            and b[before + 1] == a[i]
        ):
            taken.discard(j)
            taken.add(before + 1)
            old_to_new[i] = before + 1
    for i in reversed([k - 1 for k in jumps]):
        j, after = old_to_new[i], old_to_new[i + 1]
        if (
            j >= 0
            and after > j + 1
            and not a[i][0].isalnum()
            and after - 1 not in taken
            and b[after - 1] == a[i]
        ):
            taken.discard(j)
            taken.add(after - 1)
            old_to_new[i] = after - 1


def _align_regions(
    a: Sequence[str],
    b: Sequence[str],
    regions: list[tuple[int, int, int, int]],
    shingle: int,
    fill: bool = True,
) -> list[tuple[int, int]]:
    """Matching pairs (increasing in both) within each region (alo, ahi, blo, bhi).

    Anchors are grams found once in all the regions of each side together, not merely
    once in a gap between other anchors: inside a gap, a phrase that repeats across
    the draft would pair with whatever look-alike sits in the other gap. Without
    ``fill``, gaps with no such anchor are left unmatched (for the later passes).
    """
    result: list[tuple[int, int]] = []
    unique: dict[int, set[Hashable]] = {}

    def once_in_both(size: int) -> set[Hashable]:
        if size not in unique:
            count_a: Counter[Hashable] = Counter()
            count_b: Counter[Hashable] = Counter()
            for alo, ahi, blo, bhi in regions:
                count_a.update(_grams(a, alo, ahi, size))
                count_b.update(_grams(b, blo, bhi, size))
            unique[size] = {g for g, n in count_a.items() if n == 1 and count_b.get(g) == 1}
        return unique[size]

    stack = [(alo, ahi, blo, bhi, shingle) for alo, ahi, blo, bhi in regions]
    while stack:
        alo, ahi, blo, bhi, size = stack.pop()
        # Extend the matches at both ends of the range, but (in the first pass) not
        # across a paragraph break (what follows one may be a look-alike paragraph
        # that took the place of one moved away), and not by marks alone (two texts
        # both end with a full stop: not evidence that it is the same one).
        head = 0
        while (
            alo + head < ahi
            and blo + head < bhi
            and a[alo + head] == b[blo + head]
            and (fill or a[alo + head] != PARAGRAPH)
        ):
            head += 1
        if fill or any(k[0].isalnum() for k in a[alo : alo + head]):
            result += [(alo + k, blo + k) for k in range(head)]
            alo, blo = alo + head, blo + head
        tail = 0
        while (
            alo < ahi - tail
            and blo < bhi - tail
            and a[ahi - 1 - tail] == b[bhi - 1 - tail]
            and (fill or a[ahi - 1 - tail] != PARAGRAPH)
        ):
            tail += 1
        if fill or any(k[0].isalnum() for k in a[ahi - tail : ahi]):
            result += [(ahi - 1 - k, bhi - 1 - k) for k in range(tail)]
            ahi, bhi = ahi - tail, bhi - tail
        if alo == ahi or blo == bhi:
            continue
        anchors = _unique_anchors(a, b, alo, ahi, blo, bhi, size, once_in_both(size))
        if not anchors:
            if size > 1:
                stack.append((alo, ahi, blo, bhi, 1))
            elif fill and (ahi - alo) * (bhi - blo) <= SMALL_GAP:
                matcher = SequenceMatcher(None, a[alo:ahi], b[blo:bhi], autojunk=False)
                for i, j, n in matcher.get_matching_blocks():
                    result += [(alo + i + k, blo + j + k) for k in range(n)]
            continue  # a large gap with no word in common: all of it changed
        # Each anchor pins ``size`` pairs; the gaps between anchors are aligned the
        # same way. Overlapping anchors (consecutive grams) pin each pair once.
        last_i, last_j = alo, blo
        for i, j in anchors:
            for k in range(size):
                if i + k >= last_i and j + k >= last_j:
                    if i + k > last_i or j + k > last_j:
                        stack.append((last_i, i + k, last_j, j + k, size))
                    result.append((i + k, j + k))
                    last_i, last_j = i + k + 1, j + k + 1
        stack.append((last_i, ahi, last_j, bhi, size))
    result.sort()
    return result


def _grams(seq: Sequence[str], lo: int, hi: int, size: int) -> list[Hashable]:
    if hi - lo < size:
        return []
    if size == 1:
        return list(seq[lo:hi])
    parts = [seq[lo + k : hi - size + 1 + k] for k in range(size)]
    return list(zip(*parts, strict=True))


def _unique_anchors(
    a: Sequence[str],
    b: Sequence[str],
    alo: int,
    ahi: int,
    blo: int,
    bhi: int,
    size: int,
    allowed: set[Hashable],
) -> list[tuple[int, int]]:
    """Starts (i, j) of ``size``-grams found once in the whole texts (``allowed``) that
    lie in these ranges: the longest run of them in order."""
    where_b = {gram: blo + j for j, gram in enumerate(_grams(b, blo, bhi, size)) if gram in allowed}
    if not where_b:
        return []
    candidates = [
        (alo + i, where_b[gram])
        for i, gram in enumerate(_grams(a, alo, ahi, size))
        if gram in where_b
    ]
    return _longest_increasing(candidates)


def _longest_increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest subsequence increasing in j (pairs come sorted by i): patience sorting."""
    if not pairs:
        return []
    tops: list[int] = []  # smallest j ending a run of each length
    top_index: list[int] = []
    back: list[int] = []
    for index, (_, j) in enumerate(pairs):
        length = bisect_left(tops, j)
        if length == len(tops):
            tops.append(j)
            top_index.append(index)
        else:
            tops[length] = j
            top_index[length] = index
        back.append(top_index[length - 1] if length else -1)
    chain = []
    index = top_index[-1]
    while index != -1:
        chain.append(pairs[index])
        index = back[index]
    chain.reverse()
    return chain


_SENTENCE_END = {".", "!", "?", PARAGRAPH}
MIN_SENTENCE_WORDS = 5
MOVED_SIMILARITY = 93.0  # a moved sentence must read at least this much like its old self
MOVED_MARGIN = 5.0  # ... and clearly more than like any other leftover sentence
MAX_MOVED_COMPARISONS = 4_000_000


def _runs(indices: list[int]) -> list[tuple[int, int]]:
    """Maximal runs of consecutive indices, as (first, last + 1)."""
    runs: list[tuple[int, int]] = []
    for index in indices:
        if runs and runs[-1][1] == index:
            runs[-1] = (runs[-1][0], index + 1)
        else:
            runs.append((index, index + 1))
    return runs


def _is_end(keys: list[str], index: int) -> bool:
    """Does token ``index`` end a sentence? Not the point in "10.9" or "U.S"."""
    if keys[index] not in _SENTENCE_END:
        return False
    if keys[index] == "." and 0 < index < len(keys) - 1:
        before, after = keys[index - 1], keys[index + 1]
        if before.isdigit() and after[0].isdigit():
            return False
        if len(before) == 1 and before.isupper() and len(after) == 1 and after.isupper():
            return False
    return True


def _starts_sentence(keys: list[str], index: int) -> bool:
    if index == 0:
        return True
    before = index - 1
    if keys[before] in ('"', "'") and before > 0:  # after a closing quote: “... ended.” Next
        before -= 1
    return _is_end(keys, before)


def _ends_sentence(keys: list[str], end: int) -> bool:
    last = end - 1
    if keys[last] in ('"', "'") and last > 0:
        last -= 1
    return _is_end(keys, last)


def _leftover_sentences(keys: list[str], free: list[int]) -> list[tuple[int, int]]:
    """Whole sentences none of whose tokens is matched (``free`` indices, in order),
    with enough words to compare. A fragment of a sentence whose other words stayed
    ("five years in a row.") says nothing about where it went."""
    sentences: list[tuple[int, int]] = []
    for lo, hi in _runs(free):
        start = lo
        for index in range(lo, hi):
            if index != hi - 1 and not _is_end(keys, index):
                continue
            end = index + 1
            whole = _starts_sentence(keys, start) and (
                end == len(keys) or _ends_sentence(keys, end)
            )
            words = sum(1 for k in keys[start:end] if k[0].isalnum())
            if whole and words >= MIN_SENTENCE_WORDS:
                sentences.append((start, end))
            start = end
    return sentences


def _find_moved_sentences(
    a: list[str], b: list[str], old_to_new: list[int], moved: list[bool]
) -> None:
    """Pair sentences that left their place in the old text with sentences that
    appeared in the new one, when each is the other's clear best match (rapidfuzz),
    and align their words: moved paragraphs and sentences, edited or not. Sentences
    built alike ("X said on Monday that Y fell by N percent") are told apart by what
    differs in them; a pair that is not clearly best is left alone."""
    from rapidfuzz import fuzz, process

    taken = [False] * len(b)
    for j in old_to_new:
        if j >= 0:
            taken[j] = True
    olds = _leftover_sentences(a, [i for i, j in enumerate(old_to_new) if j < 0])
    news = _leftover_sentences(b, [j for j, t in enumerate(taken) if not t])
    if not olds or not news or len(olds) * len(news) > MAX_MOVED_COMPARISONS:
        return
    old_texts = [" ".join(a[s:e]) for s, e in olds]
    new_texts = [" ".join(b[s:e]) for s, e in news]

    def best_two(query: str, choices: list[str]) -> list[tuple[str, float, int]]:
        return process.extract(query, choices, scorer=fuzz.ratio, limit=2)

    for index, text in enumerate(old_texts):
        found = best_two(text, new_texts)
        if not found or found[0][1] < MOVED_SIMILARITY:
            continue
        if len(found) > 1 and found[0][1] - found[1][1] < MOVED_MARGIN:
            continue
        partner = found[0][2]
        back = best_two(new_texts[partner], old_texts)
        if back[0][2] != index or (len(back) > 1 and back[0][1] - back[1][1] < MOVED_MARGIN):
            continue
        (olo, ohi), (nlo, nhi) = olds[index], news[partner]
        matcher = SequenceMatcher(None, a[olo:ohi], b[nlo:nhi], autojunk=False)
        for x, y, n in matcher.get_matching_blocks():
            for k in range(n):
                old_to_new[olo + x + k] = nlo + y + k
                moved[olo + x + k] = True


def diff(old: str, new: str) -> list[Op]:
    """Opcodes over code-point offsets that tile both texts, from the word alignment.

    White space that differs between two unchanged words (a re-wrapped line) is
    part of an "equal" stretch.
    """
    alignment = align(old, new)
    a, b = alignment.old, alignment.new
    pairs = alignment.matched_pairs()
    ops: list[Op] = []
    old_at = new_at = 0  # code points done on each side

    def gap(old_end: int, new_end: int) -> None:
        nonlocal old_at, new_at
        removed, added = old[old_at:old_end], new[new_at:new_end]
        if removed or added:
            if removed.strip() and added.strip():
                tag: Tag = "replace"
            elif removed.strip():
                tag = "delete" if not added else "replace"
            elif added.strip():
                tag = "insert" if not removed else "replace"
            else:
                tag = "equal"  # white space only, on both sides
            ops.append(Op(tag, old_at, old_end, new_at, new_end))
        old_at, new_at = old_end, new_end

    k = 0
    while k < len(pairs):
        first_i, first_j = pairs[k]
        last = k
        while last + 1 < len(pairs) and pairs[last + 1] == (
            pairs[last][0] + 1,
            pairs[last][1] + 1,
        ):
            last += 1
        gap(a.starts[first_i], b.starts[first_j])
        end_i, end_j = pairs[last][0] + 1, pairs[last][1] + 1
        old_end = a.starts[end_i] if end_i < len(a) else len(old)
        new_end = b.starts[end_j] if end_j < len(b) else len(new)
        # The run keeps its trailing white space unless the next token is not its own.
        ops.append(Op("equal", old_at, old_end, new_at, new_end))
        old_at, new_at = old_end, new_end
        k = last + 1
    gap(len(old), len(new))
    return _merged(ops)


def _merged(ops: list[Op]) -> list[Op]:
    """Neighbouring equal stretches become one."""
    merged: list[Op] = []
    for op in ops:
        if op.old_start == op.old_end and op.new_start == op.new_end:
            continue
        last = merged[-1] if merged else None
        if (
            last
            and last.tag == op.tag == "equal"
            and last.old_end == op.old_start
            and (last.new_end == op.new_start)
        ):
            merged[-1] = Op("equal", last.old_start, op.old_end, last.new_start, op.new_end)
        else:
            merged.append(op)
    return merged
