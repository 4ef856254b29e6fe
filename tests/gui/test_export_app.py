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
    assert "cannot write" in window.last_error


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
    assert "Imported 1 annotations" in window.statusBar().currentMessage()
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
