"""The fuzzing harness in the suite: every hostile category, seeded and bounded.

Each category must end with no internal error, no hang over 10 s, no process over
500 MB, one line for every refusal and nothing written by it. `python -m tests.fuzz`
runs the same with other seeds or more mutations.
"""

from __future__ import annotations

import pytest

from tests.fuzz import hostile
from tests.fuzz.harness import run_all

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("category", list(hostile.CATEGORIES))
def test_hostile_inputs_are_refused_cleanly_or_read(
    category: str, capsys: pytest.CaptureFixture[str]
) -> None:
    verdicts, _left_out = run_all(seed=1, categories=[category], report=True)
    assert verdicts, "the category produced no case"
    failures = [f"{v.case.name}: {'; '.join(v.problems)}" for v in verdicts if not v.ok]
    assert failures == [], "\n".join(failures)


def test_the_harness_catches_what_it_must(tmp_path) -> None:
    """A case that breaks its promise is reported: the harness cannot pass blindly."""
    from tests.fuzz.harness import make_template, run_case

    template = make_template(tmp_path)
    sample = hostile.TEXT_CASE_FOR_SELF_TEST
    verdict = run_case(sample, template, tmp_path / "case", 10, 500)
    assert any("accepted what must be refused" in p for p in verdict.problems)
    sleeper = hostile.Case(
        "self-test", "hang", ["documents"], wrap=["sh", "-c", 'sleep 30; exec "$@"', "sh"]
    )
    verdict = run_case(sleeper, template, tmp_path / "hang", 2, 500)
    assert any(p.startswith("hang") for p in verdict.problems)
    hungry = hostile.Case("self-test", "memory", ["documents"])
    verdict = run_case(hungry, template, tmp_path / "memory", 10, 10)
    assert any(p.startswith("memory") for p in verdict.problems)
