"""The pattern finder: traits, the episodes schema, the tally, the fictional case, saving."""

import doctest
import json
from pathlib import Path

import pytest

from psychodynamic_course import pattern_finder as module
from psychodynamic_course.data_model import check, load_schema, validate
from psychodynamic_course.journal import Journal
from psychodynamic_course.journal_format import make_entry
from psychodynamic_course.pattern_finder import (
    PatternFinder,
    categories,
    nadia_episodes,
    nadia_patterns,
    pattern_finder,
    tally,
)

# The same known episodes are typed into the widget by tests/browser/test_pattern_finder.py.
FIXTURE = json.loads(
    (Path(__file__).parent / "fixtures" / "pattern_finder_episodes.json").read_text(
        encoding="utf-8"
    )
)["episodes"]
ITEM = load_schema("episodes")["properties"]["episodes"]["items"]
SECRET = "I wanted my aunt to call me back about the flat"


def episode(**changes):
    base = {
        "id": "e1",
        "who": "my aunt",
        "wish": SECRET,
        "wish_category": "to be close and accepting",
        "other": "She did not call.",
        "other_category": "rejecting and opposing",
        "self": "I gave up asking.",
        "self_category": "disappointed and depressed",
    }
    base.update(changes)
    return base


def combo(wish, other, self):
    return {"wish": wish, "other": other, "self": self}


# -- the widget's traits -------------------------------------------------------------------


def test_traits_are_synced_and_the_widget_saves_episodes():
    finder = pattern_finder("chapter-06-my-episodes", chapter="Chapter 6: Patterns that repeat")
    assert finder.data_kind == "episodes"
    assert finder.storage_key == "psychodynamic-course:chapter-06-my-episodes"
    assert finder.chapter == "Chapter 6: Patterns that repeat"
    assert finder.schema == load_schema("episodes")
    assert finder.read_only is False
    for name in (
        "course_id",
        "widget_id",
        "title",
        "chapter",
        "schema",
        "sample_episodes",
        "sample_name",
        "read_only",
    ):
        assert finder.trait_metadata(name, "sync") is True, name


def test_the_only_synced_traits_are_identity_schema_and_course_material():
    finder = pattern_finder("chapter-06-my-episodes")
    own = {
        name
        for name in finder.trait_names(sync=True)
        if not name.startswith("_") and name not in ("layout", "tabbable", "tooltip")
    }
    assert own == {
        "course_id",
        "widget_id",
        "title",
        "chapter",
        "schema",
        "sample_episodes",
        "sample_name",
        "read_only",
    }
    # The synced sample is the fictional case, never anything a learner wrote.
    assert finder.sample_episodes == nadia_episodes()


def test_front_end_is_common_js_then_the_widget_file():
    esm = PatternFinder._esm
    assert esm.index("function pdcValidate") < esm.index("function patternTally")
    assert esm.rstrip().endswith("export default { render: pdcForEachLearner(render) };")
    assert "innerHTML" not in esm
    assert ".pdc-field-error" in PatternFinder._css
    assert ".pdc-patterns-bar" in PatternFinder._css


def test_nadia_patterns_is_a_read_only_sample():
    finder = nadia_patterns(chapter="Chapter 6: Patterns that repeat")
    assert finder.read_only is True
    assert finder.widget_id == "nadia-patterns"
    assert "fictional" in finder.title
    assert finder.episodes == nadia_episodes()
    assert "fictional case of Nadia" in finder.fallback_text()
    bundle, _ = finder._repr_mimebundle_()
    assert bundle["text/plain"] == finder.fallback_text()


def test_fallback_text_says_what_the_widget_is():
    text = pattern_finder("x").fallback_text()
    assert text.startswith("[Pattern finder for relationship episodes")
    assert "response of the other" in text


def test_custom_title_is_used():
    assert pattern_finder("x", title="My episodes").title == "My episodes"
    assert pattern_finder("x").title.startswith("Pattern finder")


# -- learner data travels in messages only --------------------------------------------------


def test_saved_episode_text_never_reaches_the_synced_state(journal, sent):
    finder = pattern_finder("chapter-06-my-episodes", journal=journal)
    entry = make_entry("chapter-06-my-episodes", "episodes", {"episodes": [episode()]})
    finder._on_front_end_message(finder, {"type": "save", "entry": entry}, [])
    state = json.dumps(finder.get_state(), ensure_ascii=False, default=str)
    assert SECRET not in state
    assert "my aunt" not in state
    assert finder.data == {"episodes": [episode()]}
    assert sent == []


def test_save_then_load_round_trips_through_the_journal_file(tmp_path, sent):
    path = tmp_path / "journal" / "j.json"
    data = {"episodes": [episode(), episode(id="e2", who="مريم 🌻")], "case": "own"}
    entry = make_entry("ch06-episodes", "episodes", data, title="Pattern finder", saved_at=5)
    first = pattern_finder("ch06-episodes", journal=Journal(path))
    first._on_front_end_message(first, {"type": "save", "entry": entry}, [])
    assert json.loads(path.read_text(encoding="utf-8"))["entries"]["ch06-episodes"] == entry

    # A new kernel: a fresh widget answers the front end's "load" with the saved copy.
    second = pattern_finder("ch06-episodes", journal=Journal(path))
    second._on_front_end_message(second, {"type": "load"}, [])
    assert {"type": "loaded", "entry": entry} in sent
    assert second.episodes == data["episodes"]
    assert second.tally()["episodes"] == 2
    assert second.tally()["most_frequent"]["count"] == 2


