"""The main window's actions, menus and toolbar (split from main_window.py).

Actions are attributes of the window (``window.claim_action`` ...), so that the
window, its tests and the self-test reach them by name; the slots they call stay
methods of the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from factcheck import APP_NAME
from factcheck.domain import AnnotationKind
from factcheck.ui.i18n import translate

if TYPE_CHECKING:
    from factcheck.ui.main_window import MainWindow


def _action(
    window: MainWindow,
    text: str,
    name: str,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
    slot: Any,
    tip: str = "",
) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setToolTip(
        f"{tip or text.replace('&', '').rstrip('…')}"
        + (f" ({action.shortcut().toString()})" if shortcut else "")
    )
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def install_actions(window: MainWindow) -> None:
    """Every action of the window, with its shortcut, as ``window.*_action``."""
    window.import_action = _action(
        window,
        translate("MainWindow", "&Import…"),
        "importAction",
        QKeySequence.StandardKey.Open,
        window.choose_import,
    )
    window.paste_action = _action(
        window,
        translate("MainWindow", "&Paste as new document"),
        "pasteDocumentAction",
        "Ctrl+Shift+V",
        window.paste_as_document,
    )
    window.revise_action = _action(
        window,
        translate("MainWindow", "Import new &version…"),
        "importVersionAction",
        "Ctrl+Shift+O",
        window.choose_revision,
    )
    window.compare_action = _action(
        window,
        translate("MainWindow", "&Compare versions…"),
        "compareVersionsAction",
        None,
        window.compare_versions,
    )
    window.export_action = _action(
        window,
        translate("MainWindow", "&Export…"),
        "exportAction",
        "Ctrl+E",
        lambda: window.export_document(),
    )
    window.import_annotations_action = _action(
        window,
        translate("MainWindow", "Import &annotations…"),
        "importAnnotationsAction",
        None,
        window.choose_annotations_file,
    )
    window.properties_action = _action(
        window,
        translate("MainWindow", "Document &properties…"),
        "documentPropertiesAction",
        "Ctrl+I",
        window.edit_document,
    )
    window.preferences_action = _action(
        window,
        translate("MainWindow", "Pr&eferences…"),
        "preferencesAction",
        "Ctrl+,",  # the macOS convention (Cmd+,), given to every platform
        window.edit_preferences,
    )
    window.quit_action = _action(
        window,
        translate("MainWindow", "&Quit"),
        "quitAction",
        QKeySequence.StandardKey.Quit,
        window.close,
    )
    window.undo_action = window.undo_group.createUndoAction(
        window, translate("MainWindow", "&Undo")
    )
    window.undo_action.setObjectName("undoAction")
    # The toolbar shows a fixed "Undo"/"Redo" (the menu and tooltip name the step), so
    # that the toolbar does not jump about as the step's name changes length.
    window.undo_action.setIconText(translate("MainWindow", "Undo"))
    window.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
    window.redo_action = window.undo_group.createRedoAction(
        window, translate("MainWindow", "&Redo")
    )
    window.redo_action.setObjectName("redoAction")
    window.redo_action.setIconText(translate("MainWindow", "Redo"))
    window.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    window.addAction(window.undo_action)
    window.addAction(window.redo_action)
    window.claim_action = _action(
        window,
        translate("MainWindow", "Mark as &claim"),
        "markClaimAction",
        "Ctrl+1",
        lambda: window.mark(AnnotationKind.CLAIM),
    )
    window.quote_action = _action(
        window,
        translate("MainWindow", "Mark as &quote"),
        "markQuoteAction",
        "Ctrl+2",
        lambda: window.mark(AnnotationKind.QUOTE),
    )
    window.note_action = _action(
        window,
        translate("MainWindow", "Add &note"),
        "addNoteAction",
        "Ctrl+3",
        lambda: window.mark(AnnotationKind.NOTE),
    )
    window.delete_action = _action(
        window,
        translate("MainWindow", "&Delete annotation"),
        "deleteAnnotationAction",
        QKeySequence.StandardKey.Delete,
        window.delete_selected,
    )
    # Delete only where an annotation is meant, never while typing a note.
    window.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    window.view.addAction(window.delete_action)  # the list adds it when it is built
    window.retarget_action = _action(
        window,
        translate("MainWindow", "&Re-target to selection"),
        "retargetAction",
        "Ctrl+Shift+R",
        window.retarget_selected,
        translate(
            "MainWindow", "Move the selected annotation onto the words selected in the article"
        ),
    )
    window.next_action = _action(
        window,
        translate("MainWindow", "&Next not rated"),
        "nextNotRatedAction",
        "F8",
        lambda: window.go_not_rated(1),
    )
    window.previous_action = _action(
        window,
        translate("MainWindow", "&Previous not rated"),
        "previousNotRatedAction",
        "Shift+F8",
        lambda: window.go_not_rated(-1),
    )
    window.find_action = _action(
        window,
        translate("MainWindow", "&Find in article…"),
        "findInArticleAction",
        QKeySequence.StandardKey.Find,
        window.find_bar.open_bar,
    )
    window.find_next_action = _action(
        window,
        translate("MainWindow", "Find ne&xt"),
        "findNextAction",
        QKeySequence.StandardKey.FindNext,
        lambda: window.find_bar.find_next(1),
    )
    window.find_previous_action = _action(
        window,
        translate("MainWindow", "Find pre&vious"),
        "findPreviousAction",
        QKeySequence.StandardKey.FindPrevious,
        lambda: window.find_bar.find_next(-1),
    )
    window.filter_action = _action(
        window,
        translate("MainWindow", "F&ilter annotations"),
        "filterAction",
        "Ctrl+Shift+L",
        window._focus_filter,
    )
    window.zoom_in_action = _action(
        window,
        translate("MainWindow", "Larger text"),
        "zoomInAction",
        QKeySequence.StandardKey.ZoomIn,
        lambda: window.change_font_size(1),
    )
    window.zoom_out_action = _action(
        window,
        translate("MainWindow", "Smaller text"),
        "zoomOutAction",
        QKeySequence.StandardKey.ZoomOut,
        lambda: window.change_font_size(-1),
    )
    window.about_action = _action(
        window,
        translate("MainWindow", "&About {app}").format(app=APP_NAME),
        "aboutAction",
        None,
        window.about,
    )
    window.shortcuts_action = _action(
        window,
        translate("MainWindow", "&Keyboard shortcuts"),
        "keyboardShortcutsAction",
        QKeySequence.StandardKey.HelpContents,
        window.show_shortcuts,
    )
    window.getting_started_action = _action(
        window,
        translate("MainWindow", "&Getting started"),
        "gettingStartedAction",
        None,
        window.show_getting_started,
    )
    # Focus jumps: the three places work happens, and the Library.
    window.focus_article_action = _action(
        window,
        translate("MainWindow", "&Article"),
        "focusArticleAction",
        "Alt+1",
        lambda: window.focus_place("article"),
    )
    window.focus_list_action = _action(
        window,
        translate("MainWindow", "Annotation &list"),
        "focusListAction",
        "Alt+2",
        lambda: window.focus_place("list"),
    )
    window.focus_panel_action = _action(
        window,
        translate("MainWindow", "Annotation &panel"),
        "focusPanelAction",
        "Alt+3",
        lambda: window.focus_place("panel"),
    )
    window.focus_library_action = _action(
        window,
        translate("MainWindow", "Librar&y"),
        "focusLibraryAction",
        "Ctrl+L",
        lambda: window.focus_place("library"),
    )
    window.view.set_context_actions(
        [
            window.claim_action,
            window.quote_action,
            window.note_action,
            window.delete_action,
            window.retarget_action,
        ]
    )


def install_menus(window: MainWindow) -> None:
    """The menu bar and the review toolbar (the docks exist by now)."""
    menu = window.menuBar()
    file_menu = menu.addMenu(translate("MainWindow", "&File"))
    file_menu.addActions([window.import_action, window.revise_action, window.paste_action])
    file_menu.addAction(window.compare_action)
    file_menu.addAction(window.import_annotations_action)
    file_menu.addAction(window.checked_before.import_action)
    file_menu.addSeparator()
    file_menu.addAction(window.export_action)
    file_menu.addSeparator()
    file_menu.addAction(window.properties_action)
    file_menu.addAction(window.library_action)
    file_menu.addAction(window.preferences_action)
    file_menu.addSeparator()
    file_menu.addActions([window.desk.connect_action, window.desk.local_action])
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)
    edit_menu = menu.addMenu(translate("MainWindow", "&Edit"))
    edit_menu.addActions([window.undo_action, window.redo_action])
    edit_menu.addSeparator()
    edit_menu.addActions(
        [window.claim_action, window.quote_action, window.note_action, window.delete_action]
    )
    edit_menu.addAction(window.retarget_action)
    edit_menu.addSeparator()
    edit_menu.addActions([window.find_action, window.find_next_action, window.find_previous_action])
    go_menu = menu.addMenu(translate("MainWindow", "&Go"))
    go_menu.addActions([window.next_action, window.previous_action])
    go_menu.addSeparator()
    go_menu.addActions([window.filter_action, window.checked_before.search_action])
    go_menu.addSeparator()
    go_menu.addActions(
        [
            window.focus_article_action,
            window.focus_list_action,
            window.focus_panel_action,
            window.focus_library_action,
        ]
    )
    view_menu = menu.addMenu(translate("MainWindow", "&View"))
    view_menu.addActions([window.zoom_in_action, window.zoom_out_action])
    view_menu.addSeparator()
    view_menu.addAction(window.review_action)
    view_menu.addAction(window.checked_before.view_action)
    tools_menu = menu.addMenu(translate("MainWindow", "&Tools"))
    s = window.suggestions
    tools_menu.addAction(s.suggest_action)
    tools_menu.addActions([s.next_action, s.previous_action, s.dismiss_action])
    help_menu = menu.addMenu(translate("MainWindow", "&Help"))
    help_menu.addActions([window.getting_started_action, window.shortcuts_action])
    help_menu.addSeparator()
    help_menu.addAction(window.about_action)

    toolbar = QToolBar(translate("MainWindow", "Review"))
    toolbar.setObjectName("reviewToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.addActions([window.import_action])
    toolbar.addSeparator()
    toolbar.addActions([window.claim_action, window.quote_action, window.note_action])
    toolbar.addSeparator()
    toolbar.addActions([window.undo_action, window.redo_action])
    toolbar.addSeparator()
    toolbar.addAction(window.next_action)
    toolbar.addSeparator()
    toolbar.addWidget(window.version_combo)
    window.addToolBar(toolbar)
