"""The team database from the window: connect (with a test first) and the banner
shown while the server is away."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from factcheck.errors import FactcheckError, UserInputError
from factcheck.ui.dialogs import ValidatingDialog
from factcheck.ui.i18n import translate

if TYPE_CHECKING:  # SQLAlchemy loads when a connection is made, not at start-up
    from sqlalchemy.engine import URL


class ConnectionBanner(QFrame):
    """Across the top of the window while the team server cannot be reached."""

    retryRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionBanner")
        self.setAccessibleName(translate("ConnectionBanner", "Connection problem"))
        self.setStyleSheet(
            "#connectionBanner { background: #fff3cd; border-bottom: 1px solid #e0a800; }"
            "#connectionBanner QLabel { color: #5c4400; }"
        )
        self.message = QLabel()
        self.message.setObjectName("connectionBannerText")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.retry = QPushButton(translate("ConnectionBanner", "Try &again"))
        self.retry.setObjectName("connectionRetryButton")
        self.retry.clicked.connect(self.retryRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.retry)
        self.hide()

    def show_problem(self, problem: str, kept: int) -> None:
        if kept:
            text = translate(
                "ConnectionBanner",
                "No connection to the team database: {problem}. Reconnecting by itself… "
                "[The change|The %n changes] you made [is|are] kept and will be saved when "
                "the connection is back.",
                None,
                kept,
            )
        else:
            text = translate(
                "ConnectionBanner",
                "No connection to the team database: {problem}. Reconnecting by itself… "
                "What you type is kept and saved when the connection is back.",
            )
        self.message.setText(text.format(problem=problem))
        self.show()


def pgpass_file() -> Path:
    """Where libpq reads saved passwords (PGPASSFILE wins, as in libpq)."""
    if os.environ.get("PGPASSFILE"):
        return Path(os.environ["PGPASSFILE"])
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def remember_password(url: URL) -> Path:
    """Add the login to the pgpass file (0600), as psql users do: never to our files."""

    def escaped(value: object) -> str:
        return str(value).replace("\\", "\\\\").replace(":", "\\:")

    target = pgpass_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    line = ":".join(
        escaped(v) for v in (url.host or "localhost", url.port or 5432, url.database, url.username)
    )
    existing = target.read_text(encoding="utf-8").splitlines() if target.exists() else []
    kept = [entry for entry in existing if not entry.startswith(line + ":")]
    kept.append(f"{line}:{escaped(url.password)}")
    target.write_text("\n".join(kept) + "\n", encoding="utf-8")
    target.chmod(0o600)
    return target


class ConnectDialog(ValidatingDialog):
    """Server, database and login; "Test connection" says who you will be there."""

    def __init__(self, parent: QWidget | None = None, remembered: str = "") -> None:
        super().__init__(
            parent, "connectDialog", translate("ConnectDialog", "Connect to team database")
        )
        self.host = QLineEdit()
        self.host.setObjectName("connectHost")
        self.host.setPlaceholderText(translate("ConnectDialog", "db.newsroom.example"))
        self.port = QSpinBox()
        self.port.setObjectName("connectPort")
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit()
        self.database.setObjectName("connectDatabase")
        self.database.setPlaceholderText(translate("ConnectDialog", "factcheck"))
        self.user = QLineEdit()
        self.user.setObjectName("connectUser")
        self.password = QLineEdit()
        self.password.setObjectName("connectPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            translate("ConnectDialog", "empty: from PGPASSWORD or ~/.pgpass")
        )
        self.remember = QCheckBox(
            translate("ConnectDialog", "Remember the password in {file}").format(
                file=str(pgpass_file())
            )
        )
        self.remember.setObjectName("connectRemember")
        self.test_button = QPushButton(translate("ConnectDialog", "&Test connection"))
        self.test_button.setObjectName("connectTestButton")
        self.test_button.clicked.connect(self.test_connection)
        self.outcome = QLabel()
        self.outcome.setObjectName("connectOutcome")
        self.outcome.setWordWrap(True)
        if remembered:
            self._fill(remembered)

        form = QFormLayout()
        form.addRow(translate("ConnectDialog", "&Server"), self.host)
        form.addRow(translate("ConnectDialog", "&Port"), self.port)
        form.addRow(translate("ConnectDialog", "&Database"), self.database)
        form.addRow(translate("ConnectDialog", "&User"), self.user)
        form.addRow(translate("ConnectDialog", "Pass&word"), self.password)
        form.addRow("", self.remember)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("ConnectDialog", "&Connect")
        )
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.outcome, 1)
        intro = QLabel(
            translate(
                "ConnectDialog",
                "A desk shares one PostgreSQL database. Your login there is the name "
                "recorded on your changes; its role says what you may do.",
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(test_row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.result_url: URL | None = None
        self.result_login = ""

    def _fill(self, remembered: str) -> None:
        try:
            from sqlalchemy.engine import make_url

            url = make_url(remembered)
        except Exception:  # a hand-edited preference: start empty
            return
        self.host.setText(url.host or "")
        self.port.setValue(url.port or 5432)
        self.database.setText(url.database or "")
        self.user.setText(url.username or "")

    def url(self) -> URL:
        host, database, user = (w.text().strip() for w in (self.host, self.database, self.user))
        if not host or not database or not user:
            raise UserInputError(
                translate("ConnectDialog", "give the server, the database and your user name")
            )
        from sqlalchemy.engine import URL

        return URL.create(
            "postgresql+psycopg",
            username=user,
            password=self.password.text() or None,
            host=host,
            port=self.port.value(),
            database=database,
        )

    def _try(self) -> tuple[str, str | None, int]:
        """Connect once: (login, role, number of documents). Raises FactcheckError."""
        url = self.url()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            from factcheck.services.workspace import Workspace

            workspace = Workspace.open(url.render_as_string(hide_password=False), "")
            try:
                return workspace.author, workspace.role(), len(workspace.documents())
            finally:
                workspace.close()
        finally:
            QGuiApplication.restoreOverrideCursor()

    def test_connection(self) -> bool:
        try:
            login, role, documents = self._try()
        except FactcheckError as exc:
            self.outcome.setStyleSheet("color: #c62828")
            self.outcome.setText(exc.message)
            return False
        self.outcome.setStyleSheet("color: #2e7d32")
        self.outcome.setText(
            translate(
                "ConnectDialog",
                "Connected as {login} ({role}); %n document(s) on the desk",
                None,
                documents,
            ).format(login=login, role=role or translate("ConnectDialog", "no team role yet"))
        )
        self.result_login = login
        return True

    def validate(self) -> None:
        url = self.url()
        try:
            self._try()
        except FactcheckError as exc:
            raise UserInputError(exc.message) from None
        if self.remember.isChecked() and url.password:
            remember_password(url)
        self.result_url = url
