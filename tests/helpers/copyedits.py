"""A corpus for re-anchoring: news-like articles, annotations, and seeded copy-edits.

The ground truth rides along with the text: each annotation's start and end are
marked by invisible characters (Supplementary Private Use Area), which every edit
treats as part of the word beside it. After the edits, the markers still standing
say exactly where each annotation belongs in the new version (or that its words
were deleted); then they are removed from both versions.

Edit kinds: typo fixes, word swaps, changed numbers, quote and dash styles,
inserted and deleted sentences and paragraphs, moved paragraphs, split sentences,
decoy repeats of annotated phrases, re-wrapped lines, and all of them mixed.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "putin-witkoff-meeting.txt"
_MARK_BASE = 0xF0000
_MARK = re.compile("[\U000f0000-\U000ffffd]")
_M = "\U000f0000-\U000ffffd"  # inside a character class

# --- news-like text ------------------------------------------------------------------------------
FIRST = ["Ana", "Tomás", "Leila", "Jonas", "Priya", "Marek", "Sofia", "Daniel", "Amara", "Kenji",
         "Olga", "Samuel", "Fatima", "Lucas", "Ingrid", "Rafael"]  # fmt: skip
LAST = ["Ruiz", "Okafor", "Novak", "Haddad", "Lindqvist", "Moreau", "Castillo", "Brennan",
        "Kowalski", "Tanaka", "Mensah", "Petrov", "Albers", "Quispe"]  # fmt: skip
ROLES = ["finance minister", "mayor", "health secretary", "spokesperson", "chief economist",
         "opposition leader", "union president", "police chief", "energy commissioner"]  # fmt: skip
ORGS = ["the city council", "the central bank", "the health ministry", "the statistics office",
        "the port authority", "the electoral commission", "the teachers' union",
        "the energy regulator", "the national railway"]  # fmt: skip
TOPICS = ["unemployment", "inflation", "rents", "hospital waiting times", "crime", "fuel prices",
          "school enrolment", "emissions", "public debt", "train delays", "wages"]  # fmt: skip
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "last week", "in March"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "ten", "twelve"]
TEMPLATES = [
    "{person}, the {role}, said on {day} that {topic} had fallen by {n} percent.",
    "According to {org}, {topic} rose {nw} times faster than in the previous year.",
    "“We have cut {topic} by {n} percent,” said {person}, adding that the figures were final.",
    "Critics called the claim misleading, noting that {topic} had risen for {nw} years in a row.",
    "{org} published a report on {day} showing {n} percent more complaints about {topic}.",
    "The {role} denied any link between {topic} and the new policy.",
    "In a statement, {org} said it had spent {n} million euros on {topic} since {year}.",
    "“This is the lowest level in {nw} decades,” {person} told reporters on {day}.",
    "Figures from {org} show that {topic} reached {n}.{d} percent in {year}.",
    "{person} said the plan would create {n},000 jobs within {nw} years.",
    "Independent analysts said {topic} had in fact doubled, contradicting {org}.",
    "The report, released {day}, found {nw} domain links between the groups.",
    "Asked about {topic}, the {role} replied: “Our numbers speak for themselves.”",
    "Opposition lawmakers — including {person} — demanded an inquiry into {topic}.",
    "Since {year}, {org} has recorded {n} incidents related to {topic}, {person} said.",
]
EXTRA_SENTENCES = [
    "Officials later disputed the figures.",
    "The report was updated on Tuesday with corrected numbers.",
    "A spokesperson declined to comment further.",
    "The data could not be independently verified.",
]


def _fill(template: str, rng: random.Random) -> str:
    return template.format(
        person=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        role=rng.choice(ROLES),
        org=rng.choice(ORGS),
        topic=rng.choice(TOPICS),
        day=rng.choice(DAYS),
        n=rng.randint(2, 95),
        nw=rng.choice(NUMBER_WORDS),
        d=rng.randint(1, 9),
        year=rng.randint(2009, 2024),
    )


def _capitalise(sentence: str) -> str:
    return sentence[0].upper() + sentence[1:] if sentence[0].islower() else sentence


def news_article(rng: random.Random, paragraphs: int) -> str:
    """Sentences from templates: alike in shape (the hard part), never word for word
    the same twice in one article (as in real reporting)."""
    title = _capitalise(_fill("{topic} under scrutiny as {org} publishes new figures", rng))
    seen: set[str] = set()

    def sentence() -> str:
        while True:
            made = _capitalise(_fill(rng.choice(TEMPLATES), rng))
            if made not in seen:
                seen.add(made)
                return made

    body = [" ".join(sentence() for _ in range(rng.randint(2, 5))) for _ in range(paragraphs)]
    return "\n\n".join([title, *body])


def base_articles(count: int, seed: int) -> list[str]:
    """``count`` articles: the real sample first, then generated ones of varied length."""
    rng = random.Random(seed)
    articles = [SAMPLE.read_text(encoding="utf-8").strip()]
    while len(articles) < count:
        articles.append(news_article(rng, rng.randint(6, 30)))
    return articles


# --- annotations with markers --------------------------------------------------------------------
@dataclass
class Case:
    kind: str
    old: str  # without markers
    new: str
    spans: list[tuple[int, int]]  # in old
    expected: list[tuple[int, int] | None]  # in new; None: its words were deleted


def _mark(key: int, end: bool) -> str:
    return chr(_MARK_BASE + 2 * key + (1 if end else 0))


# A full stop inside a number ("34.2 percent") or an abbreviation ("U.S.") ends no sentence.
_SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?](?=[^\s”\"]))+[.!?]+[”\"]?")
_QUOTED = re.compile(r"“[^”]{8,200}”")
_PHRASE = re.compile(r"\b(?:\d[\d,.]*|" + "|".join(NUMBER_WORDS) + r") \w+(?: \w+)?")


def annotation_spans(text: str, rng: random.Random, count: int) -> list[tuple[int, int]]:
    """Claims (sentences, clauses), quotes, short phrases with numbers, repeated words."""
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]
    sentences = [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in sentences]
    candidates: list[tuple[int, int]] = []
    for start, end in rng.sample(sentences, k=min(len(sentences), count)):
        choice = rng.random()
        piece = text[start:end]
        if choice < 0.3:
            candidates.append((start, end))  # a whole sentence
        elif choice < 0.55 and (quoted := _QUOTED.search(piece)):
            candidates.append((start + quoted.start(), start + quoted.end()))
        elif choice < 0.85 and (phrases := list(_PHRASE.finditer(piece))):
            phrase = rng.choice(phrases)
            candidates.append((start + phrase.start(), start + phrase.end()))
        else:  # a clause: a run of 3-9 words
            words = list(re.finditer(r"\w[\w'’-]*", piece))
            if len(words) < 4:
                continue
            first = rng.randrange(len(words) - 3)
            last = min(len(words) - 1, first + rng.randint(2, 8))
            candidates.append((start + words[first].start(), start + words[last].end()))
    # Overlapping spans would share a marker position ambiguously: keep them apart.
    kept: list[tuple[int, int]] = []
    for span in sorted(set(candidates)):
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def with_markers(text: str, spans: list[tuple[int, int]]) -> str:
    inserts = sorted(
        [(s, 1, _mark(k, False)) for k, (s, _) in enumerate(spans)]
        + [(e, 0, _mark(k, True)) for k, (_, e) in enumerate(spans)]
    )
    out, at = [], 0
    for position, _, mark in inserts:
        out.append(text[at:position])
        out.append(mark)
        at = position
    out.append(text[at:])
    return "".join(out)


def read_markers(marked: str, count: int) -> tuple[str, list[tuple[int, int] | None]]:
    """The text without markers, and each annotation's span (None when a marker is gone)."""
    found: dict[str, int] = {}
    plain: list[str] = []
    length = 0
    at = 0
    for match in _MARK.finditer(marked):
        plain.append(marked[at : match.start()])
        length += match.start() - at
        found[match.group()] = length
        at = match.end()
    plain.append(marked[at:])
    spans: list[tuple[int, int] | None] = []
    for key in range(count):
        start, end = found.get(_mark(key, False)), found.get(_mark(key, True))
        spans.append(
            (start, end) if start is not None and end is not None and end > start else None
        )
    return "".join(plain), spans


