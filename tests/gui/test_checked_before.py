"""The claim memory in the window: earlier checks of the selected claim, reused in
two clicks; a search box over the whole memory; feeds imported with progress."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from factcheck.domain import SourceKind
from factcheck.domain.claims import ClaimMatch
from factcheck.ui.main_window import MainWindow
from tests.gui.test_reviewing import mark
from tests.helpers.claimreviews import all_reviews, as_datafeed, review

WITKOFF = review(
    "witkoff-three-hours",
    "Putin held a three-hour meeting on Wednesday with Steve Witkoff",
    "False",
    "Orbit Checks",
    "RksNews",
)


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the claim memory touched the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)


@pytest.fixture
def feed(tmp_path: Path) -> Path:
    path = tmp_path / "checks.json"
    path.write_bytes(as_datafeed([WITKOFF, *all_reviews()]))
    return path


def _matches(qtbot, window: MainWindow) -> list[ClaimMatch]:
    panel = window.checked_before.panel
    qtbot.waitUntil(
        lambda: not panel.status.text().startswith(("Searching", "Looking")), timeout=10_000
    )
    return panel.model.matches


def test_a_selected_claim_shows_earlier_checks_and_reuses_one_in_two_clicks(
    qtbot, window: MainWindow, feed: Path
) -> None:
    assert window.checked_before.import_feed(feed)
    assert "added" in window.statusBar().currentMessage()
    claim = mark(qtbot, window, "held a three-hour meeting on Wednesday with Steve Witkoff")
    assert claim is not None and claim.id is not None
    matches = _matches(qtbot, window)
    assert matches and matches[0].publisher == "Orbit Checks"
    assert matches[0].match.value == "same" and matches[0].rating == "False"
    panel = window.checked_before.panel
    assert "1 likely the same claim" in panel.status.text() or "likely" in panel.status.text()
    # Click one: Use this verdict. Click two is not needed: the best one is selected.
    panel.use_button.click()
    stored = window.controller.workspace.annotation(claim.id)
    assert stored.verdict == "false"
    [source] = stored.sources
    assert source.url == "https://orbitchecks.example/checks/witkoff-three-hours"
    assert source.publisher == "Orbit Checks"
    # One undo takes back both the verdict and the source.
    window.undo_action.trigger()
    again = window.controller.workspace.annotation(claim.id)
    assert again.verdict is None and again.sources == []


def test_the_desks_own_checks_are_in_the_memory(qtbot, window: MainWindow) -> None:
    first = mark(qtbot, window, "Trump previously gave Moscow a 50-day ultimatum")
    assert first is not None and first.id is not None
    window.edit_field(first.id, "verdict", "mostly-true")
    # Paste the same claim as a new document, mark it: the first check comes up.
    document_id = window.controller.workspace.import_text(
        "Reports say Trump previously gave Moscow a 50-day ultimatum last month.",
        title="Wire copy",
    ).id
    assert document_id is not None
    window.open_document(document_id)
    second = mark(qtbot, window, "Trump previously gave Moscow a 50-day ultimatum")
    assert second is not None and second.id != first.id
    matches = _matches(qtbot, window)
    assert matches and matches[0].annotation == first.id  # not itself
    assert matches[0].verdict_key == "mostly-true"
    window.checked_before.panel.use_button.click()
    stored = window.controller.workspace.annotation(second.id)
    assert stored.verdict == "mostly-true"
    assert [s.kind for s in stored.sources] in ([SourceKind.WEB], [SourceKind.DOCUMENT])


def test_the_search_box_searches_the_whole_memory(qtbot, window: MainWindow, feed: Path) -> None:
    window.checked_before.import_feed(feed)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.view.setFocus()
    qtbot.keyClick(
        window.view,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    box = window.checked_before.panel.query
    assert box.hasFocus() and window.checked_before.dock.isVisible()
    qtbot.keyClicks(box, "is the moon made of cheese? https://t.co/x #space")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    matches = _matches(qtbot, window)
    assert matches and "cheddar" in matches[0].claim


def test_opening_a_link_asks_first(qtbot, window: MainWindow, feed: Path, monkeypatch) -> None:
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    asked: list[str] = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.checked_before.import_feed(feed)
    mark(qtbot, window, "held a three-hour meeting on Wednesday with Steve Witkoff")
    _matches(qtbot, window)
    window.checked_before.panel.open_button.click()
    assert asked and "orbitchecks.example" in asked[0] and opened == []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    window.checked_before.panel.open_button.click()
    assert opened == ["https://orbitchecks.example/checks/witkoff-three-hours"]


def test_a_broken_feed_is_one_message_and_changes_nothing(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json")
    assert not window.checked_before.import_feed(bad)
    assert window.last_error and "\n" not in window.last_error
    QApplication.processEvents()


def test_using_a_typed_searchs_result_asks_which_claim_first(
    qtbot, window: MainWindow, feed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.checked_before.import_feed(feed)
    claim = mark(qtbot, window, "held a three-hour meeting on Wednesday with Steve Witkoff")
    assert claim is not None and claim.id is not None
    _matches(qtbot, window)
    panel = window.checked_before.panel
    panel.query.setText("the moon is made of cheese")
    window.checked_before.search_typed()
    assert "cheddar" in _matches(qtbot, window)[0].claim
    asked: list[str] = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    panel.use_button.click()
    assert asked and "three-hour meeting" in asked[0] and "cheddar" in asked[0]
    stored = window.controller.workspace.annotation(claim.id)
    assert stored.verdict is None and stored.sources == []  # declined: nothing changed
    assert panel.query.text() == "the moon is made of cheese"
