"""Verdict colours stay apart from the background and the text in every palette,
the app follows the system's wish for more contrast, and highlights of different
kinds differ by more than colour."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from factcheck.domain import default_verdict_scale
from factcheck.domain.verdicts import NOT_RATED_COLOUR, default_quote_labels
from factcheck.ui.palette import (
    MIN_CONTRAST,
    contrast_ratio,
    dark_palette,
    high_contrast_palette,
    readable_fill,
    swatch_colour,
)

PALETTES = {
    "light": QPalette(QColor("#efefef")),
    "dark": dark_palette(),
    "high contrast (dark)": high_contrast_palette(dark=True),
    "high contrast (light)": high_contrast_palette(dark=False),
}


def _verdict_colours() -> list[str]:
    scale = default_verdict_scale()
    colours = [label.colour for label in scale.labels]
    colours += [label.colour for label in default_quote_labels()]
    return [*colours, NOT_RATED_COLOUR, "#ffff00", "#000000", "#ffffff"]


@pytest.mark.parametrize("name", list(PALETTES))
def test_every_verdict_colour_stands_apart_from_background_and_text(qapp, name: str) -> None:
    palette = PALETTES[name]
    background = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    for colour in _verdict_colours():
        swatch = swatch_colour(QColor(colour), palette)
        assert contrast_ratio(swatch, background) >= MIN_CONTRAST, (name, colour, swatch.name())
        assert contrast_ratio(swatch, text) >= MIN_CONTRAST, (name, colour, swatch.name())


def test_a_colour_that_already_stands_apart_is_left_as_it_is(qapp) -> None:
    palette = PALETTES["light"]
    assert swatch_colour(QColor("#c62828"), palette).name() == "#c62828"
    # A pale yellow on white is not: it is darkened, and keeps its hue.
    pale = QColor("#fff59d")
    moved = swatch_colour(pale, palette)
    assert moved.name() != pale.name()
    assert abs(moved.hslHueF() - pale.hslHueF()) < 0.02


@pytest.mark.parametrize("name", list(PALETTES))
def test_highlights_keep_the_words_readable(qapp, name: str) -> None:
    palette = PALETTES[name]
    background = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    for colour in _verdict_colours():
        fill = readable_fill(QColor(colour), background, text, 0.45)
        assert contrast_ratio(fill, text) >= MIN_CONTRAST, (name, colour)


def test_high_contrast_palette_is_black_and_white(qapp) -> None:
    palette = high_contrast_palette(dark=True)
    assert (
        contrast_ratio(
            palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        )
        >= 20
    )
    assert (
        contrast_ratio(
            palette.color(QPalette.ColorRole.Highlight),
            palette.color(QPalette.ColorRole.HighlightedText),
        )
        >= 7
    )


def test_a_wish_for_more_contrast_gives_black_and_white(qapp) -> None:
    from PySide6.QtCore import Qt

    from factcheck.ui.palette import palette_for

    light, dark = PALETTES["light"], PALETTES["dark"]
    base = QPalette.ColorRole.Base
    high = palette_for(Qt.ContrastPreference.HighContrast, light)
    assert high.color(base).name() == "#ffffff"  # a light system stays light
    assert palette_for(Qt.ContrastPreference.HighContrast, dark).color(base).name() == "#000000"
    assert contrast_ratio(high.color(base), high.color(QPalette.ColorRole.Text)) >= 20
    same = palette_for(Qt.ContrastPreference.NoPreference, dark)
    assert same.color(base) == dark.color(base)  # no wish: the system's own palette


def test_following_the_system_survives_garbage_collection(qapp) -> None:
    """The app follows the preference for its whole life (PySide would let the hints
    go with a temporary wrapper: the start-up crashed on it once)."""
    import gc

    from factcheck.ui.palette import follow_contrast_preference

    follow_contrast_preference(qapp)
    gc.collect()
    hints = qapp.styleHints().accessibility()
    hints.contrastPreferenceChanged.emit(hints.contrastPreference())  # no crash
    gc.collect()
    follow_contrast_preference(qapp)  # twice (a second window, a test): still fine
