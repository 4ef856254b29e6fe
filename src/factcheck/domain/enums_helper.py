"""Parsing user-typed names of enum members ("to check", "to-check", "TO_CHECK")."""

from __future__ import annotations

from enum import Enum
from typing import TypeVar

from factcheck.errors import UserInputError

E = TypeVar("E", bound=Enum)


def normalise_name(text: str) -> str:
    return "_".join(text.strip().lower().replace("-", " ").split())


def parse_enum(enum_type: type[E], text: str, what: str) -> E:
    wanted = normalise_name(text)
    for member in enum_type:
        if normalise_name(str(member.value)) == wanted or member.name.lower() == wanted:
            return member
    choices = ", ".join(str(m.value) for m in enum_type)
    raise UserInputError(f"unknown {what} {text!r}; choose one of: {choices}")
