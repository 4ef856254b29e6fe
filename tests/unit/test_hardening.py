"""Hostile files, broken disks and strangers' databases, in process (issue: hardening).

The fuzzing harness (tests/fuzz) drives the same through the command line; these
pin each rule down where it lives.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import threading
import time
import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from factcheck.domain.models import safe_link, validate_web_url
from factcheck.domain.text import os_text, strip_unsafe
from factcheck.errors import EnvironmentProblem, UserInputError
from factcheck.exporters.jsonld import page_safe_json, parse_annotations
from factcheck.exporters.output import write_atomically, write_bytes_atomically
from factcheck.importers.base import parse_bytes, read_document, read_limited
from factcheck.importers.html_page import _too_deep
from factcheck.importers.html_structure import html_to_document
from factcheck.services import Workspace
from tests.fuzz import samples


# --- reading files ------------------------------------------------------------------------------
def test_a_fifo_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "draft.txt"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []

    def attempt() -> None:
        try:
            read_limited(fifo)
        except BaseException as exc:
            outcome.append(exc)

    reader = threading.Thread(target=attempt, daemon=True)
    reader.start()
    reader.join(timeout=5)
    assert not reader.is_alive(), "reading a FIFO blocked"
    assert isinstance(outcome[0], UserInputError)
    assert "not a regular file" in str(outcome[0])


def test_a_device_is_refused_before_it_is_read() -> None:
    started = time.monotonic()
    with pytest.raises(UserInputError, match="not a regular file"):
        read_limited(Path("/dev/zero"))
    assert time.monotonic() - started < 1


def test_no_more_than_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 1000)
    assert read_limited(path, limit=1000) == b"x" * 1000
    with pytest.raises(UserInputError, match="limit"):
        read_limited(path, limit=999)


def test_an_undecodable_file_name_is_shown_not_crashed_on(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_bytes(samples.TEXT.encode())
    imported = read_document(tmp_path / name)
    assert imported.source_name == "caf\ufffd.txt"
    assert os_text("\udce9") == "\ufffd"


# --- ZIP-based documents --------------------------------------------------------------------
def _patched(data: bytes, member: str, offset: int, value: bytes) -> bytes:
    from tests.fuzz.hostile import _set_member_field

    return _set_member_field(data, member, offset, value)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: _patched(samples.docx(), "word/document.xml", 6, b"\x01\x00"), "encrypted"),
        (lambda: _patched(samples.docx(), "word/document.xml", 8, b"\x63\x00"), "compression"),
        (
            lambda: __import__("tests.fuzz.hostile", fromlist=["x"])._damaged_member(
                samples.docx(), "word/document.xml"
            ),
            "damaged",
        ),
        (lambda: __import__("tests.fuzz.hostile", fromlist=["x"])._bomb_docx(40 << 20), "1"),
    ],
    ids=["encrypted-flag", "unknown-method", "damaged-deflate", "ratio-bomb"],
)
def test_hostile_archives_get_one_line_quickly(make, message: str) -> None:
    data = make()
    started = time.monotonic()
    with pytest.raises(UserInputError, match=message) as info:
        parse_bytes(data, "draft.docx")
    assert time.monotonic() - started < 5
    assert "\n" not in str(info.value)


def test_an_ordinary_docx_with_a_large_picture_still_opens() -> None:
    entries = samples.docx_entries()
    entries["word/media/photo.jpg"] = os.urandom(3 << 20)  # does not compress: ratio 1
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    assert "Council approves budget" in parse_bytes(buffer.getvalue(), "photo.docx").text


def test_odt_repeat_counts_are_capped_and_nonsense_is_one() -> None:
    body = (
        '<text:p>A<text:s text:c="2000000000"/>B<text:s text:c="lots"/>C</text:p>'
        '<text:h text:outline-level="x">Heading</text:h>'
    )
    imported = parse_bytes(samples.odt(body), "spaces.odt")
    assert len(imported.text) < 1000
    assert "Heading" in imported.text


# --- HTML ---------------------------------------------------------------------------------------
def test_html_nesting_follows_html_not_xml() -> None:
    assert _too_deep(b"<body>" + b"<div/>" * 5000)  # <div/> opens a div in HTML
    assert not _too_deep(b"<svg>" + b"<path/>" * 5000 + b"</svg>")  # in SVG it closes
    assert not _too_deep(b"<ul>" + b"<li>item" * 5000 + b"</ul>")  # implied ends
    assert not _too_deep(b"<p>one<p>two" * 3000)


def test_a_page_with_a_hundred_thousand_paragraphs_is_refused_quickly() -> None:
    started = time.monotonic()
    with pytest.raises(UserInputError, match="paragraphs"):
        parse_bytes(b"<html><body>" + b"<p>x</p>" * 100_000, "flood.html")
    assert time.monotonic() - started < 15


@pytest.mark.parametrize(
    "href",
    [
        "//evil.example/x",
        "\\\\evil\\share",
        "../../etc/passwd",
        "/etc/passwd",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "http:\\\\evil\\x",
        "https://good.example\\@evil.example/",
        "data:text/html,x",
    ],
)
def test_only_absolute_web_and_mail_links_survive(href: str) -> None:
    assert safe_link(href) is None
    document = html_to_document(f'<p>See <a href="{href}">this</a>.</p>', "links.html", "T")
    assert not [s for block in document.structure for s in block.spans if s.kind == "link"]
    with pytest.raises(UserInputError):
        validate_web_url(href)


def test_good_links_are_kept() -> None:
    assert safe_link("https://example.org/a?b=c#d") == "https://example.org/a?b=c#d"
    assert safe_link("mailto:desk@example.org") == "mailto:desk@example.org"
    document = html_to_document('<p><a href="https://example.org/">x</a></p>', "l.html", "T")
    links = [s.href for b in document.structure for s in b.spans if s.kind == "link"]
    assert links == ["https://example.org/"]


# --- control characters -----------------------------------------------------------------------
def test_control_characters_after_the_first_4096_are_stripped_too() -> None:
    text = "Clean words. " * 400 + "\x1b[31mred\x1b[0m and a \x07 bell and \x9b."
    imported = parse_bytes(text.encode(), "late.txt")
    assert "\x1b" not in imported.text and "\x07" not in imported.text
    assert "\x9b" not in imported.text
    assert "[31mred[0m" in imported.text


def test_html_character_references_cannot_smuggle_escapes() -> None:
    page = b"<html><body><h1>T</h1><p>Evil &#x1b;[2J&#x1b;]0;t&#x07; text</p></body></html>"
    imported = parse_bytes(page, "page.html")
    assert "\x1b" not in imported.text and "\x07" not in imported.text
    assert "Evil [2J]0;t text" in imported.text
    # Offsets of the structure still point at the same words.
    block = imported.structure[-1]
    assert imported.text[block.start : block.end] == "Evil [2J]0;t text"


def test_a_binary_file_is_still_called_binary() -> None:
    with pytest.raises(UserInputError, match="binary"):
        parse_bytes(bytes(range(1, 32)) * 50, "photo.txt")


def test_strip_unsafe_keeps_tabs_newlines_and_every_script() -> None:
    mixed = "Tab\there\nنص عربي 中文 emoji 👍 e\u0301\u200f"
    assert strip_unsafe(mixed) == mixed
    assert strip_unsafe("a\x00b\x1bc\x7fd\x85e\ud800f") == "abcdef"


# --- JSON -------------------------------------------------------------------------------------
def test_json_for_pages_cannot_close_a_script_element() -> None:
    text = page_safe_json({"claim": "</script><script>alert(1)</script> & more"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text)["claim"] == "</script><script>alert(1)</script> & more"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "nests"),
        (b'{"type": "Annotation", "x": ' + b"9" * 5000 + b"}", "too large"),
        (b"{'a': 1}", "not valid JSON"),
        ('{"exact": "caf\xe9"}'.encode("latin-1"), "not UTF-8"),
    ],
    ids=["deep", "huge-number", "not-json", "latin-1"],
)
def test_broken_annotation_files_get_one_line(data: bytes, message: str) -> None:
    with pytest.raises(UserInputError, match=message):
        parse_annotations(data, "in.json")


def test_foreign_annotations_lose_surrogates_and_bad_dates() -> None:
    item = {
        "type": "Annotation",
        "created": "0001-01-01T00:00:00+23:59",
        "body": [{"type": "TextualBody", "value": "ok\ud800", "purpose": "commenting"}],
        "target": {"selector": {"type": "TextQuoteSelector", "exact": "budget\ud800"}},
    }
    (found,) = parse_annotations(json.dumps(item).encode(), "in.json")
    assert found.exact == "budget" and found.note == "ok" and found.created is None


def test_a_quote_alone_is_placed_where_it_occurs_once(workspace: Workspace, tmp_path: Path) -> None:
    document = workspace.import_text(samples.TEXT, "Budget")
    assert document.id is not None
    items = [
        {"type": "Annotation", "target": {"selector": {"type": "TextQuoteSelector", "exact": e}}}
        for e in ("6 percent", "percent", "not in the text")
    ]
    path = tmp_path / "only-exact.json"
    path.write_text(json.dumps(items))
    summary = workspace.import_annotations(document.id, path)
    (placed,) = summary.created
    assert document.latest.text[placed.start : placed.end] == "6 percent"
    assert any("occurs 2 times" in reason for reason in summary.skipped)
    assert any("not in this document" in reason for reason in summary.skipped)


# --- writing exports --------------------------------------------------------------------------
def test_a_failed_export_leaves_the_old_report_and_no_leftovers(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.write_text("the old report")

    def fail(path: Path) -> None:
        path.write_text("half a rep")
        raise OSError(28, "No space left on device")

    with pytest.raises(EnvironmentProblem, match="disk is full"):
        write_atomically(target, fail)
    assert target.read_text() == "the old report"
    assert os.listdir(tmp_path) == ["report.html"]


def test_a_renderer_that_writes_nothing_is_an_error_not_a_success(tmp_path: Path) -> None:
    with pytest.raises(EnvironmentProblem, match="nothing was written"):
        write_atomically(tmp_path / "report.pdf", lambda path: None)
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_only_regular_files_are_replaced(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "out"
    if kind == "fifo":
        os.mkfifo(target)
    else:
        try:
            os.mknod(target, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        except PermissionError:
            pytest.skip("making a device node needs root")
    with pytest.raises(UserInputError, match="not a regular file"):
        write_bytes_atomically(target, b"data")
    mode = os.stat(target).st_mode
    assert stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)


def test_an_export_through_a_link_replaces_the_file_not_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    write_bytes_atomically(link, b"new")
    assert link.is_symlink() and real.read_text() == "new"


# --- databases --------------------------------------------------------------------------------
def test_a_strangers_database_is_refused_and_not_switched_to_wal(tmp_path: Path) -> None:
    theirs = tmp_path / "invoices.sqlite3"
    connection = sqlite3.connect(theirs)
    connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    with pytest.raises(UserInputError, match="not Factcheck's"):
        Workspace.open(str(theirs), "me")
    connection = sqlite3.connect(theirs)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        connection.close()


def test_a_damaged_database_names_the_file_and_its_backup(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    workspace = Workspace.open(str(db), "me")
    document = workspace.import_text(samples.TEXT * 200, "Budget")
    workspace.close()
    backup = tmp_path / "desk.sqlite3.backup-0001-20260101T000000Z"
    backup.write_bytes(db.read_bytes())
    connection = sqlite3.connect(db)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.close()
    raw = bytearray(db.read_bytes())
    for page in range(1, len(raw) // 4096):
        raw[page * 4096 + 100 : page * 4096 + 3000] = b"\xff" * 2900
    db.write_bytes(bytes(raw))
    with pytest.raises(EnvironmentProblem) as info:
        _open_and_read(db, document.id or 0)
    message = str(info.value)
    assert str(db) in message and "damaged" in message and backup.name in message


def _open_and_read(db: Path, document_id: int) -> None:
    broken = Workspace.open(str(db), "me")
    try:
        broken.document(document_id)
    finally:
        broken.close()


# --- found by an adversarial pass after the first round -------------------------------------------
def test_an_export_never_replaces_the_open_database(workspace: Workspace, tmp_path: Path) -> None:
    from factcheck.exporters.output import checked_target

    assert workspace.database.path is not None
    for target in workspace.database.files()[:2]:
        with pytest.raises(UserInputError, match="the database itself"):
            checked_target(target, workspace.database.files())
    link = tmp_path / "innocent.csv"
    link.symlink_to(workspace.database.path)
    with pytest.raises(UserInputError, match="the database itself"):
        checked_target(link, workspace.database.files())


def test_a_mark_never_lands_on_words_that_moved_meanwhile(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Another program imports a new version between the read that finds the words
    and the write that marks them: the mark must still be on those words."""
    from factcheck.domain import AnnotationKind
    from factcheck.services import AnnotationDraft
    from factcheck.services import workspace as workspace_module

    document = workspace.import_text(samples.TEXT, "Budget")
    assert document.id is not None
    draft2 = tmp_path / "v2.txt"
    draft2.write_text("A correction was added at the top.\n\n" + samples.TEXT, encoding="utf-8")
    from factcheck.anchoring.selectors import resolve_span as real_resolve

    calls: list[int] = []

    def resolve_then_revise(*args: object, **kwargs: object) -> tuple[int, int]:
        span = real_resolve(*args, **kwargs)  # type: ignore[arg-type]
        if not calls:
            other = Workspace.open(str(workspace.database.path), "Other Reviewer")
            other.revise(document.id or 0, draft2)
            other.close()
        calls.append(1)
        return span

    monkeypatch.setattr(workspace_module, "resolve_span", resolve_then_revise)
    made = workspace.annotate_text(
        document.id, "6 percent", AnnotationDraft(AnnotationKind.CLAIM), occurrence=1
    )
    text = workspace.document(document.id).latest.text
    assert text[made.start : made.end] == "6 percent"
    assert len(calls) == 2  # found again on the new version


