"""CSV (one row per annotation, for Excel) and Markdown (for a CMS or chat)."""

from __future__ import annotations

import csv
import io
import re

from factcheck.domain import AnnotationKind
from factcheck.exporters.report import Report

# A cell starting with one of these is a formula to Excel, LibreOffice and Sheets.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
CSV_COLUMNS = [
    "number",
    "id",
    "kind",
    "quote",
    "verdict",
    "rating",
    "status",
    "speaker",
    "note",
    "source_urls",
    "source_titles",
    "state",
    "start",
    "end",
    "author",
    "created",
    "modified",
    "document",
    "version",
    "source_details",  # who, when and what was said, one line per source (added last)
]


def neutralise(value: object) -> str:
    """Text that a spreadsheet shows as text, never runs as a formula (OWASP's advice)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_csv(report: Report) -> str:
    """UTF-8 with a byte-order mark, so that Excel reads accents and emoji right."""
    buffer = io.StringIO()
    # Every text cell quoted: a spreadsheet that splits on ";" (many locales) must not
    # find a formula after a semicolon inside a note.
    writer = csv.writer(buffer, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    scale = report.scale
    for item in report.items:
        a = item.annotation
        verdict = scale.get(a.verdict)
        row = [
            item.number,
            a.id,
            a.kind.value,
            a.exact,
            verdict.label if verdict else "",
            verdict.rating if verdict and verdict.rating is not None else "",
            a.status.label,
            a.speaker,
            a.note,
            "\n".join(s.url for s in a.sources),
            "\n".join(s.title or s.display_name for s in a.sources),
            a.state.value,
            a.start if item.anchored else "",
            a.end if item.anchored else "",
            a.author,
            a.created_at.isoformat(),
            a.updated_at.isoformat(),
            report.document.title,
            report.version.number,
            "\n".join(" ".join(s.details().split()) for s in a.sources),
        ]
        writer.writerow([neutralise(cell) for cell in row])
    return "\ufeff" + buffer.getvalue()


# Characters that start formatting, links, HTML or table cells anywhere in a line.
_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
# "&amp;" and "&#60;" would turn into the characters they name.
_MD_ENTITY = re.compile(r"&(?=#?\w+;)")
# What makes a block of a line only at its start: a heading, quote, list or rule.
_MD_LINE_START = re.compile(r"^(\d{1,9})([.)])(?=\s|$)|^([#>+\-=])")


def md(text: str) -> str:
    """Markdown-escaped, one line: user text can neither format nor inject HTML.

    Only what Markdown would misread is escaped, so "U.S." and "3.5-point" stay as
    they are written."""
    line = _MD_INLINE.sub(r"\\\1", " ".join(text.split()))
    line = _MD_ENTITY.sub(r"\\&", line)
    return _MD_LINE_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", line, count=1)


def md_url(url: str) -> str:
    return url.replace("(", "%28").replace(")", "%29").replace(" ", "%20")


def to_markdown(report: Report) -> str:
    doc = report.document
    w = report.words
    lines = [w.translate("Report", "# Fact-check: {title}").format(title=md(doc.title)), ""]
    byline = " · ".join(md(x) for x in (doc.outlet, doc.author) if x)
    if byline:
        lines += [byline, ""]
    if doc.url:
        lines += [f"<{md_url(doc.url)}>", ""]
    kinds = report.kind_counts()
    counts = ", ".join(w.kind_count(kind, kinds[kind.value]) for kind in AnnotationKind)
    lines += [
        w.translate("Report", "Version {number} · {counts} · generated {time}").format(
            number=report.version.number, counts=counts, time=w.timestamp(report.generated_at)
        ),
        "",
    ]
    orphaned = report.orphaned_count
    if orphaned:
        lines += [
            w.translate(
                "Report",
                "%n more not found in version {number}: listed last, not counted here.",
                None,
                orphaned,
            ).format(number=report.version.number),
            "",
        ]
    verdict, count = w.translate("Report", "Verdict"), w.translate("Report", "Count")
    lines += [f"| {md(verdict)} | {md(count)} |", "| --- | ---: |"]
    lines += [f"| {md(row.label)} | {row.count} |" for row in report.verdict_counts() if row.count]
    lines += ["", "## " + md(w.translate("Report", "Annotations")), ""]
    for item in report.items:
        a = item.annotation
        verdict = report.verdict_label(a.verdict) if a.kind.value != "note" or a.verdict else ""
        head = f"{item.number}. **{md(w.kind(a.kind))}**"
        if verdict:
            head += f" — **{md(verdict)}**"
        head += f" ({md(w.status(a.status))})"
        if not item.anchored:
            head += " — *" + md(w.translate("Report", "not found in this version")) + "*"
        lines.append(head)
        lines.append(f"   > {md(a.exact)}")
        if a.speaker:
            speaker = w.translate("Report", "Speaker: {speaker}")
            lines.append("   - " + md(speaker.format(speaker=a.speaker)))
        if a.note:
            lines.append("   - " + md(w.translate("Report", "Note: {note}").format(note=a.note)))
        for source in a.sources:
            stance = w.translate("Report", "Source ({stance}):").format(
                stance=w.stance(source.stance).lower()
            )
            line = f"   - {md(stance)} "
            details = w.source_details(source)
            if source.url:
                line += f"[{md(source.title or source.url)}]({md_url(source.url)})"
                rest = details.removeprefix(source.title)
                line += md(rest) if rest.strip() else ""
            else:  # an interview, an email, a call: who and when, no link
                line += md(details)
            lines.append(line)
        lines.append("")
    return "\n".join(lines)
