"""`factcheck revise`: a new draft on the command line, with the JSON contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers.fixtures import CliRunner, database_dump

# Storage, services and commands behave the same on SQLite and PostgreSQL.
pytestmark = pytest.mark.both_backends


def test_revise_reports_every_annotation(cli: CliRunner, sample_path: Path, tmp_path: Path) -> None:
    assert cli("import", sample_path).returncode == 0
    ids = {}
    for exact in ("three-hour meeting", "killing two civilians", "zero military sense"):
        result = cli("annotate", "1", "--exact", exact, "--kind", "claim", "--verdict", "true")
        assert result.returncode == 0, result.stderr
        ids[exact] = int(result.stdout)
    original = sample_path.read_text(encoding="utf-8")
    draft2 = tmp_path / "v2.txt"
    draft2.write_text(
        "Updated at 18:00.\n\n"
        + original.replace("killing two civilians", "killing three civilians").replace(
            "“There is zero military sense in this strike. Only cruelty to intimidate.”", ""
        ),
        encoding="utf-8",
    )
    result = cli("revise", "1", draft2, "--json")
    assert result.returncode == 0, result.stderr
    outcomes = {o["id"]: o for o in json.loads(result.stdout)}
    text = cli("text", "1").stdout[:-1]
    assert text.startswith("Updated at 18:00.")
    moved = outcomes[ids["three-hour meeting"]]
    assert moved["state"] == "exact"  # shifted by the line added above, nothing more
    assert text[moved["start"] : moved["end"]] == moved["exact"] == "three-hour meeting"
    changed = outcomes[ids["killing two civilians"]]
    assert changed["state"] == "changed"
    assert (changed["exact"], changed["previous_exact"]) == (
        "killing three civilians",
        "killing two civilians",
    )
    orphan = outcomes[ids["zero military sense"]]
    assert orphan["state"] == "orphaned"
    assert (orphan["start"], orphan["end"], orphan["exact"]) == (None, None, None)
    assert orphan["previous_exact"] == "zero military sense"
    for key in ("id", "state", "start", "end", "exact", "previous_exact"):
        assert all(key in o for o in outcomes.values())

    listed = {a["id"]: a for a in json.loads(cli("annotations", "1", "--json").stdout)}
    assert listed[ids["killing two civilians"]]["status"] == "to_check"
    assert listed[ids["killing two civilians"]]["verdict"] == "True"  # kept
    assert listed[ids["zero military sense"]]["start"] is None  # orphans are not on v2
    assert json.loads(cli("documents", "--json").stdout)[0]["versions"] == 2


def test_revise_refuses_bad_input_and_changes_nothing(
    cli: CliRunner, sample_path: Path, tmp_path: Path
) -> None:
    assert cli("import", sample_path).returncode == 0
    assert cli("annotate", "1", "--exact", "50-day", "--kind", "claim").returncode == 0
    before = database_dump(cli.db)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    for args, message in (
        (["revise", "1", str(sample_path)], "same text as version 1"),
        (["revise", "1", str(empty)], "empty"),
        (["revise", "7", str(sample_path)], "no document with id 7"),
        (["revise", "1", str(tmp_path / "nope.txt")], "no such file"),
    ):
        result = cli(*args)
        assert result.returncode != 0
        assert message in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert database_dump(cli.db) == before


def test_changed_words_stay_to_review_through_later_drafts_and_are_not_published(
    cli: CliRunner, sample_path: Path, tmp_path: Path
) -> None:
    assert cli("import", sample_path).returncode == 0
    made = cli("annotate", "1", "--exact", "three-hour meeting", "--kind", "claim", "--json")
    claim = json.loads(made.stdout)["id"]
    assert cli("set", claim, "--verdict", "True").returncode == 0
    original = sample_path.read_text(encoding="utf-8")
    second = tmp_path / "v2.txt"
    second.write_text(original.replace("three-hour meeting", "four-hour meeting"))
    third = tmp_path / "v3.txt"
    third.write_text(second.read_text() + "\n\nA line added at the end.")
    publisher = ("--organisation", "Desk", "--organisation-url", "desk.example")
    for draft in (second, third):
        assert cli("revise", "1", draft).returncode == 0
        [annotation] = json.loads(cli("annotations", "1", "--json").stdout)
        assert annotation["state"] == "changed"  # still waiting for a reviewer's look
        exported = cli("export", "1", "--format", "claimreview", *publisher)
        assert exported.returncode == 0
        assert json.loads(exported.stdout) == []  # "four-hour" is not published as True
        assert "words changed in a newer version" in exported.stderr