def test_a_semicolon_cannot_start_a_formula_in_the_csv() -> None:
    import csv
    import io

    from factcheck.exporters.tabular import neutralise

    buffer = io.StringIO()
    csv.writer(buffer, quoting=csv.QUOTE_NONNUMERIC).writerow([neutralise("ok;@SUM(1+1)"), 3])
    assert buffer.getvalue().startswith('"ok;@SUM(1+1)",3')


def test_json_nulls_and_lists_where_text_belongs_are_no_text() -> None:
    item = {
        "type": "Annotation",
        "motivation": [[1]],
        "body": [{"type": "TextualBody", "value": [1], "purpose": [{}]}],
        "target": {"selector": {"type": "TextQuoteSelector", "exact": "budget", "prefix": None}},
    }
    (found,) = parse_annotations(json.dumps(item).encode(), "in.json")
    assert (found.exact, found.prefix, found.note) == ("budget", "", "")


@pytest.mark.slow
def test_a_terminated_export_leaves_no_partial_file(cli, tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys

    big = tmp_path / "big.txt"
    big.write_text(("Council figures were disputed again today. " * 40 + "\n\n") * 1500)
    assert cli("import", big).returncode == 0
    out = tmp_path / "out"
    out.mkdir()
    process = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "export", "1", "--format", "pdf", "-o",
         str(out / "report.pdf")],
        env=cli.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while not list(out.iterdir()) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)  # until the temporary file exists: the export is under way
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 128 + signal.SIGTERM, stderr  # it was still writing
    assert list(out.iterdir()) == []  # no report, and no .part left behind
