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
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from factcheck.domain.text import os_text
from factcheck.domain.words import ENGLISH, Words
from factcheck.errors import Cancelled, EnvironmentProblem
from factcheck.exporters import Report
from factcheck.exporters.html_report import to_html
from factcheck.ui.fonts import register_bundled_fonts
from factcheck.ui.i18n import translate

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
DPI = 96  # QTextDocument lays out in 96-dpi pixels
FOOTER = 28  # pixels kept free at the bottom of each page for the page number


def ensure_gui_application() -> QGuiApplication:
    """Fonts need a QGuiApplication; without a display, the offscreen platform serves."""
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
    if not isinstance(app, QGuiApplication):
        raise RuntimeError("a PDF needs a QGuiApplication, and a QCoreApplication runs")
    # Every script a report may hold has a glyph, embedded in the PDF (resources/fonts).
    register_bundled_fonts()
    return app


def lay_out_report(report: Report, width: float, height: float) -> tuple[QTextDocument, float]:
    """The report as pages of ``width`` x ``height`` pixels, less the footer: the
    document and the height of its pages."""
    document = QTextDocument()
    font = QFont("DejaVu Serif")
    font.setPointSizeF(10.5)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setHtml(to_html(report, qt=True))
    page_height = height - FOOTER
    document.setPageSize(QSizeF(width, page_height))
    keep_headings_with_next(document, page_height)
    return document, page_height


def footer_text(
    title: str, page: int, pages: int, font: QFont, width: float, words: Words = ENGLISH
) -> str:
    """ "Title — page N of M" in the report's language, the title shortened at a word
    with an ellipsis when the line would not fit (never cut mid-word, never the page
    number)."""
    metrics = QFontMetricsF(font)
    line = words.translate("PdfExport", "{title} — page {page} of {pages}")

    def with_title(shown: str) -> str:
        return line.format(title=shown, page=words.number(page), pages=words.number(pages))

    room = width * 0.8 - metrics.horizontalAdvance(with_title(""))
    title_words = " ".join(title.split()).split(" ")
    shown = " ".join(title_words)
    while len(title_words) > 1 and metrics.horizontalAdvance(shown) > room:
        title_words.pop()
        shown = " ".join(title_words).rstrip(",;:—-") + "…"
    if metrics.horizontalAdvance(shown) > room:  # one long word: letters must go
        shown = metrics.elidedText(shown, Qt.TextElideMode.ElideRight, max(room, 0.0))
    return with_title(shown)


def keep_headings_with_next(document: QTextDocument, page_height: float) -> None:
    """No heading alone at the foot of a page, and no heading split over two pages:
    such a heading starts the next page instead. QTextDocument has no keep-with-next,
    so the laid-out document is checked heading by heading, top to bottom (each break
    moves only what follows it)."""
    layout = document.documentLayout()
    document.pageCount()  # lays the whole document out (it is otherwise done lazily)
    block = document.begin()
    while block.isValid():
        following = block.next()
        _keep_small_table_whole(document, block, page_height)
        if (
            block.blockFormat().headingLevel() > 0
            and following.isValid()
            and block.layout().lineCount()
        ):
            top = layout.blockBoundingRect(block).top()
            page = int(top // page_height)
            lines = block.layout()
            # What must come with it: all of a heading that follows (the article's own
            # title after "The article"), else the first two lines of the next block.
            first_below = layout.blockBoundingRect(following).top()
            below = following.layout()
            if below.lineCount():
                kept = (
                    below.lineCount()
                    if following.blockFormat().headingLevel() > 0
                    else min(2, below.lineCount())
                )
                first_below += below.lineAt(kept - 1).rect().bottom()
            last_line_bottom = top + lines.lineAt(lines.lineCount() - 1).rect().bottom()
            alone = int(first_below // page_height) > page
            split = int(last_line_bottom // page_height) > page
            fits_on_a_page = first_below - top < page_height
            if (alone or split) and fits_on_a_page and top % page_height > 1:
                cursor = QTextCursor(block)
                fmt = block.blockFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.setBlockFormat(fmt)
        block = following


def _keep_small_table_whole(document: QTextDocument, block: QTextBlock, page_height: float) -> None:
    """A table that fits on a page (the summary's) is not cut in two: it starts the
    next page. Checked at its first cell, in document order with the headings."""
    table = QTextCursor(block).currentTable()
    if table is None or table.cellAt(0, 0).firstCursorPosition().block() != block:
        return
    rect = document.documentLayout().frameBoundingRect(table)
    split = int(rect.top() // page_height) != int((rect.bottom() - 1) // page_height)
    if split and rect.height() < page_height and rect.top() % page_height > 1:
        fmt = table.format()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        table.setFormat(fmt)


# Told (pages done, pages in all) after each page; answers False to stop the export.
PageProgress = Callable[[int, int], bool]


def render_pdf(
    report: Report, target: Path, page_size: str = "a4", progress: PageProgress | None = None
) -> int:
    """Write the report; returns the number of pages. Cancelled when ``progress``
    answers False (the partial file is then removed by the caller's atomic write)."""
    ensure_gui_application()
    writer = QPdfWriter(str(target))
    writer.setTitle(
        report.words.translate("PdfExport", "Fact-check report: {title}").format(
            title=report.document.title
        )
    )
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
    document, page_height = lay_out_report(report, area.width(), area.height())
    font = document.defaultFont()
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        raise EnvironmentProblem(
            translate("PdfExport", "cannot write {file}: the PDF could not be opened").format(
                file=os_text(target.name)
            )
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
                footer_text(
                    report.document.title,
                    page + 1,
                    pages,
                    footer_font,
                    area.width(),
                    report.words,
                ),
            )
            if progress is not None and not progress(page + 1, pages):
                raise Cancelled(
                    translate("PdfExport", "the export was cancelled; nothing was written")
                )
    finally:
        painter.end()
    return pages
