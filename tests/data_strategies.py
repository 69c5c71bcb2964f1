"""Hypothesis strategies for the course's data model: anything at all, valid data, near misses.

``json_like`` is any value a JSON parser (or a careless caller) could hand a validator;
``valid_data(kind)`` builds data that follows the rules of ``schemas/<kind>``, written out
here by hand from those rules so a wrong rule in the validator cannot hide itself;
``near_misses`` breaks exactly one rule of valid data and says where the problem must be
reported. The property tests (``test_data_model_properties.py``,
``test_journal_properties.py``) and the browser parity test share them.

Example:
    >>> from hypothesis import find
    >>> find(valid_data("reflection"), lambda data: data["mode"] == "skipped")["mode"]
    'skipped'
"""

from __future__ import annotations

import datetime
import json

from hypothesis import strategies as st
from robustness import BAD_INPUTS

from psychodynamic_course.learner_data.data_model import SCHEMA_OF_KIND, load_schema
from psychodynamic_course.learner_data.journal_format import make_entry

THIS_YEAR = datetime.date.today().year

# -- anything at all --------------------------------------------------------------------

# Text Python and JavaScript could read differently: names every JS object inherits, a
# newline after an id (Python's "$" matches before it), and characters only one of the two
# languages counts as white space.
TRICKY_TEXT = ["constructor", "__proto__", "toString", "hasOwnProperty", "ok\n", "a-1\n"]
TRICKY_TEXT += ["\ufeff", "\x1c", "\x1f", "\x85", "\u180e", "\u200b", "\u2028", "\u3000"]
# Every code point, lone surrogates and control characters included (a JavaScript string
# can hold them all), plus the shared table of inputs that have caused trouble before.
any_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=20) | st.sampled_from(
    [bad.value for bad in BAD_INPUTS] + TRICKY_TEXT
)
any_number = (
    st.integers()
    | st.integers(min_value=-(10**400), max_value=10**400)  # past a double's range
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.sampled_from([0, -0.0, 120, 121, 1899, 1900, THIS_YEAR, THIS_YEAR + 1, 2**53 + 1])
)


def _json_like(text, number):
    scalars = st.none() | st.booleans() | number | text
    return st.recursive(
        scalars,
        lambda children: (
            st.lists(children, max_size=4) | st.dictionaries(text, children, max_size=4)
        ),
        max_leaves=12,
    )


json_like = _json_like(any_text, any_number)
# Only what survives JSON.stringify/JSON.parse unchanged: no NaN or infinities, and no
# integers too long for Python's json module to write.
finite_number = (
    st.integers(min_value=-(10**400), max_value=10**400)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from([0, 120, 121, 1899, 1900, THIS_YEAR, THIS_YEAR + 1])
)
json_value = _json_like(any_text, finite_number)

# -- valid data, from the schemas' rules ------------------------------------------------

# Text a learner may type: no control characters, lone surrogates, format or unassigned
# characters (the schemas refuse or may come to refuse them), but every script and emoji.
_learner_character = st.characters(exclude_categories=("Cc", "Cs", "Cf", "Co", "Cn"))
_visible_character = st.characters(
    exclude_categories=("Cc", "Cs", "Cf", "Co", "Cn", "Zs", "Zl", "Zp")
)


def learner_text(max_size: int) -> st.SearchStrategy[str]:
    return st.text(_learner_character, max_size=max_size)


