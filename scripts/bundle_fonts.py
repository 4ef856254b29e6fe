"""How resources/fonts/ was made (a developer's tool; the app only reads the result).

The fonts come from Debian's packages (fonts-noto-core, fonts-noto-cjk,
fonts-symbola), all free to redistribute: Noto under the SIL Open Font License 1.1,
Symbola "free for any use". CJK and Symbola are cut down to what newsrooms write
(the common Han characters of GB 2312 and JIS X 0208 level 1, kana, the Hangul of
KS X 1001, punctuation; Symbola's emoji and symbols) and turned into TrueType
outlines, which every platform and Qt's PDF writer embed as text.

    apt-get download fonts-noto-core fonts-noto-cjk fonts-symbola
    for f in *.deb; do dpkg-deb -x "$f" unpacked; done
    python -m venv /tmp/ft && /tmp/ft/bin/pip install fonttools
    /tmp/ft/bin/python scripts/bundle_fonts.py unpacked
"""

from __future__ import annotations

import contextlib
import shutil
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

OUT = Path(__file__).resolve().parents[1] / "resources" / "fonts"
WHOLE = [
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoNaskhArabic-Regular.ttf",
    "NotoSansHebrew-Regular.ttf",
    "NotoSansDevanagari-Regular.ttf",
]


def _double_byte(encoding: str, rows: range, cells: range = range(0xA1, 0xFF)) -> set[str]:
    chars = set()
    for row in rows:
        for cell in cells:
            with contextlib.suppress(UnicodeDecodeError):
                chars.add(bytes([row, cell]).decode(encoding))
    return chars


def cjk_characters() -> set[str]:
    chars = _double_byte("gb2312", range(0xB0, 0xD8))  # GB 2312 level 1 hanzi
    chars |= _double_byte("euc_jp", range(0xB0, 0xD0))  # JIS X 0208 level 1 kanji
    chars |= _double_byte("euc_kr", range(0xB0, 0xC9))  # KS X 1001 Hangul syllables
    chars |= _double_byte("gb2312", range(0xA1, 0xAA))  # punctuation, kana, fullwidth, ...
    chars |= _double_byte("euc_jp", range(0xA1, 0xA9))
    ranges = [(0x3000, 0x30FF), (0x3130, 0x318F), (0xFF00, 0xFFEF), (0x1100, 0x11FF)]
    for low, high in ranges:
        chars |= {chr(c) for c in range(low, high + 1)}
    return {c for c in chars if ord(c) > 0x7F}


def emoji_codepoints() -> list[int]:
    ranges = [
        (0x2190, 0x21FF),
        (0x2300, 0x23FF),
        (0x2460, 0x24FF),
        (0x25A0, 0x27BF),
        (0x2900, 0x297F),
        (0x2B00, 0x2BFF),
        (0x1F000, 0x1FAFF),
    ]
    return [c for low, high in ranges for c in range(low, high + 1)]


def _subset(font: TTFont, codepoints: list[int], target: Path) -> None:
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints)
    subsetter.subset(font)
    font.save(target)


def _to_truetype(path: Path) -> None:
    """CFF outlines to TrueType quadratic ones (as fontTools' otf2ttf snippet does)."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable

    font = TTFont(path)
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    maxp.maxComponentDepth = 0
    font["maxp"] = maxp
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    font.sfntVersion = "\0\1\0\0"
    font.save(path)


def main(unpacked: Path) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    noto = unpacked / "usr/share/fonts/truetype/noto"
    for name in WHOLE:
        shutil.copy(noto / name, OUT / name)
    collection = TTCollection(unpacked / "usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
    simplified = next(
        f for f in collection.fonts if f["name"].getDebugName(1) == "Noto Sans CJK SC"
    )
    cjk = OUT / "NotoSansCJKsc-Common.ttf"
    _subset(simplified, sorted(ord(c) for c in cjk_characters()), cjk)
    _to_truetype(cjk)
    symbola = next(unpacked.rglob("Symbola_hint.ttf"))
    _subset(TTFont(symbola), emoji_codepoints(), OUT / "Symbola-Symbols.ttf")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
