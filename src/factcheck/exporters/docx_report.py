"""The draft as a Word file, each annotation a comment on its words (python-docx).

Writers already work in Word: they see the verdict, the notes and the sources in
the margin, next to the words they concern.
"""

from __future__ import annotations

import io
import itertools
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from factcheck.domain import AnnotationKind, BlockKind
from factcheck.domain.text import in_quotes
from factcheck.exporters.report import Numbered, Report

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.text.run import Run

_STYLE = {
    BlockKind.TITLE: "Title",
    BlockKind.HEADING: "Heading 2",
    BlockKind.PARAGRAPH: None,
    BlockKind.BLOCKQUOTE: "Quote",
    BlockKind.LIST_ITEM: "List Bullet",
}
_XML_FORBIDDEN = dict.fromkeys(c for c in range(32) if c not in (9, 10, 13))


def _xml_safe(text: str) -> str:
    """Word's XML cannot hold most control characters: drop them (the rest is kept)."""
    return text.translate(_XML_FORBIDDEN)


def comment_text(item: Numbered, report: Report) -> str:
    a = item.annotation
    w = report.words
    lines = [f"[{item.number}] {w.kind(a.kind)}"]
    if a.kind is not AnnotationKind.NOTE or a.verdict:
        lines[0] += f" — {report.verdict_label(a.verdict)}"
    lines[0] += f" ({w.status(a.status)})"
    if a.speaker:
        lines.append(w.translate("Report", "Speaker: {speaker}").format(speaker=a.speaker))
    if a.note:
        lines.append(a.note)
    for source in a.sources:
        where = f" — {source.url}" if source.url else ""
        stance = w.translate("Report", "Source ({stance}):").format(
            stance=w.stance(source.stance).lower()
        )
        lines.append(f"{stance} {w.source_details(source)}{where}")
    return _xml_safe("\n".join(lines))


def to_docx(report: Report) -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.title = _xml_safe(report.document.title)[:255]
    document.core_properties.author = _xml_safe(report.document.author)[:255]
    text = report.version.text
    items = sorted((i for i in report.items if i.anchored), key=lambda i: i.annotation.start)
    cuts = sorted({p for i in items for p in (i.annotation.start, i.annotation.end)})
    runs_at: dict[int, Run] = {}  # start offset of each run -> the run
    ends_at: dict[int, Run] = {}  # end offset of each run -> the run
    blocks = report.version.structure
    for block in blocks:
        paragraph = document.add_paragraph(style=_STYLE[block.kind])
        # The cuts inside this block, found by bisection: not every cut for every block.
        inner = cuts[bisect_right(cuts, block.start) : bisect_left(cuts, block.end)]
        edges = [block.start, *inner, block.end]
        for left, right in itertools.pairwise(edges):
            run = paragraph.add_run(_xml_safe(text[left:right]))
            for span in block.spans:
                if span.start <= left and right <= span.end:
                    if span.kind == "strong":
                        run.bold = True
                    elif span.kind == "emphasis":
                        run.italic = True
            runs_at.setdefault(left, run)
            ends_at[right] = run
    author = report.reviewer or "Factcheck"
    initials = "".join(part[0] for part in author.split()[:3]).upper() or "FC"
    _number_comments_with_a_counter(document)
    starts, ends = sorted(runs_at), sorted(ends_at)
    for item in items:
        a = item.annotation
        first = _run_at_or_after(runs_at, starts, a.start)
        last = _run_at_or_before(ends_at, ends, a.end)
        if first is None or last is None:
            continue
        document.add_comment(
            [first, last],
            text=comment_text(item, report),
            author=_xml_safe(a.author or author),
            initials=initials,
        )
    orphans = [i for i in report.items if not i.anchored]
    if orphans:
        heading = report.words.translate("Report", "Annotations not found in this version")
        document.add_heading(heading, level=2)
        for item in orphans:
            document.add_paragraph(
                f"{in_quotes(_xml_safe(item.annotation.exact))} — {comment_text(item, report)}"
            )
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _number_comments_with_a_counter(document: DocxDocument) -> None:
    """python-docx finds the next comment id with an XPath over every comment so far,
    which makes a report with n comments cost n squared. Our comments are all new and
    numbered in order, so a counter gives the same ids. (The override lives on the
    comments element that ``document.comments`` keeps alive for the whole export.)"""
    element = document.comments._comments_elm
    ids = itertools.count(len(element.xpath("./w:comment")))
    element._next_available_comment_id = lambda: next(ids)  # type: ignore[method-assign]


def _run_at_or_after(runs: dict[int, Run], keys: list[int], offset: int) -> Run | None:
    if offset in runs:
        return runs[offset]
    index = bisect_left(keys, offset)
    return runs[keys[index]] if index < len(keys) else None


def _run_at_or_before(runs: dict[int, Run], keys: list[int], offset: int) -> Run | None:
    if offset in runs:
        return runs[offset]
    index = bisect_right(keys, offset) - 1
    return runs[keys[index]] if index >= 0 else None
