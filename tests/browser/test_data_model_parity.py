"""common.js validates exactly as data_model.py does: same table, same paths, same words."""

import json
from pathlib import Path

import pytest

from psychodynamic_course._widget import STATIC
from psychodynamic_course.data_model import SCHEMA_OF_KIND, load_schema, validate

pytestmark = pytest.mark.browser

CASES = json.loads(
    (Path(__file__).resolve().parents[1] / "fixtures" / "validation_cases.json").read_text()
)


def test_javascript_validator_agrees_with_python_on_every_case(visit, book_url):
    visit.page.goto(f"{book_url}/book/intro.html")
    # common.js declares plain functions, so run as a classic script they become globals.
    # Evaluated, not added as a <script>: the book's policy lets no inline script run.
    visit.page.evaluate((STATIC / "common.js").read_text())
    for case in CASES:
        schema = load_schema(SCHEMA_OF_KIND[case["kind"]])
        in_js = visit.page.evaluate(
            "([schema, data]) => pdcValidate(schema, data)", [schema, case["data"]]
        )
        in_python = [
            {"path": p.path, "message": p.message} for p in validate(case["kind"], case["data"])
        ]
        assert in_js == in_python, case
