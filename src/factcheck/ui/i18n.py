"""Translations of the interface: Qt's .ts/.qm files, picked by Preferences > Language.

Every user-visible string in ``ui/`` goes through :func:`translate` with a literal
context and text, e.g. ``translate("AnnotationPanel", "Verdict")``, or for a count
``translate("MainWindow", "%n note(s)", None, n)``; values go in with ``.format``
(``translate("Export", "Saved to {path}").format(path=...)``). pyside6-lupdate
finds those calls (``python scripts/i18n.py update``) and writes
``resources/i18n/factcheck_<language>.ts``; the build compiles them to ``.qm``
(``make translations``, run by ``make run``, ``make test`` and ``make package``).

Two pseudo-languages exist for tests: ``x-pseudo`` (every string doubled in length,
in brackets, so untranslated or clipped text shows) and ``x-pseudo-rtl`` (the same,
right to left).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from factcheck import paths

translate = QCoreApplication.translate

# Code -> the language's own name (shown in Preferences whatever the interface's).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "pt_BR": "Português (Brasil)",
    "ar": "العربية",
}
PSEUDO = "x-pseudo"
PSEUDO_RTL = "x-pseudo-rtl"
RIGHT_TO_LEFT = frozenset({"ar", "he", "fa", "ur", PSEUDO_RTL})

# Installed translators live as long as the application: Qt does not own them.
_installed: list[QTranslator] = []
_in_force = "en"


def current_language() -> str:
    """The language the interface's translators were last installed for."""
    return _in_force


def i18n_dir() -> Path:
    return paths.resources_dir() / "i18n"


def system_language() -> str:
    """The first of the system's UI languages that we have, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_")
        if code in LANGUAGES:
            return code
        base = code.split("_")[0]
        if base == "pt" and "pt_BR" in LANGUAGES:
            return "pt_BR"  # Portuguese readers get the Brazilian text rather than English
        if base in LANGUAGES:
            return base
    return "en"


def resolved(language: str) -> str:
    """The language a preference means: "" follows the system."""
    if language in (PSEUDO, PSEUDO_RTL) or language in LANGUAGES:
        return language
    return system_language()


def locale_for(language: str) -> QLocale:
    """Dates and numbers in the interface follow the language chosen."""
    if language in (PSEUDO, PSEUDO_RTL) or language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale(language)


def install_translations(language: str) -> str:
    """Load the interface's and Qt's own translations (standard dialogs and buttons)
    for a language preference; set the layout direction and default locale. Returns
    the language in force. Safe to call again: the previous translators are removed
    (a switch in Preferences applies to what is built afterwards; see Preferences)."""
    global _in_force
    app = QCoreApplication.instance()
    code = resolved(language)
    _in_force = code
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if app is not None:
        ours = QTranslator(app)
        if ours.load(f"factcheck_{code}", str(i18n_dir())):
            QCoreApplication.installTranslator(ours)
            _installed.append(ours)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_code = "en" if code.startswith("x-") else code
        qt = QTranslator(app)
        if qt_code != "en" and qt.load(f"qtbase_{qt_code}", qt_dir):
            QCoreApplication.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(locale_for(code))
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if code in RIGHT_TO_LEFT
            else Qt.LayoutDirection.LeftToRight
        )
    return code


_WORD = re.compile(r"[A-Za-z]")


def pseudo(text: str) -> str:
    """The pseudo-language's form of an English string: accented, doubled in length,
    bracketed. Placeholders ({name}, %n, %1), markup and the & of a mnemonic survive."""
    accents = str.maketrans("AaCcEeIiNnOoSsUuYyZz", "ÅåÇçÉéÎîÑñÖöŠšÛûÝýŽž")
    out: list[str] = []
    for part in re.split(r"(\{[^}]*\}|%n|%L?\d|<[^>]*>|&[a-z]+;|&&)", text):
        if (
            not part
            or part.startswith(("{", "%", "<"))
            or (part.startswith("&") and part.endswith(";"))
            or part == "&&"
        ):
            out.append(part)
        else:
            out.append(part.translate(accents))
    body = "".join(out)
    letters = len(_WORD.findall(text))
    return f"⟦{body}{'·' * max(2, letters)}⟧"
