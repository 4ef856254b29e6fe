"""The verdict scale: labels with colour, order and numeric rating (for ClaimReview)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.domain.enums_helper import normalise_name
from factcheck.errors import UserInputError

NOT_RATED_LABEL = "Not rated yet"
NOT_RATED_COLOUR = "#9e9e9e"
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class VerdictLabel:
    key: str
    label: str
    colour: str
    position: int
    rating: int | None  # None: not on the numeric scale (e.g. Unverifiable)

    def __post_init__(self) -> None:
        if not self.key or not self.label.strip():
            raise UserInputError("a verdict needs a key and a label")
        if not _COLOUR.match(self.colour):
            raise UserInputError(f"verdict colour must look like #rrggbb, not {self.colour!r}")


@dataclass(frozen=True)
class VerdictScale:
    labels: tuple[VerdictLabel, ...]

    def __post_init__(self) -> None:
        keys = [v.key for v in self.labels]
        if len(set(keys)) != len(keys):
            raise UserInputError("verdict labels must be unique")

    def ordered(self) -> list[VerdictLabel]:
        return sorted(self.labels, key=lambda v: v.position)

    def get(self, key: str | None) -> VerdictLabel | None:
        return next((v for v in self.labels if v.key == key), None)

    def label_of(self, key: str | None) -> str:
        found = self.get(key)
        return found.label if found else NOT_RATED_LABEL

    def colour_of(self, key: str | None) -> str:
        found = self.get(key)
        return found.colour if found else NOT_RATED_COLOUR

    def parse(self, text: str) -> str:
        """The key for a label or key the user typed, case- and dash-insensitive."""
        wanted = normalise_name(text)
        for verdict in self.labels:
            if wanted in (normalise_name(verdict.key), normalise_name(verdict.label)):
                return verdict.key
        choices = ", ".join(v.label for v in self.ordered())
        raise UserInputError(f"unknown verdict {text!r}; choose one of: {choices}")

    @property
    def best_rating(self) -> int | None:
        ratings = [v.rating for v in self.labels if v.rating is not None]
        return max(ratings) if ratings else None

    @property
    def worst_rating(self) -> int | None:
        ratings = [v.rating for v in self.labels if v.rating is not None]
        return min(ratings) if ratings else None


def slug(label: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", label.lower())) or "verdict"


def default_verdict_scale() -> VerdictScale:
    """PRODUCT.md's default: True ... False, Misleading, Unverifiable."""
    rows = [
        ("True", "#2e7d32", 5),
        ("Mostly true", "#7cb342", 4),
        ("Mixed", "#f9a825", 3),
        ("Mostly false", "#ef6c00", 2),
        ("False", "#c62828", 1),
        ("Misleading", "#8e24aa", 2),
        ("Unverifiable", "#546e7a", None),
    ]
    return VerdictScale(
        tuple(
            VerdictLabel(slug(label), label, colour, position, rating)
            for position, (label, colour, rating) in enumerate(rows)
        )
    )
