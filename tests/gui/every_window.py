"""Every window and dialog of the app, built and shown as a reviewer meets them: for
the checks that walk them all (accessible names, the pseudo-languages)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from factcheck.domain import Source, SourceKind
from factcheck.ui.main_window import MainWindow
from tests.gui.test_reviewing import mark


def prepared_window(qtbot, window: MainWindow, tmp_path: Path) -> MainWindow:
    """The main window with a claim selected (the panel's fields show), a second
    version (the version list and the review queue have something), the review
    queue and the Checked before dock open."""
    made = mark(qtbot, window, "three-hour meeting")
    assert made is not None and made.id is not None
    text = window.controller.document.latest.text  # type: ignore[union-attr]
    newer = tmp_path / "newer.txt"
    newer.write_text(text.replace("three-hour meeting", "long meeting"), encoding="utf-8")
    window.revise_from(newer)
    window.review_dock.show()
    window.checked_before.dock.show()
    window.find_bar.open_bar()
    window.select_annotation(made.id)
    QApplication.processEvents()
    return window


def dialogs(window: MainWindow) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    """Name and maker of each dialog (made on demand: each is closed after its check)."""
    from factcheck.ui.compare_dialog import VersionCompareDialog
    from factcheck.ui.conflict_dialog import ConflictDialog
    from factcheck.ui.connection import ConnectDialog
    from factcheck.ui.document_dialog import DocumentDialog
    from factcheck.ui.help import HelpDialog, getting_started_html, shortcut_html
    from factcheck.ui.preferences import PreferencesDialog

    document = window.controller.document
    assert document is not None
    annotation = window.controller.annotations[0]
    yield "preferences", lambda: PreferencesDialog(window.prefs, window.controller.scale, window)
    yield "document properties", lambda: DocumentDialog(window, document)
    for kind in SourceKind:
        source = Source(url="https://example.org/report", title="Report", kind=kind)
        if kind in (SourceKind.INTERVIEW, SourceKind.EMAIL, SourceKind.PHONE):
            source = Source(
                title="Call", kind=kind, publisher="A. Minister", accessed=dt.date(2026, 11, 2)
            )
        yield f"source ({kind.value})", _source_dialog(window, source)
    yield "connect to team database", lambda: ConnectDialog(window)
    yield (
        "conflict",
        lambda: ConflictDialog(
            annotation, {"note": "Mine"}, annotation, window.controller.scale, window
        ),
    )
    yield "compare versions", lambda: VersionCompareDialog(window, document)
    yield "getting started", lambda: HelpDialog("Getting started", getting_started_html(), window)
    yield "shortcuts", lambda: HelpDialog("Keyboard shortcuts", shortcut_html(window), window)


def _source_dialog(window: MainWindow, source: Source) -> Callable[[], QWidget]:
    from factcheck.ui.source_dialog import SourceDialog

    return lambda: SourceDialog(window, source)


def shown(qtbot, widget: QWidget, size: tuple[int, int] | None = None) -> QWidget:
    if size:
        widget.resize(*size)
    widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    return widget
