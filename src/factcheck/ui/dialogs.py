"""A shared shape for the app's small forms: OK/Cancel, and what is wrong shown in place."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from factcheck.errors import UserInputError


class ValidatingDialog(QDialog):
    """OK keeps the dialog open, with the reason in red, until ``validate`` passes."""

    def __init__(self, parent: QWidget | None, name: str, title: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.error = QLabel()
        self.error.setObjectName(f"{name}Error")
        self.error.setStyleSheet("color: #c62828")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def validate(self) -> None:
        """Read the form into the dialog's result, or raise UserInputError."""
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.validate()
        except UserInputError as exc:
            self.error.setText(exc.message)
            return
        super().accept()
