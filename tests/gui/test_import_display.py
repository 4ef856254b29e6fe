"""PDF import (fixtures written by QPdfWriter) and the exact display <-> text mapping."""

from __future__ import annotations

import datetime as dt
import socket
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor

from factcheck.domain import BlockKind
from factcheck.errors import UserInputError
from factcheck.importers import read_document
from factcheck.ui.article_view import ArticleView
from factcheck.ui.main_window import MainWindow
from tests.helpers.documents import NEWS_PAGE, blank_pdf, make_docx, make_odt, make_pdf

PARAGRAPHS = [
    "Council approves budget",
    "The mayor said the budget grew by 12% last year, and that the council would "
    "publish the full accounts in January after the audit had been completed.",
    "“This is a disaster,” said the opposition leader.",
]


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access during import or display")

    monkeypatch.setattr(socket.socket, "connect", refuse)


def test_pdf_text_layer_becomes_paragraphs(qapp, tmp_path: Path) -> None:
    imported = read_document(make_pdf(tmp_path / "draft.pdf", PARAGRAPHS))
    assert imported.format == "pdf"
    assert imported.title == "Council approves budget"
    assert imported.text.split("\n\n") == PARAGRAPHS


def test_pdf_without_text_layer_is_refused(qapp, tmp_path: Path) -> None:
    with pytest.raises(UserInputError, match="no text layer; OCR is not supported"):
        read_document(blank_pdf(tmp_path / "scan.pdf"))


@pytest.mark.parametrize("kind", ["docx", "odt", "html", "pdf"])
def test_display_maps_exactly_to_the_canonical_text(qtbot, tmp_path: Path, kind: str) -> None:
    if kind == "docx":
        path = make_docx(tmp_path / "d.docx")
    elif kind == "odt":
        path = make_odt(tmp_path / "d.odt")
    elif kind == "pdf":
        path = make_pdf(tmp_path / "d.pdf", PARAGRAPHS)
    else:
        path = tmp_path / "d.html"
        path.write_text(NEWS_PAGE, encoding="utf-8")
    imported = read_document(path)
    from factcheck.domain import Version
    from factcheck.domain.models import utc_now

    version = Version(1, 1, imported.text, imported.structure, path.name, "h", utc_now(), id=1)
    view = ArticleView()
    qtbot.addWidget(view)
    view.show_version(version)
    text = imported.text
    for block in imported.structure:
        view.select_span(block.start, block.end)
        shown = view.textCursor().selectedText().replace("\u2029", "\n")
        assert shown == text[block.start : block.end]
        assert view.selection_span() == (block.start, block.end)
        for span in block.spans:
            cursor = QTextCursor(view.document())
            cursor.setPosition(view._offsets.to_utf16(span.start) + 1)
            fmt = cursor.charFormat()
            if span.kind == "strong":
                assert fmt.fontWeight() >= 600
            elif span.kind == "emphasis":
                assert fmt.fontItalic()
            elif span.kind == "link":
                assert fmt.anchorHref() == span.href  # shown, never followed by the view
    if any(b.kind is BlockKind.LIST_ITEM for b in imported.structure):
        lists = {
            view.document().findBlock(view._offsets.to_utf16(b.start)).textList() is not None
            for b in imported.structure
            if b.kind is BlockKind.LIST_ITEM
        }
        assert lists == {True}  # bullets drawn by Qt, not added to the text
    assert not view.openLinks()


def test_importing_a_docx_in_the_app_fills_the_metadata(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    document_id = window.import_path(make_docx(tmp_path / "draft.docx"))
    assert document_id is not None
    document = window.controller.document
    assert document is not None and document.author == "Jane Reporter"
    assert "budget grew by 12%" in window.view.toPlainText()

    from factcheck.ui.document_dialog import DocumentDialog

    def fill(dialog: DocumentDialog) -> int:
        dialog.outlet.setText("Daily Planet")
        dialog.url.setText("https://planet.example/budget")
        dialog.published.setText("2026-11-20")
        dialog.accept()
        return 1

    monkeypatch.setattr(DocumentDialog, "exec", fill)
    window.properties_action.trigger()
    saved = window.controller.workspace.document(document_id)
    assert (saved.outlet, saved.url, str(saved.published)) == (
        "Daily Planet",
        "https://planet.example/budget",
        "2026-11-20",
    )


def test_document_dialog_refuses_bad_metadata(qtbot) -> None:
    from factcheck.domain import Document
    from factcheck.ui.document_dialog import DocumentDialog

    dialog = DocumentDialog(None, Document(title="T"))
    qtbot.addWidget(dialog)
    dialog.url.setText("javascript:alert(1)")
    dialog.accept()
    assert dialog.changes is None and "http" in dialog.error.text()
    dialog.url.setText("")
    dialog.published.setText("20 Nov")
    dialog.accept()
    example = dt.date.today().isoformat()  # the message shows today's date as the example
    assert dialog.changes is None and example in dialog.error.text()


def test_the_app_says_what_an_import_left_out(qtbot, window: MainWindow, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.helpers import fidelity

    path = fidelity.write(
        tmp_path / "tracked.docx", fidelity.docx_with_body(fidelity.TRACKED_CHANGES)
    )
    document_id = window.import_path(path)
    assert document_id is not None
    box = window.findChild(QMessageBox, "importNotes")
    assert box is not None and box.isVisible()
    assert "tracked changes" in box.informativeText()
    assert "1 note" in box.text() or "notes" in box.text()


def test_cancelling_an_import_stores_nothing(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QProgressDialog

    from factcheck.ui import import_progress

    path = tmp_path / "long.pdf"
    make_pdf(path, PARAGRAPHS * 3)
    before = window.controller.library()
    shown: list[bool] = []
    monkeypatch.setattr(import_progress, "SHOW_AFTER_MS", 0)
    monkeypatch.setattr(import_progress, "EVENTS_EVERY_MS", 0)

    def pressed_cancel(dialog: QProgressDialog) -> bool:
        shown.append(dialog.isVisible())  # the bar is up while the draft is read
        return len(shown) > 1  # Cancel pressed once reading is under way

    monkeypatch.setattr(QProgressDialog, "wasCanceled", pressed_cancel)
    assert window.import_path(path) is None
    assert shown and shown[-1]
    assert window.controller.library() == before
    assert "cancelled" in window.statusBar().currentMessage()
    dialog = window.findChild(QProgressDialog, "importProgress")
    assert dialog is None or not dialog.isVisible()
