from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from factcheck.domain import BlockKind
from factcheck.errors import UserInputError
from factcheck.importers import MAX_IMPORT_BYTES, read_document

TEXT = "Headline here\n\nFirst paragraph, with a claim.\nSecond line.\n\nA heading\n\nLast “quote”."


def write(tmp_path: Path, data: bytes, name: str = "draft.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "encoded",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM
        TEXT.encode("utf-16-le"),  # without BOM
        TEXT.encode("utf-16-be"),
        TEXT.replace("\n", "\r\n").encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le", "utf16be", "crlf"],
)
def test_encodings_give_the_same_canonical_text(tmp_path: Path, encoded: bytes) -> None:
    imported = read_document(write(tmp_path, encoded))
    assert imported.text == TEXT
    assert imported.title == "Headline here"


def test_paragraphs_become_blocks_over_the_canonical_text(tmp_path: Path) -> None:
    imported = read_document(write(tmp_path, TEXT.encode()))
    kinds = [b.kind for b in imported.structure]
    assert kinds == [BlockKind.TITLE, BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH]
    slices = [imported.text[b.start : b.end] for b in imported.structure]
    assert slices[1] == "First paragraph, with a claim.\nSecond line."
    assert slices[3] == "Last “quote”."


def test_given_title_wins(tmp_path: Path) -> None:
    assert read_document(write(tmp_path, TEXT.encode()), title="Mine").title == "Mine"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"  \n\n\t ", "is empty"),
        (b"\x00\x01\x02\x03binary\x00", "binary"),
        (b"caf\xe9 au lait", "not valid UTF-8"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00", "binary"),
        (b"%PDF-1.7\n...", "not a valid PDF"),
        (b"PK\x03\x04\x14\x00", "ZIP"),
        (b"{\\rtf1\\ansi hello}", "RTF"),
    ],
    ids=["empty", "blank", "nul-bytes", "latin1", "elf", "pdf", "zip", "rtf"],
)
def test_bad_input_is_refused_with_a_clear_message(
    tmp_path: Path, data: bytes, message: str
) -> None:
    with pytest.raises(UserInputError, match=message) as info:
        read_document(write(tmp_path, data))
    assert "\n" not in str(info.value)


def test_huge_files_are_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(MAX_IMPORT_BYTES + 1)  # sparse: no 50 MB written
    with pytest.raises(UserInputError, match="limit is 50 MB"):
        read_document(path)


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UserInputError, match="no such file"):
        read_document(tmp_path / "nope.txt")


@pytest.mark.parametrize(
    "paragraph",
    [
        "北京市政府周三宣布，明年将新建三十所学校。",
        "東京都は来年、新しい学校を三十校建設すると発表した。",
        "هل رفعت الحكومة الضرائب؟",
        "حکومت نے ٹیکس بڑھا دیا۔",
        "¿Subió el gobierno los impuestos?",
        "The minister said taxes fell.",
        "«Nous n’avons jamais augmenté les impôts»",
    ],
)
def test_a_sentence_in_any_script_is_not_a_heading(paragraph: str) -> None:
    from factcheck.domain import BlockKind
    from factcheck.importers.plaintext import paragraph_blocks

    text = f"Budget row\n\n{paragraph}\n\nSchools"
    kinds = [block.kind for block in paragraph_blocks(text)]
    assert kinds == [BlockKind.TITLE, BlockKind.PARAGRAPH, BlockKind.HEADING]


def test_a_first_paragraph_of_running_text_is_not_made_the_title() -> None:
    from factcheck.domain import BlockKind
    from factcheck.importers.plaintext import paragraph_blocks

    text = "The council met on Monday and agreed the budget, the mayor said.\n\nMore."
    assert paragraph_blocks(text)[0].kind is BlockKind.PARAGRAPH
