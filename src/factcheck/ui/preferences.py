"""Preferences: reviewer name, organisation, font size, interface language and the
verdict scale."""

from __future__ import annotations

from collections.abc import Set
from dataclasses import replace

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
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
from factcheck.ui.i18n import LANGUAGES, install_translations, resolved, translate
from factcheck.ui.palette import luminance

# The language the interface was built in: a new choice applies from the next start,
# so after a second change in one session the first one is not what is shown.
_interface_language: str | None = None


class PreferencesDialog(ValidatingDialog):
    def __init__(
        self,
        prefs: Preferences,
        scale: VerdictScale,
        parent: QWidget | None = None,
        team_login: str | None = None,
    ) -> None:
        super().__init__(parent, "preferencesDialog", translate("PreferencesDialog", "Preferences"))
        self.reviewer = QLineEdit(prefs.reviewer_name)
        self.reviewer.setObjectName("reviewerNameEdit")
        self.reviewer.setAccessibleName(translate("PreferencesDialog", "Your name"))
        if team_login is not None:
            # On a team database the login is recorded, whatever is typed here.
            self.reviewer.setEnabled(False)
            self.reviewer.setToolTip(
                translate(
                    "PreferencesDialog",
                    "On the team database your login ({login}) is recorded on every change",
                ).format(login=team_login)
            )
        self.organisation = QLineEdit(prefs.organisation)
        self.organisation.setAccessibleName(translate("PreferencesDialog", "Organisation"))
        self.organisation_url = QLineEdit(prefs.organisation_url)
        self.organisation_url.setAccessibleName(
            translate("PreferencesDialog", "Organisation web address")
        )
        self.font_size = QSpinBox()
        self.font_size.setObjectName("fontSizeSpin")
        self.font_size.setAccessibleName(translate("PreferencesDialog", "Article font size"))
        self.font_size.setRange(8, 32)
        self.font_size.setValue(prefs.font_point_size)
        self.font_size.setSuffix(translate("PreferencesDialog", " pt"))
        self.language = language_combo(prefs.language)
        self.report_language = language_combo(prefs.report_language)
        self.report_language.setObjectName("reportLanguageCombo")
        self.report_language.setAccessibleName(translate("PreferencesDialog", "Report language"))
        self.report_language.setItemText(0, translate("PreferencesDialog", "Same as the interface"))

        self.learn = QCheckBox(
            translate(
                "PreferencesDialog", "&Learn from the claims we mark and the suggestions we dismiss"
            )
        )
        self.learn.setObjectName("learnSuggestions")
        self.learn.setChecked(prefs.learn_suggestions)
        self.reset_learning = QPushButton(translate("PreferencesDialog", "&Reset what was learnt…"))
        self.reset_learning.setObjectName("resetLearning")
        self.reset_learning.setToolTip(
            translate(
                "PreferencesDialog",
                "Forget the suggestions dismissed so far and the claims marked until now",
            )
        )
        self.reset_learning.clicked.connect(self._ask_reset)
        self.reset_requested = False
        # Claims and quotes are rated on scales of their own.
        self.claim_scale = ScaleEditor(scale.ordered("claim"), "claim", with_rating=True)
        self.quote_scale = ScaleEditor(scale.ordered("quote"), "quote", with_rating=False)
        self.scale_table = self.claim_scale.table  # the claim scale, as tests knew it
        self.scales = QTabWidget()
        self.scales.setObjectName("verdictScales")
        self.scales.addTab(self.claim_scale, translate("PreferencesDialog", "&Claims"))
        self.scales.addTab(self.quote_scale, translate("PreferencesDialog", "&Quotes"))

        form = QFormLayout()
        form.addRow(translate("PreferencesDialog", "Your &name"), self.reviewer)
        form.addRow(translate("PreferencesDialog", "&Organisation"), self.organisation)
        form.addRow(translate("PreferencesDialog", "Organisation &URL"), self.organisation_url)
        form.addRow(translate("PreferencesDialog", "Article &font size"), self.font_size)
        form.addRow(translate("PreferencesDialog", "Interface &language"), self.language)
        form.addRow(translate("PreferencesDialog", "&Reports in"), self.report_language)
        learning = QHBoxLayout()
        learning.addWidget(self.learn)
        learning.addWidget(self.reset_learning)
        learning.addStretch()
        form.addRow(translate("PreferencesDialog", "Suggestions"), learning)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(
                translate(
                    "PreferencesDialog",
                    "Verdict scales (double-click a colour to change it; the first "
                    "nine verdicts of each have the number keys 1–9):",
                )
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
            translate("PreferencesDialog", "Reset suggestions"),
            translate(
                "PreferencesDialog",
                "Forget what suggestions learnt from this desk (the sentences dismissed, the "
                "claims marked until now)? Suggestions go back to the built-in rules.",
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.reset_requested = True
            self.reset_learning.setText(translate("PreferencesDialog", "Will be reset on OK"))
            self.reset_learning.setEnabled(False)

    def build_scale(self) -> VerdictScale:
        claims = self.claim_scale.labels()
        if not claims:
            raise UserInputError(
                translate("PreferencesDialog", "the claim scale needs at least one verdict")
            )
        quotes = self.quote_scale.labels(taken={label.key for label in claims})
        if not quotes:
            raise UserInputError(
                translate("PreferencesDialog", "the quote scale needs at least one verdict")
            )
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
            language=str(self.language.currentData()),
            report_language=str(self.report_language.currentData()),
        )

    def accept(self) -> None:
        super().accept()
        chosen = self.result_preferences
        accepted = self.result() == QDialog.DialogCode.Accepted  # the form was valid
        if accepted and chosen is not None and chosen.language != self._base.language:
            self._say_language_applies_later(chosen.language)

    def _say_language_applies_later(self, language: str) -> None:
        """Said once, in the new language where there is a translation for it; the
        interface stays in the one it was built in until Factcheck starts again."""
        global _interface_language
        if _interface_language is None:
            _interface_language = self._base.language
        install_translations(language)
        try:
            if language:
                text = translate(
                    "PreferencesDialog",
                    "Factcheck will be in {language} the next time it starts.",
                )
            else:
                text = translate(
                    "PreferencesDialog",
                    "Factcheck will follow the system's language ({language}) the next "
                    "time it starts.",
                )
            code = resolved(language)
            QMessageBox.information(
                self,
                translate("PreferencesDialog", "Interface language"),
                text.format(language=LANGUAGES.get(code, code)),
            )
        finally:
            install_translations(_interface_language)


def language_combo(current: str) -> QComboBox:
    """ "System default", then each language in its own name (never translated: a
    reader must find their language whatever the interface's). A code set by hand
    that is not offered (a pseudo-language for testing) is kept as it is."""
    combo = QComboBox()
    combo.setObjectName("languageCombo")
    combo.setAccessibleName(translate("PreferencesDialog", "Interface language"))
    combo.addItem(translate("PreferencesDialog", "System default"), "")
    for code, name in LANGUAGES.items():
        combo.addItem(name, code)
    if combo.findData(current) < 0:
        combo.addItem(current, current)
    combo.setCurrentIndex(combo.findData(current))
    return combo


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
        self.table.setAccessibleName(
            translate("ScaleEditor", "Verdict scale for claims")
            if applies_to == "claim"
            else translate("ScaleEditor", "Verdict scale for quotes")
        )
        self.table.setHorizontalHeaderLabels(
            [
                translate("ScaleEditor", "Label"),
                translate("ScaleEditor", "Colour"),
                translate("ScaleEditor", "Rating"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setColumnHidden(2, not with_rating)
        self.table.cellDoubleClicked.connect(self._cell_double_clicked)
        self._keys: list[str] = []
        for verdict in labels:
            self._append_row(verdict.key, verdict.label, verdict.colour, verdict.rating)
        claims = applies_to == "claim"
        add = QPushButton(translate("ScaleEditor", "Add"))
        add.setAccessibleName(
            translate("ScaleEditor", "Add a verdict for claims")
            if claims
            else translate("ScaleEditor", "Add a verdict for quotes")
        )
        add.clicked.connect(
            lambda: self._append_row("", translate("ScaleEditor", "New verdict"), "#607d8b", None)
        )
        remove = QPushButton(translate("ScaleEditor", "Remove"))
        remove.setAccessibleName(
            translate("ScaleEditor", "Remove the verdict selected for claims")
            if claims
            else translate("ScaleEditor", "Remove the verdict selected for quotes")
        )
        remove.clicked.connect(self._remove_row)
        up = QPushButton(translate("ScaleEditor", "Move up"))
        up.clicked.connect(lambda: self._move(-1))
        down = QPushButton(translate("ScaleEditor", "Move down"))
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
        colour = QColorDialog.getColor(
            QColor(item.text()), self, translate("ScaleEditor", "Verdict colour")
        )
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
                raise UserInputError(
                    translate("ScaleEditor", "the rating of {label} must be a whole number").format(
                        label=repr(label)
                    )
                ) from None
            key = self._keys[row] or slug(label)
            if not self._keys[row] and key in taken:
                key = f"{key}-{self.applies_to}"
            rating = rating if not self.table.isColumnHidden(2) else None
            labels.append(VerdictLabel(key, label, colour, row, rating, self.applies_to))
        return labels
