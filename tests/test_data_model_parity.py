"""frontend/lib/validate.js validates exactly as data_model.py does: same table, same
paths, same words. The JavaScript module runs in Node (frontend_in_node)."""

import json
from pathlib import Path

from data_strategies import json_value, near_miss, respelled, valid_data, valid_entry
from frontend_in_node import run_in_node
from hypothesis import HealthCheck, given, settings

from psychodynamic_course.learner_data.data_model import (
    SCHEMA_OF_KIND,
    check,
    load_schema,
    validate,
)

CASES = json.loads((Path(__file__).parent / "fixtures" / "validation_cases.json").read_text())
IMPORT_VALIDATE = 'import { validate } from "validate.js";'


def test_javascript_validator_agrees_with_python_on_every_case():
    schemas = [load_schema(SCHEMA_OF_KIND[case["kind"]]) for case in CASES]
    in_js = run_in_node(
        IMPORT_VALIDATE,
        "input.schemas.map((schema, index) => validate(schema, input.data[index]))",
        {"schemas": schemas, "data": [case["data"] for case in CASES]},
    )
    for case, js_problems in zip(CASES, in_js, strict=True):
        in_python = [
            {"path": p.path, "message": p.message} for p in validate(case["kind"], case["data"])
        ]
        assert js_problems == in_python, case


def generated(strategy, count: int) -> list:
    """``count`` values drawn by hypothesis (the derandomized profile: the same every run),
    as JSON delivers them: surrogate pairs joined, tuples made lists."""
    values = []

    @settings(max_examples=count, database=None, suppress_health_check=list(HealthCheck))
    @given(strategy)
    def collect(value):
        values.append(json.loads(json.dumps(value)))

    collect()
    return values


def near_misses(schema_name, valid):
    """Valid values with one rule broken (``near_miss``) or one text field respelled."""
    schema = load_schema(schema_name)
    return valid.flatmap(
        lambda value: (
            near_miss(schema, value).map(lambda broken: broken[0]) | respelled(schema, value)
        )
    )


# Each schema with the valid values it describes (the journal's are checked entry by entry).
FUZZED = {
    "reflection": valid_data("reflection"),
    "quiz-progress": valid_data("quiz"),
    "timeline": valid_data("timeline"),
    "episodes": valid_data("episodes"),
    "entry": valid_entry(),
    "journal": None,
}


def test_javascript_validator_agrees_with_python_on_generated_values(robustness):
    cases = []
    for schema_name, valid in FUZZED.items():
        strategies = (
            [json_value] if valid is None else [json_value, valid, near_misses(schema_name, valid)]
        )
        for strategy in strategies:
            cases += [(schema_name, value) for value in generated(strategy, 40)]
    schemas = {name: load_schema(name) for name in FUZZED}
    # In JSON text, so lone surrogates and huge numbers arrive as JSON has them.
    in_js = run_in_node(
        IMPORT_VALIDATE,
        "input.cases.map(([name, value]) => validate(input.schemas[name], value))",
        {"schemas": schemas, "cases": cases},
    )
    disagreements = []
    for (schema_name, value), js_problems in zip(cases, in_js, strict=True):
        python = sorted((p.path, p.message) for p in check(schemas[schema_name], value))
        javascript = sorted((p["path"], p["message"]) for p in js_problems)
        if python != javascript:
            disagreements.append((schema_name, value, python, javascript))
    assert disagreements == [], disagreements[:3]
    robustness("data model", "generated values, Python and JS agree", len(cases))
