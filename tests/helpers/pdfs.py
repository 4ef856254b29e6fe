"""Real-world-shaped PDFs written by hand (no binary fixtures, no extra dependency).

A page is a list of ``Run``s (text drawn at a point, in Helvetica, optionally rotated)
and ``Rect``s (drawings, like a scan's picture). The file has a proper cross-reference
table, so pypdf reads it as any other producer's.
"""

from __future__ import annotations

import math
import zlib
from dataclasses import dataclass

A4 = (595, 842)


@dataclass(frozen=True)
class Run:
    x: float
    y: float
    text: str
    size: float = 10
    angle: float = 0  # degrees, counter-clockwise


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")  # Helvetica has no emoji or CJK
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _content(items: list[Run | Rect]) -> bytes:
    out = []
    for item in items:
        if isinstance(item, Rect):
            out.append(f"{item.x} {item.y} {item.width} {item.height} re f".encode())
            continue
        cos, sin = math.cos(math.radians(item.angle)), math.sin(math.radians(item.angle))
        out.append(
            f"BT /F1 {item.size} Tf {cos:.4f} {sin:.4f} {-sin:.4f} {cos:.4f} "
            f"{item.x:.2f} {item.y:.2f} Tm ".encode()
            + _pdf_string(item.text)
            + b" Tj ET"
        )
    return b"\n".join(out)


def build_pdf(
    pages: list[list[Run | Rect]],
    *,
    title: str = "",
    fields: dict[str, str] | None = None,
    compress: bool = True,
) -> bytes:
    """The bytes of a PDF with these pages, an optional Info title and text form fields."""
    objects: list[bytes] = []  # object n is objects[n - 1]

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in at the end
    page_tree = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    field_ids = []
    for index, (field_name, value) in enumerate((fields or {}).items()):
        rect = f"[72 {700 - 30 * index} 300 {720 - 30 * index}]"
        field_ids.append(
            add(
                b"<< /Type /Annot /Subtype /Widget /FT /Tx /T "
                + _pdf_string(field_name)
                + b" /V "
                + _pdf_string(value)
                + f" /Rect {rect} /F 4 >>".encode()
            )
        )
    page_ids = []
    for number, items in enumerate(pages):
        stream = _content(items)
        if compress:
            stream = zlib.compress(stream)
        header = f"<< /Length {len(stream)}{' /Filter /FlateDecode' if compress else ''} >>"
        content = add(header.encode() + b"\nstream\n" + stream + b"\nendstream")
        annots = ""
        if number == 0 and field_ids:
            annots = " /Annots [" + " ".join(f"{i} 0 R" for i in field_ids) + "]"
        page_ids.append(
            add(
                f"<< /Type /Page /Parent {page_tree} 0 R /MediaBox [0 0 {A4[0]} {A4[1]}] "
                f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R"
                f"{annots} >>".encode()
            )
        )
    kids = " ".join(f"{i} 0 R" for i in page_ids)
    objects[page_tree - 1] = f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>".encode()
    acroform = ""
    if field_ids:
        acroform = " /AcroForm << /Fields [" + " ".join(f"{i} 0 R" for i in field_ids) + "] >>"
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {page_tree} 0 R{acroform} >>".encode()
    info = add(b"<< /Title " + _pdf_string(title) + b" /Producer (hand-made) >>") if title else 0
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    trailer = f"<< /Size {len(objects) + 1} /Root {catalog} 0 R"
    trailer += f" /Info {info} 0 R >>" if info else " >>"
    out += f"trailer\n{trailer}\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines


def column_page(
    left: list[str], right: list[str], *, top: float = 780, width: int = 45
) -> list[Run | Rect]:
    """Two columns of paragraphs, each wrapped at ``width`` characters."""
    runs: list[Run | Rect] = []
    for x, paragraphs in ((50, left), (310, right)):
        y = top
        for paragraph in paragraphs:
            for line in _wrap(paragraph, width):
                runs.append(Run(x, y, line))
                y -= 13
            y -= 13
    return runs


def text_page(paragraphs: list[str], *, top: float = 780, width: int = 90) -> list[Run | Rect]:
    """One column of paragraphs; a blank line between paragraphs, as typeset text has."""
    runs: list[Run | Rect] = []
    y = top
    for paragraph in paragraphs:
        for line in _wrap(paragraph, width):
            runs.append(Run(50, y, line))
            y -= 13
        y -= 13
    return runs


def encrypt(data: bytes, *, user_password: str, owner_password: str) -> bytes:
    """The same PDF encrypted with AES-256 (pypdf; needs ``cryptography``)."""
    from io import BytesIO

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(BytesIO(data)))
    writer.encrypt(user_password, owner_password, algorithm="AES-256")
    buffer = BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def right_to_left_pdf(lines: list[str]) -> bytes:
    """Arabic (or Hebrew) lines as word processors write them: a Type0 font with a
    ToUnicode map, glyphs in visual order (each right-to-left word reversed, words
    placed from the right), word gaps by position, no space glyphs."""
    characters = sorted({char for line in lines for char in line if not char.isspace()})
    code = {char: number + 1 for number, char in enumerate(characters)}
    mapping = " ".join(f"<{code[c]:04X}> <{ord(c):04X}>" for c in characters)
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /RTL def "
        "1 begincodespacerange <0000> <FFFF> endcodespacerange "
        f"{len(characters)} beginbfchar {mapping} endbfchar "
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode()
    operations = []
    for row, line in enumerate(lines):
        x = 545.0
        for word in line.split():
            x -= len(word) * 6
            visual = word[::-1] if any("\u0590" <= c <= "\u08ff" for c in word) else word
            glyphs = "".join(f"{code[c]:04X}" for c in visual)
            operations.append(f"BT /F2 12 Tf 1 0 0 1 {x:.1f} {780 - 16 * row} Tm <{glyphs}> Tj ET")
            x -= 5
    stream = "\n".join(operations).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F2 5 0 R >> >> /Contents 4 0 R >>",
        f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /ArialMT /Encoding /Identity-H "
        b"/DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ArialMT /CIDSystemInfo "
        b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 >>",
        f"<< /Length {len(cmap)} >>\nstream\n".encode() + cmap + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)
