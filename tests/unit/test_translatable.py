"""Every user-visible string in ui/ goes through translate() (ui/i18n.py).

A static check over the source: a literal (or f-string) with letters handed to a Qt
call that shows text (a label, a button, a title, a tooltip, a message box, a menu,
an undo step...) fails, naming the file and line. Text that reaches the screen by a
path this cannot see is caught by the pseudo-language tests in tests/gui.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "src" / "factcheck" / "ui"

# Method name -> which positional arguments are text (None: all of them).
TEXT_METHODS: dict[str, tuple[int, ...] | None] = {
    "setText": (0,),
    "setWindowTitle": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setPlaceholderText": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "showMessage": (0,),
    "setLabelText": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "setTitle": (0,),
    "setTabText": (1,),
    "addTab": (1,),
    "addMenu": (0,),
    "addItem": (0,),
    "insertItem": (1,),
    "setItemText": (1,),
    "addItems": None,
    "setHorizontalHeaderLabels": None,
    "setHeaderLabels": None,
    "setSuffix": (0,),
    "setPrefix": (0,),
    "setSpecialValueText": (0,),
    "setCancelButtonText": (0,),
    "setButtonText": (1,),
    "addButton": (0,),
    "addRow": (0,),
    "information": (1, 2),
    "warning": (1, 2),
    "critical": (1, 2),
    "question": (1, 2),
    "about": (1, 2),
    "getText": (1, 2),
    "getItem": (1, 2),
    "getInt": (1, 2),
    "getOpenFileName": (1, 3),
    "getOpenFileNames": (1, 3),
    "getSaveFileName": (1, 3),
    "getExistingDirectory": (1,),
}
# Widgets and objects whose constructor's leading strings are shown.
TEXT_CONSTRUCTORS = {
    "QAction": (0,),
    "QLabel": (0,),
    "QPushButton": (0,),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QDockWidget": (0,),
    "QToolBar": (0,),
    "QMenu": (0,),
    "QUndoCommand": (0,),
    "QProgressDialog": (0, 1),
    "QMessageBox": (1, 2),
    "QToolButton": (),
}
TEXT_KEYWORDS = {"text", "title", "toolTip", "label", "caption", "filter", "informativeText"}
LETTERS = re.compile(r"[A-Za-z]{2,}")


def _shows_letters(node: ast.expr) -> bool:
    """A literal string, f-string or concatenation with words in it, not translated."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(LETTERS.search(node.value))
    if isinstance(node, ast.JoinedStr):
        return any(_shows_letters(v) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _shows_letters(node.left) or _shows_letters(node.right)
    if isinstance(node, ast.IfExp):
        return _shows_letters(node.body) or _shows_letters(node.orelse)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_shows_letters(e) for e in node.elts)
    return False


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def untranslated(source: str, filename: str) -> list[str]:
    found = []
    tree = ast.parse(source, filename)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        positions: tuple[int, ...] | None
        if name in TEXT_METHODS:
            positions = TEXT_METHODS[name]
        elif name in TEXT_CONSTRUCTORS:
            positions = TEXT_CONSTRUCTORS[name]
        elif name == "__init__" and isinstance(node.func, ast.Attribute):
            positions = (0,)  # super().__init__("undo text") and the like
        else:
            continue
        args = [a for i, a in enumerate(node.args) if positions is None or i in positions]
        args += [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
        for arg in args:
            if _shows_letters(arg):
                found.append(f"{filename}:{node.lineno}: {name}({ast.unparse(arg)[:60]})")
    return found


def test_the_checker_finds_what_it_should() -> None:
    bad = """
label = QLabel("Verdict")
button.setToolTip(f"Open {name}")
box = QMessageBox.warning(self, "Cannot export", message)
super().__init__("mark claim")
combo.addItems(["All kinds", kind])
"""
    good = """
label = QLabel(translate("Panel", "Verdict"))
button.setToolTip(translate("Panel", "Open {name}").format(name=name))
box = QMessageBox.warning(self, translate("Export", "Cannot export"), message)
view.setObjectName("articleView")
action.setShortcut(QKeySequence("Ctrl+F"))
label.setText(document.title)
label.setText("")
label.setText(" · ")
"""
    assert len(untranslated(bad, "bad.py")) == 5
    assert untranslated(good, "good.py") == []


def test_every_user_visible_string_in_ui_is_translatable() -> None:
    found = []
    for path in sorted(UI.glob("*.py")):
        found += untranslated(path.read_text(encoding="utf-8"), path.name)
    assert not found, f"{len(found)} untranslated strings:\n" + "\n".join(found)


EXPORTERS = UI.parent / "exporters"
CATALOGUE = UI.parents[2] / "resources" / "i18n" / "factcheck_de.ts"


def translate_calls(source: str) -> set[tuple[str, str]]:
    """(context, text) of every translate("Context", "Text", ...) with literals."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and _name(node.func) == "translate"
            and len(node.args) >= 2
            and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2])
        ):
            context, text = (a.value for a in node.args[:2])  # type: ignore[attr-defined]
            found.add((context, text))
    return found


def test_every_translatable_text_is_in_the_catalogue() -> None:
    """pyside6-lupdate drops some calls without a word (a count written as a call,
    a call inside an f-string): what is not in the .ts can never be translated.
    After adding text: python scripts/i18n.py update."""
    import xml.etree.ElementTree as ET

    in_code: set[tuple[str, str]] = set()
    for path in [*UI.glob("*.py"), *EXPORTERS.glob("*.py"), UI.parent / "domain" / "words.py"]:
        in_code |= translate_calls(path.read_text(encoding="utf-8"))
    in_catalogue = {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in ET.parse(CATALOGUE).getroot().iter("context")
        for message in context.iter("message")
    }
    missing = sorted(in_code - in_catalogue)
    assert not missing, f"{len(missing)} texts not in {CATALOGUE.name}:\n" + "\n".join(
        f"{c}: {t}" for c, t in missing
    )
    for context in ET.parse(CATALOGUE).getroot().iter("context"):
        for message in context.iter("message"):
            plural = "%n" in (message.findtext("source") or "")
            assert (message.get("numerus") == "yes") == plural, message.findtext("source")


def test_every_language_is_complete_and_keeps_its_placeholders() -> None:
    """German, Spanish, French, Portuguese (Brazil) and Arabic: every text translated,
    none losing a placeholder, markup or its one mnemonic (scripts/i18n.py check)."""
    import sys

    sys.path.insert(0, str(UI.parents[2] / "scripts"))
    import i18n  # type: ignore[import-not-found]  # scripts/i18n.py

    coverage = i18n.coverage()
    for language in ("de", "es", "fr", "pt_BR", "ar"):
        done, total = coverage[language]
        assert done == total, f"{language}: {total - done} of {total} texts untranslated"
        assert i18n.problems(language) == [], language
