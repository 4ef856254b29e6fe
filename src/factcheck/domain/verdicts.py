"""The verdict scale: labels with colour, order and numeric rating (for ClaimReview)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.domain.enums_helper import normalise_name
from factcheck.errors import UserInputError

NOT_RATED_LABEL = "Not rated yet"
NOT_RATED_COLOUR = "#9e9e9e"
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


# Claims (and notes) are rated on one scale, quotes on their own: a quote is judged on
# whether it was quoted faithfully, not on whether what it says is true.
CLAIM_SCALE = "claim"
QUOTE_SCALE = "quote"
SCALES = (CLAIM_SCALE, QUOTE_SCALE)


def scale_of(kind: str) -> str:
    """The scale an annotation kind ("claim", "quote", "note") is rated on."""
    return QUOTE_SCALE if kind == QUOTE_SCALE else CLAIM_SCALE


@dataclass(frozen=True)
class VerdictLabel:
    key: str
    label: str
    colour: str
    position: int
    rating: int | None  # None: not on the numeric scale (e.g. Unverifiable)
    applies_to: str = CLAIM_SCALE

    def __post_init__(self) -> None:
        if not self.key or not self.label.strip():
            raise UserInputError("a verdict needs a key and a label")
        if not _COLOUR.match(self.colour):
            raise UserInputError(f"verdict colour must look like #rrggbb, not {self.colour!r}")
        if self.applies_to not in SCALES:
            raise UserInputError(f"a verdict is for claims or quotes, not {self.applies_to!r}")


@dataclass(frozen=True)
class VerdictScale:
    labels: tuple[VerdictLabel, ...]

    def __post_init__(self) -> None:
        keys = [v.key for v in self.labels]
        if len(set(keys)) != len(keys):
            raise UserInputError("verdict labels must be unique")
        # One order whatever the source (a database, a dialog): equal scales compare equal.
        ordered = tuple(sorted(self.labels, key=lambda v: (SCALES.index(v.applies_to), v.position)))
        object.__setattr__(self, "labels", ordered)

    def ordered(self, kind: str | None = None) -> list[VerdictLabel]:
        """In scale order: those for ``kind`` ("claim", "quote" or "note"), or all,
        the claim scale first."""
        if kind is None:
            return sorted(self.labels, key=lambda v: (SCALES.index(v.applies_to), v.position))
        wanted = scale_of(kind)
        return sorted((v for v in self.labels if v.applies_to == wanted), key=lambda v: v.position)

    def applies(self, key: str | None, kind: str) -> bool:
        """Whether a verdict can rate an annotation of ``kind`` (no verdict always can)."""
        found = self.get(key)
        return key is None or (found is not None and found.applies_to == scale_of(kind))

    def get(self, key: str | None) -> VerdictLabel | None:
        return next((v for v in self.labels if v.key == key), None)

    def label_of(self, key: str | None) -> str:
        found = self.get(key)
        return found.label if found else NOT_RATED_LABEL

    def colour_of(self, key: str | None) -> str:
        found = self.get(key)
        return found.colour if found else NOT_RATED_COLOUR

    def parse(self, text: str, kind: str | None = None) -> str:
        """The key for a label or key the user typed, case- and dash-insensitive; with
        ``kind``, only from the scale that kind is rated on."""
        wanted = normalise_name(text)
        candidates = self.ordered(kind)
        for verdict in candidates:
            if wanted in (normalise_name(verdict.key), normalise_name(verdict.label)):
                return verdict.key
        choices = ", ".join(v.label for v in candidates)
        which = f" for a {kind}" if kind else ""
        raise UserInputError(f"unknown verdict {text!r}{which}; choose one of: {choices}")

    @property
    def best_rating(self) -> int | None:
        ratings = [v.rating for v in self.ordered(CLAIM_SCALE) if v.rating is not None]
        return max(ratings) if ratings else None

    @property
    def worst_rating(self) -> int | None:
        ratings = [v.rating for v in self.ordered(CLAIM_SCALE) if v.rating is not None]
        return min(ratings) if ratings else None


def slug(label: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", label.lower())) or "verdict"


DEFAULT_CLAIM_LABELS = [
    ("True", "#2e7d32", 5),
    ("Mostly true", "#7cb342", 4),
    ("Mixed", "#f9a825", 3),
    ("Mostly false", "#ef6c00", 2),
    ("False", "#c62828", 1),
    ("Misleading", "#8e24aa", 2),
    ("Unverifiable", "#546e7a", None),
]
DEFAULT_QUOTE_LABELS = [
    ("Accurately quoted", "#2e7d32"),
    ("Inaccurate", "#c62828"),
    ("Out of context", "#8e24aa"),
    ("Unverifiable quote", "#546e7a"),
]


def default_quote_labels(start: int = 0) -> list[VerdictLabel]:
    return [
        VerdictLabel(slug(label), label, colour, start + position, None, QUOTE_SCALE)
        for position, (label, colour) in enumerate(DEFAULT_QUOTE_LABELS)
    ]


def default_verdict_scale() -> VerdictScale:
    """PRODUCT.md's default: True ... False, Misleading, Unverifiable for claims; for
    quotes: Accurately quoted, Inaccurate, Out of context, Unverifiable quote."""
    claims = [
        VerdictLabel(slug(label), label, colour, position, rating)
        for position, (label, colour, rating) in enumerate(DEFAULT_CLAIM_LABELS)
    ]
    return VerdictScale(tuple(claims + default_quote_labels()))
