"""The episodes schema against bad input: each field's own message, limits, the whole list."""

import pytest
from pattern_finder_cases import ITEM, episode

from psychodynamic_course.learner_data.data_model import check, validate
from psychodynamic_course.widgets import pattern_finder as module
from psychodynamic_course.widgets.pattern_finder import categories

# -- the schema against bad input ------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"who": ""}, "who", "Say who the episode was with (1 to 60 characters)."),
        ({"who": "   \t "}, "who", "Say who the episode was with (1 to 60 characters)."),
        ({"who": "\u00a0\u2003"}, "who", "Say who the episode was with (1 to 60 characters)."),
        ({"who": "x" * 61}, "who", "Say who the episode was with (1 to 60 characters)."),
        ({"wish": "w" * 501}, "wish", "Describe what you wanted in a few words (1 to 500"),
        ({"other": ""}, "other", "Describe how they responded in a few words"),
        ({"self": "\n\n"}, "self", "Describe how you responded in a few words"),
        (
            {"wish_category": "to be rescued"},
            "wish_category",
            "Choose a category for what you wanted",
        ),
        ({"other_category": "Rejecting"}, "other_category", "how they responded from the list"),
        ({"self_category": None}, "self_category", "how you responded from the list"),
        ({"who": 7}, "who", "Say who the episode was with"),
        ({"id": "has space"}, "id", "An episode needs a short id."),
        ({"mood": "low"}, "mood", 'Unexpected field "mood".'),
    ],
)
def test_bad_input_gets_the_message_of_its_field(changes, field, message):
    problems = check(ITEM, episode(**changes))
    assert [p.path for p in problems] == [f"/{field}"]
    assert message in problems[0].message


@pytest.mark.parametrize("missing", ["who", "wish", "other", "self", "id"])
def test_a_missing_field_is_named(missing):
    data = episode()
    del data[missing]
    problems = check(ITEM, data)
    assert [p.path for p in problems] == [f"/{missing}"]
    assert problems[0].message == ITEM["properties"][missing]["x-message"]


@pytest.mark.parametrize("missing", ["wish_category", "other_category", "self_category"])
def test_categories_are_optional(missing):
    data = episode()
    del data[missing]
    assert check(ITEM, data) == []


@pytest.mark.parametrize(
    "text",
    [
        "my sister 🌻👩🏽‍🤝‍👩🏻",
        "مريم، صديقتي",
        "אמא שלי",
        "Zoe\u0308 and Ame\u0301lie",
        "<img src=x onerror=alert(1)>",
    ],
)
def test_emoji_right_to_left_combining_and_markup_are_accepted_as_text(text):
    assert check(ITEM, episode(who=text[:60], wish=text, other=text, self=text)) == []


def test_limits_count_characters_not_bytes():
    assert check(ITEM, episode(wish="🌻" * 500)) == []
    assert [p.path for p in check(ITEM, episode(wish="🌻" * 501))] == ["/wish"]
    assert check(ITEM, episode(who="é" * 60)) == []


def test_the_whole_list_is_checked():
    assert validate("episodes", {"episodes": []}) == []
    assert validate("episodes", {"episodes": [episode()], "case": "fictional"}) == []
    too_many = {"episodes": [episode(id=f"e{i}") for i in range(101)]}
    assert [p.message for p in validate("episodes", too_many)] == [
        "The pattern finder can hold at most 100 episodes."
    ]
    assert [p.path for p in validate("episodes", {"episodes": [], "case": "mine"})] == ["/case"]
    assert [p.path for p in validate("episodes", {})] == ["/episodes"]


def test_category_lists_are_the_schema_enums_without_the_blank():
    found = categories()
    assert len(found["wish"]) == 8 and len(found["other"]) == 8 and len(found["self"]) == 9
    for part, field in module.PARTS:
        assert found[part] + [""] == ITEM["properties"][field]["enum"]
