"""The timeline schema against bad events: each field's own message, edge values, limits."""

import pytest
from timeline_cases import (
    AGE,
    CATEGORY,
    FEELING,
    LABEL,
    THEMES,
    THIS_YEAR,
    YEAR,
    event,
    problems_of,
)

from psychodynamic_course.learner_data.data_model import validate

# -- the schema against bad events --------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "path", "message"),
    [
        ({"age": -1}, "/events/0/age", AGE),
        ({"age": 121}, "/events/0/age", AGE),
        ({"age": "abc"}, "/events/0/age", AGE),
        ({"age": 7.5}, "/events/0/age", AGE),
        ({"age": None, "year": THIS_YEAR + 1}, "/events/0/year", YEAR),
        ({"age": None, "year": 1899}, "/events/0/year", YEAR),
        ({"age": None, "year": "1999"}, "/events/0/year", YEAR),
        ({"label": ""}, "/events/0/label", LABEL),
        ({"label": "   \t "}, "/events/0/label", LABEL),
        ({"label": "x" * 81}, "/events/0/label", LABEL),
        ({"label": None}, "/events/0/label", LABEL),
        ({"category": "work"}, "/events/0/category", CATEGORY),
        ({"category": ""}, "/events/0/category", CATEGORY),
        ({"feeling": 3}, "/events/0/feeling", FEELING),
        ({"feeling": -3}, "/events/0/feeling", FEELING),
        ({"feeling": "good"}, "/events/0/feeling", FEELING),
        ({"themes": ["a", "b", "c", "d", "e", "f"]}, "/events/0/themes", THEMES),
        ({"themes": ["x" * 31]}, "/events/0/themes/0", THEMES),
        ({"themes": ["  "]}, "/events/0/themes/0", THEMES),
        ({"id": "has space"}, "/events/0/id", "An event needs a short id."),
    ],
)
def test_bad_events_get_the_message_of_their_field(changes, path, message):
    assert (path, message) in problems_of(event(**changes))


def test_an_event_needs_an_age_or_a_year():
    assert problems_of(event(age=None)) == [
        ("/events/0", "Give either an age or a year for this event.")
    ]
    assert problems_of(event(age=None, year=THIS_YEAR)) == []
    assert problems_of(event(age=30, year=2001)) == []


def test_unknown_fields_are_refused():
    assert problems_of(event(mood="sad")) == [("/events/0/mood", 'Unexpected field "mood".')]


@pytest.mark.parametrize(
    "label",
    [
        "Moved to Lisbon 🏠🌧️",
        "👩‍👩‍👧 a family of three",
        "انتقلنا إلى بيت جديد",  # right-to-left text
        "עברנו דירה",
        "Cafe\u0301 with Zoe\u0308 and Ren\u0303",  # combining accents
        "<img src=x onerror=alert(1)>",
        "x" * 80,
        "🙂" * 80,  # 80 characters as a reader counts them
    ],
)
def test_any_script_emoji_or_markup_is_accepted_as_text(label):
    assert problems_of(event(label=label, themes=[label[:30]])) == []


def test_edge_values_are_accepted():
    assert problems_of(event(age=0, feeling=-2)) == []
    assert problems_of(event(age=120, feeling=2, themes=["a", "b", "c", "d", "e"])) == []
    assert problems_of(event(age=None, year=1900)) == []


@pytest.mark.parametrize("birth_year", [1899, THIS_YEAR + 1, "1990", 1990.5, -5, None, True])
def test_a_bad_birth_year_is_refused(birth_year):
    found = problems_of(event(), birth_year=birth_year)
    assert found == [
        ("/birth_year", "Year of birth must be a whole number from 1900 to this year.")
    ]


def test_a_good_birth_year_is_accepted():
    assert problems_of(event(), birth_year=1990) == []
    assert problems_of(event(), birth_year=THIS_YEAR) == []


def test_a_timeline_holds_at_most_300_events():
    events = [event(id=f"e{i}") for i in range(301)]
    found = validate("timeline", {"events": events})
    assert [(p.path, p.message) for p in found] == [
        ("/events", "A timeline can hold at most 300 events.")
    ]