# --- edits (on marked text) ----------------------------------------------------------------------
Edit = Callable[[str, random.Random], str]
_WORD = re.compile(r"(?<!\w)[A-Za-z]{4,}(?!\w)")
_SWAPS = {"said": "stated", "fallen": "dropped", "rose": "climbed", "report": "study",
          "figures": "numbers", "claim": "assertion", "reporters": "journalists",
          "complaints": "grievances", "demanded": "called for", "replied": "answered",
          "published": "released", "final": "definitive", "misleading": "deceptive",
          "previous": "prior", "statement": "declaration"}  # fmt: skip
_NUMBER = re.compile(r"\b\d+\b")
_PARAGRAPHS = re.compile(r"\n\n")


def _paragraph_spans(marked: str) -> list[tuple[int, int]]:
    spans, at = [], 0
    for match in _PARAGRAPHS.finditer(marked):
        spans.append((at, match.start()))
        at = match.end()
    spans.append((at, len(marked)))
    return spans


def typo(marked: str, rng: random.Random) -> str:
    words = list(_WORD.finditer(marked))
    word = rng.choice(words)
    letters = list(word.group())
    at = rng.randrange(1, len(letters) - 1)
    if rng.random() < 0.5:
        letters[at], letters[at + 1] = letters[at + 1], letters[at]
    else:
        letters[at] = rng.choice("aeioust")
    return marked[: word.start()] + "".join(letters) + marked[word.end() :]


