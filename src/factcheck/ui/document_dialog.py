"""Document properties: the metadata importers found, for the reviewer to correct."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from factcheck.domain import Document
from factcheck.domain.models import validate_web_url
from factcheck.errors import UserInputError
from factcheck.ui.dialogs import ValidatingDialog
from factcheck.ui.i18n import translate


class DocumentDialog(ValidatingDialog):
    def __init__(self, parent: QWidget | None, document: Document) -> None:
        super().__init__(
            parent, "documentDialog", translate("DocumentDialog", "Document properties")
        )
        self.title = self._field(document.title, translate("DocumentDialog", "Title"))
        self.outlet = self._field(document.outlet, translate("DocumentDialog", "Outlet"))
        self.author = self._field(document.author, translate("DocumentDialog", "Author or byline"))
        self.url = self._field(document.url, translate("DocumentDialog", "Web address"))
        self.url.setPlaceholderText(translate("DocumentDialog", "https://…"))
        self.published = self._field(
            document.published.isoformat() if document.published else "",
            translate("DocumentDialog", "Publication date"),
        )
        self.published.setPlaceholderText(translate("DocumentDialog", "YYYY-MM-DD"))
        self.language = self._field(document.language, translate("DocumentDialog", "Language"))
        self.language.setPlaceholderText(translate("DocumentDialog", "en, fr, uk…"))
        form = QFormLayout(self)
        for label, widget in (
            (translate("DocumentDialog", "&Title"), self.title),
            (translate("DocumentDialog", "&Outlet"), self.outlet),
            (translate("DocumentDialog", "&Author"), self.author),
            (translate("DocumentDialog", "&URL"), self.url),
            (translate("DocumentDialog", "&Published"), self.published),
            (translate("DocumentDialog", "&Language"), self.language),
        ):
            form.addRow(label, widget)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.changes: dict[str, Any] | None = None
        self.resize(520, self.sizeHint().height())

    def _field(self, value: str, name: str) -> QLineEdit:
        edit = QLineEdit(value)
        edit.setAccessibleName(name)
        return edit

    def build(self) -> dict[str, Any]:
        title = self.title.text().strip()
        if not title:
            raise UserInputError(translate("DocumentDialog", "a document needs a title"))
        url = self.url.text().strip()
        if url:
            url = validate_web_url(url, "the article's web address")
        published_text = self.published.text().strip()
        try:
            published = dt.date.fromisoformat(published_text) if published_text else None
        except ValueError:
            raise UserInputError(
                translate(
                    "DocumentDialog", "the publication date must look like {example}, not {typed}"
                ).format(example=dt.date.today().isoformat(), typed=repr(published_text))
            ) from None
        return {
            "title": title,
            "outlet": self.outlet.text().strip(),
            "author": self.author.text().strip(),
            "url": url,
            "published": published,
            "language": self.language.text().strip(),
        }

    def validate(self) -> None:
        self.changes = self.build()
