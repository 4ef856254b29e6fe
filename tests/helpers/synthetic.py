"""Large synthetic drafts for the pin guard and the benchmarks (deterministic)."""

import random

from factcheck.domain import AnchorState, Annotation, AnnotationKind, default_verdict_scale

WORDS = [
    "the",
    "minister",
    "said",
    "that",
    "tariffs",
    "rose",
    "by",
    "percent",
    "in",
    "last",
    "year",
    "while",
    "officials",
    "denied",
    "any",
    "link",
    "between",
    "sanctions",
    "and",
    "prices",
    "according",
    "to",
    "a",
    "report",
    "published",
    "on",
    "Monday",
    "critics",
    "argued",
    "figures",
    "were",
    "misleading",
    "😀",
    "中文",
    "café",
]


def article(words: int = 100_000, seed: int = 7) -> str:
    rng = random.Random(seed)
    paragraphs, count = [], 0
    while count < words:
        sentences = []
        for _ in range(rng.randint(2, 5)):
            length = rng.randint(8, 24)
            sentence = " ".join(rng.choice(WORDS) for _ in range(length))
            sentences.append(sentence.capitalize() + ".")
            count += length
        paragraphs.append(" ".join(sentences))
    return "Synthetic draft for testing\n\n" + "\n\n".join(paragraphs)


def synthetic_annotations(text: str, count: int, seed: int = 11) -> list[Annotation]:
    """``count`` annotations over word boundaries, some overlapping, all kinds and verdicts."""
    rng = random.Random(seed)
    scale = default_verdict_scale()
    kinds = list(AnnotationKind)
    keys = {kind: [v.key for v in scale.ordered(kind.value)] + [None] for kind in kinds}
    made = []
    for number in range(count):
        start = rng.randrange(0, len(text) - 200)
        end = start + rng.randint(5, 120)
        made.append(
            Annotation(
                document_id=1,
                version_id=1,
                kind=kinds[number % 3],  # each rated on its own scale
                start=start,
                end=end,
                exact=text[start:end],
                prefix=text[max(0, start - 32) : start],
                suffix=text[end : end + 32],
                author="bench",
                state=AnchorState.EXACT,
                verdict=rng.choice(keys[kinds[number % 3]]),
                id=number + 1,
            )
        )
    return made