def word_swap(marked: str, rng: random.Random) -> str:
    options = list(re.finditer(r"\b(" + "|".join(_SWAPS) + r")\b", marked))
    if not options:
        return typo(marked, rng)
    word = rng.choice(options)
    return marked[: word.start()] + _SWAPS[word.group()] + marked[word.end() :]


def number_change(marked: str, rng: random.Random) -> str:
    numbers = list(_NUMBER.finditer(marked))
    words = list(re.finditer(r"\b(" + "|".join(NUMBER_WORDS) + r")\b", marked))
    if words and (not numbers or rng.random() < 0.4):
        word = rng.choice(words)
        other = rng.choice([w for w in NUMBER_WORDS if w != word.group()])
        return marked[: word.start()] + other + marked[word.end() :]
    number = rng.choice(numbers)
    value = int(number.group())
    return (
        marked[: number.start()]
        + str(value + rng.choice([-2, -1, 1, 2, 10]))
        + marked[number.end() :]
    )


def quote_style(marked: str, rng: random.Random) -> str:
    if "“" in marked or "’" in marked:
        return marked.replace("“", '"').replace("”", '"').replace("’", "'").replace(" — ", " - ")
    return re.sub(r'"([^"]*)"', r"“\1”", marked).replace("'", "’").replace(" - ", " — ")


def _sentences(marked: str) -> list[tuple[int, int]]:
    found = []
    for match in re.finditer(rf"(?:[^.!?\n]|[.!?](?=[^\s”\"{_M}]))+[.!?]+[”\"]?[{_M}]*", marked):
        start = match.start() + len(match.group()) - len(match.group().lstrip())
        found.append((start, match.end()))
    return found


def insert_sentence(marked: str, rng: random.Random) -> str:
    _, end = rng.choice(_sentences(marked))
    return marked[:end] + " " + rng.choice(EXTRA_SENTENCES) + marked[end:]


def delete_sentence(marked: str, rng: random.Random) -> str:
    start, end = rng.choice(_sentences(marked)[1:])
    return marked[:start] + marked[end:].lstrip(" ")


