"""The interface's text size follows the reader's text size preference."""

from __future__ import annotations

from PySide6.QtGui import QFont, QGuiApplication

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
