"""Render the main window with the sample article and a few annotations to a PNG.

QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot.py docs/screenshot.png
    [--size 1024x640] [--dark] [--language de|ar|x-pseudo|...] [--review-queue]
    [--preferences]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["FACTCHECK_HOME"] = tempfile.mkdtemp(prefix="factcheck-shot-")

from PySide6.QtWidgets import QApplication

from factcheck.config import Preferences
from factcheck.domain import AnnotationKind, ReviewStatus, Source, Stance
from factcheck.services import AnnotationDraft
from factcheck.ui.app import build_window

MARKS = [
    (
        "held a three-hour meeting on Wednesday with Steve Witkoff",
        AnnotationKind.CLAIM,
        "mostly-true",
        "RksNews",
    ),
    (
        "The Kremlin described the talks as “useful and constructive,”",
        AnnotationKind.CLAIM,
        None,
        "Kremlin",
    ),
    ("useful and constructive", AnnotationKind.QUOTE, "accurately-quoted", "Yuri Ushakov"),
    ("highly productive", AnnotationKind.QUOTE, None, "Donald Trump"),
    ("Trump previously gave Moscow a 50-day ultimatum", AnnotationKind.CLAIM, "true", "RksNews"),
    ("killing two civilians", AnnotationKind.CLAIM, "false", "RksNews"),
    ("secondary sanctions", AnnotationKind.NOTE, None, ""),
]


def main(
    target: Path,
    size: tuple[int, int] = (1440, 900),
    dark: bool = False,
    language: str = "en",
    review_queue: bool = False,
    preferences: bool = False,
) -> None:
    app = QApplication.instance() or QApplication([])
    from factcheck.ui.fonts import register_bundled_fonts
    from factcheck.ui.i18n import install_translations

    install_translations(language)
    register_bundled_fonts()
    if dark:
        from factcheck.ui.palette import dark_palette

        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    home = Path(os.environ["FACTCHECK_HOME"])
    window = build_window(str(home / "shot.sqlite3"), None, Preferences(reviewer_name="Ana Lima"))
    workspace = window.controller.workspace
    document = window.controller.document
    assert document is not None and document.id is not None
    for exact, kind, verdict, speaker in MARKS:
        workspace.annotate_text(
            document.id, exact, AnnotationDraft(kind=kind, verdict=verdict, speaker=speaker)
        )
    window.controller.reload_annotations()
    focus = next(a for a in window.controller.annotations if a.exact.startswith("held a three"))
    assert focus.id is not None
    window.edit_field(focus.id, "status", ReviewStatus.IN_PROGRESS)
    window.edit_field(
        focus.id,
        "note",
        "Kremlin readout says “about three hours”; TASS says 3 h 10 min. Asked the embassy.",
    )
    window.edit_field(
        focus.id,
        "sources",
        [
            Source(
                url="http://en.kremlin.ru/events/president/news",
                title="Kremlin readout",
                publisher="Kremlin",
                stance=Stance.SUPPORTS,
            ),
            Source(
                url="https://tass.com/politics",
                title="TASS report",
                publisher="TASS",
                stance=Stance.CONTEXT,
            ),
        ],
    )
    window.resize(*size)
    window.show()
    window.select_annotation(focus.id, scroll=False, flash=False)
    window.library.refresh()  # it refreshes itself 300 ms after changes; no waiting here
    # Checked before answers from a worker thread once the selection settles.
    status = window.checked_before.panel.status
    for _ in range(100):
        if not status.text().startswith(("Looking", "Searching")):
            break
        app.processEvents()
        time.sleep(0.05)
    if review_queue:
        newer = home / "newer.txt"
        text = document.latest.text.replace("three-hour meeting", "lengthy meeting")
        newer.write_text(text.replace("killing two civilians", "killing civilians"), "utf-8")
        window.revise_from(newer)
        window.review_dock.show()
        window.review_dock.raise_()
    app.processEvents()
    window.grab().save(str(target))
    if preferences:
        from factcheck.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(window.prefs, window.controller.scale, window)
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(target.with_name(target.stem + "-preferences.png")))
        dialog.close()
    window.controller.workspace.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("target", nargs="?", default="docs/screenshot.png")
    parser.add_argument("--size", default="1440x900")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--language", default="en")
    parser.add_argument("--review-queue", action="store_true")
    parser.add_argument("--preferences", action="store_true")
    args = parser.parse_args(sys.argv[1:])
    width, height = (int(part) for part in args.size.split("x"))
    main(
        Path(args.target),
        (width, height),
        args.dark,
        args.language,
        args.review_queue,
        args.preferences,
    )
