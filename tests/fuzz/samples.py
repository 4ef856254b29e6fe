"""Small valid documents of every format, made in memory (no Qt, no downloads).

The fuzzing harness mutates them; the hostile cases build on them.
"""

from __future__ import annotations

import zipfile
import zlib
from io import BytesIO

from tests.helpers.documents import zip_bytes

PARAGRAPHS = [
    "Council approves budget",
    "The city council approved a budget of 4.2 million euros on Tuesday, the mayor said.",
    "“We cut spending by 6 percent,” said Councillor Ana Ruiz. Critics called the figure "
    "misleading.",
    "Unemployment fell to 5.1 percent in March, according to the statistics office.",
]

TEXT = "\n\n".join(PARAGRAPHS) + "\n"

MARKDOWN = (
    f"# {PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n\n> {PARAGRAPHS[2]}\n\n"
    f"- {PARAGRAPHS[3]}\n- See [the office](https://stats.example.org/march).\n"
)

HTML = (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>'
    f"{PARAGRAPHS[0]} | Example News</title></head><body><article><h1>{PARAGRAPHS[0]}</h1>"
    + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:])
    + '<p>Read <a href="https://example.org/report">the report</a>.</p></article></body></html>'
)


def zip_of(entries: dict[str, bytes | str], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    return zip_bytes(entries, compression)


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_entries(body_xml: str | None = None) -> dict[str, bytes | str]:
    body = body_xml or "".join(
        f"<w:p><w:r><w:t xml:space='preserve'>{p}</w:t></w:r></w:p>" for p in PARAGRAPHS
    )
    return {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.'
            'org/package/2006/content-types"><Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            'ContentType="application/xml"/><Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
            'document.main+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
            'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>'
        ),
        "word/document.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{body}'
            "</w:body></w:document>"
        ),
    }


def docx(body_xml: str | None = None) -> bytes:
    return zip_of(docx_entries(body_xml))


ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def odt(body_xml: str | None = None) -> bytes:
    body = body_xml or (
        f'<text:h text:outline-level="1">{PARAGRAPHS[0]}</text:h>'
        + "".join(f"<text:p>{p}</text:p>" for p in PARAGRAPHS[1:])
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODT_NS}>'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def pdf(
    lines: list[str] | None = None,
    *,
    font_extra: str = "",
    compress: bool = False,
    stream: bytes | None = None,
    extra_objects: list[bytes] | None = None,
) -> bytes:
    """A one-page PDF with a text layer, its cross-reference table computed."""
    shown = lines or PARAGRAPHS
    if stream is None:
        ops = ["BT /F1 11 Tf 72 760 Td 14 TL"]
        for line in shown:
            escaped = line.encode("latin-1", "replace").decode("latin-1")
            escaped = escaped.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"({escaped}) Tj T* T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1")
    filters = b""
    if compress:
        stream = zlib.compress(stream, 9)
        filters = b" /Filter /FlateDecode"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d%s >>\nstream\n" % (len(stream), filters) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica" + font_extra.encode() + b" >>",
        *(extra_objects or []),
    ]
    out = BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()
