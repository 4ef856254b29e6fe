"""Guards the PySide6 pin: PySide6 6.12.0 on Python 3.11 aborts the interpreter after a
few thousand void-returning Qt calls (QTextCursor.setPosition, ...). This test makes
tens of thousands of them; it crashes the test process if the pin ever goes."""

from __future__ import annotations

import sys
from importlib.metadata import version

import pytest
from PySide6.QtWidgets import QApplication

from factcheck.domain import Version, default_verdict_scale
from factcheck.domain.models import utc_now
from factcheck.importers.plaintext import paragraph_blocks
from factcheck.ui.article_view import ArticleView
from tests.helpers.synthetic import article, synthetic_annotations


def test_installed_pyside6_avoids_the_311_crash() -> None:
    major, minor = (int(part) for part in version("PySide6-Essentials").split(".")[:2])
    if sys.version_info < (3, 12):
        assert (major, minor) < (6, 12), "PySide6 >= 6.12 crashes Python 3.11: keep the pin"


@pytest.mark.slow
def test_ten_thousand_highlights_on_a_100k_word_draft(qtbot) -> None:
    text = article(100_000)
    assert len(text.split()) >= 100_000
    draft = Version(1, 1, text, paragraph_blocks(text), "synthetic", "x", utc_now(), id=1)
    marks = synthetic_annotations(text, 10_000)
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    view.show_version(draft)
    view.set_annotations(marks, default_verdict_scale(), selected_id=None)
    by_text = {m.exact.replace("\n", "\u2029") for m in marks}
    bar = view.verticalScrollBar()
    checked = 0
    # Read the whole draft page by page: each page paints the highlights around it.
    # (Qt lays a long document out in the background, so the scroll range grows.)
    value = 0
    while value <= bar.maximum():
        bar.setValue(value)
        QApplication.processEvents()
        selections = view.extraSelections()
        assert selections, f"no highlight painted at scroll position {value}"
        for selection in selections[:: max(1, len(selections) // 3)]:
            # The highlight sits on its own words, even after emoji (UTF-16 vs code points).
            assert selection.cursor.selectedText() in by_text
            checked += 1
        view.set_selected(marks[value % len(marks)].id)  # re-paint as a reviewer clicks
        value += bar.pageStep()
    assert len(view._cursors) == 10_000  # every highlight was placed at least once
    assert checked > 1_000
