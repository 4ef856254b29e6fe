"""The PDF report: the HTML report laid out by QTextDocument and written by QPdfWriter.

The document is paginated once to the writer's page and each page is drawn with a
"page N of M" footer (QTextDocument.print_ would lay out a second copy). The writer
works at the document's own 96 dpi so that no scaling is needed. Works without a
screen (offscreen platform) for the command line too.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from factcheck.domain.text import os_text
from factcheck.errors import Cancelled, EnvironmentProblem
from factcheck.exporters import Report
from factcheck.exporters.html_report import to_html

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
DPI = 96  # QTextDocument lays out in 96-dpi pixels
FOOTER = 28  # pixels kept free at the bottom of each page for the page number


def ensure_gui_application() -> QGuiApplication:
    """Fonts need a QGuiApplication; without a display, the offscreen platform serves."""
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
    assert isinstance(app, QGuiApplication)
    return app


# Told (pages done, pages in all) after each page; answers False to stop the export.
PageProgress = Callable[[int, int], bool]


def render_pdf(
    report: Report, target: Path, page_size: str = "a4", progress: PageProgress | None = None
) -> int:
    """Write the report; returns the number of pages. Cancelled when ``progress``
    answers False (the partial file is then removed by the caller's atomic write)."""
    ensure_gui_application()
    writer = QPdfWriter(str(target))
    writer.setTitle(f"Fact-check report: {report.document.title}")
    writer.setCreator("Factcheck")
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_SIZES[page_size.lower()]),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 16, 18, 14),
            QPageLayout.Unit.Millimeter,
        )
    )
    area = writer.pageLayout().paintRectPixels(DPI)
    document = QTextDocument()
    font = QFont("DejaVu Serif")
    font.setPointSizeF(10.5)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setHtml(to_html(report, qt=True))
    page_height = area.height() - FOOTER
    document.setPageSize(QSizeF(area.width(), page_height))
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        raise EnvironmentProblem(
            f"cannot write {os_text(target.name)}: the PDF could not be opened"
        )
    footer_font = QFont(font)
    footer_font.setPointSizeF(8.5)
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            try:
                painter.translate(0, -page * page_height)
                document.drawContents(
                    painter, QRectF(0, page * page_height, area.width(), page_height)
                )
            finally:
                painter.restore()  # even when interrupted: no "saved states" warning
            painter.setFont(footer_font)
            painter.drawText(
                QRectF(0, page_height, area.width(), FOOTER),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                f"{report.document.title[:80]} — page {page + 1} of {pages}",
            )
            if progress is not None and not progress(page + 1, pages):
                raise Cancelled("the export was cancelled; nothing was written")
    finally:
        painter.end()
    return pages
