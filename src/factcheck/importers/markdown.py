"""Markdown through markdown-it-py (CommonMark).

Raw HTML in the source is rendered and then sanitised like any other HTML: its text
stays, its tags go (scripts and styles go with their content). An image becomes its
alt text, since "[chart: turnout fell 8%]" may hold a claim; the image is never loaded.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from factcheck.errors import UserInputError
from factcheck.importers.base import NO_HOOKS, ImportedDocument, ImportHooks
from factcheck.importers.html_structure import html_to_document
from factcheck.importers.plaintext import decode

# markdown-it keeps a token list of the whole draft (about 2 kB a paragraph): a cap
# on lines, counted before parsing, keeps a flood of tiny paragraphs or list items
# from taking minutes and gigabytes. A 100,000-word draft has about 10,000 lines.
MAX_LINES = 100_000


def _image_as_alt_text(
    renderer: Any, tokens: Sequence[Token], index: int, options: Any, env: Any
) -> str:
    alt = "".join(child.content for child in tokens[index].children or ())
    return escape(alt)


def _renderer() -> MarkdownIt:
    renderer = MarkdownIt("commonmark", {"html": True, "linkify": False})
    renderer.add_render_rule("image", _image_as_alt_text)
    return renderer


_RENDERER = _renderer()


def parse(
    data: bytes, name: str, title: str | None = None, hooks: ImportHooks = NO_HOOKS
) -> ImportedDocument:
    source = decode(data, name)
    if source.count("\n") > MAX_LINES:
        raise UserInputError(
            f"{name} has more than {MAX_LINES:,} lines; Factcheck takes drafts up to that "
            "size: split it"
        )
    hooks.step(0, 1)
    env: dict[str, Any] = {}
    tokens = _RENDERER.parse(source, env)
    html = _RENDERER.renderer.render(tokens, _RENDERER.options, env)
    document = html_to_document(html, name, title, hooks=hooks)
    if _has_raw_html(tokens):
        document.notes.append("HTML tags in the Markdown were removed; their text was kept")
    images = _count_images(tokens)
    if images:
        document.notes.append(f"{_plural(images, 'image')} not loaded; alt text kept")
    return document


def _inline_tokens(tokens: Sequence[Token]) -> list[Token]:
    return [child for token in tokens for child in (token.children or ())]


def _has_raw_html(tokens: Sequence[Token]) -> bool:
    return any(t.type == "html_block" for t in tokens) or any(
        t.type == "html_inline" for t in _inline_tokens(tokens)
    )


def _count_images(tokens: Sequence[Token]) -> int:
    return sum(1 for t in _inline_tokens(tokens) if t.type == "image")


def _plural(count: int, noun: str) -> str:
    return f"1 {noun} was" if count == 1 else f"{count} {noun}s were"
