"""Every script a newsroom writes in shows in the app and in the PDF report on a
machine with no such fonts (the bundled ones in resources/fonts/ stand in)."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QRawFont

from factcheck.domain import AnnotationKind
from factcheck.services import AnnotationDraft
from factcheck.ui.fonts import FALLBACK_FAMILIES, register_bundled_fonts

SAMPLES = {
    "Arabic": "قال الوزير إن البطالة انخفضت بنسبة أربعة في المئة.",
    "Hebrew": "השר אמר שהאבטלה ירדה בארבעה אחוזים.",
    "Chinese": "部长说失业率下降了百分之四。",
    "Japanese": "大臣は失業率が四パーセント下がったと述べた。",
    "Korean": "장관은 실업률이 4퍼센트 떨어졌다고 말했다.",
    "Hindi": "मंत्री ने कहा कि बेरोजगारी चार प्रतिशत घटी।",
    "Emoji": "The minister said ✅ unemployment fell 📉 by 4% 👍",
}
# Text extraction gives these back character for character (shaped Indic text and
# emoji outside the BMP come back incomplete from any PDF, whatever drew them).
EXTRACTABLE = ("Arabic", "Hebrew", "Chinese", "Japanese", "Korean")
EMBEDDED = (
    "NotoNaskhArabic",
    "NotoSansHebrew",
    "NotoSansCJK",
    "NotoSansDevanagari",
    "Symbola",
)


def _plain(text: str) -> str:
    """Presentation forms back to letters, no bidi marks, no spaces."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if not c.isspace() and unicodedata.category(c) != "Cf")


def test_every_character_has_a_glyph_in_the_bundled_fonts(qapp: object) -> None:
    families = register_bundled_fonts()
    assert set(FALLBACK_FAMILIES) <= set(families)
    raw = [QRawFont.fromFont(QFont(family)) for family in FALLBACK_FAMILIES]
    for script, sample in SAMPLES.items():
        missing = [
            c
            for c in sample
            if not c.isspace() and not any(font.supportsCharacter(ord(c)) for font in raw)
        ]
        assert not missing, f"{script}: no glyph for {missing}"


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="needs poppler-utils")
def test_the_pdf_report_embeds_and_keeps_every_script(workspace, tmp_path: Path) -> None:
    from factcheck.ui.pdf_export import render_pdf

    text = "Scripts\n\n" + "\n\n".join(f"{name}: {sample}" for name, sample in SAMPLES.items())
    document = workspace.import_text(text, title="كل النصوص — 所有文字")
    assert document.id is not None
    for sample in SAMPLES.values():
        workspace.annotate_text(
            document.id, sample, AnnotationDraft(AnnotationKind.CLAIM, note=sample)
        )
    target = tmp_path / "scripts.pdf"
    assert render_pdf(workspace.report(document.id), target, "a4") >= 1

    fonts = subprocess.run(
        ["pdffonts", str(target)], capture_output=True, text=True, check=True
    ).stdout
    for name in EMBEDDED:
        lines = [line for line in fonts.splitlines() if name in line]
        assert lines, f"{name} is not in the PDF:\n{fonts}"
        assert all(" yes " in line for line in lines), f"{name} is not embedded:\n{fonts}"

    # poppler gives right-to-left text back in reading order (pypdf does not).
    extracted = _plain(
        subprocess.run(
            ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout
    )
    for script in EXTRACTABLE:
        assert _plain(SAMPLES[script]) in extracted, f"{script} did not come back from the PDF"

    # Pictures of the pages, to look at (the suite's own run keeps them in tmp_path).
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", str(target), str(tmp_path / "page")], check=True
    )
    assert list(tmp_path.glob("page-*.png"))
