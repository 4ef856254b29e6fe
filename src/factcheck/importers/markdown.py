"""Markdown through markdown-it-py (CommonMark; raw HTML in the source is not rendered)."""

from __future__ import annotations

from markdown_it import MarkdownIt

from factcheck.importers.base import ImportedDocument
from factcheck.importers.html_structure import html_to_document
from factcheck.importers.plaintext import decode

_RENDERER = MarkdownIt("commonmark", {"html": False, "linkify": False})


def parse(data: bytes, name: str, title: str | None = None) -> ImportedDocument:
    source = decode(data, name)
    return html_to_document(_RENDERER.render(source), name, title)
