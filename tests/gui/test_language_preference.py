"""Preferences > Language: the choice is kept, and said once to apply from the next start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from factcheck.config import Preferences
from factcheck.domain import default_verdict_scale
from factcheck.ui import preferences
from factcheck.ui.i18n import LANGUAGES
from factcheck.ui.preferences import PreferencesDialog


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, QLocale.Language]]:
    """What the message boxes said, with the language in force while they showed."""
    shown: list[tuple[str, str, QLocale.Language]] = []

    def information(_parent: QWidget, title: str, text: str, *_args: object) -> object:
        shown.append((title, text, QLocale().language()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", information)
    # The interface here was built in English (the fixture in conftest.py).
    monkeypatch.setattr(preferences, "_interface_language", None)
    return shown


def _combo(dialog: PreferencesDialog) -> QComboBox:
    combo = dialog.findChild(QComboBox, "languageCombo")
    assert combo is not None
    assert combo.accessibleName() == "Interface language"
    return combo


def test_the_languages_are_offered_in_their_own_names(qtbot) -> None:
    dialog = PreferencesDialog(Preferences(language="en"), default_verdict_scale())
    qtbot.addWidget(dialog)
    combo = _combo(dialog)
    assert combo.itemText(0) == "System default" and combo.itemData(0) == ""
    offered = {combo.itemData(i): combo.itemText(i) for i in range(1, combo.count())}
    assert offered == LANGUAGES
    assert offered["de"] == "Deutsch"
    assert combo.currentData() == "en"


def test_choosing_german_is_saved_and_said_once_in_german(qtbot, said) -> None:
    dialog = PreferencesDialog(
        Preferences(reviewer_name="Ana", language="en"), default_verdict_scale()
    )
    qtbot.addWidget(dialog)
    combo = _combo(dialog)
    combo.setCurrentIndex(combo.findData("de"))
    dialog.accept()
    assert dialog.result_preferences is not None
    assert dialog.result_preferences.language == "de"
    assert dialog.result_preferences.reviewer_name == "Ana"  # the rest is kept
    [(title, text, language)] = said
    assert "Deutsch" in text and title
    assert language == QLocale.Language.German  # the German translator was in force
    # ...and English is back for the rest of the interface.
    assert QLocale().language() == QLocale.Language.English
    assert dialog.windowTitle() == "Preferences"


def test_the_window_saves_the_language_chosen(qtbot, window, said, monkeypatch) -> None:
    saved: list[Preferences] = []
    monkeypatch.setattr("factcheck.ui.main_window.save_preferences", saved.append)

    def choose_german(dialog: PreferencesDialog) -> int:
        combo = _combo(dialog)
        combo.setCurrentIndex(combo.findData("de"))
        dialog.accept()
        return 1

    monkeypatch.setattr(PreferencesDialog, "exec", choose_german)
    window.prefs.language = "en"
    window.edit_preferences()
    assert saved and saved[-1].language == "de"
    assert window.prefs.language == "de"
    assert len(said) == 1


def test_the_same_language_says_nothing(qtbot, said) -> None:
    dialog = PreferencesDialog(Preferences(language="en"), default_verdict_scale())
    qtbot.addWidget(dialog)
    dialog.font_size.setValue(14)
    dialog.accept()
    assert dialog.result_preferences is not None
    assert dialog.result_preferences.language == "en"
    assert said == []


def test_a_refused_form_says_nothing_about_the_language(qtbot, said) -> None:
    dialog = PreferencesDialog(Preferences(language="en"), default_verdict_scale())
    qtbot.addWidget(dialog)
    combo = _combo(dialog)
    combo.setCurrentIndex(combo.findData("fr"))
    dialog.organisation_url.setText("javascript:alert(1)")
    dialog.accept()
    assert dialog.result_preferences is None
    assert said == []


def test_system_default_is_stored_as_empty(qtbot, said) -> None:
    dialog = PreferencesDialog(Preferences(language="en"), default_verdict_scale())
    qtbot.addWidget(dialog)
    _combo(dialog).setCurrentIndex(0)
    dialog.accept()
    assert dialog.result_preferences is not None
    assert dialog.result_preferences.language == ""
    assert len(said) == 1  # in the system's language, whichever that is here
