"""The window's part in the team desk, kept out of main_window.py.

- follows the change log, so that what others do shows within a second;
- the banner while the team server is away, and saving what was kept when it
  returns;
- the conflict dialog for an edit someone else overtook;
- File > Connect to team database… / Use local database, and who you are there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMessageBox

from factcheck import paths
from factcheck.config import save_preferences
from factcheck.domain import Annotation
from factcheck.errors import FactcheckError
from factcheck.ui.connection import ConnectDialog, ConnectionBanner
from factcheck.ui.i18n import translate

if TYPE_CHECKING:
    from factcheck.ui.live_updates import ChangeFollower
    from factcheck.ui.main_window import MainWindow


def role_label(role: str | None) -> str:
    """A team role ("editor", "reviewer": the database's names) in the interface's words."""
    if role == "editor":
        return translate("TeamDesk", "editor")
    if role == "reviewer":
        return translate("TeamDesk", "reviewer")
    return role or translate("TeamDesk", "no team role")


class TeamDesk(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.banner = ConnectionBanner()
        self.identity = QLabel()
        self.identity.setObjectName("databaseIdentity")
        self.identity.setAccessibleName(translate("TeamDesk", "Database and login"))
        self.follower: ChangeFollower | None = None
        self.connect_action = QAction(translate("TeamDesk", "Connect to &team database…"), window)
        self.connect_action.setObjectName("connectTeamAction")
        self.connect_action.triggered.connect(self.choose_team_database)
        self.local_action = QAction(translate("TeamDesk", "Use &local database"), window)
        self.local_action.setObjectName("useLocalDatabaseAction")
        self.local_action.triggered.connect(self.use_local_database)

        c = self.controller
        c.resolve_conflict = self.ask_about_conflict
        c.connectionLost.connect(self._on_lost)
        c.connectionRestored.connect(self._on_restored)
        c.remoteActivity.connect(lambda text: window.statusBar().showMessage(text, 5000))
        c.editKept.connect(lambda count: self.banner.show_problem(c.offline_reason, count))
        self.banner.retryRequested.connect(self.retry_now)

    # --- following others -----------------------------------------------------------
    def start(self) -> None:
        self.stop()
        try:
            from factcheck.ui.live_updates import ChangeFollower

            self.follower = ChangeFollower(self.controller.workspace.database)
        except FactcheckError as exc:
            self.controller.went_offline(exc.message)
            return
        self.follower.changesArrived.connect(self.controller.apply_remote)
        self.follower.serverLost.connect(self.controller.went_offline)
        self.follower.serverBack.connect(self.controller.came_back)
        self.follower.start()
        self._show_identity()

    def stop(self) -> None:
        if self.follower is not None:
            self.follower.stop()
            self.follower.deleteLater()
            self.follower = None

    def _show_identity(self) -> None:
        workspace = self.controller.workspace
        database = workspace.database
        if database.is_team:
            text = translate("TeamDesk", "Team: {database} · {login} ({role})").format(
                database=database.describe(),
                login=workspace.author,
                role=role_label(self.controller.role),
            )
        else:
            text = translate("TeamDesk", "Local: {database}").format(database=database.describe())
        self.identity.setText(text)
        self.identity.setToolTip(text)

    # --- the server going and coming back -------------------------------------------
    def _on_lost(self, message: str) -> None:
        self.banner.show_problem(message, len(self.controller.pending))

    def _on_restored(self, saved: int) -> None:
        self.banner.hide()
        self.window.statusBar().showMessage(
            translate("TeamDesk", "Connection back; saved %n kept change(s)", None, saved)
            if saved
            else translate("TeamDesk", "Connection back"),
            6000,
        )

    def retry_now(self) -> None:
        """Try the server at once rather than waiting for the next attempt."""
        try:
            self.controller.workspace.documents()
        except FactcheckError as exc:
            self.banner.show_problem(exc.message, len(self.controller.pending))
            return
        self.controller.came_back()

    # --- conflicts ------------------------------------------------------------------
    def ask_about_conflict(
        self, current: Annotation, mine: dict[str, Any], base: Annotation | None
    ) -> dict[str, Any] | None:
        from factcheck.ui.conflict_dialog import ConflictDialog

        dialog = ConflictDialog(current, mine, base, self.controller.scale, self.window)
        dialog.exec()
        return dialog.resolved_changes()

    # --- which database --------------------------------------------------------------
    def choose_team_database(self) -> None:
        dialog = ConnectDialog(self.window, self.window.prefs.team_database)
        if not dialog.exec() or dialog.result_url is None:
            return
        url = dialog.result_url
        if self.switch_to(url.render_as_string(hide_password=False)):
            # Never the password: that stays in memory, PGPASSWORD or ~/.pgpass.
            self.window.prefs.team_database = url.set(password=None).render_as_string()
            save_preferences(self.window.prefs)

    def use_local_database(self) -> None:
        if self.switch_to(str(paths.default_database_path())):
            self.window.prefs.team_database = ""
            save_preferences(self.window.prefs)

    def switch_to(self, target: str) -> bool:
        try:
            from factcheck.services.workspace import Workspace

            workspace = Workspace.open(target, self.window.prefs.effective_reviewer())
        except FactcheckError as exc:
            QMessageBox.warning(
                self.window, translate("TeamDesk", "Cannot open the database"), exc.message
            )
            return False
        self.stop()
        self.banner.hide()
        old = self.controller.workspace
        self.window.use_workspace(workspace)
        old.close()
        self.start()
        return True
