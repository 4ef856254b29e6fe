"""Compare two versions of a document: insertions and deletions marked."""

from __future__ import annotations

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


class VersionCompareDialog(QDialog):
    def __init__(self, parent: QWidget | None, document: Document) -> None:
        super().__init__(parent)
        self.setObjectName("versionCompareDialog")
        self.setWindowTitle(f"Compare versions — {document.title}")
        self.document = document
        self.old = QComboBox()
        self.old.setObjectName("compareOldVersion")
        self.old.setAccessibleName("Older version")
        self.new = QComboBox()
        self.new.setObjectName("compareNewVersion")
        self.new.setAccessibleName("Newer version")
        for version in document.versions:
            label = f"Version {version.number} — {version.imported_at.astimezone():%d %b %Y %H:%M}"
            self.old.addItem(label, version.number)
            self.new.addItem(label, version.number)
        count = len(document.versions)
        self.old.setCurrentIndex(max(0, count - 2))
        self.new.setCurrentIndex(count - 1)
        self.summary = QLabel()
        self.summary.setObjectName("compareSummary")
        self.view = QTextBrowser()
        self.view.setObjectName("compareView")
        self.view.setAccessibleName("Differences between the versions")
        self.view.setOpenLinks(False)
        pickers = QHBoxLayout()
        pickers.addWidget(QLabel("From"))
        pickers.addWidget(self.old, 1)
        pickers.addWidget(QLabel("to"))
        pickers.addWidget(self.new, 1)
        legend = QLabel(
            f'<span style="{DELETED}">removed</span>&nbsp;&nbsp;'
            f'<span style="{INSERTED}">added</span>'
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
        self.summary.setText(
            f"Version {old.number} → {new.number}: {inserted} insertions, {deleted} deletions"
        )
