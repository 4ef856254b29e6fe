"""Small text rules shared by messages, lists and reports."""

from __future__ import annotations


def one_line(text: str, limit: int = 60) -> str:
    """White space folded to single spaces, cut with an ellipsis past ``limit`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
