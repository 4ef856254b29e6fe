"""The W3C annotation-model MUST assertions (../shared/conformance), run with jsonschema."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft4Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

SUITE = Path(__file__).resolve().parents[1] / "conformance" / "w3c-annotation-model"


def suite_dir() -> Path:
    return SUITE


@cache
def _validators() -> list[tuple[str, Draft4Validator]]:
    suite = suite_dir()
    resources = []
    for path in [*suite.glob("definitions/*.json"), *suite.glob("annotations/**/*.json")]:
        schema = json.loads(path.read_text(encoding="utf-8"))
        resources.append(
            (schema["id"], Resource.from_contents(schema, default_specification=DRAFT4))
        )
    registry: Registry = Registry().with_resources(resources)
    musts = json.loads((suite / "annotations" / "annotationMusts.test").read_text("utf-8"))
    found = []
    for relative in musts["assertions"]:
        schema = json.loads((suite / relative).read_text(encoding="utf-8"))
        found.append((relative, Draft4Validator(schema, registry=registry)))
    return found


def must_failures(annotation: dict[str, Any]) -> list[str]:
    """The MUST assertions this annotation fails (empty: it conforms)."""
    failures = []
    for name, validator in _validators():
        errors = list(validator.iter_errors(annotation))
        if errors:
            failures.append(f"{name}: {errors[0].message[:200]}")
    return failures
