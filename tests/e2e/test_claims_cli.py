"""``factcheck claims import`` and ``claims search``: PRODUCT.md's contract, as scripts use it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers.claimreviews import PARAPHRASES, all_reviews, as_datafeed, as_jsonl, url_of
from tests.helpers.fixtures import CliRunner, database_dump

RESULT_FIELDS = {
    "claim",
    "rating",
    "url",
    "publisher",
    "date",
    "score",
    "match",
    "origin",
    "document",
    "annotation",
}


@pytest.mark.both_backends
def test_import_search_and_our_own_export_round_trip(
    cli: CliRunner, tmp_path: Path, sample_path: Path
) -> None:
    feed = tmp_path / "feed.json"
    feed.write_bytes(as_datafeed(all_reviews()))
    first = cli("claims", "import", feed, "--json")
    assert first.returncode == 0, first.stderr
    counts = json.loads(first.stdout)
    assert (counts["added"], counts["updated"], counts["skipped"]) == (30, 0, 0)
    again = json.loads(cli("claims", "import", feed, "--json").stdout)
    assert (again["added"], again["updated"], again["unchanged"]) == (0, 0, 30)

    query, slug = PARAPHRASES[6]
    found = cli("claims", "search", query, "--limit", "3", "--json")
    assert found.returncode == 0, found.stderr
    results = json.loads(found.stdout)
    assert 1 <= len(results) <= 3
    assert set(results[0]) >= RESULT_FIELDS
    assert results[0]["url"] == url_of(slug) and results[0]["origin"] == "feed"
    assert results[0]["match"] in ("same", "related")

    # A claim rated here comes back through export --format claimreview and import.
    doc = json.loads(cli("import", sample_path, "--json").stdout)["id"]
    made = cli(
        "annotate", doc, "--exact", "a 50-day ultimatum", "--kind", "claim", "--verdict", "True"
    )
    assert made.returncode == 0, made.stderr
    mine = json.loads(
        cli("claims", "search", "Trump set Russia a 50-day ultimatum", "--json").stdout
    )
    assert mine[0]["origin"] == "document" and mine[0]["document"] == doc
    assert mine[0]["annotation"] == int(made.stdout) and mine[0]["rating"] == "True"
    exported = tmp_path / "ours.json"
    publisher = ("--organisation", "Planet Checks", "--organisation-url", "checks.example")
    result = cli("export", doc, "--format", "claimreview", "-o", exported, *publisher)
    assert result.returncode == 0, result.stderr
    ours = json.loads(cli("claims", "import", exported, "--json").stdout)
    assert ours["added"] == 1
    assert json.loads(cli("claims", "import", exported, "--json").stdout)["unchanged"] == 1


def test_queries_file_prints_one_line_per_query(cli: CliRunner, tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(as_jsonl(all_reviews()))
    assert cli("claims", "import", feed).returncode == 0
    queries = tmp_path / "q.jsonl"
    queries.write_text(
        "".join(
            json.dumps({"id": f"q{i}", "text": q}) + "\n" for i, (q, _) in enumerate(PARAPHRASES)
        )
        + json.dumps({"id": 99, "text": "lemon pancake recipe with maple syrup"})
        + "\n"
    )
    result = cli("claims", "search", "--queries", queries, "--limit", "2", "--json")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == [f"q{i}" for i in range(len(PARAPHRASES))] + [99]
    for line, (_, slug) in zip(lines, PARAPHRASES, strict=False):
        assert line["results"][0]["url"] == url_of(slug)
        assert len(line["results"]) <= 2
    assert lines[-1]["results"] == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("claims", "import", "missing.json"), "no such file"),
        (("claims", "import", "bad.json"), "neither JSON nor JSON Lines"),
        (("claims", "search"), "nothing to search for"),
        (("claims", "search", "   "), "nothing to search for"),
        (("claims", "search", "x", "--limit", "0"), "limit"),
        (("claims", "search", "x", "--min-score", "2"), "between 0 and 1"),
        (("claims", "search", "--queries", "bad.json", "--json"), "line 1: not valid JSON"),
        (("claims", "search", "--queries", "q.jsonl"), "add --json"),
        (("claims", "search", "x", "--queries", "q.jsonl", "--json"), "not both"),
        (("claims",), "required"),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(
    cli: CliRunner, tmp_path: Path, db_path: Path, args: tuple[str, ...], message: str
) -> None:
    (tmp_path / "bad.json").write_text("<html>not a feed</html>")
    (tmp_path / "q.jsonl").write_text('{"id": 1, "text": "x"}\n')
    feed = tmp_path / "feed.json"
    feed.write_bytes(as_datafeed(all_reviews()[:2]))
    assert cli("claims", "import", feed).returncode == 0
    before = database_dump(db_path)
    resolved = [str(tmp_path / a) if a.endswith((".json", ".jsonl")) else a for a in args]
    result = cli(*resolved)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert database_dump(db_path) == before
