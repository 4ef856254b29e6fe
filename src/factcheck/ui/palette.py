"""Colours that stay readable in light and dark palettes.

Highlights are the verdict colour laid over the article's background. Over a dark
background a translucent fill under light text can leave the words unreadable, so
every fill is blended here to an opaque colour and faded until the text keeps at
least ``MIN_CONTRAST`` against it (WCAG's ratio for large text and UI parts).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

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


def high_contrast_palette(dark: bool = True) -> QPalette:
    """The palette for a reviewer whose system asks for more contrast: pure black and
    white, a yellow (or deep blue) selection, links and disabled text still apart."""
    paper, ink = ("#000000", "#ffffff") if dark else ("#ffffff", "#000000")
    accent, on_accent = ("#ffff00", "#000000") if dark else ("#0000c0", "#ffffff")
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: paper,
        QPalette.ColorRole.WindowText: ink,
        QPalette.ColorRole.Base: paper,
        QPalette.ColorRole.AlternateBase: "#1a1a1a" if dark else "#f0f0f0",
        QPalette.ColorRole.Text: ink,
        QPalette.ColorRole.Button: paper,
        QPalette.ColorRole.ButtonText: ink,
        QPalette.ColorRole.Highlight: accent,
        QPalette.ColorRole.HighlightedText: on_accent,
        QPalette.ColorRole.ToolTipBase: paper,
        QPalette.ColorRole.ToolTipText: ink,
        QPalette.ColorRole.PlaceholderText: "#c0c0c0" if dark else "#404040",
        QPalette.ColorRole.Link: "#00ffff" if dark else "#0000ee",
        QPalette.ColorRole.Mid: ink,
        QPalette.ColorRole.Dark: ink,
        QPalette.ColorRole.Light: ink,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(
            QPalette.ColorGroup.Disabled, role, QColor("#a0a0a0" if dark else "#606060")
        )
    return palette


def swatch_colour(colour: QColor, palette: QPalette) -> QColor:
    """A verdict's colour as shown beside text (a swatch, a dot, a column): moved in
    lightness, keeping its hue, until it stands 3:1 apart from both the background
    and the text of ``palette`` (WCAG's ratio for parts of an interface)."""
    background = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)

    def fits(candidate: QColor) -> bool:
        return (
            contrast_ratio(candidate, background) >= MIN_CONTRAST
            and contrast_ratio(candidate, text) >= MIN_CONTRAST
        )

    if fits(colour):
        return QColor(colour)
    hue, saturation, alpha = colour.hslHueF(), colour.hslSaturationF(), colour.alphaF()
    best, best_gap = QColor(colour), -1.0
    for step in range(101):  # the lightness that fits best, nearest the original
        candidate = QColor.fromHslF(max(hue, 0.0), saturation, step / 100, alpha)
        gap = min(contrast_ratio(candidate, background), contrast_ratio(candidate, text))
        if fits(candidate):
            original = colour.lightnessF()
            if best_gap < MIN_CONTRAST or abs(step / 100 - original) < abs(
                best.lightnessF() - original
            ):
                best, best_gap = candidate, gap
        elif best_gap < MIN_CONTRAST and gap > best_gap:
            best, best_gap = candidate, gap
    return best


_kept: list[object] = []


def palette_for(preference: Qt.ContrastPreference, system: QPalette) -> QPalette:
    """The palette to use: the system's own, or black and white when it asks for
    more contrast (dark or light after the system's own)."""
    if preference == Qt.ContrastPreference.HighContrast:
        return high_contrast_palette(dark=is_dark(system))
    return QPalette(system)


def follow_contrast_preference(app: QGuiApplication) -> None:
    """When the system asks for more contrast, the app says it in black and white
    (the highlights, swatches and focus frames follow the palette); and again when
    the reviewer turns it on or off while the app runs."""
    style_hints = app.styleHints()
    hints = style_hints.accessibility()
    # PySide lets go of the accessibility hints with the style hints' wrapper: both are
    # kept for the app's life (the signal below needs them).
    _kept.extend((style_hints, hints))
    system = QPalette(app.palette())
    if hints.contrastPreference() == Qt.ContrastPreference.HighContrast:
        app.setPalette(palette_for(hints.contrastPreference(), system))
    hints.contrastPreferenceChanged.connect(
        lambda preference: app.setPalette(palette_for(preference, system))
    )
