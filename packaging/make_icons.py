"""Render resources/icons/factcheck.svg to the PNG, ICO and ICNS icons the installers need.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

ICO and ICNS are written here (both are PNG images in a small container), so no
other tool is needed; the results are committed, so builds do not run this.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256,
              b"ic09": 512, b"ic10": 1024}  # fmt: skip


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def write_ico(pngs: dict[int, bytes], target: Path) -> None:
    header = struct.pack("<HHH", 0, 1, len(pngs))
    entries, images = b"", b""
    offset = 6 + 16 * len(pngs)
    for size, png in pngs.items():
        dimension = 0 if size >= 256 else size  # 0 means 256 in ICO
        entries += struct.pack("<BBBBHHII", dimension, dimension, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    target.write_bytes(header + entries + images)


def write_icns(pngs: dict[bytes, bytes], target: Path) -> None:
    body = b"".join(kind + struct.pack(">I", len(png) + 8) + png for kind, png in pngs.items())
    target.write_bytes(b"icns" + struct.pack(">I", len(body) + 8) + body)


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "factcheck.svg"))
    if not renderer.isValid():
        print("cannot read factcheck.svg", file=sys.stderr)
        return 1
    (ICONS / "factcheck-256.png").write_bytes(render(renderer, 256))
    write_ico({size: render(renderer, size) for size in ICO_SIZES}, ICONS / "factcheck.ico")
    write_icns({kind: render(renderer, size) for kind, size in ICNS_TYPES.items()},
               ICONS / "factcheck.icns")  # fmt: skip
    print("wrote", ", ".join(p.name for p in sorted(ICONS.iterdir())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
