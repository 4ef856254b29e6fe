"""`factcheck export` and `import-annotations` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers.fixtures import CliRunner, database_dump

# Every export reads the same from SQLite and PostgreSQL.
pytestmark = pytest.mark.both_backends


@pytest.fixture
def reviewed(cli: CliRunner, sample_path: Path) -> CliRunner:
    assert cli("import", sample_path).returncode == 0
    for exact, verdict in (("three-hour meeting", "Mostly true"), ("killing two civilians", None)):
        args = ["annotate", "1", "--exact", exact, "--kind", "claim", "--note", "=1+1 <b>x</b>"]
        if verdict:
            args += ["--verdict", verdict]
        assert cli(*args).returncode == 0
    return cli


@pytest.mark.parametrize("fmt", ["html", "md", "csv", "w3c", "claimreview", "docx"])
def test_every_format_exports_to_a_file(reviewed: CliRunner, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"out.{fmt}"
    publisher = ["--organisation", "Planet Checks", "--organisation-url", "checks.example"]
    result = reviewed("export", "1", "--format", fmt, "-o", target, *publisher)
    assert result.returncode == 0, result.stderr
    assert target.stat().st_size > 200
    assert not list(tmp_path.glob("*.part"))
    if fmt == "claimreview":
        assert "skipped 1 unrated claim" in result.stderr
        [review] = json.loads(target.read_text(encoding="utf-8"))
        assert review["author"] == {
            "@type": "Organization",
            "name": "Planet Checks",
            "url": "https://checks.example",
        }
        assert review["url"].startswith("https://checks.example#claim-")


def test_claimreview_without_a_publisher_is_refused(reviewed: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "reviews.json"
    result = reviewed("export", "1", "--format", "claimreview", "-o", target)
    assert result.returncode != 0 and not target.exists()
    assert len(result.stderr.strip().splitlines()) == 1
    assert "organisation" in result.stderr and "Preferences" in result.stderr
    only_name = reviewed(
        "export", "1", "--format", "claimreview", "-o", target, "--organisation", "Planet"
    )
    assert only_name.returncode != 0 and not target.exists()


def test_text_formats_go_to_standard_output(reviewed: CliRunner) -> None:
    result = reviewed("export", "1", "--format", "md")
    assert result.returncode == 0
    assert result.stdout.startswith("# Fact-check: Putin Holds")


@pytest.mark.slow
@pytest.mark.parametrize(("size", "width_pt"), [("a4", 595), ("letter", 612)])
def test_pdf_export_paginates_and_numbers_pages(
    reviewed: CliRunner, tmp_path: Path, size: str, width_pt: int
) -> None:
    from pypdf import PdfReader

    target = tmp_path / "report.pdf"
    result = reviewed("export", "1", "--format", "pdf", "-o", target, "--page-size", size)
    assert result.returncode == 0, result.stderr
    reader = PdfReader(str(target))
    assert len(reader.pages) >= 2
    assert round(float(reader.pages[0].mediabox.width)) == width_pt
    last_page_text = reader.pages[-1].extract_text()
    assert str(len(reader.pages)) in last_page_text  # the page number is printed
    words = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert "Mostly true" in words


def test_export_refuses_bad_requests_in_one_line(reviewed: CliRunner, tmp_path: Path) -> None:
    before = database_dump(reviewed.db)
    for args, message in (
        (["export", "1", "--format", "xls"], "invalid choice"),
        (["export", "9", "--format", "html"], "no document with id 9"),
        (["export", "1", "--format", "pdf"], "needs a file"),
        (["export", "1", "--format", "html", "-o", str(tmp_path / "no" / "such" / "r.html")],
         "does not exist"),
        (["import-annotations", "1", str(tmp_path / "missing.json")], "no such file"),
    ):  # fmt: skip
        result = reviewed(*args)
        assert result.returncode != 0, args
        assert message in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert database_dump(reviewed.db) == before


def test_w3c_round_trip_through_the_command_line(reviewed: CliRunner, tmp_path: Path,
                                                 sample_path: Path) -> None:  # fmt: skip
    exported = tmp_path / "a.jsonld"
    assert reviewed("export", "1", "--format", "w3c", "-o", exported).returncode == 0
    assert reviewed("import", sample_path, "--title", "Copy").returncode == 0
    result = reviewed("import-annotations", "2", exported, "--json")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["created"]) == 2
    original = json.loads(reviewed("annotations", "1", "--json").stdout)
    copied = json.loads(reviewed("annotations", "2", "--json").stdout)
    keys = ("kind", "exact", "start", "end", "verdict", "status", "note", "author")
    assert [[a[k] for k in keys] for a in copied] == [[a[k] for k in keys] for a in original]
