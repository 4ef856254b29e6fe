"""Add or edit one source: a web page, a document, an interview, an email or a call."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from factcheck.domain import Source, SourceKind, Stance
from factcheck.errors import UserInputError
from factcheck.ui.dialogs import ValidatingDialog
from factcheck.ui.i18n import translate
from factcheck.ui.labels import source_kind_label, stance_label


def field_labels(kind: SourceKind) -> tuple[str, str, str, str]:
    """The labels of the fields for a kind of source: (url, title, publisher, date);
    "" for a field the kind has not."""
    url = translate("SourceDialog", "&URL")
    title = translate("SourceDialog", "&Title")
    subject = translate("SourceDialog", "Su&bject")
    when = translate("SourceDialog", "&When")
    if kind is SourceKind.WEB:
        return (
            url,
            title,
            translate("SourceDialog", "&Publisher"),
            translate("SourceDialog", "&Accessed"),
        )
    if kind is SourceKind.DOCUMENT:
        return (
            translate("SourceDialog", "&URL (if online)"),
            title,
            translate("SourceDialog", "&Author or publisher"),
            translate("SourceDialog", "&Dated"),
        )
    if kind is SourceKind.EMAIL:
        return ("", subject, translate("SourceDialog", "&From or to (who)"), when)
    return ("", subject, translate("SourceDialog", "&With (who)"), when)  # interview, call


class SourceDialog(ValidatingDialog):
    """The form follows the kind chosen: a web page needs its URL, an interview the
    person and the day; what does not apply to the kind is hidden, not left blank."""

    def __init__(self, parent: QWidget | None, source: Source | None = None) -> None:
        super().__init__(parent, "sourceDialog", translate("SourceDialog", "Source"))
        self.kind = QComboBox()
        self.kind.setObjectName("sourceKind")
        self.kind.setAccessibleName(translate("SourceDialog", "Kind of source"))
        for kind in SourceKind:
            self.kind.addItem(source_kind_label(kind), kind)
        if source:
            self.kind.setCurrentIndex(self.kind.findData(source.kind))
        self.url = QLineEdit(source.url if source else "")
        self.url.setObjectName("sourceUrl")
        self.url.setAccessibleName(translate("SourceDialog", "Source URL"))
        self.url.setPlaceholderText(translate("SourceDialog", "https://…"))
        self.title = QLineEdit(source.title if source else "")
        self.title.setObjectName("sourceTitle")
        self.title.setAccessibleName(translate("SourceDialog", "Source title"))
        self.publisher = QLineEdit(source.publisher if source else "")
        self.publisher.setObjectName("sourceWho")
        self.publisher.setAccessibleName(translate("SourceDialog", "Publisher"))
        accessed = source.accessed if source and source.accessed else dt.date.today()
        self.accessed = QLineEdit(accessed.isoformat())
        self.accessed.setObjectName("sourceDate")
        self.accessed.setAccessibleName(translate("SourceDialog", "Date accessed"))
        self.accessed.setPlaceholderText(translate("SourceDialog", "YYYY-MM-DD"))
        self.archived = QLineEdit(source.archived_url if source else "")
        self.archived.setAccessibleName(translate("SourceDialog", "Archived copy URL"))
        self.archived.setPlaceholderText(translate("SourceDialog", "https://web.archive.org/…"))
        self.stance = QComboBox()
        self.stance.setAccessibleName(translate("SourceDialog", "Stance"))
        for stance in Stance:
            self.stance.addItem(stance_label(stance), stance)
        if source:
            self.stance.setCurrentIndex(self.stance.findData(source.stance))
        self.note = QLineEdit(source.note if source else "")
        self.note.setObjectName("sourceNote")
        self.note.setAccessibleName(translate("SourceDialog", "Source note"))
        self.form = QFormLayout()
        self.form.addRow(translate("SourceDialog", "&Kind"), self.kind)
        self.form.addRow(translate("SourceDialog", "&URL"), self.url)
        self.form.addRow(translate("SourceDialog", "&Title"), self.title)
        self.form.addRow(translate("SourceDialog", "&Publisher"), self.publisher)
        self.form.addRow(translate("SourceDialog", "&Accessed"), self.accessed)
        self.form.addRow(translate("SourceDialog", "Arc&hived copy"), self.archived)
        self.form.addRow(translate("SourceDialog", "&Stance"), self.stance)
        self.form.addRow(translate("SourceDialog", "&Note"), self.note)
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
        labels = field_labels(kind)
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
            ""
            if online
            else translate("SourceDialog", "What was said or written, and how it was confirmed")
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
                translate("SourceDialog", "the date must look like 2026-11-25, not {text}").format(
                    text=repr(accessed_text)
                )
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
