"""Colours that stay readable in light and dark palettes.

Highlights are the verdict colour laid over the article's background. Over a dark
background a translucent fill under light text can leave the words unreadable, so
every fill is blended here to an opaque colour and faded until the text keeps at
least ``MIN_CONTRAST`` against it (WCAG's ratio for large text and UI parts).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

MIN_CONTRAST = 3.0
FLASH_COLOUR = "#ffeb3b"  # the short flash that shows where a jump landed
FIND_COLOUR = "#ff9800"  # matches of Find in the article
SUGGESTION_COLOUR = "#78909c"  # sentences suggested as claims: faint, until accepted


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""
    r, g, b = (_linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(one: QColor, other: QColor) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def blend(colour: QColor, background: QColor, strength: float) -> QColor:
    """``colour`` laid over ``background`` at ``strength`` (0..1), as an opaque colour."""
    mixed = QColor()
    mixed.setRgbF(
        *(
            strength * top + (1 - strength) * bottom
            for top, bottom in (
                (colour.redF(), background.redF()),
                (colour.greenF(), background.greenF()),
                (colour.blueF(), background.blueF()),
            )
        )
    )
    return mixed


def readable_fill(colour: QColor, background: QColor, text: QColor, strength: float) -> QColor:
    """The fill for a highlight of ``colour``: as strong as asked, but faded towards
    the background until ``text`` keeps ``MIN_CONTRAST`` against it."""
    while strength > 0.05:
        fill = blend(colour, background, strength)
        if contrast_ratio(fill, text) >= MIN_CONTRAST:
            return fill
        strength -= 0.05
    return QColor(background)


def is_dark(palette: QPalette) -> bool:
    return luminance(palette.color(QPalette.ColorRole.Base)) < 0.3


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style (screenshots and tests of the dark look;
    on the desktop the app follows the system's own palette)."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e8e8e8",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e8e8e8",
        QPalette.ColorRole.Highlight: "#2f65ca",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#353535",
        QPalette.ColorRole.ToolTipText: "#e8e8e8",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.Mid: "#5a5a5a",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette
