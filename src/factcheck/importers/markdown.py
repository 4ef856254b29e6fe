"""Markdown through markdown-it-py (CommonMark; raw HTML in the source is not rendered)."""

from __future__ import annotations

from markdown_it import MarkdownIt

from factcheck.errors import UserInputError
from factcheck.importers.base import ImportedDocument
from factcheck.importers.html_structure import html_to_document
from factcheck.importers.plaintext import decode

_RENDERER = MarkdownIt("commonmark", {"html": False, "linkify": False})
# markdown-it keeps a token list of the whole draft (about 2 kB a paragraph): a cap
# on lines, counted before parsing, keeps a flood of tiny paragraphs or list items
# from taking minutes and gigabytes. A 100,000-word draft has about 10,000 lines.
MAX_LINES = 100_000


def parse(data: bytes, name: str, title: str | None = None) -> ImportedDocument:
    source = decode(data, name)
    if source.count("\n") > MAX_LINES:
        raise UserInputError(
            f"{name} has more than {MAX_LINES:,} lines; Factcheck takes drafts up to that "
            "size: split it"
        )
    return html_to_document(_RENDERER.render(source), name, title)
