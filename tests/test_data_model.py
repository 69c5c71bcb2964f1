import json
from pathlib import Path

import pytest

from psychodynamic_course.learner_data.data_model import (
    CONTROL_CHARACTERS_MESSAGE,
    KINDS,
    DataError,
    Problem,
    check,
    load_schema,
    require_valid,
    validate,
)

# The same table drives tests/test_data_model_parity.py against frontend/lib/validate.js.
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


NO_CONTROL = {"type": "string", "maxLength": 5, "x-no-control-characters": True, "x-message": "X."}


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("a\x00b", False),  # NUL
        ("bell\x07", False),
        ("esc\x1b[31m", False),
        ("del\x7f", False),
        ("\ud800", False),  # a lone high surrogate
        ("x\udc00", False),  # a lone low surrogate
        ("a\tb\r\n", True),  # tab, carriage return and newline are ordinary writing
        ("😊\u202e", True),  # emoji and a right-to-left override are not control characters
        ("\x80\x9f", True),  # C1 controls are left alone: the rule is C0, DEL and surrogates
    ],
)
def test_no_control_characters_refuses_invisible_paste_garbage(text, ok):
    assert (check(NO_CONTROL, text) == []) is ok


def test_control_characters_have_their_own_message_before_any_other_rule():
    # Not the property's x-message, and first even when the text is also too long: the
    # learner cannot see these characters, so they must be told about them by name.
    assert check(NO_CONTROL, "a\x00 much too long") == [Problem("", CONTROL_CHARACTERS_MESSAGE)]


def test_every_learner_text_property_refuses_control_characters():
    texts = {
        "reflection": ["text"],
        "timeline": ["label"],
        "episodes": ["who", "wish", "other", "self"],
        "entry": ["title", "chapter"],
    }
    for name, properties in texts.items():
        schema = load_schema(name)
        if name == "timeline":
            found = schema["properties"]["events"]["items"]["properties"]
            assert found["themes"]["items"]["x-no-control-characters"] is True
        elif name == "episodes":
            found = schema["properties"]["episodes"]["items"]["properties"]
        else:
            found = schema["properties"]
        for prop in properties:
            assert found[prop]["x-no-control-characters"] is True, (name, prop)
