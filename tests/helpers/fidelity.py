"""Real-world-shaped drafts for the import-fidelity tests, built in code (no binaries).

Each builder makes one file shaped like what newsrooms receive: a Word draft with
tracked changes, an ODT re-zipped by another tool, a two-column PDF, a README-like
Markdown file, a news page with a stray Latin-1 byte.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from io import BytesIO
from pathlib import Path

from tests.helpers.documents import zip_bytes

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_REL_IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"


# --- DOCX -------------------------------------------------------------------------------------
def tiny_png() -> bytes:
    """A valid 1x1 PNG."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body))
            + kind
            + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff"))
        + chunk(b"IEND", b"")
    )


def docx_draft(
    *,
    title: str = "",
    paragraphs: tuple[str, ...] = ("The mayor said the budget grew by 12% last year.",),
    picture: bool = False,
) -> bytes:
    """A python-docx draft: a headline, paragraphs, optionally an embedded picture."""
    import docx

    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.author = "Jane Reporter"
    document.add_heading("Council approves budget", level=1)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if picture:
        document.add_picture(BytesIO(tiny_png()))
        document.add_paragraph("Figure 1: The council chamber on Tuesday.")
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _docx_entries(data: bytes) -> dict[str, bytes | str]:
    with zipfile.ZipFile(BytesIO(data)) as archive:
        return {member: archive.read(member) for member in archive.namelist()}


def docx_with_body(extra_body_xml: str, **kwargs: object) -> bytes:
    """A draft with raw WordprocessingML paragraphs added before the section properties."""
    entries = _docx_entries(docx_draft(**kwargs))  # type: ignore[arg-type]
    body = entries["word/document.xml"]
    assert isinstance(body, bytes)
    entries["word/document.xml"] = body.replace(
        b"<w:sectPr", extra_body_xml.encode() + b"<w:sectPr", 1
    )
    return zip_bytes(entries)


TRACKED_CHANGES = (
    '<w:p><w:r><w:t xml:space="preserve">The deficit is </w:t></w:r>'
    '<w:del w:id="1" w:author="Editor" w:date="2026-11-20T10:00:00Z"><w:r>'
    "<w:delText>four million euros</w:delText></w:r></w:del>"
    '<w:ins w:id="2" w:author="Editor" w:date="2026-11-20T10:00:00Z"><w:r>'
    "<w:t>3.8 million euros</w:t></w:r></w:ins>"
    '<w:r><w:t xml:space="preserve">, the treasurer said.</w:t></w:r></w:p>'
)


def docx_with_linked_picture() -> bytes:
    """A draft whose picture is linked (r:link to a file outside the package)."""
    entries = _docx_entries(docx_draft(picture=True))
    body = entries["word/document.xml"]
    assert isinstance(body, bytes)
    start = body.index(b'r:embed="') + len(b'r:embed="')
    rel_id = body[start : body.index(b'"', start)]
    entries["word/document.xml"] = body.replace(b'r:embed="' + rel_id + b'"', b'r:link="rIdLinked"')
    rels = entries["word/_rels/document.xml.rels"]
    assert isinstance(rels, bytes)
    entries["word/_rels/document.xml.rels"] = rels.replace(
        b"</Relationships>",
        f'<Relationship Id="rIdLinked" Type="{_REL_IMAGE}" '
        'Target="http://images.example/chamber.jpg" TargetMode="External"/>'
        "</Relationships>".encode(),
    )
    return zip_bytes(entries)


# --- ODT --------------------------------------------------------------------------------------
ODT_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:math="http://www.w3.org/1998/Math/MathML" '
    'xmlns:xlink="http://www.w3.org/1999/xlink"'
)
ODT_MEDIA_TYPE = "application/vnd.oasis.opendocument.text"
MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
    f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{ODT_MEDIA_TYPE}"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


def odt_content(body: str, automatic_styles: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODT_NAMESPACES} '
        f'office:version="1.3"><office:automatic-styles>{automatic_styles}'
        "</office:automatic-styles><office:body><office:text>"
        f"{body}</office:text></office:body></office:document-content>"
    )


