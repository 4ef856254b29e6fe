"""Preferences: reviewer name, organisation, font size and the verdict scale."""

from __future__ import annotations

from collections.abc import Set
from dataclasses import replace

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QColorDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from factcheck.config import Preferences
from factcheck.domain import VerdictLabel, VerdictScale
from factcheck.domain.models import validate_web_url
from factcheck.domain.verdicts import slug
from factcheck.errors import UserInputError
from factcheck.ui.dialogs import ValidatingDialog
from factcheck.ui.palette import luminance


class PreferencesDialog(ValidatingDialog):
    def __init__(
        self,
        prefs: Preferences,
        scale: VerdictScale,
        parent: QWidget | None = None,
        team_login: str | None = None,
    ) -> None:
        super().__init__(parent, "preferencesDialog", "Preferences")
        self.reviewer = QLineEdit(prefs.reviewer_name)
        self.reviewer.setObjectName("reviewerNameEdit")
        self.reviewer.setAccessibleName("Your name")
        if team_login is not None:
            # On a team database the login is recorded, whatever is typed here.
            self.reviewer.setEnabled(False)
            self.reviewer.setToolTip(
                f"On the team database your login ({team_login}) is recorded on every change"
            )
        self.organisation = QLineEdit(prefs.organisation)
        self.organisation.setAccessibleName("Organisation")
        self.organisation_url = QLineEdit(prefs.organisation_url)
        self.organisation_url.setAccessibleName("Organisation web address")
        self.font_size = QSpinBox()
        self.font_size.setObjectName("fontSizeSpin")
        self.font_size.setAccessibleName("Article font size")
        self.font_size.setRange(8, 32)
        self.font_size.setValue(prefs.font_point_size)
        self.font_size.setSuffix(" pt")

        self.learn = QCheckBox("&Learn from the claims we mark and the suggestions we dismiss")
        self.learn.setObjectName("learnSuggestions")
        self.learn.setChecked(prefs.learn_suggestions)
        self.reset_learning = QPushButton("&Reset what was learnt…")
        self.reset_learning.setObjectName("resetLearning")
        self.reset_learning.setToolTip(
            "Forget the suggestions dismissed so far and the claims marked until now"
        )
        self.reset_learning.clicked.connect(self._ask_reset)
        self.reset_requested = False
        # Claims and quotes are rated on scales of their own.
        self.claim_scale = ScaleEditor(scale.ordered("claim"), "claim", with_rating=True)
        self.quote_scale = ScaleEditor(scale.ordered("quote"), "quote", with_rating=False)
        self.scale_table = self.claim_scale.table  # the claim scale, as tests knew it
        self.scales = QTabWidget()
        self.scales.setObjectName("verdictScales")
        self.scales.addTab(self.claim_scale, "&Claims")
        self.scales.addTab(self.quote_scale, "&Quotes")

        form = QFormLayout()
        form.addRow("Your &name", self.reviewer)
        form.addRow("&Organisation", self.organisation)
        form.addRow("Organisation &URL", self.organisation_url)
        form.addRow("Article &font size", self.font_size)
        learning = QHBoxLayout()
        learning.addWidget(self.learn)
        learning.addWidget(self.reset_learning)
        learning.addStretch()
        form.addRow("Suggestions", learning)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(
                "Verdict scales (double-click a colour to change it; the first "
                "nine verdicts of each have the number keys 1–9):"
            )
        )
        layout.addWidget(self.scales)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.result_preferences: Preferences | None = None
        self.result_scale: VerdictScale | None = None
        self._base = prefs
        self.resize(560, 520)

    def _ask_reset(self) -> None:
        answer = QMessageBox.question(
            self,
            "Reset suggestions",
            "Forget what suggestions learnt from this desk (the sentences dismissed, the "
            "claims marked until now)? Suggestions go back to the built-in rules.",
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.reset_requested = True
            self.reset_learning.setText("Will be reset on OK")
            self.reset_learning.setEnabled(False)

    def build_scale(self) -> VerdictScale:
        claims = self.claim_scale.labels()
        if not claims:
            raise UserInputError("the claim scale needs at least one verdict")
        quotes = self.quote_scale.labels(taken={label.key for label in claims})
        if not quotes:
            raise UserInputError("the quote scale needs at least one verdict")
        return VerdictScale(tuple(claims + quotes))

    def validate(self) -> None:
        self.result_scale = self.build_scale()
        url = self.organisation_url.text().strip()
        # What the dialog does not show (the team database, the last document) is kept.
        self.result_preferences = replace(
            self._base,
            reviewer_name=self.reviewer.text().strip(),
            organisation=self.organisation.text().strip(),
            organisation_url=validate_web_url(url, "the organisation's web address") if url else "",
            font_point_size=self.font_size.value(),
            learn_suggestions=self.learn.isChecked(),
        )


def paint_swatch(item: QTableWidgetItem, colour: QColor) -> None:
    """The colour as the cell's background, its name in black or white, whichever reads."""
    item.setBackground(colour)
    item.setForeground(QColor("black" if luminance(colour) > 0.2 else "white"))


class ScaleEditor(QWidget):
    """One verdict scale as an editable table: label, colour (double-click), and for
    claims the numeric rating ClaimReview publishes."""

    def __init__(self, labels: list[VerdictLabel], applies_to: str, with_rating: bool) -> None:
        super().__init__()
        self.applies_to = applies_to
        self.table = QTableWidget(0, 3)
        self.table.setObjectName(f"{applies_to}ScaleTable")
        self.table.setAccessibleName(f"Verdict scale for {applies_to}s")
        self.table.setHorizontalHeaderLabels(["Label", "Colour", "Rating"])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setColumnHidden(2, not with_rating)
        self.table.cellDoubleClicked.connect(self._cell_double_clicked)
        self._keys: list[str] = []
        for verdict in labels:
            self._append_row(verdict.key, verdict.label, verdict.colour, verdict.rating)
        add = QPushButton("Add")
        add.setAccessibleName(f"Add a verdict for {applies_to}s")
        add.clicked.connect(lambda: self._append_row("", "New verdict", "#607d8b", None))
        remove = QPushButton("Remove")
        remove.setAccessibleName(f"Remove the verdict selected for {applies_to}s")
        remove.clicked.connect(self._remove_row)
        up = QPushButton("Move up")
        up.clicked.connect(lambda: self._move(-1))
        down = QPushButton("Move down")
        down.clicked.connect(lambda: self._move(1))
        buttons = QHBoxLayout()
        for button in (add, remove, up, down):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def _append_row(self, key: str, label: str, colour: str, rating: int | None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._keys.append(key)
        self.table.setItem(row, 0, QTableWidgetItem(label))
        swatch = QTableWidgetItem(colour)
        paint_swatch(swatch, QColor(colour))
        self.table.setItem(row, 1, swatch)
        self.table.setItem(row, 2, QTableWidgetItem("" if rating is None else str(rating)))

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            del self._keys[row]

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        for column in range(self.table.columnCount()):
            a = self.table.takeItem(row, column)
            b = self.table.takeItem(target, column)
            self.table.setItem(row, column, b)
            self.table.setItem(target, column, a)
        self._keys[row], self._keys[target] = self._keys[target], self._keys[row]
        self.table.setCurrentCell(target, 0)

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        if item is None:  # every cell is filled by _append_row
            item = QTableWidgetItem("")
            self.table.setItem(row, column, item)
        return item

    def _cell_double_clicked(self, row: int, column: int) -> None:
        if column != 1:
            return
        item = self._cell(row, 1)
        colour = QColorDialog.getColor(QColor(item.text()), self, "Verdict colour")
        if colour.isValid():
            item.setText(colour.name())
            paint_swatch(item, colour)

    def labels(self, taken: Set[str] = frozenset()) -> list[VerdictLabel]:
        """The table as verdict labels; a new label whose key the other scale uses
        gets the scale's name added ("unverifiable-quote")."""
        labels = []
        for row in range(self.table.rowCount()):
            label = self._cell(row, 0).text().strip()
            colour = self._cell(row, 1).text().strip()
            rating_text = self._cell(row, 2).text().strip()
            try:
                rating = int(rating_text) if rating_text else None
            except ValueError:
                raise UserInputError(f"the rating of {label!r} must be a whole number") from None
            key = self._keys[row] or slug(label)
            if not self._keys[row] and key in taken:
                key = f"{key}-{self.applies_to}"
            rating = rating if not self.table.isColumnHidden(2) else None
            labels.append(VerdictLabel(key, label, colour, row, rating, self.applies_to))
        return labels
