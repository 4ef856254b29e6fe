"""Every control a keyboard can reach has a name a screen reader can say."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QMenu, QWidget

from factcheck.ui.main_window import MainWindow
from tests.gui.every_window import dialogs, prepared_window, shown


def unnamed_controls(top: QWidget) -> list[str]:
    """Focusable, visible controls whose accessible name (given, or taken by Qt from
    their text or their label's buddy) is empty."""
    found = []
    for widget in top.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(top):
            continue
        if widget.focusProxy() is not None:
            continue  # the proxy is what gets the focus, and is checked itself
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            found.append(f"{type(widget).__name__} {widget.objectName() or '(no object name)'}")
    return found


def test_every_focusable_control_has_an_accessible_name(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    prepared_window(qtbot, window, tmp_path)
    problems = [f"main window: {name}" for name in unnamed_controls(window)]
    for title, make in dialogs(window):
        dialog = shown(qtbot, make())
        problems += [f"{title}: {name}" for name in unnamed_controls(dialog)]
        dialog.close()
    assert not problems, "\n".join(problems)


def test_the_check_sees_an_unnamed_control(qtbot) -> None:
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

    box = QWidget()
    layout = QVBoxLayout(box)
    layout.addWidget(QLineEdit())  # no label, no name: a screen reader says nothing
    layout.addWidget(QPushButton("Save"))  # named by its text
    qtbot.addWidget(box)
    box.show()
    assert unnamed_controls(box) == ["QLineEdit (no object name)"]


def test_every_menu_action_is_reachable_by_keyboard(window: MainWindow) -> None:
    """Each menu opens with Alt and a letter, and each of its actions has a letter of
    its own or a shortcut."""
    problems = []
    for menu_action in window.menuBar().actions():
        title = menu_action.text()
        if "&" not in title.replace("&&", ""):
            problems.append(f"menu {title!r} has no mnemonic")
        menu = menu_action.menu()
        for action in menu.actions() if isinstance(menu, QMenu) else []:
            if action.isSeparator():
                continue
            if "&" not in action.text().replace("&&", "") and action.shortcut().isEmpty():
                problems.append(f"{title!r} > {action.text()!r}: no letter, no shortcut")
    assert not problems, "\n".join(problems)