def test_invalid_episodes_from_the_front_end_are_refused_and_reported(journal, sent):
    finder = pattern_finder("ch06-episodes", journal=journal)
    good = make_entry("ch06-episodes", "episodes", {"episodes": [episode()]}, saved_at=1)
    finder._on_front_end_message(finder, {"type": "save", "entry": good}, [])
    bad = make_entry("ch06-episodes", "episodes", {"episodes": [episode(who=" ")]}, saved_at=2)
    finder._on_front_end_message(finder, {"type": "save", "entry": bad}, [])
    assert sent and sent[-1]["type"] == "problem"
    assert "Say who the episode was with" in sent[-1]["message"]
    assert journal.get("ch06-episodes") == good


def test_tally_method_uses_what_was_saved(journal, sent):
    finder = pattern_finder("ch06-episodes", journal=journal)
    assert finder.tally()["episodes"] == 0
    entry = make_entry("ch06-episodes", "episodes", {"episodes": FIXTURE})
    finder._on_front_end_message(finder, {"type": "save", "entry": entry}, [])
    assert finder.tally() == tally(FIXTURE)


def test_clear_message_forgets_the_episodes(journal, sent):
    finder = pattern_finder("ch06-episodes", journal=journal)
    entry = make_entry("ch06-episodes", "episodes", {"episodes": [episode()]})
    finder._on_front_end_message(finder, {"type": "save", "entry": entry}, [])
    finder._on_front_end_message(finder, {"type": "clear"}, [])
    assert journal.get("ch06-episodes") is None
    assert finder.episodes == []


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
            "Choose a standard category for the wish",
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


# -- the tally -------------------------------------------------------------------------------


def test_tally_of_the_known_episodes():
    result = tally(FIXTURE)
    assert result["episodes"] == 7
    # Equal counts follow the schema's order: "distant" is listed before "achieve".
    assert list(result["wish"].items()) == [
        ("to be close and accepting", 3),
        ("to be loved and understood", 2),
        ("to be distant and avoid conflict", 1),
        ("to achieve and help others", 1),
    ]
    assert list(result["other"].items()) == [
        ("rejecting and opposing", 2),
        ("helpful", 2),
        ("likes me", 1),
    ]
    assert list(result["self"].items()) == [
        ("disappointed and depressed", 3),
        ("respected and accepted", 2),
        ("helpful", 1),
    ]
    assert result["complete"] == 5
    assert result["most_frequent"] == {
        "count": 2,
        "combinations": [
            combo(
                "to be close and accepting", "rejecting and opposing", "disappointed and depressed"
            ),
            combo("to be loved and understood", "helpful", "respected and accepted"),
        ],
    }


def test_tally_does_not_depend_on_the_order_of_episodes():
    assert tally(list(reversed(FIXTURE))) == tally(FIXTURE)


def test_a_single_winner_is_not_a_tie():
    episodes = [*FIXTURE, episode(id="extra")]
    top = tally(episodes)["most_frequent"]
    assert top["count"] == 3
    assert top["combinations"] == [
        combo("to be close and accepting", "rejecting and opposing", "disappointed and depressed")
    ]


def test_episodes_with_a_blank_or_missing_category_count_per_part_but_not_as_a_combination():
    partial = episode(other_category="")
    missing = episode(id="e2")
    del missing["self_category"]
    result = tally([partial, missing])
    assert result["complete"] == 0
    assert result["most_frequent"] == {"count": 0, "combinations": []}
    assert result["wish"] == {"to be close and accepting": 2}
    assert result["other"] == {"rejecting and opposing": 1}
    assert result["self"] == {"disappointed and depressed": 1}


def test_every_combination_once_is_a_tie_at_one():
    a = episode(id="a")
    b = episode(id="b", self_category="helpless")
    c = episode(id="c", wish_category="to assert myself and be independent")
    top = tally([a, b, c])["most_frequent"]
    assert top["count"] == 1
    # Ordered by the schema: "assert" is its first wish, and it lists "helpless" before
    # "disappointed and depressed" among the responses of the self.
    assert [t["wish"] for t in top["combinations"]] == [
        "to assert myself and be independent",
        "to be close and accepting",
        "to be close and accepting",
    ]
    assert [t["self"] for t in top["combinations"][1:]] == [
        "helpless",
        "disappointed and depressed",
    ]


def test_tally_of_nothing():
    assert tally([]) == {
        "episodes": 0,
        "wish": {},
        "other": {},
        "self": {},
        "complete": 0,
        "most_frequent": {"count": 0, "combinations": []},
    }


def test_unknown_categories_sort_after_the_standard_ones():
    result = tally([episode(id="a", wish_category="zzz"), episode(id="b")])
    assert list(result["wish"]) == ["to be close and accepting", "zzz"]


# -- the fictional case --------------------------------------------------------------------


def test_nadia_episodes_are_valid_and_cover_her_relationships():
    episodes = nadia_episodes()
    assert 5 <= len(episodes) <= 6
    assert validate("episodes", {"episodes": episodes, "case": "fictional"}) == []
    people = " ".join(e["who"] for e in episodes)
    for who in ("partner", "manager", "brother", "father", "Dr Cole"):
        assert who in people
    assert len({e["id"] for e in episodes}) == len(episodes)


def test_nadia_recurring_theme_is_the_most_frequent_combination():
    result = tally(nadia_episodes())
    assert result["most_frequent"] == {
        "count": 3,
        "combinations": [
            combo(
                "to be close and accepting", "rejecting and opposing", "disappointed and depressed"
            )
        ],
    }
    assert result["other"]["rejecting and opposing"] == 5


def test_nadia_episodes_are_a_fresh_copy_each_time():
    first = nadia_episodes()
    first[0]["who"] = "changed"
    assert nadia_episodes()[0]["who"] == "Sam, my partner"


def test_docstring_examples_run():
    failures, tried = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert tried >= 8
    assert failures == 0
