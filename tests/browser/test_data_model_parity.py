"""common.js validates exactly as data_model.py does: same table, same paths, same words."""

import json
from pathlib import Path

import pytest
from data_strategies import json_value, near_miss, respelled, valid_data, valid_entry
from hypothesis import HealthCheck, given, settings

from psychodynamic_course.learner_data.data_model import (
    SCHEMA_OF_KIND,
    check,
    load_schema,
    validate,
)
from psychodynamic_course.widgets.base import STATIC

pytestmark = pytest.mark.browser

CASES = json.loads(
    (Path(__file__).resolve().parents[1] / "fixtures" / "validation_cases.json").read_text()
)


@pytest.fixture
def page_with_validator(visit, book_url):
    """A page of the book with common.js's functions (pdcValidate) as globals."""
    visit.page.goto(f"{book_url}/book/intro.html")
    # common.js declares plain functions, so run as a classic script they become globals.
    # Evaluated, not added as a <script>: the book's policy lets no inline script run.
    visit.page.evaluate((STATIC / "common.js").read_text())
    return visit.page


def test_javascript_validator_agrees_with_python_on_every_case(page_with_validator):
    for case in CASES:
        schema = load_schema(SCHEMA_OF_KIND[case["kind"]])
        in_js = page_with_validator.evaluate(
            "([schema, data]) => pdcValidate(schema, data)", [schema, case["data"]]
        )
        in_python = [
            {"path": p.path, "message": p.message} for p in validate(case["kind"], case["data"])
        ]
        assert in_js == in_python, case


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


def test_javascript_validator_agrees_with_python_on_generated_values(
    page_with_validator, robustness
):
    cases = []
    for schema_name, valid in FUZZED.items():
        strategies = (
            [json_value] if valid is None else [json_value, valid, near_misses(schema_name, valid)]
        )
        for strategy in strategies:
            cases += [(schema_name, value) for value in generated(strategy, 40)]
    schemas = {name: load_schema(name) for name in FUZZED}
    # One round trip, in JSON text, so lone surrogates and huge numbers arrive as JSON has them.
    in_js = json.loads(
        page_with_validator.evaluate(
            """([schemas, cases]) => JSON.stringify(JSON.parse(cases).map(
                ([name, value]) => pdcValidate(schemas[name], value)))""",
            [schemas, json.dumps(cases)],
        )
    )
    disagreements = []
    for (schema_name, value), js_problems in zip(cases, in_js, strict=True):
        python = sorted((p.path, p.message) for p in check(schemas[schema_name], value))
        javascript = sorted((p["path"], p["message"]) for p in js_problems)
        if python != javascript:
            disagreements.append((schema_name, value, python, javascript))
    assert disagreements == [], disagreements[:3]
    robustness("data model", "generated values, Python and JS agree", len(cases))
