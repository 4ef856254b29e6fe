"""Compare two versions of a document: insertions and deletions marked."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from factcheck.domain import Document
from factcheck.ui.diff_html import DELETED, INSERTED, version_diff
from factcheck.ui.i18n import translate


class VersionCompareDialog(QDialog):
    def __init__(self, parent: QWidget | None, document: Document) -> None:
        super().__init__(parent)
        self.setObjectName("versionCompareDialog")
        self.setWindowTitle(
            translate("VersionCompareDialog", "Compare versions — {title}").format(
                title=document.title
            )
        )
        self.document = document
        self.old = QComboBox()
        self.old.setObjectName("compareOldVersion")
        self.old.setAccessibleName(translate("VersionCompareDialog", "Older version"))
        self.new = QComboBox()
        self.new.setObjectName("compareNewVersion")
        self.new.setAccessibleName(translate("VersionCompareDialog", "Newer version"))
        locale = QLocale()
        for version in document.versions:
            label = translate("VersionCompareDialog", "Version {number} — {imported}").format(
                number=locale.toString(version.number),
                imported=locale.toString(
                    QDateTime.fromSecsSinceEpoch(int(version.imported_at.timestamp())),
                    "dd MMM yyyy HH:mm",
                ),
            )
            self.old.addItem(label, version.number)
            self.new.addItem(label, version.number)
        count = len(document.versions)
        self.old.setCurrentIndex(max(0, count - 2))
        self.new.setCurrentIndex(count - 1)
        self.summary = QLabel()
        self.summary.setObjectName("compareSummary")
        self.view = QTextBrowser()
        self.view.setObjectName("compareView")
        self.view.setAccessibleName(
            translate("VersionCompareDialog", "Differences between the versions")
        )
        self.view.setOpenLinks(False)
        pickers = QHBoxLayout()
        pickers.addWidget(QLabel(translate("VersionCompareDialog", "From")))
        pickers.addWidget(self.old, 1)
        pickers.addWidget(QLabel(translate("VersionCompareDialog", "to")))
        pickers.addWidget(self.new, 1)
        legend = QLabel(
            translate(
                "VersionCompareDialog",
                '<span style="{deleted}">removed</span>&nbsp;&nbsp;'
                '<span style="{inserted}">added</span>',
            ).format(deleted=DELETED, inserted=INSERTED)
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(legend)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.old.currentIndexChanged.connect(self.refresh)
        self.new.currentIndexChanged.connect(self.refresh)
        self.resize(900, 700)
        self.refresh()

    def refresh(self) -> None:
        by_number = {v.number: v for v in self.document.versions}
        old = by_number[self.old.currentData()]
        new = by_number[self.new.currentData()]
        html, inserted, deleted = version_diff(old.text, new.text)
        self.view.setHtml(f'<div style="line-height:140%">{html}</div>')
        locale = QLocale()
        self.summary.setText(
            translate(
                "VersionCompareDialog", "Version {old} → {new}: {insertions}, {deletions}"
            ).format(
                old=locale.toString(old.number),
                new=locale.toString(new.number),
                insertions=translate("VersionCompareDialog", "%n insertion(s)", None, inserted),
                deletions=translate("VersionCompareDialog", "%n deletion(s)", None, deleted),
            )
        )
