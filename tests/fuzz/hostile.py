"""Hostile inputs, one generator per category; every one is seeded and bounded.

A case is a command line (the real ``factcheck`` CLI), the files it reads, and what
must come out: refused (one line, non-zero, nothing written), accepted, or either
(mutations); plus an optional check of the result. The harness runs them.
"""

from __future__ import annotations

import json
import os
import random
import stat
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

from tests.fuzz import samples

REFUSE, ACCEPT, EITHER = "refuse", "accept", "either"


@dataclass
class Outcome:
    """What a run produced, handed to a case's own check."""

    returncode: int
    stdout: bytes
    stderr: str
    folder: Path


@dataclass
class Case:
    category: str
    name: str
    args: list[str]  # "{folder}" is replaced by the case's own folder; DOC 1 exists
    files: dict[str, bytes | Callable[[], bytes]] = field(default_factory=dict)  # made late
    expect: str = REFUSE
    check: Callable[[Outcome], str | None] | None = None
    prepare: Callable[[Path], None] | None = None  # make FIFOs, devices, mounts...
    wrap: list[str] = field(default_factory=list)  # a command to run the CLI under
    db: str = "{folder}/factcheck.sqlite3"  # the database the command is pointed at


def _import(
    name: str,
    data: bytes | Callable[[], bytes],
    expect: str = REFUSE,
    check: Callable[[Outcome], str | None] | None = None,
) -> Case:
    return Case("", name, ["import", "{folder}/" + name], {name: data}, expect, check)


# --- 1. HTML nesting and floods ----------------------------------------------------------------
def html_structure(rng: random.Random) -> Iterator[Case]:
    yield _import("self-closing-divs.html", b"<html><body>" + b"<div/>" * 500_000)
    yield _import("open-divs.html", b"<html><body>" + b"<div>" * 100_000 + b"x")
    yield _import("nested-spans.html", b"<html><body><p>" + b"<span>" * 50_000 + b"x")
    yield _import("paragraph-flood.html", b"<html><body>" + b"<p>x</p>" * 650_000)
    yield _import("br-flood.html", b"<html><body><p>" + b"a<br>" * 1_000_000)
    yield _import(
        "unclosed-items.html",
        b"<html><body><ul>" + b"".join(b"<li>item %d" % i for i in range(3_000)) + b"</ul>",
        ACCEPT,
    )
    svg = b"<svg>" + b'<path d="M0 0"/>' * 20_000 + b"</svg>"
    yield _import("svg-self-closing.html", b"<html><body><p>Caption text.</p>" + svg, ACCEPT)


# --- 2. Markdown floods -----------------------------------------------------------------------
def markdown_floods(rng: random.Random) -> Iterator[Case]:
    yield _import("paragraphs.md", b"para\n\n" * 850_000)
    yield _import("paragraphs.txt", b"para\n\n" * 850_000)
    yield _import("45mb-of-words.txt", lambda: b"word and more words. " * 2_200_000)
    yield _import("list-items.md", b"- a\n" * 600_000)
    yield _import("deep-quotes.md", b"> " * 100_000 + b"x\n")
    yield _import("brackets.md", b"# T\n\n" + b"[" * 200_000 + b"x", EITHER)
    yield _import("emphasis.md", b"# T\n\n" + b"*a " * 300_000, EITHER)


