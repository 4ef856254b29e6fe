"""Help > Keyboard shortcuts (F1) and Help > Getting started: both offline, both
made from what the window really has, so they cannot drift from the menus."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from factcheck import APP_NAME
from factcheck.ui.i18n import translate

if TYPE_CHECKING:
    from factcheck.ui.main_window import MainWindow


def in_place_keys() -> list[tuple[str, str, str]]:
    """Keys that belong to a place rather than to an action of the menus: (where, keys,
    what), in the interface language (the keys as they are written on the keyboard)."""
    article_or_list = translate("Help", "In the article or the list")
    article = translate("Help", "In the article")
    find = translate("Help", "In Find")
    return [
        (
            article_or_list,
            "1 … 9",
            translate("Help", "Give the selected claim or quote that verdict"),
        ),
        (article_or_list, "0", translate("Help", "Clear the verdict")),
        (article_or_list, "Delete", translate("Help", "Delete the selected annotation")),
        (
            article,
            "Shift+Right / Shift+Left",
            translate("Help", "Move the end of the selected mark by a word"),
        ),
        (
            article,
            "Ctrl+Shift+Left / Ctrl+Shift+Right",
            translate("Help", "Move the start of the selected mark by a word"),
        ),
        (
            article,
            translate("Help", "Alt with the above"),
            translate("Help", "…by a letter instead of a word"),
        ),
        (find, "Enter / Shift+Enter", translate("Help", "Next / previous match")),
        (find, "Esc", translate("Help", "Close Find and go back to the article")),
        (
            translate("Help", "In Notes"),
            "Ctrl+Z",
            translate("Help", "Undo typing (after the note is saved: undo the change)"),
        ),
    ]


def _label(action: QAction) -> str:
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def shortcut_rows(window: MainWindow) -> list[tuple[str, str, str]]:
    """(menu, keys, what) for every menu action with a shortcut, then the in-place keys."""
    rows: list[tuple[str, str, str]] = []
    for menu in window.menuBar().findChildren(QMenu):
        menu_action = menu.menuAction()
        for action in menu.actions():
            keys = ", ".join(
                s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
            )
            if keys and not action.isSeparator():
                rows.append((_label(menu_action), keys, _label(action)))
    return rows + in_place_keys()


def shortcut_html(window: MainWindow) -> str:
    heading = translate("Help", "{app} keyboard shortcuts").format(app=escape(APP_NAME))
    parts = [f"<h2>{heading}</h2><table cellpadding='4'>"]
    group = None
    for where, keys, what in shortcut_rows(window):
        if where != group:
            parts.append(f"<tr><td colspan='2'><h3>{escape(where)}</h3></td></tr>")
            group = where
        parts.append(f"<tr><td><b>{escape(keys)}</b></td><td>{escape(what)}</td></tr>")
    parts.append("</table>")
    return "".join(parts)


def getting_started_html() -> str:
    """Help > Getting started, in the interface language: one translatable piece per
    step (its HTML inside)."""
    app = escape(APP_NAME)
    steps = [
        translate(
            "Help",
            "<b>Import a draft</b> (File &gt; Import, or drop a file on the window): DOCX, ODT, "
            "PDF, Markdown, a saved web page or plain text. Paste as a new document works too.",
        ),
        translate(
            "Help",
            "<b>Mark what needs checking</b>: select words in the article and press Ctrl+1 for "
            "a claim, Ctrl+2 for a quote, Ctrl+3 for a note.",
        ),
        translate(
            "Help",
            "<b>Rate it</b>: with the article or the list focused, a digit gives a verdict "
            "(1 is the first of the scale), 0 clears it. Add the speaker, sources and notes in "
            "the panel on the right; everything is saved as you go, and Ctrl+Z undoes it.",
        ),
        translate(
            "Help",
            "<b>Work through the list</b>: F8 goes to the next claim or quote not yet rated. "
            "Ctrl+F finds words in the article; Ctrl+Shift+L filters the list.",
        ),
        translate(
            "Help",
            "<b>A new draft arrives</b>: File &gt; Import new version. Annotations follow the "
            "text; those whose words changed or vanished wait in the review queue (Ctrl+R).",
        ),
        translate(
            "Help",
            "<b>Publish</b>: File &gt; Export writes a report (HTML, PDF, DOCX, Markdown, CSV) "
            "or data (W3C Web Annotation, ClaimReview).",
        ),
    ]
    heading = translate("Help", "Getting started with {app}").format(app=app)
    closing = translate(
        "Help",
        "Press F1 at any time for the keyboard shortcuts. Nothing here needs a network: "
        "{app} never loads anything from the internet by itself.",
    ).format(app=app)
    items = "\n".join(f"<li>{step}</li>" for step in steps)
    return f"\n<h2>{heading}</h2>\n<ol>\n{items}\n</ol>\n<p>{closing}</p>\n"


class HelpDialog(QDialog):
    """A page of help in a non-modal window (work can go on beside it)."""

    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("helpDialog")
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpText")
        self.browser.setAccessibleName(title)
        self.browser.setOpenLinks(False)
        self.browser.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(620, 560)


def show_help(window: MainWindow, title: str, html: str) -> HelpDialog:
    """One window per topic: asking again brings it to the front."""
    for existing in window.findChildren(HelpDialog):
        if existing.windowTitle() == title:
            existing.browser.setHtml(html)
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return existing
    dialog = HelpDialog(title, html, window)
    dialog.show()
    return dialog
