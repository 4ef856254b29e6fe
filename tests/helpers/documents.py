"""Fixture drafts in every format, built in the test (no binary files in the repo)."""

from __future__ import annotations

import zipfile
from collections.abc import Mapping
from io import BytesIO
from pathlib import Path

ARTICLE = [
    ("h1", "Council approves budget"),
    ("p", "The mayor said the budget grew by 12% last year."),
    ("h2", "Reaction"),
    ("p", "“This is a disaster,” said the opposition leader 👎."),
]


def make_docx(path: Path, title: str = "Council approves budget") -> Path:
    import docx

    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.author = "Jane Reporter"
    document.add_heading("Council approves budget", level=1)
    paragraph = document.add_paragraph("The mayor said the ")
    paragraph.add_run("budget").bold = True
    paragraph.add_run(" grew by ")
    paragraph.add_run("12%").italic = True
    paragraph.add_run(" last year.")
    document.add_heading("Reaction", level=2)
    document.add_paragraph("“This is a disaster,” said the opposition leader 👎.")
    document.add_paragraph("First point", style="List Bullet")
    document.add_paragraph("Second point", style="List Bullet")
    document.save(str(path))
    return path


ODT_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content
  xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
  xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3">
 <office:automatic-styles>
  <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="T2" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 </office:automatic-styles>
 <office:body><office:text>
  <text:h text:outline-level="1">Council approves budget</text:h>
  <text:p>The mayor said the <text:span text:style-name="T1">budget</text:span> grew by <text:span text:style-name="T2">12%</text:span> last year, says <text:a xlink:href="https://city.example/budget">the city</text:a>.</text:p>
  <text:h text:outline-level="2">Reaction</text:h>
  <text:p>“This is a disaster,” said the opposition leader 👎.</text:p>
  <text:list><text:list-item><text:p>First point</text:p></text:list-item><text:list-item><text:p>Second point</text:p></text:list-item></text:list>
 </office:text></office:body>
</office:document-content>"""

ODT_META = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
 <office:meta><dc:title>Council approves budget</dc:title><meta:initial-creator>Jane Reporter</meta:initial-creator></office:meta>
</office:document-meta>"""


def make_odt(path: Path, content: str = ODT_CONTENT) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
        archive.writestr("meta.xml", ODT_META)
        archive.writestr("META-INF/manifest.xml", "<manifest/>")
    return path


NEWS_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Daily Planet | Council approves budget</title>
<meta name="author" content="Jane Reporter"><meta property="og:site_name" content="Daily Planet">
<meta property="article:published_time" content="2026-11-20T10:00:00Z">
<link rel="canonical" href="https://planet.example/budget">
<script>document.cookie = "tracked=1"; fetch("https://tracker.example/beacon")</script>
<link rel="stylesheet" href="https://cdn.example/style.css"></head>
<body><nav class="menu"><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a></nav>
<div class="cookie-banner" id="cookie-consent">We use cookies to improve your experience. <button>Accept all cookies</button></div>
<div class="ad-slot">ADVERTISEMENT: Buy one get one free at MegaMart</div>
<article><h1>Council approves budget</h1>
<p>The mayor said the <b>budget</b> grew by <em>12%</em> last year, according to <a href="https://city.example/budget">the city's figures</a> and <a href="javascript:alert('x')">a leaked memo</a>.</p>
<h2>Reaction</h2><blockquote><p>“This is a disaster,” said the opposition leader 👎.</p></blockquote>
<p>Officials said the council would publish the full accounts in January, after the audit.</p>
<img src="https://images.example/council.jpg" alt="The council chamber"><iframe src="https://video.example/embed"></iframe>
<form action="https://planet.example/subscribe"><input name="email"></form></article>
<div class="read-more"><h3>Read more</h3><ul><li><a href="/x">Mayor's holiday sparks row</a></li><li><a href="/y">Ten best parks</a></li></ul></div>
<section id="comments" class="comments"><h3>Comments</h3><p>Great article! Totally agree. - reader42</p></section>
<footer>© Daily Planet 2026. All rights reserved.</footer></body></html>"""


def make_pdf(path: Path, paragraphs: list[str]) -> Path:
    """A real PDF with a text layer, written by Qt (needs a QGuiApplication)."""
    from PySide6.QtCore import QMarginsF, QRectF, Qt
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    writer.setTitle("Council approves budget")
    painter = QPainter(writer)
    painter.setFont(QFont("DejaVu Sans", 11))
    area = painter.viewport()
    y = 0.0
    for paragraph in paragraphs:
        rect = painter.boundingRect(
            QRectF(0, y, area.width(), area.height()), Qt.TextFlag.TextWordWrap, paragraph
        )
        painter.drawText(rect, Qt.TextFlag.TextWordWrap, paragraph)
        y = rect.bottom() + painter.fontMetrics().height()
    painter.end()
    return path


def blank_pdf(path: Path) -> Path:
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.drawRect(100, 100, 2000, 2000)  # a drawing, no text: like a scan
    painter.end()
    return path


def zip_bytes(entries: Mapping[str, bytes | str], compression: int = zipfile.ZIP_STORED) -> bytes:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()