def insert_paragraph(marked: str, rng: random.Random) -> str:
    spans = _paragraph_spans(marked)
    _, end = rng.choice(spans[:-1] or spans)
    fresh = _capitalise(_fill(rng.choice(TEMPLATES), rng))
    return marked[:end] + "\n\n" + fresh + marked[end:]


def delete_paragraph(marked: str, rng: random.Random) -> str:
    spans = _paragraph_spans(marked)
    if len(spans) < 3:
        return delete_sentence(marked, rng)
    start, end = rng.choice(spans[1:])
    if end == len(marked):
        return marked[: start - 2]
    return marked[:start] + marked[end + 2 :]


def move_paragraph(marked: str, rng: random.Random) -> str:
    spans = _paragraph_spans(marked)
    if len(spans) < 4:
        return insert_sentence(marked, rng)
    paragraphs = [marked[s:e] for s, e in spans]
    moving = paragraphs.pop(rng.randrange(1, len(paragraphs)))
    paragraphs.insert(rng.randrange(1, len(paragraphs) + 1), moving)
    return "\n\n".join(paragraphs)


def split_sentence(marked: str, rng: random.Random) -> str:
    joints = list(re.finditer(r", (and |adding |noting )?([a-z])", marked))
    if not joints:
        return insert_sentence(marked, rng)
    joint = rng.choice(joints)
    return marked[: joint.start()] + ". " + joint.group(2).upper() + marked[joint.end() :]


