"""Reports in the interface's language, or another one chosen for them.

The exporters are Qt-free and write through a :class:`~factcheck.domain.words.Words`;
this module makes one from Qt's translations and the language's locale (dates).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QTime,
    QTimeZone,
    QTranslator,
)

from factcheck.domain.words import Translate, Words, english
from factcheck.ui.i18n import i18n_dir, locale_for, resolved

_translators: dict[str, QTranslator] = {}  # loaded once per language, kept for the session


def _date_format(locale: QLocale) -> str:
    """The locale's short date, with the year in full (a report outlives a decade)."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def report_words(language: str, interface_language: str) -> Words:
    """Words for a report in ``language`` ("" for the interface's)."""
    code = resolved(language or interface_language)
    locale = locale_for(code)
    translate: Translate
    if code == resolved(interface_language):
        translate = QCoreApplication.translate
    else:
        translator = _translators.get(code)
        if translator is None:
            translator = QTranslator()
            translator.load(f"factcheck_{code}", str(i18n_dir()))
            _translators[code] = translator

        def translate(
            context: str, key: str, disambiguation: str | None = None, n: int = -1
        ) -> str:
            text = translator.translate(context, key, disambiguation, n)
            if not text:
                return english(context, key, disambiguation, n)
            return text.replace("%n", locale.toString(n)) if n >= 0 else text

    date_format = _date_format(locale)
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)

    def date(day: dt.date) -> str:
        return locale.toString(QDate(day.year, day.month, day.day), date_format)

    def timestamp(moment: dt.datetime) -> str:
        utc = moment.astimezone(dt.UTC) if moment.tzinfo else moment
        when = QDateTime(
            QDate(utc.year, utc.month, utc.day),
            QTime(utc.hour, utc.minute),
            QTimeZone.utc(),
        )
        return f"{locale.toString(when, date_format + ' ' + time_format)} UTC"

    return Words(
        translate=translate,
        language=code.replace("_", "-") if not code.startswith("x-") else "en",
        date=date,
        timestamp=timestamp,
        number=locale.toString,
    )
