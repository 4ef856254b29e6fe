"""Exporters: one module per format. All Qt-free, except PDF (drawn by Qt in the UI layer)."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.exporters.report import Report, build_report

FORMATS = {
    "html": ("HTML report", ".html"),
    "pdf": ("PDF report", ".pdf"),
    "docx": ("Word document with comments", ".docx"),
    "md": ("Markdown", ".md"),
    "csv": ("CSV spreadsheet", ".csv"),
    "w3c": ("W3C Web Annotation JSON-LD", ".jsonld"),
    "claimreview": ("schema.org ClaimReview JSON-LD", ".json"),
}


@dataclass(frozen=True)
class Exported:
    data: bytes
    note: str = ""  # something the user should know, e.g. skipped claims


def export(report: Report, fmt: str) -> Exported:
    """Every format but PDF (see factcheck.ui.pdf_export)."""
    if fmt == "html":
        from factcheck.exporters.html_report import to_html

        return Exported(to_html(report).encode("utf-8"))
    if fmt == "md":
        from factcheck.exporters.tabular import to_markdown

        return Exported(to_markdown(report).encode("utf-8"))
    if fmt == "csv":
        from factcheck.exporters.tabular import to_csv

        return Exported(to_csv(report).encode("utf-8"))
    if fmt == "docx":
        from factcheck.exporters.docx_report import to_docx

        return Exported(to_docx(report))
    if fmt == "w3c":
        from factcheck.exporters.jsonld import to_w3c

        return Exported(to_w3c(report).encode("utf-8"))
    if fmt == "claimreview":
        from factcheck.exporters.jsonld import to_claimreview

        text, skipped, unsettled = to_claimreview(report)
        notes = []
        if skipped:
            notes.append(f"skipped {skipped} unrated claim{'s' if skipped != 1 else ''}")
        if unsettled:
            notes.append(
                f"skipped {unsettled} claim{'s' if unsettled != 1 else ''} whose words "
                "changed in a newer version and wait in the review queue"
            )
        return Exported(text.encode("utf-8"), "; ".join(notes))
    raise ValueError(f"no exporter for {fmt!r}")


__all__ = ["FORMATS", "Exported", "Report", "build_report", "export"]
