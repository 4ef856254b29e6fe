"""Sentence splitting and check-worthy sentence suggestions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.domain.sentences import sentence_spans
from factcheck.services.checkworthy import score_sentence, suggest
from tests.helpers.fixtures import CliRunner


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two! Three? Four", ["One.", "Two!", "Three?", "Four"]),
        (
            "The U.S. economy grew 3.5% last year. Mr. Smith agreed.",
            ["The U.S. economy grew 3.5% last year.", "Mr. Smith agreed."],
        ),
        ("Talks in the U.S. The end came fast.", ["Talks in the U.S.", "The end came fast."]),
        ("Talks in the U.S. Senate failed.", ["Talks in the U.S. Senate failed."]),
        (
            'He said: "It is over." Then he left.',
            ['He said: "It is over."', "Then he left."],
        ),
        ("“Stop!” she cried. Nobody did.", ["“Stop!” she cried.", "Nobody did."]),
        ("See approx. five cases, e.g. Jan. ones.", ["See approx. five cases, e.g. Jan. ones."]),
        ("J. R. Doe won. Visit example.org today.", ["J. R. Doe won.", "Visit example.org today."]),
        ("東京は暑い。大阪も暑い！本当？", ["東京は暑い。", "大阪も暑い！", "本当？"]),
        (
            "A title\n\nA paragraph without a stop\nNext line.",
            ["A title", "A paragraph without a stop", "Next line."],
        ),
        ("Wait... what? Yes.", ["Wait... what?", "Yes."]),
        ("", []),
        ("   \n\n  ", []),
    ],
)
def test_sentence_spans(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_spans_are_code_points_into_the_text() -> None:
    text = "😀 Emoji first. Ünïcödé 𝔣𝔞𝔫𝔠𝔶 second! 第三。"
    spans = list(sentence_spans(text))
    assert [text[s:e] for s, e in spans] == ["😀 Emoji first.", "Ünïcödé 𝔣𝔞𝔫𝔠𝔶 second!", "第三。"]


def test_checkable_sentences_outscore_chatter() -> None:
    checkable = [
        "Unemployment fell to 3.5 percent in 2023, the lowest rate in 50 years.",
        "The city spent $40 million on the new bridge, twice the original budget.",
        "Crime rose by 12% after the council cut police funding, according to the report.",
    ]
    chatter = [
        "Thank you all for coming tonight.",
        "What do you think we should do?",
        "I believe we will build a wonderful future together.",
        "Good evening.",
    ]
    worst_checkable = min(score_sentence(s) for s in checkable)
    best_chatter = max(score_sentence(s) for s in chatter)
    assert worst_checkable > best_chatter
    assert all(0 < score_sentence(s) < 1 for s in checkable + chatter)


def test_suggest_returns_spans_best_first() -> None:
    text = (
        "Thank you all for coming. The council planted 40,000 trees in 2023, "
        "more than any other city. What a lovely day! Taxes rose by 8 percent last year."
    )
    found = suggest(text)
    assert [text[s.start : s.end] for s in found] == [s.text for s in found]
    assert {s.text for s in found} == {
        "The council planted 40,000 trees in 2023, more than any other city.",
        "Taxes rose by 8 percent last year.",
    }
    assert [s.score for s in found] == sorted((s.score for s in found), reverse=True)
    assert suggest("") == []


def test_suggest_on_the_command_line(
    cli: CliRunner, sample_path: Path, db_path: Path, tmp_path: Path
) -> None:
    doc = json.loads(cli("import", sample_path, "--json").stdout)["id"]
    text = cli("text", doc).stdout[:-1]
    result = cli("suggest", doc, "--json")
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert items and all(set(i) == {"start", "end", "text", "score"} for i in items)
    assert all(text[i["start"] : i["end"]] == i["text"] for i in items)
    assert any("At least 12 others were injured" in i["text"] for i in items)
    assert cli("annotations", doc, "--json").stdout.strip() == "[]"  # nothing saved
    missing = cli("suggest", "999")
    assert missing.returncode == 2 and len(missing.stderr.strip().splitlines()) == 1