def visible_text(max_size: int) -> st.SearchStrategy[str]:
    """Text of 1 to ``max_size`` characters with at least one that is not white space."""
    return st.builds(
        lambda before, anchor, after: (before + anchor + after)[:max_size],
        learner_text(max_size // 2),
        _visible_character,
        learner_text(max_size // 2),
    )


# Built from an alphabet rather than st.from_regex, which is many times slower.
_ID_CHARACTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"
short_id = st.text(_ID_CHARACTERS, min_size=1, max_size=40)
widget_id = st.text(_ID_CHARACTERS, min_size=1, max_size=80)


def _schema_enum(schema_name: str, *path: str) -> list:
    node = load_schema(schema_name)
    for name in path:
        node = node["properties"][name] if name != "items" else node["items"]
    return node["enum"]


reflection = st.fixed_dictionaries(
    {"text": learner_text(5000), "mode": st.sampled_from(["own", "fictional", "skipped"])}
)


@st.composite
def timeline_event(draw):
    event = {
        "id": draw(short_id),
        "label": draw(visible_text(80)),
        "category": draw(st.sampled_from(_schema_enum("timeline", "events", "items", "category"))),
        "feeling": draw(st.integers(-2, 2)),
    }
    when = draw(st.sampled_from(["age", "year", "both"]))
    if when in ("age", "both"):
        event["age"] = draw(st.integers(0, 120))
    if when in ("year", "both"):
        event["year"] = draw(st.integers(1900, THIS_YEAR))
    if draw(st.booleans()):
        event["themes"] = draw(st.lists(visible_text(30), max_size=5))
    return event


timeline = st.fixed_dictionaries(
    {"events": st.lists(timeline_event(), max_size=6)},
    optional={"birth_year": st.integers(1900, THIS_YEAR)},
)


def _category(name: str):
    return st.sampled_from(_schema_enum("episodes", "episodes", "items", name))


episode = st.fixed_dictionaries(
    {
        "id": short_id,
        "who": visible_text(60),
        "wish": visible_text(500),
        "other": visible_text(500),
        "self": visible_text(500),
    },
    optional={
        "wish_category": _category("wish_category"),
        "other_category": _category("other_category"),
        "self_category": _category("self_category"),
    },
)
episodes = st.fixed_dictionaries(
    {"episodes": st.lists(episode, max_size=4)},
    optional={"case": st.sampled_from(["own", "fictional"])},
)

question_id = st.builds(
    str.__add__, st.sampled_from("abq1"), st.text("abcdefq0123456789-", max_size=20)
)
quiz = st.fixed_dictionaries(
    {
        "selections": st.dictionaries(question_id, st.lists(st.integers(0, 9), max_size=4)),
        "status": st.dictionaries(question_id, st.sampled_from(["checked", "revealed"])),
    }
)

day = st.dates(datetime.date(2020, 1, 1), datetime.date(2099, 12, 31)).map(datetime.date.isoformat)
chapter = st.sampled_from([f"chapter-0{number}" for number in range(1, 10)])
review_card = st.fixed_dictionaries(
    {
        "id": st.from_regex(r"\A[A-Za-z0-9_:.-]{1,40}\Z"),
        "chapter": chapter,
        "box": st.integers(1, 5),
        "due": day,
        "seen": day,
    },
    optional={"met": day},
)
review = st.fixed_dictionaries(
    {
        "chapters": st.lists(chapter, max_size=9, unique=True),
        "cards": st.lists(review_card, max_size=5),
    },
    optional={
        "draft": st.fixed_dictionaries(
            {},
            optional={
                "card": st.text(max_size=40),
                "choices": st.lists(st.integers(0, 19), max_size=4),
                "revealed": st.booleans(),
            },
        )
    },
)

VALID = {
    "reflection": reflection,
    "timeline": timeline,
    "episodes": episodes,
    "quiz": quiz,
    "review": review,
}
assert set(VALID) == set(SCHEMA_OF_KIND), "a kind of data has no strategy for valid data"


def valid_data(kind: str) -> st.SearchStrategy[dict]:
    """Data a widget of ``kind`` may save, built from the schema's rules."""
    return VALID[kind]


@st.composite
def valid_entry(draw, kind=None):
    """A saved entry: the envelope every copy is kept in, around valid data of some kind."""
    kind = kind or draw(st.sampled_from(sorted(VALID)))
    return make_entry(
        draw(widget_id),
        kind,
        draw(valid_data(kind)),
        title=draw(learner_text(300)),
        chapter=draw(learner_text(200)),
        saved_at=draw(st.integers(0, 2**53)),
    )


# -- near misses: valid data with exactly one rule broken --------------------------------


def _nodes(schema: dict, value, path: str = ""):
    """Every (path, schema, value) in ``value`` that its schema describes."""
    yield path, schema, value
    if isinstance(value, dict):
        for name, item in value.items():
            if name in schema.get("properties", {}):
                yield from _nodes(schema["properties"][name], item, f"{path}/{name}")
    elif isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            yield from _nodes(schema["items"], item, f"{path}/{index}")


def _wrong_type(expected) -> object:
    return {"string": 7, "integer": "7", "number": "7", "array": {}, "object": []}[expected]


@st.composite
def near_miss(draw, schema: dict, value):
    """``(broken copy of value, the path where a problem must be reported, what was done)``.

    The path must be the problem's path or lead to it (a refused event is reported at
    the event when its age/year choice breaks, at the field otherwise).
    """
    value = json.loads(json.dumps(value))  # a deep copy we may break
    nodes = list(_nodes(schema, value))
    choices = []
    for path, node, item in nodes:
        if isinstance(item, dict):
            for name in node.get("required", []):
                choices.append(("drop a required field", path, node, item, name))
            if node.get("additionalProperties") is False:
                choices.append(("add an unknown field", path, node, item, "not-a-field"))
        for name, rule in node.get("properties", {}).items():
            if isinstance(item, dict) and name in item and "type" in rule:
                choices.append(("change a type", path, rule, item, name))
            if isinstance(item, dict) and isinstance(item.get(name), str) and "maxLength" in rule:
                choices.append(("go past a length limit", path, rule, item, name))
            if isinstance(item, dict) and name in item and rule.get("const") == 1:
                choices.append(("use true for 1", path, rule, item, name))
            if isinstance(item, dict) and name in item and rule.get("pattern", "").endswith("$"):
                choices.append(("add a newline after an id", path, rule, item, name))
    what, path, rule, item, name = draw(st.sampled_from(choices))
    if what == "drop a required field":
        del item[name]
    elif what == "add an unknown field":
        item[name] = draw(json_value)
    elif what == "change a type":
        item[name] = _wrong_type(rule["type"])
    elif what == "use true for 1":
        item[name] = True
    elif what == "add a newline after an id":
        item[name] += "\n"
    else:
        item[name] = "x" * (rule["maxLength"] + draw(st.integers(1, 3)))
    return value, f"{path}/{name}", what


@st.composite
def respelled(draw, schema: dict, value):
    """``value`` with one of its text fields replaced by text from ``TRICKY_TEXT``: valid
    or not, Python and JavaScript must say the same."""
    value = json.loads(json.dumps(value))
    fields = [
        (item, name)
        for _path, _node, item in _nodes(schema, value)
        if isinstance(item, dict)
        for name in item
        if isinstance(item[name], str)
    ]
    if fields:
        item, name = draw(st.sampled_from(fields))
        item[name] = draw(st.sampled_from(TRICKY_TEXT))
    return value


def schema_of(kind: str) -> dict:
    return load_schema(SCHEMA_OF_KIND[kind])
