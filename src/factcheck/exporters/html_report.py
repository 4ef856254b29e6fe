"""The HTML report (Jinja2, autoescaped): one self-contained file that prints well.

The PDF uses the same template with ``qt=True`` (QTextDocument reads a subset of
HTML and CSS), so the two never drift apart.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from itertools import pairwise

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from factcheck import __version__, paths
from factcheck.domain import AnnotationKind, BlockKind
from factcheck.domain.models import safe_link
from factcheck.domain.structure import Block
from factcheck.domain.text import in_quotes
from factcheck.domain.words import Words
from factcheck.exporters.report import Numbered, Report

BLOCK_TAGS = {
    BlockKind.TITLE: "h2",
    BlockKind.HEADING: "h3",
    BlockKind.PARAGRAPH: "p",
    BlockKind.BLOCKQUOTE: "blockquote",
    BlockKind.LIST_ITEM: "li",
}


def tint(colour: str, strength: float) -> str:
    """``colour`` mixed with white: a light highlight any renderer can draw."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    mix = [round(255 - (255 - c) * strength) for c in (red, green, blue)]
    return "#" + "".join(f"{c:02x}" for c in mix)


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(paths.resources_dir() / "templates")),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["tint"] = tint
    env.filters["in_quotes"] = in_quotes
    env.filters["safe_link"] = lambda url: safe_link(url or "") or ""
    return env


def _segments(block: Block, items: list[Numbered]) -> list[int]:
    cuts = {block.start, block.end}
    for item in items:
        a = item.annotation
        if a.start < block.end and a.end > block.start:
            cuts.update(p for p in (a.start, a.end) if block.start < p < block.end)
    for span in block.spans:
        cuts.update(p for p in (span.start, span.end) if block.start < p < block.end)
    return sorted(cuts)


def article_html(report: Report) -> Markup:
    """The article with every anchored annotation highlighted and numbered."""
    text = report.version.text
    scale = report.scale
    items = sorted((i for i in report.items if i.anchored), key=lambda i: i.annotation.start)
    by_start: dict[int, list[Numbered]] = {}
    for item in items:
        by_start.setdefault(item.annotation.start, []).append(item)
    html: list[str] = []
    in_list = False
    active: list[Numbered] = []  # a sweep: annotations that may touch the current block
    upcoming = 0
    for block in report.version.structure:
        while upcoming < len(items) and items[upcoming].annotation.start < block.end:
            active.append(items[upcoming])
            upcoming += 1
        active = [i for i in active if i.annotation.end > block.start]
        tag = BLOCK_TAGS[block.kind]
        if tag == "li" and not in_list:
            html.append("<ol>" if block.ordered else "<ul>")
            in_list = True
        elif tag != "li" and in_list:
            html.append("</ul>")
            in_list = False
        html.append(f'<{tag} dir="auto">')
        nearby = [i for i in active if i.annotation.start < block.end]
        cuts = _segments(block, nearby)
        for left, right in pairwise(cuts):
            for item in by_start.get(left, []):
                if block.start <= left:
                    html.append(
                        f'<sup class="n"><a href="#a{item.number}">[{item.number}]</a></sup>'
                    )
            piece = str(escape(text[left:right])).replace("\n", "<br>")
            for span in block.spans:
                if span.start <= left and right <= span.end:
                    if span.kind == "strong":
                        piece = f"<b>{piece}</b>"
                    elif span.kind == "emphasis":
                        piece = f"<i>{piece}</i>"
                    elif span.kind == "link" and (href := safe_link(span.href)):
                        # Drafts stored before links were vetted may hold relative ones.
                        piece = f'<a href="{escape(href)}">{piece}</a>'
            covering = [
                i.annotation
                for i in nearby
                if i.annotation.start <= left and right <= i.annotation.end
            ]
            if covering:
                claims = [a for a in covering if a.kind is AnnotationKind.CLAIM]
                quotes = [a for a in covering if a.kind is AnnotationKind.QUOTE]
                notes = [a for a in covering if a.kind is AnnotationKind.NOTE]
                style = []
                if claims:
                    inner = min(claims, key=lambda a: a.end - a.start)
                    style.append(f"background-color:{tint(scale.colour_of(inner.verdict), 0.35)}")
                if quotes or notes:
                    style.append("text-decoration:underline")
                if quotes:
                    inner_quote = min(quotes, key=lambda a: a.end - a.start)
                    style.append(f"color:{scale.colour_of(inner_quote.verdict)}")
                piece = f'<span class="hl" style="{";".join(style)}">{piece}</span>'
            html.append(piece)
        html.append(f"</{tag}>")
    if in_list:
        html.append("</ul>")
    return Markup("".join(html))


def template_words(words: Words) -> dict[str, str]:
    """The report's own sentences, in its language (values go in with .format)."""
    return {
        "title": words.translate("Report", "Fact-check report: {title}"),
        "published": words.translate("Report", "published {date}"),
        "versions": words.translate("Report", "Versions:"),
        "covers": words.translate("Report", "this report covers version {number}"),
        "generated": words.translate("Report", "Report generated {time}"),
        "generated_by": words.translate("Report", "Report generated {time} by {organisation}"),
        "summary": words.translate("Report", "Summary"),
        # Counted in the template: a plural text, translated there with its number.
        "more_not_found": "%n more not found in version {number}: listed last, not counted here.",
        "verdict": words.translate("Report", "Verdict"),
        "claims_and_quotes": words.translate("Report", "Claims and quotes"),
        "review_status": words.translate("Report", "Review status"),
        "annotations": words.translate("Report", "Annotations"),
        "the_article": words.translate("Report", "The article"),
        "not_found": words.translate("Report", "not found in version {number}"),
        "wording_changed": words.translate("Report", "wording changed in the new version"),
        "speaker": words.translate("Report", "Speaker: {speaker}"),
        "sources": words.translate("Report", "Sources:"),
        "stance": words.translate("Report", "{stance}:"),
        "accessed": words.translate("Report", "accessed {date}"),
        "archived_copy": words.translate("Report", "archived copy"),
        "reviewer_line": words.translate(
            "Report", "Reviewer: {reviewer} · created {created} · last changed {changed}"
        ),
    }


def plural_texts(words: Words) -> None:
    """Texts the template counts (listed here so that pyside6-lupdate finds them)."""
    words.translate(
        "Report", "%n more not found in version {number}: listed last, not counted here.", None, 1
    )


def text_direction(text: str) -> str:
    """ "rtl" or "ltr": the direction of the first letter with a strong direction (as
    HTML's dir="auto" decides; QTextDocument knows only "ltr" and "rtl")."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


def to_html(report: Report, qt: bool = False) -> str:
    template = environment().get_template("report.html.j2")
    return template.render(
        w=report.words,
        report_dir="rtl" if report.words.rtl else "ltr",
        text_dir=text_direction(report.version.text),
        T=template_words(report.words),
        report=report,
        doc=report.document,
        article=article_html(report),
        verdict_counts=report.verdict_counts(),
        status_counts=report.status_counts(),
        kinds=report.kind_counts(),
        scale=report.scale,
        qt=qt,
        version=__version__,
        AnnotationKind=AnnotationKind,
    )