def odt_package(
    body: str,
    *,
    mimetype_first: bool = True,
    with_mimetype: bool = True,
    automatic_styles: str = "",
    extra_parts: dict[str, str] | None = None,
) -> bytes:
    """An ODT as LibreOffice writes it, or (``mimetype_first=False``) as a tool that
    re-zips it in alphabetical order does."""
    parts: list[tuple[str, str]] = [
        ("content.xml", odt_content(body, automatic_styles)),
        ("META-INF/manifest.xml", MANIFEST),
        *(extra_parts or {}).items(),
    ]
    if with_mimetype:
        mimetype = ("mimetype", ODT_MEDIA_TYPE)
        parts = [mimetype, *parts] if mimetype_first else sorted([*parts, mimetype])
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in parts:
            compression = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(name, content, compress_type=compression)
    return buffer.getvalue()


ODT_FOOTNOTES = (
    '<text:h text:outline-level="1">Harbour plan delayed</text:h>'
    "<text:p>The port authority delayed the plan"
    '<text:note text:id="ftn1" text:note-class="footnote">'
    "<text:note-citation>1</text:note-citation>"
    "<text:note-body><text:p>Port authority minutes, 3 March.</text:p></text:note-body></text:note>"
    " by two years, officials said.</text:p>"
    "<text:p>Costs rose sharply"
    '<text:note text:id="edn1" text:note-class="endnote"><text:note-citation>i</text:note-citation>'
    "<text:note-body><text:p>Annual report, page 12.</text:p></text:note-body></text:note>"
    " in 2025.</text:p>"
)

ODT_CAPTIONED_IMAGE = (
    '<text:h text:outline-level="1">Flood defences</text:h>'
    "<text:p>The new wall was finished in May.</text:p>"
    '<text:p><draw:frame draw:name="Frame1" text:anchor-type="as-char" svg:width="10cm">'
    '<draw:text-box><text:p><draw:frame draw:name="Image1" svg:width="9cm">'
    '<draw:image xlink:href="Pictures/wall.png" xlink:type="simple"/></draw:frame>'
    'Figure <text:sequence text:name="Figure">1</text:sequence>: The wall at high tide.'
    "</text:p></draw:text-box></draw:frame></text:p>"
    "<text:p>Residents welcomed it.</text:p>"
)

ODT_TRACKED_CHANGES = (
    "<text:tracked-changes>"
    '<text:changed-region text:id="ct1"><text:deletion><office:change-info>'
    "<dc:creator>Editor</dc:creator><dc:date>2026-11-20T10:00:00</dc:date></office:change-info>"
    "<text:p>forty-two</text:p></text:deletion></text:changed-region>"
    '<text:changed-region text:id="ct2"><text:insertion><office:change-info>'
    "<dc:creator>Editor</dc:creator><dc:date>2026-11-20T10:00:00</dc:date></office:change-info>"
    "</text:insertion></text:changed-region></text:tracked-changes>"
    '<text:h text:outline-level="1">School closures</text:h>'
    '<text:p>The county closed <text:change text:change-id="ct1"/>'
    '<text:change-start text:change-id="ct2"/>thirty-nine<text:change-end text:change-id="ct2"/>'
    " schools this year.</text:p>"
)

ODT_FORMULA_ONLY = (
    '<text:p><draw:frame draw:name="Formula1" text:anchor-type="as-char">'
    '<draw:object xlink:href="./Object 1" xlink:type="simple" xlink:show="embed"/>'
    '<draw:image xlink:href="./ObjectReplacements/Object 1"/></draw:frame></text:p>'
)
FORMULA_CONTENT = (
    '<?xml version="1.0" encoding="UTF-8"?><math xmlns="http://www.w3.org/1998/Math/MathML" '
    'display="block"><semantics><mrow><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn>'
    '</msup></mrow><annotation encoding="StarMath 5.0">E = m c^2</annotation></semantics></math>'
)

ODT_NESTED_LISTS = (
    '<text:h text:outline-level="1">What the council decided</text:h>'
    '<text:list text:style-name="L1"><text:list-item><text:p>Budget</text:p>'
    "<text:list><text:list-item><text:p>Schools</text:p>"
    "<text:list><text:list-item><text:p>Primary schools</text:p></text:list-item></text:list>"
    "</text:list-item><text:list-item><text:p>Roads</text:p></text:list-item></text:list>"
    "</text:list-item><text:list-item><text:p>Housing</text:p></text:list-item></text:list>"
)

ODT_COMMENT = (
    '<text:h text:outline-level="1">Bridge repairs</text:h>'
    "<text:p>The bridge reopens in June<office:annotation><dc:creator>Checker</dc:creator>"
    "<text:p>Check the date with the city</text:p></office:annotation>, the city said.</text:p>"
)


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
