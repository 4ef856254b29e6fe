"""Add or edit one source: a web page, a document, an interview, an email or a call."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from factcheck.domain import Source, SourceKind, Stance
from factcheck.errors import UserInputError
from factcheck.ui.dialogs import ValidatingDialog

# The labels of the fields for each kind of source: (url, title, publisher, date).
FIELD_LABELS = {
    SourceKind.WEB: ("&URL", "&Title", "&Publisher", "&Accessed"),
    SourceKind.DOCUMENT: ("&URL (if online)", "&Title", "&Author or publisher", "&Dated"),
    SourceKind.INTERVIEW: ("", "Su&bject", "&With (who)", "&When"),
    SourceKind.EMAIL: ("", "Su&bject", "&From or to (who)", "&When"),
    SourceKind.PHONE: ("", "Su&bject", "&With (who)", "&When"),
}


class SourceDialog(ValidatingDialog):
    """The form follows the kind chosen: a web page needs its URL, an interview the
    person and the day; what does not apply to the kind is hidden, not left blank."""

    def __init__(self, parent: QWidget | None, source: Source | None = None) -> None:
        super().__init__(parent, "sourceDialog", "Source")
        self.kind = QComboBox()
        self.kind.setObjectName("sourceKind")
        self.kind.setAccessibleName("Kind of source")
        for kind in SourceKind:
            self.kind.addItem(kind.label, kind)
        if source:
            self.kind.setCurrentIndex(self.kind.findData(source.kind))
        self.url = QLineEdit(source.url if source else "")
        self.url.setObjectName("sourceUrl")
        self.url.setAccessibleName("Source URL")
        self.url.setPlaceholderText("https://…")
        self.title = QLineEdit(source.title if source else "")
        self.title.setObjectName("sourceTitle")
        self.title.setAccessibleName("Source title")
        self.publisher = QLineEdit(source.publisher if source else "")
        self.publisher.setObjectName("sourceWho")
        self.publisher.setAccessibleName("Publisher")
        accessed = source.accessed if source and source.accessed else dt.date.today()
        self.accessed = QLineEdit(accessed.isoformat())
        self.accessed.setObjectName("sourceDate")
        self.accessed.setAccessibleName("Date accessed")
        self.accessed.setPlaceholderText("YYYY-MM-DD")
        self.archived = QLineEdit(source.archived_url if source else "")
        self.archived.setAccessibleName("Archived copy URL")
        self.archived.setPlaceholderText("https://web.archive.org/…")
        self.stance = QComboBox()
        self.stance.setAccessibleName("Stance")
        for stance in Stance:
            self.stance.addItem(stance.value.capitalize(), stance)
        if source:
            self.stance.setCurrentIndex(self.stance.findData(source.stance))
        self.note = QLineEdit(source.note if source else "")
        self.note.setObjectName("sourceNote")
        self.note.setAccessibleName("Source note")
        self.form = QFormLayout()
        self.form.addRow("&Kind", self.kind)
        self.form.addRow("&URL", self.url)
        self.form.addRow("&Title", self.title)
        self.form.addRow("&Publisher", self.publisher)
        self.form.addRow("&Accessed", self.accessed)
        self.form.addRow("Arc&hived copy", self.archived)
        self.form.addRow("&Stance", self.stance)
        self.form.addRow("&Note", self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.result_source: Source | None = None
        self.kind.currentIndexChanged.connect(lambda _index: self._fit_form())
        self._fit_form()

    def current_kind(self) -> SourceKind:
        return SourceKind(self.kind.currentData())

    def _fit_form(self) -> None:
        kind = self.current_kind()
        labels = FIELD_LABELS[kind]
        for field, label in zip(
            (self.url, self.title, self.publisher, self.accessed), labels, strict=True
        ):
            self.form.setRowVisible(field, bool(label))
            if label:
                self.form.labelForField(field).setText(label)  # type: ignore[attr-defined]
                field.setAccessibleName(label.replace("&", ""))
        online = kind in (SourceKind.WEB, SourceKind.DOCUMENT)
        self.form.setRowVisible(self.archived, online)
        self.note.setPlaceholderText(
            "" if online else "What was said or written, and how it was confirmed"
        )
        self.form.activate()  # no blank space where hidden rows were
        self.resize(max(self.width(), 480), self.sizeHint().height())

    def build(self) -> Source:
        kind = self.current_kind()
        online = kind in (SourceKind.WEB, SourceKind.DOCUMENT)
        accessed_text = self.accessed.text().strip()
        try:
            accessed = dt.date.fromisoformat(accessed_text) if accessed_text else None
        except ValueError:
            raise UserInputError(
                f"the date must look like 2026-11-25, not {accessed_text!r}"
            ) from None
        return Source(
            kind=kind,
            url=self.url.text() if online else "",
            title=self.title.text().strip(),
            publisher=self.publisher.text().strip(),
            accessed=accessed,
            archived_url=self.archived.text().strip() if online else "",
            stance=self.stance.currentData(),
            note=self.note.text().strip(),
        )

    def validate(self) -> None:
        self.result_source = self.build()
