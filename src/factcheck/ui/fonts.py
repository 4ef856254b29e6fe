"""The interface's text size follows the reader's text size preference."""

from __future__ import annotations

from PySide6.QtCore import QLoggingCategory
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from factcheck import paths
from factcheck.config import Preferences

DEFAULT_ARTICLE_POINT_SIZE = Preferences().font_point_size
_system_font: QFont | None = None  # the platform's own, before any change of ours


def apply_interface_font(article_point_size: int) -> None:
    """Grow or shrink the whole interface by as many points as the article text
    differs from its default, so that Larger text helps everywhere, not only in the
    article (menus, lists, the panel and dialogs follow the application font)."""
    global _system_font
    if _system_font is None:
        _system_font = QFont(QGuiApplication.font())
    font = QFont(_system_font)
    base = _system_font.pointSizeF() if _system_font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(max(7.0, min(28.0, base + article_point_size - DEFAULT_ARTICLE_POINT_SIZE)))
    if font != QGuiApplication.font():
        QGuiApplication.setFont(font)


# The bundled fonts (resources/fonts/README.md), in the order a missing glyph looks
# for them: the scripts first, then symbols and emoji, then Noto Sans for the rest.
FALLBACK_FAMILIES = (
    "Noto Naskh Arabic",
    "Noto Sans Hebrew",
    "Noto Sans Devanagari",
    "Noto Sans CJK SC",
    "Symbola",
    "Noto Sans",
)
# Families we ask for by name (the PDF report's serif) besides the interface's own.
NAMED_FAMILIES = ("DejaVu Serif", "DejaVu Sans", "Sans Serif", "Serif", "Noto Sans")
_registered: list[str] = []


def register_bundled_fonts() -> list[str]:
    """Make the bundled fonts known to Qt (once) and the fallbacks of every family the
    app draws with, so that Arabic, Hebrew, CJK, Devanagari and emoji show (and are
    embedded in PDFs) on a machine with no such fonts. Returns the families added."""
    if not _registered:
        # Qt says so each time it tries a fallback that cannot shape a script (Naskh for
        # Devanagari, say) before it reaches the one that can: noise, not a fault.
        QLoggingCategory.setFilterRules("qt.text.font.db=false")
        for file in sorted((paths.resources_dir() / "fonts").glob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(file))
            if font_id >= 0:
                _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
        families = {QGuiApplication.font().family(), *NAMED_FAMILIES}
        fallbacks = [f for f in FALLBACK_FAMILIES if f in _registered]
        for family in families:
            # Ours first, then whatever the platform had for it.
            known = [f for f in QFont.substitutes(family) if f not in fallbacks]
            QFont.removeSubstitutions(family)
            QFont.insertSubstitutions(family, [*fallbacks, *known])
    return list(_registered)
