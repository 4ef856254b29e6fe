"""DOCX, ODT, Markdown and saved web pages: structure, metadata, safety, bad input."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import pytest

from factcheck.domain import AnnotationKind, BlockKind
from factcheck.errors import UserInputError
from factcheck.importers import read_document
from factcheck.services import AnnotationDraft, Workspace
from tests.helpers.documents import NEWS_PAGE, make_docx, make_odt, zip_bytes


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Import must never touch the network: any connection attempt fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access during import: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def blocks(imported) -> list[tuple[str, str]]:
    return [(b.kind.value, imported.text[b.start : b.end]) for b in imported.structure]


def spans(imported) -> set[tuple[str, str, str]]:
    return {
        (s.kind, imported.text[s.start : s.end], s.href)
        for b in imported.structure
        for s in b.spans
    }


EXPECTED_BLOCKS = [
    ("title", "Council approves budget"),
    ("heading", "Reaction"),
]


def test_docx_keeps_headings_paragraphs_lists_and_emphasis(tmp_path: Path) -> None:
    imported = read_document(make_docx(tmp_path / "draft.docx"))
    assert imported.format == "docx"
    assert imported.title == "Council approves budget"
    assert imported.author == "Jane Reporter"
    found = blocks(imported)
    assert found[0] == ("title", "Council approves budget")
    assert ("paragraph", "The mayor said the budget grew by 12% last year.") in found
    assert ("heading", "Reaction") in found
    assert ("list_item", "First point") in found
    assert {("strong", "budget", ""), ("emphasis", "12%", "")} <= spans(imported)
    assert "\n\n" in imported.text and "<" not in imported.text


def test_odt_keeps_structure_links_and_metadata(tmp_path: Path) -> None:
    imported = read_document(make_odt(tmp_path / "draft.odt"))
    assert imported.format == "odt"
    assert (imported.title, imported.author) == ("Council approves budget", "Jane Reporter")
    assert ("heading", "Reaction") in blocks(imported)
    assert ("list_item", "Second point") in blocks(imported)
    assert ("link", "the city", "https://city.example/budget") in spans(imported)
    assert ("strong", "budget", "") in spans(imported)


def test_markdown_is_rendered_and_raw_html_is_sanitised(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text(
        "# Council approves budget\n\nThe mayor said the **budget** grew by *12%*, "
        "says [the city](https://city.example/b) and [this](javascript:alert(1)).\n\n"
        "> “A disaster,” said the opposition.\n\n1. First\n2. Second\n\n"
        "<script>alert(1)</script>\n",
        encoding="utf-8",
    )
    imported = read_document(path)
    assert imported.format == "markdown"
    assert imported.title == "Council approves budget"
    found = blocks(imported)
    assert ("blockquote", "“A disaster,” said the opposition.") in found
    assert ("list_item", "First") in found
    ordered = [b.ordered for b in imported.structure if b.kind is BlockKind.LIST_ITEM]
    assert ordered == [True, True]
    assert ("link", "the city", "https://city.example/b") in spans(imported)
    assert not any(href.startswith("javascript") for _, _, href in spans(imported))
    assert "alert(1)</script>" not in imported.text  # raw HTML is sanitised: no script
    assert "<" not in imported.text


def test_news_page_keeps_the_article_and_drops_the_furniture(tmp_path: Path) -> None:
    path = tmp_path / "saved.html"
    path.write_text(NEWS_PAGE, encoding="utf-8")
    imported = read_document(path)
    assert imported.format == "html"
    assert imported.title == "Council approves budget"
    assert (imported.author, imported.outlet) == ("Jane Reporter", "Daily Planet")
    assert imported.published.startswith("2026-11-20")
    assert imported.url == "https://planet.example/budget"
    assert "grew by 12% last year" in imported.text
    assert "publish the full accounts in January" in imported.text
    for furniture in (
        "Home",
        "cookies",
        "ADVERTISEMENT",
        "Read more",
        "Mayor's holiday",
        "Great article",
        "All rights reserved",
        "tracker",
        "document.cookie",
    ):
        assert furniture not in imported.text, furniture
    links = {href for kind, _, href in spans(imported) if kind == "link"}
    assert links == {"https://city.example/budget"}  # the javascript: link lost its href


def test_format_comes_from_the_content_not_the_extension(tmp_path: Path) -> None:
    docx_named_txt = make_docx(tmp_path / "x.docx").rename(tmp_path / "draft.txt")
    assert read_document(docx_named_txt).format == "docx"
    page_named_txt = tmp_path / "page.txt"
    page_named_txt.write_text(NEWS_PAGE, encoding="utf-8")
    assert read_document(page_named_txt).format == "html"
    markdown_without_extension = tmp_path / "draft"
    markdown_without_extension.write_text("# Title\n\nSome **bold** text.\n", encoding="utf-8")
    assert read_document(markdown_without_extension).format == "markdown"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("broken.docx", b"PK\x03\x04word/document.xml" + b"\x00garbage" * 20, "damaged"),
        ("text.docx", b"Just some text pretending to be Word.", "not a valid DOCX"),
        (
            "broken.odt",
            b"PK\x03\x04\x14\x00\x00\x00mimetypeapplication/vnd.oasis.opendocument.text",
            "damaged",
        ),
        ("fake.pdf", b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF", "not a valid PDF"),
        ("deep.html", b"<html><body>" + b"<div>" * 100_000 + b"x", "levels deep"),
        ("other.zip", zip_bytes({"photo.jpg": b"\xff\xd8"}), "not a DOCX or ODT"),
    ],
    ids=[
        "corrupt-docx",
        "text-as-docx",
        "corrupt-odt",
        "corrupt-pdf",
        "deep-html",
        "plain-zip",
    ],
)
def test_bad_documents_get_one_clear_line_quickly(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    started = time.monotonic()
    with pytest.raises(UserInputError, match=message) as info:
        read_document(path)
    assert time.monotonic() - started < 10  # bounded: never hangs
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    "label",
    ["klingon-8", "undefined", "base64", "rot13", "utf-7", "unicode_escape", "hz", "utf-32"],
)
def test_a_charset_no_browser_knows_is_ignored_as_browsers_do(tmp_path: Path, label: str) -> None:
    path = tmp_path / "odd.html"
    page = f'<html><head><meta charset="{label}"></head><body><p>Caf\u00e9 ok</p></body></html>'
    path.write_bytes(page.encode("utf-8"))
    assert "Café ok" in read_document(path).text


def test_a_declared_encoding_is_read_as_browsers_read_it(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    body = "<p>Caf\u00e9 \u201cquoted\u201d</p>".encode("cp1252") + b"<p>stray \x81 byte</p>"
    path.write_bytes(b'<html><head><meta charset="iso-8859-1"></head><body>' + body)
    text = read_document(path).text
    assert "Café “quoted”" in text  # Latin-1 labels mean windows-1252, as in browsers
    assert "stray \ufffd byte" in text


def docx_with(extra: dict[str, str], base: Path) -> bytes:
    import zipfile

    entries: dict[str, bytes | str] = {}
    with zipfile.ZipFile(make_docx(base)) as archive:
        for member in archive.namelist():
            entries[member] = archive.read(member)
    entries.update(extra)
    return zip_bytes(entries)


def test_docx_with_path_traversal_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "evil.docx"
    path.write_bytes(docx_with({"../../outside.txt": "x"}, tmp_path / "base.docx"))
    with pytest.raises(UserInputError, match="outside the document"):
        read_document(path)


def test_docx_with_linked_external_images_imports_without_following_them(
    tmp_path: Path,
) -> None:
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns='
        '"http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/image" Target="file:///etc/passwd" TargetMode="External"/></Relationships>'
    )
    path = tmp_path / "linked.docx"
    path.write_bytes(docx_with({"word/_rels/document.xml.rels": rels}, tmp_path / "base.docx"))
    imported = read_document(path)  # the no_network fixture fails any fetch
    assert "grew by 12% last year" in imported.text
    assert "root:" not in imported.text
    assert any("linked image was not loaded" in note for note in imported.notes)


def test_zip_bombs_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    import zipfile

    padding = {"word/document.xml": "<w/>", "padding.xml": " " * 50_000_000}
    path.write_bytes(zip_bytes(padding, zipfile.ZIP_DEFLATED))
    with pytest.raises(UserInputError, match="expands"):
        read_document(path)


@pytest.mark.parametrize("maker", ["docx", "odt", "html", "markdown"])
def test_round_trip_import_annotate_offsets(
    tmp_path: Path, workspace: Workspace, maker: str
) -> None:
    if maker == "docx":
        path = make_docx(tmp_path / "d.docx")
    elif maker == "odt":
        path = make_odt(tmp_path / "d.odt")
    elif maker == "html":
        path = tmp_path / "d.html"
        path.write_text(NEWS_PAGE, encoding="utf-8")
    else:
        path = tmp_path / "d.md"
        path.write_text(
            "# Council approves budget\n\nThe mayor said the **budget** grew by "
            "12% last year.\n\n“This is a disaster,” said the opposition leader 👎.\n",
            encoding="utf-8",
        )
    document = workspace.import_file(path)
    assert document.id is not None
    text = document.latest.text
    claim = workspace.annotate_text(
        document.id, "budget grew by 12%", AnnotationDraft(AnnotationKind.CLAIM)
    )
    quote = workspace.annotate_text(
        document.id, "said the opposition leader", AnnotationDraft(AnnotationKind.QUOTE)
    )
    for annotation in (claim, quote):
        assert text[annotation.start : annotation.end] == annotation.exact
    # The structure survives storage and indexes the same text.
    again = workspace.document(document.id).latest
    assert again.structure == document.latest.structure
    for block in again.structure:
        assert 0 <= block.start < block.end <= len(again.text)
        for span in block.spans:
            assert block.start <= span.start < span.end <= block.end
