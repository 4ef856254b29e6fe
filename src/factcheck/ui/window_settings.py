"""Where the window keeps its state, and what its file dialogs offer."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from factcheck import paths
from factcheck.ui.i18n import translate


def import_filter() -> str:
    """The file dialog's choices for a draft, in the interface language (the patterns
    stay as they are)."""
    return ";;".join(
        [
            translate(
                "WindowSettings",
                "Drafts (*.docx *.odt *.html *.htm *.md *.markdown *.pdf *.txt *.text)",
            ),
            translate("WindowSettings", "Word (*.docx)"),
            translate("WindowSettings", "OpenDocument (*.odt)"),
            translate("WindowSettings", "Web pages (*.html *.htm)"),
            translate("WindowSettings", "Markdown (*.md *.markdown)"),
            translate("WindowSettings", "PDF (*.pdf)"),
            translate("WindowSettings", "Plain text (*.txt *.text)"),
            translate("WindowSettings", "All files (*)"),
        ]
    )


def window_settings() -> QSettings:
    """Geometry, splitters and the last export's folder, in our config folder (tests
    point it elsewhere)."""
    return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)
