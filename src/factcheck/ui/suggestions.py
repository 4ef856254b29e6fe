"""Tools > Suggest claims: sentences that probably hold a checkable claim, shown faintly
in the article until the reviewer accepts one (it becomes a claim) or dismisses it.

Nothing is saved until a suggestion is accepted. F7 / Shift+F7 select the next or
previous suggestion, Ctrl+1 (Mark as claim) accepts the selected one, Ctrl+Shift+D
dismisses it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand

from factcheck.domain import AnnotationKind
from factcheck.ui.i18n import translate

if TYPE_CHECKING:
    from factcheck.services.suggestion_learning import SuggestionLearning
    from factcheck.ui.main_window import MainWindow


class Suggestions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.spans: list[tuple[int, int]] = []  # in text order
        self._dismissed: set[tuple[int, int, str]] = set()  # this session, per text
        # Scoring a long draft takes a moment: once per text, not after every mark.
        self._scored: tuple[str, list[tuple[int, int, str]]] = ("", [])
        self.suggest_action = self._action(
            translate("Suggestions", "&Suggest claims"),
            "suggestClaimsAction",
            "Ctrl+Shift+S",
            self.toggle,
        )
        self.suggest_action.setCheckable(True)
        self.next_action = self._action(
            translate("Suggestions", "&Next suggestion"),
            "nextSuggestionAction",
            "F7",
            lambda: self.go(1),
        )
        self.previous_action = self._action(
            translate("Suggestions", "&Previous suggestion"),
            "previousSuggestionAction",
            "Shift+F7",
            lambda: self.go(-1),
        )
        self.dismiss_action = self._action(
            translate("Suggestions", "&Dismiss suggestion"),
            "dismissSuggestionAction",
            "Ctrl+Shift+D",
            self.dismiss,
        )
        self._fit_actions()

    def _action(self, text: str, name: str, keys: str, slot: object) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _fit_actions(self) -> None:
        on = bool(self.spans)
        for action in (self.next_action, self.previous_action, self.dismiss_action):
            action.setEnabled(on)

    # --- showing ----------------------------------------------------------------------------
    def toggle(self, on: bool | None = None) -> None:
        wanted = self.suggest_action.isChecked() if on is None else on
        self.suggest_action.setChecked(wanted)
        if wanted:
            self.refresh(announce=True)
        else:
            self.clear()

    def _learning(self) -> SuggestionLearning:
        from factcheck.services.suggestion_learning import SuggestionLearning

        workspace = self.window.controller.workspace
        return SuggestionLearning(workspace.database, workspace.author)

    def reset_learning(self) -> None:
        if self.window.controller.succeeds(lambda: self._learning().reset()):
            self.window.statusBar().showMessage(
                translate("Suggestions", "Suggestions forgot what they learnt"), 5000
            )
            self._scored = ("", [])
            self.refresh()

    def clear(self) -> None:
        self._scored = ("", [])  # turned on again: scored afresh, with what was learnt
        self.spans = []
        self.window.view.set_suggestions([])
        self._fit_actions()

    def refresh(self, announce: bool = False) -> None:
        """Suggest again for the text shown (after a mark, a new version, another
        document): sentences already marked as claims, or dismissed, are left out."""
        if not self.suggest_action.isChecked():
            return
        window = self.window
        text = window.view.plain_text() if window.viewing_newest else ""
        claims = sorted(
            (a.start, a.end)
            for a in window.controller.annotations
            if a.kind is AnnotationKind.CLAIM and not a.state.lost
        )
        starts = [start for start, _end in claims]

        def marked(start: int, end: int) -> bool:
            first = bisect_left(starts, start - 2_000)
            return any(s < end and start < e for s, e in claims[first : bisect_left(starts, end)])

        # The same text object: scores still hold (the learnt model applies from the
        # next text shown, or the next time suggestions are turned on).
        if self._scored[0] is not text:
            scored = self._learning().suggest(text, learn=window.prefs.learn_suggestions)
            self._scored = (text, [(s.start, s.end, s.text) for s in scored])
        self.spans = sorted(
            (start, end)
            for start, end, sentence in self._scored[1]
            if (start, end, sentence) not in self._dismissed and not marked(start, end)
        )
        window.view.set_suggestions(self.spans)
        self._fit_actions()
        if announce:
            # The count in a name of its own: pyside6-lupdate misses a translate() whose
            # number is a call.
            found = len(self.spans)
            window.statusBar().showMessage(
                translate(
                    "Suggestions",
                    "%n sentence(s) may hold a claim: F7 goes to the next, "
                    "Ctrl+1 marks it, Ctrl+Shift+D dismisses it",
                    None,
                    found,
                ),
                8000,
            )

    # --- walking, accepting, dismissing -------------------------------------------------------
    def go(self, step: int) -> tuple[int, int] | None:
        """Select the next (1) or previous (-1) suggestion after the caret, wrapping."""
        if not self.spans:
            return None
        view = self.window.view
        caret = view.caret_position()
        starts = [start for start, _end in self.spans]
        on = view.selection_span()
        if on in self.spans:  # one is selected: the one after (or before) it
            index = self.spans.index(on) + step
        else:  # the first at or after the caret (or the last before it)
            index = bisect_left(starts, caret) if step > 0 else bisect_right(starts, caret) - 1
        start, end = self.spans[index % len(self.spans)]
        view.select_span(start, end)
        view.scroll_to_span(start)
        view.setFocus()
        return start, end

    def at_caret(self) -> tuple[int, int] | None:
        """The suggestion selected, or the one the caret is in."""
        view = self.window.view
        selected = view.selection_span()
        caret = view.caret_position()
        for start, end in self.spans:
            if selected == (start, end) or (selected is None and start <= caret < end):
                return start, end
        return None

    def dismiss(self) -> None:
        span = self.at_caret()
        if span is None:
            self.window.statusBar().showMessage(
                translate("Suggestions", "Select a suggestion first (F7)"), 5000
            )
            return
        text = self.window.view.text_of(*span)
        example = None
        if self.window.prefs.learn_suggestions:  # the desk learns: "not a claim"
            example = self.window.controller.attempt(lambda: self._learning().dismiss(text))
        self.window.undo_stack.push(DismissSuggestion(self, span, text, example))
        self.go(1)

    def set_dismissed(self, span: tuple[int, int], text: str, dismissed: bool) -> None:
        """Take a suggestion out (dismissed) or put it back (its dismissal undone)."""
        key = (span[0], span[1], text)
        if dismissed:
            self._dismissed.add(key)
            if span in self.spans:
                self.spans.remove(span)
        else:
            self._dismissed.discard(key)
            if span not in self.spans:
                self.spans = sorted([*self.spans, span])
        self.window.view.set_suggestions(self.spans)
        self._fit_actions()
        left = len(self.spans)
        self.window.statusBar().showMessage(
            translate("Suggestions", "%n suggestion(s) left", None, left), 5000
        )


class DismissSuggestion(QUndoCommand):
    """A dismissal is one undo step: the suggestion comes back, and the desk's
    model forgets that example."""

    def __init__(
        self, owner: Suggestions, span: tuple[int, int], text: str, example: int | None
    ) -> None:
        super().__init__(translate("DismissSuggestion", "dismiss suggestion"))
        self.owner, self.span, self.sentence, self.example = owner, span, text, example

    def redo(self) -> None:
        if self.example is None and self.owner.window.prefs.learn_suggestions:
            learning = self.owner._learning()
            sentence = self.sentence
            self.example = self.owner.window.controller.attempt(lambda: learning.dismiss(sentence))
        self.owner.set_dismissed(self.span, self.sentence, True)

    def undo(self) -> None:
        example, self.example = self.example, None
        if example is not None:
            learning = self.owner._learning()
            self.owner.window.controller.attempt(lambda: learning.undismiss(example))
        self.owner.set_dismissed(self.span, self.sentence, False)
