"""Someone changed the annotation while you were editing it: choose, never lose.

Shown when a conditional write is refused. For each field you changed it shows
yours beside theirs (and who changed it, when); you keep yours, take theirs, or,
for notes, merge the two.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from factcheck.domain import Annotation, AnnotationKind, ReviewStatus, VerdictScale
from factcheck.domain.text import in_quotes, one_line
from factcheck.ui.i18n import translate
from factcheck.ui.labels import kind_label, status_label

KEEP_MINE, TAKE_THEIRS, MERGE = "mine", "theirs", "merge"


def field_label(field: str) -> str:
    """An annotation's field as the row's heading ("Review status")."""
    labels = {
        "kind": translate("ConflictDialog", "Kind"),
        "verdict": translate("ConflictDialog", "Verdict"),
        "status": translate("ConflictDialog", "Review status"),
        "speaker": translate("ConflictDialog", "Speaker"),
        "note": translate("ConflictDialog", "Notes"),
        "sources": translate("ConflictDialog", "Sources"),
        "assignee": translate("ConflictDialog", "Assignee"),
    }
    return labels.get(field, field)


def describe_value(field: str, value: Any, scale: VerdictScale) -> str:
    if field == "verdict":
        verdict = scale.get(value)
        return verdict.label if verdict else translate("ConflictDialog", "Not rated yet")
    if field == "status":
        return status_label(ReviewStatus(value)) if value else "—"
    if field == "sources":
        return "\n".join(s.title or s.url for s in value) or translate(
            "ConflictDialog", "(no sources)"
        )
    if value is None or value == "":
        return translate("ConflictDialog", "(empty)")
    if field == "kind":
        return kind_label(AnnotationKind(value))
    return str(value.value if hasattr(value, "value") else value)


def merge_notes(mine: str, theirs: str, base: str) -> str:
    """Theirs, then what you added to the note you started from (or all of yours)."""
    added = mine[len(base) :] if base and mine.startswith(base) else mine
    added = added.strip()
    if not added or added in theirs:
        return theirs
    if not theirs.strip():
        return added
    return f"{theirs.rstrip()}\n\n{added}"


class ConflictDialog(QDialog):
    def __init__(
        self,
        current: Annotation,
        mine: dict[str, Any],
        base: Annotation | None,
        scale: VerdictScale,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(translate("ConflictDialog", "Changed by someone else"))
        self.current, self.mine, self.base = current, mine, base
        self.choice = TAKE_THEIRS
        who = current.modified_by or current.author
        when = QLocale().toString(
            QDateTime.fromSecsSinceEpoch(int(current.updated_at.timestamp())), "dd MMM HH:mm:ss"
        )
        words = in_quotes(one_line(current.exact, 60))
        intro = QLabel(
            translate(
                "ConflictDialog",
                "<b>{who}</b> changed {words} at {when}, while you were "
                "editing it. Nothing was overwritten. Which should stay?",
            ).format(who=who, words=words, when=when)
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(QLabel(translate("ConflictDialog", "<b>Yours</b>")), 0, 1)
        grid.addWidget(QLabel(translate("ConflictDialog", "<b>{who}’s</b>").format(who=who)), 0, 2)
        for row, (field, value) in enumerate(mine.items(), start=1):
            grid.addWidget(QLabel(field_label(field)), row, 0)
            for column, shown in ((1, value), (2, getattr(current, field))):
                box = QPlainTextEdit(describe_value(field, shown, scale))
                box.setObjectName(f"conflict_{field}_{'mine' if column == 1 else 'theirs'}")
                box.setReadOnly(True)
                name = (
                    translate("ConflictDialog", "{field}: yours")
                    if column == 1
                    else translate("ConflictDialog", "{field}: theirs")
                )
                box.setAccessibleName(name.format(field=field_label(field)))
                box.setMaximumHeight(90 if field == "note" else 40)
                grid.addWidget(box, row, column)

        buttons = QDialogButtonBox()
        self.keep_button = QPushButton(translate("ConflictDialog", "&Keep mine"))
        self.keep_button.setObjectName("keepMineButton")
        self.take_button = QPushButton(translate("ConflictDialog", "&Take theirs"))
        self.take_button.setObjectName("takeTheirsButton")
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.take_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_button.clicked.connect(lambda: self._done(KEEP_MINE))
        self.take_button.clicked.connect(lambda: self._done(TAKE_THEIRS))
        self.merge_button: QPushButton | None = None
        if "note" in mine:
            self.merge_button = QPushButton(translate("ConflictDialog", "&Merge notes"))
            self.merge_button.setObjectName("mergeNotesButton")
            self.merge_button.setToolTip(
                translate("ConflictDialog", "Their note, then what you added to it")
            )
            buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.merge_button.clicked.connect(lambda: self._done(MERGE))
            self.merge_button.setDefault(True)
        else:
            self.keep_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())

    def _done(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:
        """Esc or closing the box keeps what was typed (merged into a note, or kept as
        it is): what they did stays in the history, what was typed exists nowhere else."""
        self.choice = MERGE if self.merge_button is not None else KEEP_MINE
        super().accept()

    def resolved_changes(self) -> dict[str, Any] | None:
        """What to write on top of their version, or None to keep theirs."""
        if self.choice == KEEP_MINE:
            return dict(self.mine)
        if self.choice == MERGE:
            merged = dict(self.mine)
            base_note = self.base.note if self.base is not None else ""
            merged["note"] = merge_notes(str(self.mine["note"]), self.current.note, base_note)
            return merged
        return None
