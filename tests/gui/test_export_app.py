"""File > Export and File > Import annotations in the app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from factcheck.ui.main_window import MainWindow
from tests.gui.test_reviewing import mark


@pytest.mark.parametrize("fmt", ["pdf", "html", "csv", "docx"])
def test_export_from_the_app_writes_the_file(
    qtbot, window: MainWindow, tmp_path: Path, fmt: str
) -> None:
    made = mark(qtbot, window, "three-hour meeting")
    assert made and made.id
    window.edit_field(made.id, "verdict", "true")
    target = tmp_path / f"report.{fmt}"
    job = window.export_document(fmt, target)
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=60_000):
        pass
    assert target.exists() and target.stat().st_size > 300
    assert not target.with_name(target.name + ".part").exists()
    assert window.last_export == target
    assert f"Exported {target.name}" in window.statusBar().currentMessage()


def test_export_failure_is_a_message(qtbot, window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "report.html"
    job = window.export_document("html", target)
    assert job is not None
    with qtbot.waitSignal(job.failed, timeout=30_000):
        pass
    assert "missing-folder does not exist" in window.last_error
    assert not list(tmp_path.rglob("*.part"))


def test_annotations_imported_into_the_open_document(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    made = mark(qtbot, window, "killing two civilians")
    assert made and made.document_id
    report = window.controller.workspace.report(made.document_id)
    from factcheck.exporters import export

    path = tmp_path / "a.jsonld"
    path.write_bytes(export(report, "w3c").data)
    window.undo_action.trigger()  # remove the original: the import brings it back
    assert window.controller.annotations == []
    assert window.import_annotations(path) == 1
    assert [a.exact for a in window.controller.annotations] == ["killing two civilians"]
    assert window.view.highlight_count() == 1
    assert "Imported 1 annotation from" in window.statusBar().currentMessage()  # plural forms
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"rows": []}))
    assert window.import_annotations(bad) == 0
    assert "no" in window.last_error


def test_export_menu_entries_exist(window: MainWindow) -> None:
    menus = {a.text().replace("&", "") for a in window.menuBar().actions()}
    assert "File" in menus
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    assert window.export_action.isEnabled()
    assert Qt.ShortcutContext.WindowShortcut == window.export_action.shortcutContext()


def test_pdf_report_shows_hostile_text_as_text(qtbot, workspace, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from factcheck.domain import AnnotationKind, Source
    from factcheck.services import AnnotationDraft
    from factcheck.ui.pdf_export import render_pdf

    document = workspace.import_text(
        "Budget row\n\nThe mayor said the budget grew by 12% last year. השר אמר שהתקציב גדל.",
        title='Council <b>"budget"</b> & <script>steal()</script>',
    )
    assert document.id is not None
    note = "<script>alert('x')</script>\n=HYPERLINK(\"http://evil.example\")"
    workspace.annotate_text(
        document.id,
        "the budget grew by 12% last year",
        AnnotationDraft(AnnotationKind.CLAIM, verdict="false", note=note,
                        sources=[Source(url="https://example.org/?a=1&b=2", title="<i>Evil</i>")]),
    )  # fmt: skip
    target = tmp_path / "hostile.pdf"
    pages = render_pdf(workspace.report(document.id), target, "letter")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(target)).pages).split())
    assert pages >= 1
    assert "<script>alert('x')</script>" in text  # printed, not interpreted
    assert '<b>"budget"</b>' in text and "<i>Evil</i>" in text
    assert "=HYPERLINK" in text


def test_a_full_disk_is_a_message_and_the_edit_is_not_shown_as_saved(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    from factcheck.errors import EnvironmentProblem

    made = mark(qtbot, window, "three-hour meeting")
    assert made and made.id

    def full(*args, **kwargs):
        raise EnvironmentProblem("the disk is full; free some space and try again")

    monkeypatch.setattr(window.controller.workspace, "update_annotation", full)
    window.edit_field(made.id, "verdict", "true")
    assert "disk is full" in window.last_error
    assert window.controller.annotation(made.id).verdict is None  # type: ignore[union-attr]
    assert window.undo_stack.count() == 1  # only the creation, which did save


def test_closing_the_window_finishes_an_export_under_way(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    mark(qtbot, window, "three-hour meeting")
    target = tmp_path / "closing.pdf"
    job = window.export_document("pdf", target)
    assert job is not None
    window.close()  # must wait for the writer thread, not destroy it mid-way
    assert target.read_bytes().startswith(b"%PDF")


def test_a_pdf_export_reports_its_pages_and_can_be_cancelled(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "report.pdf"
    job = window.export_document("pdf", target)
    assert job is not None
    pages: list[tuple[int, int]] = []
    job.progressed.connect(lambda done, total: pages.append((done, total)))
    # The reviewer clicks Cancel while page 1 is drawn (direct: in the export's thread,
    # before it can draw page 2, so that a fast machine cannot finish first).
    job.worker.progressed.connect(
        lambda _done, _total: job.worker.cancel(), Qt.ConnectionType.DirectConnection
    )
    with qtbot.waitSignal(job.cancelled, timeout=20_000):
        pass
    assert pages and pages[0][0] == 1 and pages[0][1] >= 1
    assert not target.exists()
    assert not list(tmp_path.glob("*.part"))  # no half-written file either
    assert "cancelled" in window.statusBar().currentMessage()

    again = window.export_document("pdf", target)
    assert again is not None
    with qtbot.waitSignal(again.done, timeout=20_000):
        pass
    assert target.read_bytes().startswith(b"%PDF")


def _pages_of_lines(document, page_height: float, block) -> tuple[int, int]:
    """The pages of a block's first and last line in the laid-out document."""
    top = document.documentLayout().blockBoundingRect(block).top()
    lines = block.layout()
    first = top + lines.lineAt(0).rect().top()
    last = top + lines.lineAt(lines.lineCount() - 1).rect().bottom()
    return int(first // page_height), int((last - 0.5) // page_height)


def _blocks(document):
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def test_pdf_headings_stay_with_what_follows(qtbot, workspace, tmp_path: Path) -> None:
    """No heading (a section's or an annotation's) alone at the foot of a page, and
    none split over two pages, whatever the lengths of the notes before it."""
    from factcheck.domain import AnnotationKind
    from factcheck.services import AnnotationDraft
    from factcheck.ui.pdf_export import lay_out_report

    sentences = [
        f"Sentence {n} of the draft says the budget grew by {n}% in May." for n in range(60)
    ]
    paragraphs = [" ".join(sentences[n : n + 4]) for n in range(0, 60, 4)]
    document = workspace.import_text(
        "\n\n".join(paragraphs), title="A long title for a council budget story " * 3
    )
    assert document.id is not None
    for n in range(0, 60, 2):
        workspace.annotate_text(
            document.id,
            f"budget grew by {n}%",
            AnnotationDraft(
                AnnotationKind.CLAIM, verdict="false", note="Checked with the council. " * (n % 7)
            ),
        )
    report = workspace.report(document.id)
    from PySide6.QtGui import QTextCursor

    for height in (600, 700, 777, 1000, 1100):  # page heights that cut in different places
        laid_out, page_height = lay_out_report(report, 500, height)
        assert laid_out.pageCount() >= 3
        headings = 0
        block = laid_out.begin()
        while block.isValid():
            following = block.next()
            if block.blockFormat().headingLevel() and following.isValid():
                headings += 1
                first, last = _pages_of_lines(laid_out, page_height, block)
                assert first == last, f"heading {block.text()!r} split over pages"
                next_first, _ = _pages_of_lines(laid_out, page_height, following)
                assert next_first == first, f"heading {block.text()!r} alone on page {first}"
            block = following
        assert headings > 30  # the annotation headers are headings too
        # The summary's tables are whole on one page.
        layout = laid_out.documentLayout()
        tables = {
            table.firstPosition(): table
            for block in _blocks(laid_out)
            if (table := QTextCursor(block).currentTable()) is not None
        }
        assert len(tables) == 2
        for table in tables.values():
            rect = layout.frameBoundingRect(table)
            assert int(rect.top() // page_height) == int((rect.bottom() - 1) // page_height)


def test_pdf_footer_shortens_the_title_at_a_word() -> None:
    from PySide6.QtGui import QFont, QFontMetricsF

    from factcheck.ui.pdf_export import ensure_gui_application, footer_text

    ensure_gui_application()
    font = QFont("DejaVu Serif")
    font.setPointSizeF(8.5)
    title = "Putin Holds Three-Hour Meeting With Trump Envoy in Moscow as Ukraine Deadline Nears"
    assert footer_text("Short title", 2, 9, font, 600) == "Short title — page 2 of 9"
    shown = footer_text(title, 12, 140, font, 300)
    assert shown.endswith("… — page 12 of 140")
    kept = shown.removesuffix("… — page 12 of 140")
    assert title.startswith(kept + " ") and len(kept) > 5  # whole words only
    assert QFontMetricsF(font).horizontalAdvance(shown) <= 300


def test_claimreview_from_the_app_asks_for_the_publisher_first(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    made = mark(qtbot, window, "three-hour meeting")
    assert made is not None and made.id is not None
    window.edit_field(made.id, "verdict", "true")
    window.prefs.organisation = window.prefs.organisation_url = ""
    opened: list[bool] = []
    monkeypatch.setattr(window, "edit_preferences", lambda: opened.append(True))

    def answer(button_text: str) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, lambda: answer(button_text))
            return
        next(b for b in box.buttons() if button_text in b.text().replace("&", "")).click()

    target = tmp_path / "reviews.json"
    QTimer.singleShot(0, lambda: answer("Open Preferences"))
    assert window.export_document("claimreview", target) is None
    assert opened and not target.exists()  # Preferences offered; still unset: no file

    window.prefs.organisation, window.prefs.organisation_url = "Planet", "https://planet.example"
    job = window.export_document("claimreview", target)
    assert job is not None
    job.wait()
    qtbot.waitUntil(target.exists)


def test_export_proposes_the_title_in_the_last_export_folder(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    asked: list[tuple[str, str]] = []
    folder = tmp_path / "exports"
    folder.mkdir()

    def save_as(_parent, _caption, proposed, filters, chosen):
        asked.append((proposed, chosen))
        markdown = next(f for f in filters.split(";;") if "*.md" in f)
        return str(folder / "mine.md"), markdown

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window.export_document()
    window.export_document()
    title = window.controller.document.title  # type: ignore[union-attr]
    first, second = asked
    assert Path(first[0]).name == f"{title}.html"  # the whole title, not cut at 60
    assert Path(second[0]) == folder / f"{title}.md"  # where the last went, as it was
    assert "*.md" in second[1]