def decoy(marked: str, rng: random.Random) -> str:
    """A copy of an annotated phrase (without markers) added to an earlier sentence."""
    pieces = re.findall(rf"[{_M}]([^{_M}]{{4,60}})[{_M}]", marked)
    if not pieces:
        return insert_sentence(marked, rng)
    copy = rng.choice(pieces).strip()
    spans = _paragraph_spans(marked)
    _, end = rng.choice(spans[: max(1, len(spans) // 2)])
    return marked[:end] + f" Earlier reports also mentioned {copy} in passing." + marked[end:]


def wrap(marked: str, width: int) -> str:
    """Hard-wrap every paragraph at ``width`` (markers count as no width)."""
    out = []
    for start, end in _paragraph_spans(marked):
        lines: list[str] = []
        line: list[str] = []
        seen = 0
        for word in marked[start:end].split(" "):
            visible = len(_MARK.sub("", word))
            if line and seen + 1 + visible > width:
                lines.append(" ".join(line))
                line, seen = [], 0
            line.append(word)
            seen += visible + (1 if seen else 0)
        lines.append(" ".join(line))
        out.append("\n".join(lines))
    return "\n\n".join(out)


def unwrap(marked: str) -> str:
    return re.sub(r"(?<!\n)\n(?!\n)", " ", marked)


EDITS: dict[str, Edit] = {
    "typo": typo,
    "word swap": word_swap,
    "number": number_change,
    "quote style": quote_style,
    "insert sentence": insert_sentence,
    "delete sentence": delete_sentence,
    "insert paragraph": insert_paragraph,
    "delete paragraph": delete_paragraph,
    "move paragraph": move_paragraph,
    "split sentence": split_sentence,
    "decoy": decoy,
}
KINDS = [*EDITS, "re-wrap", "mixed"]


@dataclass
class Corpus:
    cases: list[Case] = field(default_factory=list)


def make_case(text: str, kind: str, rng: random.Random, annotations: int = 30) -> Case:
    spans = annotation_spans(text, rng, annotations)
    marked_old = with_markers(text, spans)
    marked_new = marked_old
    if kind == "re-wrap":
        style = rng.choice(["wrap old", "wrap new", "both"])
        if style in ("wrap old", "both"):
            marked_old = wrap(marked_old, rng.choice([60, 72]))
        if style in ("wrap new", "both"):
            marked_new = wrap(marked_new, rng.choice([50, 66, 80]))
        marked_new = typo(marked_new, rng)  # and one real edit
    elif kind == "mixed":
        for _ in range(rng.randint(4, 8)):
            marked_new = EDITS[rng.choice(list(EDITS))](marked_new, rng)
        if rng.random() < 0.5:
            marked_new = wrap(marked_new, 70) if rng.random() < 0.5 else unwrap(marked_new)
    else:
        for _ in range(rng.randint(2, 5)):
            marked_new = EDITS[kind](marked_new, rng)
    old, old_spans = read_markers(marked_old, len(spans))
    new, expected = read_markers(marked_new, len(spans))
    kept = [(s, e) for s, e in zip(old_spans, expected, strict=True) if s is not None]
    return Case(kind, old, new, [s for s, _ in kept if s], [e for _, e in kept])


def corpus(seed: int = 2026, articles: int = 37, per_kind: int = 1) -> list[Case]:
    rng = random.Random(seed)
    cases = []
    for text in base_articles(articles, seed):
        for kind in KINDS:
            for _ in range(per_kind):
                cases.append(make_case(text, kind, rng))
    return cases


# --- scoring --------------------------------------------------------------------------------------
CORRECT, WIDER, LOST, MISPLACED = "correct", "wider", "lost", "misplaced"


def judge(expected: tuple[int, int] | None, placed: tuple[int, int] | None, new: str) -> str:
    """correct: the span the markers give (or an orphan where the words were deleted);
    wider: it holds the right words and a little more; lost: orphaned although the
    words are there; misplaced: anything else (wrong words, or shrunk)."""
    if expected is None:
        return CORRECT if placed is None else MISPLACED
    if placed is None:
        return LOST
    strip = _strip(new)
    if strip(placed) == strip(expected):
        return CORRECT
    (ps, pe), (es, ee) = strip(placed), strip(expected)
    if ps <= es and ee <= pe and (pe - ps) <= 1.5 * (ee - es) + 8:
        return WIDER
    return MISPLACED


def _strip(text: str) -> Callable[[tuple[int, int]], tuple[int, int]]:
    def inner(span: tuple[int, int]) -> tuple[int, int]:
        start, end = span
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end

    return inner


# --- large drafts for the benchmarks ------------------------------------------------------------
def long_article(words: int, seed: int = 3) -> str:
    """A news-like draft of about ``words`` words (sentences may repeat at this size)."""
    rng = random.Random(seed)
    paragraphs = ["Budget figures under scrutiny as the statistics office reports"]
    count = 0
    while count < words:
        paragraph = " ".join(
            _capitalise(_fill(rng.choice(TEMPLATES), rng)) for _ in range(rng.randint(2, 5))
        )
        count += paragraph.count(" ") + 1
        paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)


def edit_sentences(text: str, rate: float, seed: int = 5) -> str:
    """Edit about ``rate`` of the sentences: a word changed, a sentence deleted or one
    inserted after it."""
    rng = random.Random(seed)
    out: list[str] = []
    at = 0
    for match in _SENTENCE.finditer(text):
        out.append(text[at : match.start()])
        at = match.end()
        sentence = match.group()
        if rng.random() >= rate:
            out.append(sentence)
            continue
        action = rng.choice(["word", "word", "delete", "insert"])
        if action == "delete":
            continue
        if action == "insert":
            out.append(sentence + " " + rng.choice(EXTRA_SENTENCES))
            continue
        words = list(re.finditer(r"\w+", sentence))
        victim = rng.choice(words)
        out.append(sentence[: victim.start()] + "revised" + sentence[victim.end() :])
    out.append(text[at:])
    return "".join(out)


def edit_every_paragraph(text: str, seed: int = 6) -> str:
    """One word changed in every paragraph."""
    rng = random.Random(seed)
    paragraphs = text.split("\n\n")
    for index, paragraph in enumerate(paragraphs):
        words = list(re.finditer(r"\w+", paragraph))
        victim = rng.choice(words)
        paragraphs[index] = paragraph[: victim.start()] + "edited" + paragraph[victim.end() :]
    return "\n\n".join(paragraphs)
