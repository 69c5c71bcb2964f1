import json
from pathlib import Path

import pytest

from psychodynamic_course.data_model import (
    KINDS,
    DataError,
    Problem,
    check,
    load_schema,
    require_valid,
    validate,
)

# The same table drives tests/browser/test_data_model_parity.py against common.js.
CASES = json.loads((Path(__file__).parent / "fixtures" / "validation_cases.json").read_text())


@pytest.mark.parametrize("case", CASES, ids=lambda case: json.dumps(case["data"])[:60])
def test_validation_table(case):
    assert [p.path for p in validate(case["kind"], case["data"])] == case["paths"]


def test_messages_come_from_the_schema_and_name_the_limit():
    [problem] = validate("timeline", CASES[9]["data"])
    assert problem == Problem("/events/0/age", "Age must be a whole number from 0 to 120.")
    [problem] = validate("reflection", {"text": "x" * 5001, "mode": "own"})
    assert "5,000 characters" in problem.message


def test_length_counts_characters_not_bytes():
    emoji = "😊" * 5000
    assert validate("reflection", {"text": emoji, "mode": "own"}) == []
    assert validate("reflection", {"text": emoji + "😊", "mode": "own"}) != []


def test_every_kind_has_a_schema_with_a_title():
    for kind in KINDS:
        assert validate(kind, None)  # None is never valid data
    assert load_schema("entry")["title"] == "Saved entry"


def test_require_valid_raises_with_every_problem():
    with pytest.raises(DataError) as caught:
        require_valid("timeline", CASES[16]["data"])
    assert [p.path for p in caught.value.problems] == ["/events/0/category", "/events/0/feeling"]


def test_unknown_kind_is_a_problem_not_a_crash():
    assert validate("diary", {}) == [Problem("", "Unknown kind of entry 'diary'.")]


@pytest.mark.parametrize(
    ("schema", "value", "ok"),
    [
        ({"type": "integer"}, True, False),  # a boolean is not a number, as in JS
        ({"type": "integer"}, 3.0, True),  # JSON has one number type
        ({"type": ["string", "null"]}, None, True),
        ({"anyOf": [{"type": "string"}, {"type": "integer"}]}, [], False),
        ({"const": 1}, 1, True),
        ({"type": "object", "additionalProperties": False}, {"a": 1}, False),
    ],
)
def test_subset_rules(schema, value, ok):
    assert (check(schema, value) == []) is ok
