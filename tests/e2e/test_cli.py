"""The command-line contract of PRODUCT.md, driven as a script would: real processes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers.fixtures import CliRunner, database_dump, run_sql

CLAIMS = [
    ("three-hour meeting", "Mostly true", "RksNews", "https://www.kremlin.ru/events"),
    ("a 50-day ultimatum", "True", "RksNews", "https://www.reuters.com/world/"),
    ("killing two civilians", "True", "RksNews", "https://www.ukrinform.net/"),
    ("At least 12 others were injured", "Mixed", "RksNews", "https://www.bbc.com/news"),
    ("ending Russia’s moratorium", "Misleading", "Analysts", "https://apnews.com/"),
]
QUOTES = [
    ("useful and constructive", "Yuri Ushakov"),
    ("highly productive", "Donald Trump"),
    ("There is zero military sense in this strike. Only cruelty to intimidate.", "Zelenskyy"),
]

# Storage, services and commands behave the same on SQLite and PostgreSQL.
pytestmark = pytest.mark.both_backends


def test_review_the_sample_from_the_terminal(cli: CliRunner, sample_path: Path) -> None:
    imported = cli("import", sample_path, "--json")
    assert imported.returncode == 0, imported.stderr
    doc = str(json.loads(imported.stdout)["id"])

    made: dict[int, str] = {}
    for exact, verdict, speaker, url in CLAIMS:
        result = cli(
            "annotate",
            doc,
            "--exact",
            exact,
            "--kind",
            "claim",
            "--verdict",
            verdict,
            "--speaker",
            speaker,
            "--source",
            url,
            "--json",
        )
        assert result.returncode == 0, result.stderr
        made[json.loads(result.stdout)["id"]] = exact
    for exact, speaker in QUOTES:
        result = cli(
            "annotate",
            doc,
            "--exact",
            exact,
            "--kind",
            "quote",
            "--speaker",
            speaker,
            "--status",
            "in progress",
            "--note",
            "check the recording",
        )
        assert result.returncode == 0, result.stderr
        made[int(result.stdout)] = exact

    # A new process: everything is still there, at code-point offsets.
    text = cli("text", doc).stdout[:-1]  # `text` ends the output with one newline
    listed = json.loads(cli("annotations", doc, "--json").stdout)
    assert {a["id"]: a["exact"] for a in listed} == made
    for annotation in listed:
        assert text[annotation["start"] : annotation["end"]] == annotation["exact"]
        assert text[: annotation["start"]].endswith(annotation["prefix"])
        assert text[annotation["end"] :].startswith(annotation["suffix"])
        for key in ("id", "kind", "state", "verdict", "status", "speaker", "note", "sources"):
            assert key in annotation
    by_exact = {a["exact"]: a for a in listed}
    assert by_exact["three-hour meeting"]["verdict"] == "Mostly true"
    assert by_exact["three-hour meeting"]["sources"][0]["url"] == "https://www.kremlin.ru/events"
    assert by_exact["highly productive"]["kind"] == "quote"
    assert by_exact["highly productive"]["status"] == "in_progress"
    assert by_exact["highly productive"]["speaker"] == "Donald Trump"
    assert by_exact["highly productive"]["verdict"] is None
    assert all(a["state"] == "exact" for a in listed)

    documents = json.loads(cli("documents", "--json").stdout)
    assert documents[0]["id"] == int(doc)
    assert documents[0]["claims"] == 5
    assert documents[0]["quotes"] == 3


def test_repeated_text_needs_an_occurrence(cli: CliRunner, sample_path: Path) -> None:
    cli("import", sample_path)
    ambiguous = cli("annotate", "1", "--exact", "sanctions", "--kind", "claim")
    assert ambiguous.returncode != 0
    assert "occurs 5 times" in ambiguous.stderr
    chosen = cli(
        "annotate", "1", "--exact", "sanctions", "--kind", "claim", "--occurrence", "3", "--json"
    )
    assert chosen.returncode == 0, chosen.stderr
    start = json.loads(chosen.stdout)["start"]
    text = cli("text", "1").stdout
    assert start == [i for i in range(len(text)) if text.startswith("sanctions", i)][2]
    by_offsets = cli(
        "annotate",
        "1",
        "--exact",
        "sanctions",
        "--kind",
        "note",
        "--start",
        str(start),
        "--end",
        str(start + 9),
    )
    assert by_offsets.returncode == 0, by_offsets.stderr


def test_unicode_offsets_survive_the_command_line(cli: CliRunner, tmp_path: Path) -> None:
    draft = tmp_path / "unicode.txt"
    draft.write_text(
        "Заголовок 👍🏽\n\n🇺🇦 Zelenskyy said: “中文 e\u0301 שלום”, then left. Target claim here.\n",
        encoding="utf-8",
    )
    doc = json.loads(cli("import", draft, "--json").stdout)["id"]
    for exact in ("שלום", "Target claim", "e\u0301"):
        result = cli("annotate", str(doc), "--exact", exact, "--kind", "claim", "--json")
        assert result.returncode == 0, result.stderr
    text = cli("text", str(doc)).stdout[:-1]
    for annotation in json.loads(cli("annotations", str(doc), "--json").stdout):
        assert text[annotation["start"] : annotation["end"]] == annotation["exact"]
    target = next(
        a
        for a in json.loads(cli("annotations", str(doc), "--json").stdout)
        if a["exact"] == "Target claim"
    )
    assert target["start"] == text.index("Target claim")
    assert target["start"] < len(text.encode("utf-16-le")) // 2  # not UTF-16 units


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["import", "{binary}"], "binary"),
        (["import", "{empty}"], "empty"),
        (["import", "{latin1}"], "not valid UTF-8"),
        (["import", "{missing}"], "no such file"),
        (["text", "42"], "no document with id 42"),
        (["annotations", "42"], "no document with id 42"),
        (["annotate", "42", "--exact", "x", "--kind", "claim"], "no document with id 42"),
        (
            [
                "annotate",
                "1",
                "--exact",
                "three-hour meeting",
                "--kind",
                "claim",
                "--verdict",
                "Pants on fire",
            ],
            "unknown verdict",
        ),
        (
            [
                "annotate",
                "1",
                "--exact",
                "three-hour meeting",
                "--kind",
                "claim",
                "--source",
                "javascript:alert(1)",
            ],
            "http:// or https://",
        ),
        (["annotate", "1", "--exact", "three-hour meeting", "--kind", "rumour"], "unknown kind"),
        (
            [
                "annotate",
                "1",
                "--exact",
                "three-hour meeting",
                "--kind",
                "claim",
                "--status",
                "done-ish",
            ],
            "unknown status",
        ),
        (["annotate", "1", "--exact", "not in the article", "--kind", "claim"], "does not occur"),
        (
            [
                "annotate",
                "1",
                "--exact",
                "three-hour meeting",
                "--kind",
                "claim",
                "--start",
                "0",
                "--end",
                "18",
            ],
            "not 'three-hour meeting'",
        ),
        (["annotate", "1", "--exact", "three-hour meeting"], "--kind"),
        (["annotate", "one", "--exact", "x", "--kind", "claim"], "not a whole number"),
    ],
    ids=[
        "binary",
        "empty",
        "latin1",
        "missing",
        "text-unknown-doc",
        "list-unknown-doc",
        "annotate-unknown-doc",
        "unknown-verdict",
        "javascript-url",
        "unknown-kind",
        "unknown-status",
        "absent-text",
        "offsets-mismatch",
        "no-kind",
        "doc-not-a-number",
    ],
)
def test_bad_input_gives_one_line_and_changes_nothing(
    cli: CliRunner, sample_path: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    files = {
        "binary": tmp_path / "photo.txt",
        "empty": tmp_path / "empty.txt",
        "latin1": tmp_path / "latin1.txt",
        "missing": tmp_path / "missing.txt",
    }
    files["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    files["empty"].write_bytes(b"")
    files["latin1"].write_bytes("Café crème, élu président".encode("latin-1"))
    assert cli("import", sample_path).returncode == 0
    assert cli("annotate", "1", "--exact", "50-day", "--kind", "claim").returncode == 0
    before = database_dump(cli.db)

    result = cli(*[a.format(**files) for a in args])

    assert result.returncode != 0
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert database_dump(cli.db) == before


def test_db_option_and_environment_choose_the_file(
    cli: CliRunner, sample_path: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.sqlite3"
    assert cli("--db", other, "import", sample_path).returncode == 0
    assert other.exists()
    assert json.loads(cli("documents", "--json").stdout) == []  # FACTCHECK_DB's file
    assert len(json.loads(cli("--db", other, "documents", "--json").stdout)) == 1


def test_default_database_lives_in_the_user_data_dir(
    cli: CliRunner, sample_path: Path, private_home: Path
) -> None:
    del cli.env["FACTCHECK_DB"]
    assert cli("import", sample_path).returncode == 0
    assert (private_home / "data" / "factcheck.sqlite3").exists()


def test_a_database_from_the_future_is_refused(cli: CliRunner, sample_path: Path) -> None:
    cli("import", sample_path)
    run_sql(cli.db, "UPDATE alembic_version SET version_num = 'ffff'")
    result = cli("documents")
    assert result.returncode != 0
    assert "newer Factcheck" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_set_is_conditional_on_the_version_seen(cli: CliRunner, sample_path: Path) -> None:
    cli("import", sample_path)
    made = json.loads(
        cli(
            "annotate", "1", "--exact", "Witkoff", "--occurrence", "1", "--kind", "claim", "--json"
        ).stdout
    )
    assert made["version"] == 1
    changed = cli("set", made["id"], "--verdict", "Mixed", "--assignee", "Ana", "--json")
    assert changed.returncode == 0, changed.stderr
    data = json.loads(changed.stdout)
    assert (data["version"], data["verdict"], data["assignee"]) == (2, "Mixed", "Ana")

    before = database_dump(cli.db)
    stale = cli("set", made["id"], "--note", "mine", "--if-version", "1")
    assert stale.returncode == 3
    assert stale.stderr.count("\n") == 1 and "version 2" in stale.stderr
    assert database_dump(cli.db) == before

    nothing = cli("set", made["id"])
    assert nothing.returncode == 2 and "nothing to change" in nothing.stderr
    approved = cli("set", made["id"], "--status", "approved", "--if-version", "2", "--json")
    assert approved.returncode == 0, approved.stderr  # one reviewer on SQLite, or the owner
    assert json.loads(approved.stdout)["status"] == "approved"


def test_watch_reports_changes_made_by_other_processes(cli: CliRunner, sample_path: Path) -> None:
    import subprocess
    import sys
    import time

    cli("import", sample_path)
    proc = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "watch", "--json", "--count", "2", "--timeout", "30"],
        env=cli.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        time.sleep(1.5)  # started and listening
        made = json.loads(
            cli(
                "annotate",
                "1",
                "--exact",
                "Kremlin",
                "--occurrence",
                "1",
                "--kind",
                "claim",
                "--json",
            ).stdout
        )
        assert cli("set", made["id"], "--speaker", "Peskov").returncode == 0
        out, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    events = [json.loads(line) for line in out.splitlines()]
    assert [(e["event"], e["annotation"], e["version"]) for e in events] == [
        ("added", made["id"], 1),
        ("changed", made["id"], 2),
    ]
    assert events[1]["by"] == made["author"]


def test_watch_stops_after_its_timeout_and_refuses_unknown_documents(cli: CliRunner) -> None:
    quiet = cli("watch", "--timeout", "0.5", "--json")
    assert (quiet.returncode, quiet.stdout) == (0, "")
    unknown = cli("watch", "42")
    assert unknown.returncode == 2 and "no document" in unknown.stderr
