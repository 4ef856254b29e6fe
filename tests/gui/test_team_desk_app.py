"""The desk as the reviewer sees it: others' changes appear, a conflict is a choice,
a lost server shows a banner and keeps what was typed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from factcheck.config import Preferences
from factcheck.domain import AnnotationKind, ReviewStatus
from factcheck.services import AnnotationDraft, Workspace
from factcheck.services.team import add_user, init_team
from factcheck.ui.app import build_window
from factcheck.ui.conflict_dialog import ConflictDialog, merge_notes
from factcheck.ui.main_window import MainWindow
from tests.helpers.fixtures import CliRunner
from tests.helpers.postgres import PostgresServer

PASSWORD = "Gui-Desk-Pass-7"


@pytest.fixture
def open_window(qtbot) -> Iterator[Callable[[str], MainWindow]]:
    windows: list[MainWindow] = []

    def make(target: str) -> MainWindow:
        win = build_window(target, None, Preferences(reviewer_name="GUI Reviewer"))
        qtbot.addWidget(win)
        win.resize(1300, 800)
        win.show()
        windows.append(win)
        return win

    yield make
    for win in windows:
        win.desk.stop()
        win.controller.workspace.close()


def _claim(workspace: Workspace, document_id: int, exact: str) -> int:
    made = workspace.annotate_text(document_id, exact, AnnotationDraft(kind=AnnotationKind.CLAIM))
    assert made.id is not None
    return made.id


@pytest.mark.both_backends
def test_a_change_made_by_another_app_appears_and_keeps_the_selection(
    qtbot, open_window, database_target: str, sample_path: Path, private_home: Path
) -> None:
    win = open_window(database_target)
    document = win.controller.document
    assert document is not None and document.id is not None
    other = Workspace.open(database_target, "Other Checker")
    try:
        first = _claim(other, document.id, "three-hour meeting")
        qtbot.waitUntil(lambda: win.controller.annotation(first) is not None, timeout=3000)
        win.select_annotation(first)

        second = _claim(other, document.id, "50-day ultimatum")
        # Another program altogether: the command line, in its own process.
        changed = CliRunner(database_target, private_home)(
            "set", first, "--verdict", "False", "--speaker", "Ushakov"
        )
        assert changed.returncode == 0, changed.stderr
        qtbot.waitUntil(
            lambda: win.model.row_of(second) is not None and win.panel.speaker.text() == "Ushakov",
            timeout=3000,
        )
        assert win.selected_id == first  # the reviewer's place is kept
        assert win.panel.verdict.currentData() == "false"
        assert {a.id for a in win.view._annotations} >= {first, second}  # in the article too

        other.delete_annotation(second)
        qtbot.waitUntil(lambda: win.model.row_of(second) is None, timeout=3000)
    finally:
        other.close()


def test_typing_survives_a_change_by_someone_else_and_the_conflict_is_a_choice(
    qtbot, open_window, db_path: Path
) -> None:
    win = open_window(str(db_path))
    document = win.controller.document
    assert document is not None and document.id is not None
    annotation_id = _claim(win.controller.workspace, document.id, "three-hour meeting")
    win.controller.reload_annotations()
    win.select_annotation(annotation_id)
    win.panel.note.setFocus()
    qtbot.keyClicks(win.panel.note, "Called the Kremlin press office.")

    other = Workspace.open(str(db_path), "Other Checker")
    other.update_annotation(annotation_id, note="Transcript on kremlin.ru")
    other.close()
    qtbot.waitUntil(lambda: win.controller.annotation(annotation_id).revision == 2, timeout=3000)
    # Their change arrived while typing: the box still holds what was typed.
    assert win.panel.note.toPlainText() == "Called the Kremlin press office."

    seen: list[ConflictDialog] = []

    def choose_merge() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ConflictDialog)
        seen.append(dialog)
        win.grab().save(str(db_path.with_name("conflict-window.png")))
        dialog.grab().save(str(db_path.with_name("conflict.png")))
        assert dialog.merge_button is not None
        dialog.merge_button.click()

    QTimer.singleShot(0, choose_merge)
    win.panel.note.commit()

    assert seen, "no conflict dialog was shown"
    theirs = seen[0].findChild(QPlainTextEdit, "conflict_note_theirs")
    mine = seen[0].findChild(QPlainTextEdit, "conflict_note_mine")
    assert theirs is not None and mine is not None
    assert theirs.toPlainText() == "Transcript on kremlin.ru"
    assert mine.toPlainText() == "Called the Kremlin press office."
    saved = win.controller.workspace.annotation(annotation_id)
    assert saved.note == "Transcript on kremlin.ru\n\nCalled the Kremlin press office."
    assert saved.revision == 3
    assert win.panel.note.toPlainText() == saved.note


def test_merge_keeps_both_and_adds_only_what_was_new() -> None:
    assert merge_notes("base plus mine", "theirs", "base") == "theirs\n\nplus mine"
    assert merge_notes("all mine", "", "") == "all mine"
    assert merge_notes("same", "same", "") == "same"


def _team(pg_url: str, postgres_server: PostgresServer, role: str) -> str:
    owner = Workspace.open(pg_url, "")
    init_team(owner.database)
    dbname = pg_url.rsplit("/", 1)[1]
    name = f"{role}_{dbname}"
    add_user(owner.database, name, role, PASSWORD)
    owner.close()
    return postgres_server.url(name, PASSWORD, dbname)


def test_a_lost_server_shows_a_banner_keeps_the_typing_and_saves_it_when_back(
    qtbot, open_window, pg_url: str, postgres_server: PostgresServer, tmp_path: Path
) -> None:
    reviewer_url = _team(pg_url, postgres_server, "reviewer")
    win = open_window(reviewer_url)
    document = win.controller.document
    assert document is not None and document.id is not None
    annotation_id = _claim(win.controller.workspace, document.id, "three-hour meeting")
    qtbot.waitUntil(lambda: win.controller.annotation(annotation_id) is not None, timeout=3000)
    win.select_annotation(annotation_id)

    postgres_server.stop()
    try:
        qtbot.waitUntil(lambda: win.desk.banner.isVisible(), timeout=8000)
        win.panel.speaker.setFocus()
        qtbot.keyClicks(win.panel.speaker, "Yuri Ushakov")
        qtbot.keyClick(win.panel.speaker, Qt.Key.Key_Return)
        assert win.panel.speaker.text() == "Yuri Ushakov"
        assert "The change you made is kept" in win.desk.banner.message.text()
        assert len(win.controller.pending) == 1
        win.grab().save(str(tmp_path / "banner.png"))
    finally:
        postgres_server.start()
    qtbot.waitUntil(lambda: not win.desk.banner.isVisible(), timeout=10000)
    saved = win.controller.workspace.annotation(annotation_id)
    assert saved.speaker == "Yuri Ushakov"
    assert win.controller.pending == []


def test_a_reviewer_sees_approval_as_the_editors_and_sees_who_they_are(
    qtbot, open_window, pg_url: str, postgres_server: PostgresServer
) -> None:
    win = open_window(_team(pg_url, postgres_server, "reviewer"))
    status = win.panel.status
    item = status.model().item(status.findData(ReviewStatus.APPROVED))
    assert not item.isEnabled()
    assert "(reviewer)" in win.desk.identity.text()

    # The preferences name cannot stand in for the login on a team database.
    login = win.controller.workspace.author
    prefs = Preferences(reviewer_name="Typed Name")
    win.apply_preferences(prefs, win.controller.scale)
    assert win.controller.workspace.author == login


def test_assigned_to_me_shows_only_my_annotations(qtbot, window: MainWindow) -> None:
    document = window.controller.document
    assert document is not None and document.id is not None
    workspace = window.controller.workspace
    mine = _claim(workspace, document.id, "three-hour meeting")
    theirs = _claim(workspace, document.id, "50-day ultimatum")
    workspace.update_annotation(mine, assignee=workspace.author)
    workspace.update_annotation(theirs, assignee="Someone Else")
    window.controller.reload_annotations()
    window.mine_filter.setChecked(True)
    shown = {
        window.model.annotation_at(window.proxy.mapToSource(window.proxy.index(r, 0)).row()).id
        for r in range(window.proxy.rowCount())
    }
    assert shown == {mine}


def test_connect_dialog_tests_the_login_and_the_window_moves_to_the_team_database(
    qtbot, window: MainWindow, pg_url: str, postgres_server: PostgresServer
) -> None:
    from factcheck.config import load_preferences
    from factcheck.ui.connection import ConnectDialog

    reviewer_url = _team(pg_url, postgres_server, "reviewer")
    login, dbname = reviewer_url.split("//")[1].split(":")[0], reviewer_url.rsplit("/", 1)[1]
    dialog = ConnectDialog(window)
    qtbot.addWidget(dialog)
    dialog.host.setText(postgres_server.host)
    dialog.port.setValue(postgres_server.port)
    dialog.database.setText(dbname)
    dialog.user.setText(login)
    dialog.password.setText("not-the-password")
    dialog.test_button.click()
    assert "wrong user name or password" in dialog.outcome.text()
    assert "not-the-password" not in dialog.outcome.text()

    dialog.password.setText(PASSWORD)
    dialog.test_button.click()
    assert f"Connected as {login} (reviewer)" in dialog.outcome.text()
    dialog.show()
    dialog.grab().save(
        str(Path(window.controller.workspace.database.describe()).parent / "connect.png")
    )
    dialog.accept()
    assert dialog.result_url is not None

    assert window.desk.switch_to(dialog.result_url.render_as_string(hide_password=False))
    assert window.controller.workspace.database.is_team
    assert window.controller.workspace.author == login
    assert f"{login} (reviewer)" in window.desk.identity.text()
    assert window.desk.follower is not None and window.desk.follower.is_running()
    window.prefs.team_database = dialog.result_url.set(password=None).render_as_string()
    assert PASSWORD not in window.prefs.team_database
    assert PASSWORD not in str(load_preferences())


def test_a_review_queue_step_on_an_annotation_changed_meanwhile_is_refused(
    qtbot, open_window, db_path: Path
) -> None:
    win = open_window(str(db_path))
    document = win.controller.document
    assert document is not None and document.id is not None
    annotation_id = _claim(win.controller.workspace, document.id, "three-hour meeting")
    win.controller.reload_annotations()
    seen = win.controller.annotation(annotation_id)
    assert seen is not None
    text = document.latest.text
    start = text.index("50-day ultimatum")
    other = Workspace.open(str(db_path), "Other Checker")
    other.update_annotation(annotation_id, note="theirs")
    other.close()
    assert win.controller.annotation(annotation_id).revision == seen.revision  # not seen yet
    win.desk.stop()  # so that the change is not picked up before the step
    assert win.controller.retarget(annotation_id, start, start + 16) is None
    assert "changed by Other Checker" in win.last_error
    assert win.controller.annotation(annotation_id).note == "theirs"
    assert win.controller.workspace.annotation(annotation_id).exact == "three-hour meeting"


def test_escape_in_the_conflict_box_keeps_the_typing(qtbot) -> None:
    from factcheck.domain import Annotation, AnnotationKind, default_verdict_scale
    from factcheck.ui.conflict_dialog import ConflictDialog

    def annotation(note: str, revision: int) -> Annotation:
        a = Annotation(1, 1, AnnotationKind.CLAIM, 0, 5, "Hello", "", "", "ana", note=note)
        a.revision = revision
        return a

    base, theirs = annotation("Called the mayor.", 1), annotation("Called the mayor. Ok.", 2)
    mine = {"note": "Called the mayor. Asked twice."}
    dialog = ConflictDialog(theirs, mine, base, default_verdict_scale())
    qtbot.addWidget(dialog)
    dialog.reject()  # Esc, or the window closed
    merged = dialog.resolved_changes()
    assert merged is not None and "Asked twice." in merged["note"] and "Ok." in merged["note"]