# --- 3. ZIP bombs and damaged archives --------------------------------------------------------
def _bomb_docx(xml_bytes: int) -> bytes:
    run = b"<w:p><w:r><w:t>Lorem ipsum dolor sit amet.</w:t></w:r></w:p>"
    body = run * (xml_bytes // len(run))
    entries = samples.docx_entries()
    entries["word/document.xml"] = (
        f'<?xml version="1.0"?><w:document xmlns:w="{samples.W}"><w:body>'.encode()
        + body
        + b"</w:body></w:document>"
    )
    return samples.zip_of(entries)


def _tuned_bomb_docx(total: int, rng: random.Random) -> bytes:
    """About 170:1, under the old per-member ratio check of 200:1: 420 bytes of letters
    that do not compress in every 64 kB of text that does."""
    chunk = 64 * 1024
    parts = [_random_text(rng, 420) + b" " * (chunk - 420) for _ in range(total // chunk)]
    entries = samples.docx_entries()
    entries["word/document.xml"] = (
        f'<?xml version="1.0"?><w:document xmlns:w="{samples.W}"><w:body><w:p><w:r><w:t>'.encode()
        + b"".join(parts)
        + b"</w:t></w:r></w:p></w:body></w:document>"
    )
    return samples.zip_of(entries)


def _many_member_bomb(members: int, each: int) -> bytes:
    entries = samples.docx_entries()
    filler = b"A" * each
    for i in range(members):
        entries[f"word/media/filler{i}.bin"] = filler
    return samples.zip_of(entries)


_LETTERS = bytes(b"abcdefghijklmnopqrstuvwxyz      .,"[i % 34] for i in range(256))


def _random_text(rng: random.Random, size: int) -> bytes:
    return rng.randbytes(size).translate(_LETTERS)  # text that does not compress away


def _large_part_docx(rng: random.Random) -> bytes:
    """A document.xml past the part limit that compresses only about 3:1."""
    entries = samples.docx_entries()
    words = _random_text(rng, 52_000_000).decode()
    entries["word/document.xml"] = str(entries["word/document.xml"]).replace(
        "</w:body>", f"<w:p><w:r><w:t>{words}</w:t></w:r></w:p></w:body>"
    )
    return samples.zip_of(entries)


def _damaged_member(data: bytes, member: str) -> bytes:
    """Flip bytes inside one member's compressed data, keeping the directory intact."""
    info = zipfile.ZipFile(BytesIO(data)).getinfo(member)
    raw = bytearray(data)
    header = info.header_offset
    name_len = int.from_bytes(raw[header + 26 : header + 28], "little")
    extra_len = int.from_bytes(raw[header + 28 : header + 30], "little")
    start = header + 30 + name_len + extra_len
    for offset in range(start + 2, start + min(info.compress_size, 40), 3):
        raw[offset] ^= 0xA5
    return bytes(raw)


def _set_member_field(data: bytes, member: str, field_offset: int, value: bytes) -> bytes:
    """Patch a field of a member's local header and central-directory entry."""
    archive = zipfile.ZipFile(BytesIO(data))
    info = archive.getinfo(member)
    raw = bytearray(data)
    local = info.header_offset
    raw[local + field_offset : local + field_offset + len(value)] = value
    central = raw.rfind(b"PK\x01\x02" + raw[local + 4 : local + 6])  # any entry: find ours
    position = 0
    while (position := raw.find(b"PK\x01\x02", position)) != -1:
        name_len = int.from_bytes(raw[position + 28 : position + 30], "little")
        if raw[position + 46 : position + 46 + name_len] == member.encode():
            central = position
            break
        position += 4
    # The central directory has 2 more bytes (version made by) before the same fields.
    raw[central + field_offset + 2 : central + field_offset + 2 + len(value)] = value
    return bytes(raw)


def _linked_file_not_read(outcome: Outcome) -> str | None:
    """The linked target (/etc/passwd) must not have been read into the database."""
    for stored in outcome.folder.glob("factcheck.sqlite3*"):
        if b"root:" in stored.read_bytes():
            return f"the linked file was read into {stored.name}"
    return None


def zip_archives(rng: random.Random) -> Iterator[Case]:
    # The large ones are made when their case runs, not all held at once.
    yield _import("bomb-250mb.docx", lambda: _bomb_docx(250 * 1024 * 1024))
    yield _import("bomb-60mb.docx", lambda: _bomb_docx(60 * 1024 * 1024))
    yield _import("many-members.docx", lambda: _many_member_bomb(300, 1024 * 1024))
    seed = rng.randrange(1 << 30)
    yield _import("large-part.docx", lambda: _large_part_docx(random.Random(seed)))
    yield _import("bomb-170-to-1.docx", lambda: _tuned_bomb_docx(250 << 20, random.Random(seed)))
    yield _import("damaged-deflate.docx", _damaged_member(samples.docx(), "word/document.xml"))
    yield _import("damaged-deflate.odt", _damaged_member(samples.odt(), "content.xml"))
    method_99 = _set_member_field(
        samples.docx(), "word/document.xml", 8, (99).to_bytes(2, "little")
    )
    yield _import("unknown-compression.docx", method_99)
    encrypted = _set_member_field(samples.docx(), "word/document.xml", 6, (1).to_bytes(2, "little"))
    yield _import("encrypted-flag.docx", encrypted)
    yield _import("truncated.docx", samples.docx()[:300])
    for mode, kind in (("external", "image"), ("External ", "IMAGE")):
        entries = samples.docx_entries()
        entries["word/_rels/document.xml.rels"] = (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            f'package/2006/relationships"><Relationship Id="rId9" TargetMode="{mode}" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            f'{kind}" Target="file:///etc/passwd"/></Relationships>'
        )
        # A draft with a linked picture imports; the link is never followed (issue 13).
        yield _import(
            f"linked-image-{mode.strip()}-{kind}.docx",
            samples.zip_of(entries),
            ACCEPT,
            check=_linked_file_not_read,
        )
    yield _import("outside-path.docx", samples.zip_of({**samples.docx_entries(), "../evil": b"x"}))


# --- 4. ODT numbers ---------------------------------------------------------------------------
def odt_numbers(rng: random.Random) -> Iterator[Case]:
    def spaces(count: str) -> str:
        return f'<text:p>Before<text:s text:c="{count}"/>after.</text:p>'

    yield _import("huge-repeat.odt", samples.odt(spaces("2000000000") * 1000), ACCEPT)
    yield _import("word-repeat.odt", samples.odt(spaces("many")), ACCEPT)
    yield _import("overflow-repeat.odt", samples.odt(spaces("9" * 400)), ACCEPT)
    yield _import(
        "word-level.odt",
        samples.odt('<text:h text:outline-level="top">Title</text:h><text:p>Body.</text:p>'),
        ACCEPT,
    )
    yield _import(
        "overflow-level.odt",
        samples.odt('<text:h text:outline-level="1e999">Title</text:h><text:p>Body.</text:p>'),
        ACCEPT,
    )


# --- 5. PDF -----------------------------------------------------------------------------------
def pdf_files(rng: random.Random) -> Iterator[Case]:
    yield _import("unknown-encoding.pdf", samples.pdf(font_extra=" /Encoding /Klingon-H"), ACCEPT)
    # A content stream that inflates past pypdf's limit.
    bomb = b"BT /F1 11 Tf 72 760 Td (x) Tj ET\n" + b" " * 300_000_000
    yield _import("flate-bomb.pdf", samples.pdf(stream=bomb, compress=True))
    surrogate_map = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange "
        b"<00> <FF> endcodespacerange 1 beginbfrange <41> <5A> <D800> endbfrange endcmap "
        b"CMapName currentdict /CMap defineresource pop end end"
    )
    cmap = b"<< /Length %d >>\nstream\n" % len(surrogate_map) + surrogate_map + b"\nendstream"
    yield _import(
        "surrogate-tounicode.pdf",
        samples.pdf(
            ["ABC DEF GHI is a claim."], font_extra=" /ToUnicode 6 0 R", extra_objects=[cmap]
        ),
        EITHER,
    )
    yield _import("no-xref.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF")
    yield _import("garbage.pdf", b"%PDF-1.4\n" + bytes(rng.randrange(256) for _ in range(4000)))
    yield _import(
        "self-loop.pdf", samples.pdf().replace(b"/Parent 2 0 R", b"/Parent 3 0 R"), EITHER
    )


# --- 6. Encodings and charsets ----------------------------------------------------------------
def encodings(rng: random.Random) -> Iterator[Case]:
    page = samples.HTML.encode()
    yield _import(
        "undefined.html", page.replace(b'charset="utf-8"', b'charset="undefined"'), ACCEPT
    )
    yield _import("bogus.html", page.replace(b'charset="utf-8"', b'charset="x-klingon"'), ACCEPT)
    yield _import("rot13.html", page.replace(b'charset="utf-8"', b'charset="rot13"'), ACCEPT)
    yield _import("random.txt", bytes(rng.randrange(256) for _ in range(5000)))
    yield _import("odd-utf16.txt", b"\xff\xfeh\x00i\x00!")
    yield _import(
        "bom-garbage.txt", b"\xef\xbb\xbf" + bytes(rng.randrange(128, 256) for _ in range(200))
    )
    yield _import("empty.txt", b"")
    yield _import("spaces.txt", b" \n\t\n" * 1000)
    yield _import("nul.txt", b"Text\x00with NUL")


# --- 7. Files that are not files --------------------------------------------------------------
def _fifo(folder: Path) -> None:
    os.mkfifo(folder / "pipe.txt")


def _devices(folder: Path) -> None:
    # A private null device: a regression must not clobber the machine's /dev/null.
    os.mknod(folder / "null", stat.S_IFCHR | 0o666, os.makedev(1, 3))
    os.mknod(folder / "zero", stat.S_IFCHR | 0o666, os.makedev(1, 5))
    os.mknod(folder / "full", stat.S_IFCHR | 0o666, os.makedev(1, 7))


def _still_device(*names: str) -> Callable[[Outcome], str | None]:
    def check(outcome: Outcome) -> str | None:
        for name in names:
            path = outcome.folder / name
            if not stat.S_ISCHR(os.stat(path).st_mode) and not stat.S_ISFIFO(os.stat(path).st_mode):
                return f"{name} was replaced by a regular file"
        return None

    return check


def special_files(rng: random.Random) -> Iterator[Case]:
    for command in (["import"], ["revise", "1"], ["import-annotations", "1"]):
        label = command[0]
        yield Case("", f"{label}-dev-zero", [*command, "{folder}/zero"], prepare=_devices)
        yield Case("", f"{label}-fifo", [*command, "{folder}/pipe.txt"], prepare=_fifo)
        yield Case("", f"{label}-folder", [*command, "{folder}"])
        yield Case("", f"{label}-missing", [*command, "{folder}/missing.txt"])


# --- 8. Export targets ------------------------------------------------------------------------
def _database_intact(outcome: Outcome) -> str | None:
    import sqlite3

    try:
        connection = sqlite3.connect(outcome.folder / "factcheck.sqlite3")
        try:
            connection.execute("SELECT count(*) FROM documents").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        return f"the database was overwritten: {exc}"
    return None


def _no_leftovers(outcome: Outcome) -> str | None:
    parts = [p.name for p in outcome.folder.rglob("*.part")]
    return f"left behind: {parts}" if parts else None


def _both(*checks: Callable[[Outcome], str | None]) -> Callable[[Outcome], str | None]:
    def check(outcome: Outcome) -> str | None:
        return next((problem for c in checks if (problem := c(outcome))), None)

    return check


def _mount_point(folder: Path) -> None:
    (folder / "mnt").mkdir()


def export_targets(rng: random.Random) -> Iterator[Case]:
    for fmt in ("html", "csv"):
        for target in ("factcheck.sqlite3", "factcheck.sqlite3-wal"):
            yield Case(
                "",
                f"{fmt}-onto-the-database{target.removeprefix('factcheck.sqlite3')}",
                ["export", "1", "--format", fmt, "-o", "{folder}/" + target],
                check=_database_intact,
            )
    for fmt in ("html", "csv", "pdf", "w3c"):
        for target in ("null", "full"):
            yield Case(
                "",
                f"{fmt}-to-{target}-device",
                ["export", "1", "--format", fmt, "-o", "{folder}/" + target],
                prepare=_devices,
                check=_both(_still_device(target), _no_leftovers),
            )
        yield Case(
            "",
            f"{fmt}-to-fifo",
            ["export", "1", "--format", fmt, "-o", "{folder}/pipe.txt"],
            prepare=_fifo,
            check=_both(_still_device("pipe.txt"), _no_leftovers),
        )
        yield Case("", f"{fmt}-to-folder", ["export", "1", "--format", fmt, "-o", "{folder}"])
        yield Case(
            "", f"{fmt}-to-missing-folder", ["export", "1", "--format", fmt, "-o", "{folder}/x/y"]
        )
        # A disk with no room and a read-only disk: private mounts in a mount namespace.
        # (The full one is filled up first: even a tiny export finds no room.)
        for kind, setup in (
            (
                "full-disk",
                'mount -t tmpfs -o size=64k tmpfs "$1/mnt" && '
                '(head -c 1048576 /dev/zero > "$1/mnt/filler" 2>/dev/null; true)',
            ),
            ("read-only-disk", 'mount -t tmpfs -o ro,size=1m tmpfs "$1/mnt"'),
        ):
            yield Case(
                "",
                f"{fmt}-{kind}",
                ["export", "1", "--format", fmt, "-o", "{folder}/mnt/report." + fmt],
                prepare=_mount_point,
                wrap=["unshare", "-m", "sh", "-c", f'{setup} && shift && exec "$@"', "sh"],
                check=_no_leftovers,
            )  # fmt: skip


# --- 9. Command-line text that is not UTF-8 ---------------------------------------------------
def arguments(rng: random.Random) -> Iterator[Case]:
    bad = os.fsdecode(b"\xff\xfe")
    yield Case("", "note-bytes", ["annotate", "1", "--exact", "4.2 million euros", "--kind",
                                  "claim", "--note", bad])  # fmt: skip
    yield Case("", "speaker-bytes", ["annotate", "1", "--exact", "4.2 million euros", "--kind",
                                     "claim", "--speaker", "Ana" + bad])  # fmt: skip
    yield Case("", "exact-bytes", ["annotate", "1", "--exact", bad, "--kind", "claim"])
    yield Case("", "title-bytes", ["import", "{folder}/a.txt", "--title", bad],
               {"a.txt": samples.TEXT.encode()})  # fmt: skip
    yield Case("", "note-escape", ["annotate", "1", "--exact", "4.2 million euros", "--kind",
                                   "claim", "--note", "\x1b]0;pwned\x07"])  # fmt: skip
    yield Case("", "id-beyond-sqlite", ["text", str(2**63)])
    yield Case("", "misspelled-command", ["documnets"])
    yield Case("", "escape-in-file-name", ["import", "{folder}/missing\x1b]0;pwned\x07.txt"])
    yield Case("", "escape-in-argument", ["text", "1", "extra\x1b]0;pwned\x07"])
    yield Case("", "newline-in-option", ["text", "1", "--x\nsecond line"])
    latin1_name = os.fsdecode(b"caf\xe9.txt")
    yield Case("", "latin1-file-name", ["import", "{folder}/" + latin1_name],
               {latin1_name: samples.TEXT.encode()}, ACCEPT)  # fmt: skip


# --- 10. W3C and Hypothesis annotations -------------------------------------------------------
def _annotation(**target: object) -> dict[str, object]:
    return {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "Annotation",
        "body": [{"type": "TextualBody", "value": "note", "purpose": "commenting"}],
        "target": {"source": "urn:x", "selector": [{"type": "TextQuoteSelector", **target}]},
    }


def _annotations_case(name: str, data: bytes, expect: str = REFUSE) -> Case:
    return Case("", name, ["import-annotations", "1", "{folder}/" + name], {name: data}, expect)


def w3c_annotations(rng: random.Random) -> Iterator[Case]:
    exact = "4.2 million euros"
    item = _annotation(exact=exact)
    item["body"] = [{"type": "TextualBody", "value": "\ud800", "purpose": "commenting"}]
    yield _annotations_case("surrogate-body.json", json.dumps(item).encode(), ACCEPT)
    item = _annotation(exact=exact)
    item["created"] = "0001-01-01T00:00:00+23:59"
    yield _annotations_case("overflow-date.json", json.dumps(item).encode(), ACCEPT)
    yield _annotations_case("deep.json", b"[" * 100_000 + b"]" * 100_000)
    digits = "9" * 5000
    yield _annotations_case(
        "huge-offset.json",
        (
            '{"type":"Annotation","target":{"selector":[{"type":"TextPositionSelector",'
            f'"start":{digits},"end":{digits}}}]}}}}'
        ).encode(),
    )
    yield _annotations_case(
        "only-exact.json", json.dumps(_annotation(exact="6 percent")).encode(), ACCEPT
    )
    for name, extra in (
        ("list-motivation.json", {"motivation": [[1]]}),
        ("object-purpose.json", {"body": [{"type": "TextualBody", "value": "x", "purpose": [{}]}]}),
        (
            "list-value.json",
            {"body": [{"type": "TextualBody", "value": [1], "purpose": "tagging"}]},
        ),
    ):
        odd = {**_annotation(exact=exact), **extra}
        yield _annotations_case(name, json.dumps(odd).encode(), ACCEPT)
    hypothesis_row = {
        "id": "x", "user": "acct:a@b", "uri": "https://x.example/", "text": "", "tags": ["claim"],
        "target": [{"source": "x", "selector": [
            {"type": "TextQuoteSelector", "exact": exact, "prefix": None, "suffix": None}]}],
    }  # fmt: skip
    yield _annotations_case(
        "null-prefix.json", json.dumps({"rows": [hypothesis_row]}).encode(), ACCEPT
    )
    yield _annotations_case("not-json.json", b"{'single': quotes}")
    yield _annotations_case("latin1.json", '{"exact": "café"}'.encode("latin-1"))
    yield _annotations_case(
        "escape-exact.json", json.dumps(_annotation(exact="\x1b[2J")).encode(), EITHER
    )


# --- 11. Control characters end up nowhere ----------------------------------------------------
def _no_escape_in_text(outcome: Outcome) -> str | None:
    # The import printed the id; the harness runs `text` after it (see harness.after_import).
    return "raw ESC in output" if b"\x1b" in outcome.stdout else None


def control_characters(rng: random.Random) -> Iterator[Case]:
    late = ("Clean words. " * 400 + "\x1b[31mred\x1b[0m and \x07 bell and \x9b csi.").encode()
    yield _import("late-escape.txt", late, ACCEPT, check=_no_escape_in_text)
    yield _import(
        "entity-escape.html",
        b"<html><body><h1>T</h1><p>Evil &#x1b;[2J&#x1b;]0;title&#x07; text</p></body></html>",
        ACCEPT,
        check=_no_escape_in_text,
    )
    yield _import(
        "escape.md", b"# T\n\nA \x1b[31m red \x1b[0m word.\n", ACCEPT, check=_no_escape_in_text
    )


# --- 12. Links that point nowhere good --------------------------------------------------------
BAD_HREFS = ["//evil.example/x", "\\\\evil\\share", "../../etc/passwd", "javascript:alert(1)",
             "file:///etc/passwd", "data:text/html,<script>x</script>", "/absolute/path",
             "http:\\\\evil\\x"]  # fmt: skip


def _no_bad_links(outcome: Outcome) -> str | None:
    report = (outcome.folder / "report.html").read_text(encoding="utf-8")
    found = [href for href in BAD_HREFS if f'href="{href}' in report.replace("&amp;", "&")]
    return f"unsafe links kept: {found}" if found else None


def _no_bad_page_url(outcome: Outcome) -> str | None:
    report = (outcome.folder / "report.html").read_text(encoding="utf-8")
    import re as _re

    for href in _re.findall(r'href="([^"]*)"', report):
        if (
            not href.startswith(("#", "https://", "http://", "mailto:"))
            or "\\" in href
            or " " in href
        ):
            return f"unsafe link kept: {href!r}"
    return None


def links(rng: random.Random) -> Iterator[Case]:
    anchors = "".join(f'<p>See <a href="{h}">link {i}</a>.</p>' for i, h in enumerate(BAD_HREFS))
    page = f"<html><body><h1>Links</h1><p>Fine <a href='https://ok.example/'>ok</a>.</p>{anchors}"
    yield Case("", "html-links", ["import", "{folder}/links.html"], {"links.html": page.encode()},
               ACCEPT, check=_no_bad_links)  # fmt: skip
    md = "# Links\n\n" + "\n\n".join(f"See [link {i}]({h})." for i, h in enumerate(BAD_HREFS))
    yield Case("", "markdown-links", ["import", "{folder}/links.md"], {"links.md": md.encode()},
               ACCEPT, check=_no_bad_links)  # fmt: skip
    for number, href in enumerate(
        ["https://\\\\evil\\share\\x", "http:// evil", "//evil.example/"]
    ):
        page = (
            f'<html><head><meta property="og:url" content="{href}"><title>T</title></head>'
            "<body><h1>Links</h1><p>Body text of the article.</p></body></html>"
        )
        yield Case("", f"page-url-{number}", ["import", "{folder}/page.html"],
                   {"page.html": page.encode()}, ACCEPT, check=_no_bad_page_url)  # fmt: skip


# --- 13. Databases that are damaged or not ours -----------------------------------------------
def databases(rng: random.Random) -> Iterator[Case]:
    yield Case("", "damaged-pages", ["text", "1"], db="{folder}/damaged.sqlite3",
               prepare=_damage_database(rng.randrange(1 << 30)), check=_names_backups)  # fmt: skip
    yield Case("", "not-ours", ["documents"], db="{folder}/theirs.sqlite3",
               prepare=_foreign_database, check=_still_not_wal)  # fmt: skip
    photo = b"\x89PNG\r\n\x1a\n" + bytes(5000)
    yield Case(
        "", "not-sqlite", ["documents"], {"photo.sqlite3": photo}, db="{folder}/photo.sqlite3"
    )


def _damage_database(seed: int) -> Callable[[Path], None]:
    def prepare(folder: Path) -> None:
        import shutil
        import sqlite3

        target = folder / "damaged.sqlite3"
        shutil.copy(folder / "factcheck.sqlite3", target)
        connection = sqlite3.connect(target)
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.close()
        raw = bytearray(target.read_bytes())
        chance = random.Random(seed)
        page = 4096
        for number in range(1, len(raw) // page):  # keep the header page
            if chance.random() < 0.9:
                start = number * page + 100
                raw[start : start + 2000] = bytes(chance.randrange(256) for _ in range(2000))
        target.write_bytes(bytes(raw))

    return prepare


def _names_backups(outcome: Outcome) -> str | None:
    if "damaged" not in outcome.stderr or "damaged.sqlite3" not in outcome.stderr:
        return f"the message does not name the damaged file: {outcome.stderr.strip()!r}"
    return None


def _foreign_database(folder: Path) -> None:
    import sqlite3

    connection = sqlite3.connect(folder / "theirs.sqlite3")
    connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    connection.commit()
    connection.close()


def _still_not_wal(outcome: Outcome) -> str | None:
    import sqlite3

    connection = sqlite3.connect(outcome.folder / "theirs.sqlite3")
    try:
        mode = connection.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        connection.close()
    return None if mode != "wal" else "a stranger's database was switched to WAL"


# --- 14. Mutations of valid documents ---------------------------------------------------------
def _mutate(data: bytes, rng: random.Random) -> bytes:
    raw = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        operation = rng.choice(("flip", "truncate", "duplicate", "insert", "zero"))
        if not raw:
            break
        at = rng.randrange(len(raw))
        if operation == "flip":
            for _ in range(rng.randint(1, 16)):
                raw[rng.randrange(len(raw))] ^= 1 << rng.randrange(8)
        elif operation == "truncate":
            del raw[at:]
        elif operation == "duplicate":
            size = rng.randint(1, 200)
            raw[at:at] = raw[at : at + size] * rng.randint(1, 50)
        elif operation == "insert":
            raw[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))
        else:
            raw[at : at + 64] = bytes(64)
    return bytes(raw)


def _mutate_zip_member(data: bytes, member: str, rng: random.Random) -> bytes:
    """Mutate the XML inside the archive (well-formed ZIP, damaged document)."""
    source = zipfile.ZipFile(BytesIO(data))
    entries: dict[str, bytes | str] = {n: source.read(n) for n in source.namelist()}
    original = entries[member]
    entries[member] = _mutate(original if isinstance(original, bytes) else original.encode(), rng)
    return samples.zip_of(entries)


def mutations(rng: random.Random, per_format: int = 8) -> Iterator[Case]:
    seeds = {
        "txt": samples.TEXT.encode(),
        "md": samples.MARKDOWN.encode(),
        "html": samples.HTML.encode(),
        "docx": samples.docx(),
        "odt": samples.odt(),
        "pdf": samples.pdf(compress=True),
    }
    for extension, data in seeds.items():
        for number in range(per_format):
            if extension in ("docx", "odt") and number % 2:
                member = "word/document.xml" if extension == "docx" else "content.xml"
                mutated = _mutate_zip_member(data, member, rng)
            else:
                mutated = _mutate(data, rng)
            yield _import(f"mutant-{number}.{extension}", mutated, EITHER)


# A valid draft that a case wrongly claims must be refused: the harness must say so.
TEXT_CASE_FOR_SELF_TEST = Case(
    "self-test", "valid-text", ["import", "{folder}/a.txt"], {"a.txt": samples.TEXT.encode()}
)

CATEGORIES: dict[str, Callable[[random.Random], Iterator[Case]]] = {
    "html-structure": html_structure,
    "markdown-floods": markdown_floods,
    "zip-archives": zip_archives,
    "odt-numbers": odt_numbers,
    "pdf": pdf_files,
    "encodings": encodings,
    "special-files": special_files,
    "export-targets": export_targets,
    "arguments": arguments,
    "w3c-annotations": w3c_annotations,
    "control-characters": control_characters,
    "links": links,
    "databases": databases,
    "mutations": mutations,
}


def all_cases(seed: int, categories: list[str] | None = None) -> list[Case]:
    cases = []
    for category, generate in CATEGORIES.items():
        if categories and category not in categories:
            continue
        rng = random.Random(f"{seed}:{category}")
        for case in generate(rng):
            case.category = category
            cases.append(case)
    return cases
