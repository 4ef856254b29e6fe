"""Where the window keeps its state, and what its file dialogs offer."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from factcheck import paths

IMPORT_FILTER = (
    "Drafts (*.docx *.odt *.html *.htm *.md *.markdown *.pdf *.txt *.text);;"
    "Word (*.docx);;OpenDocument (*.odt);;Web pages (*.html *.htm);;"
    "Markdown (*.md *.markdown);;PDF (*.pdf);;Plain text (*.txt *.text);;All files (*)"
)


def window_settings() -> QSettings:
    """Geometry, splitters and the last export's folder, in our config folder (tests
    point it elsewhere)."""
    return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)
