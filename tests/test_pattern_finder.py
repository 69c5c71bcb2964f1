"""The pattern finder: traits, the episodes schema, the tally, the fictional case, saving."""

import doctest
import json

import pytest
from pattern_finder_cases import FIXTURE, SECRET, episode

from psychodynamic_course.content.story import nadia_story
from psychodynamic_course.learner_data.data_model import check, load_schema, validate
from psychodynamic_course.learner_data.journal import Journal
from psychodynamic_course.learner_data.journal_format import make_entry
from psychodynamic_course.widgets import pattern_finder as module
from psychodynamic_course.widgets.pattern_finder import (
    PatternFinder,
    categories,
    nadia_episodes,
    nadia_patterns,
    pattern_finder,
    tally,
)

# The same known episodes are typed into the widget by tests/browser/test_pattern_finder.py.
ITEM = load_schema("episodes")["properties"]["episodes"]["items"]


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


def test_front_end_is_the_bundle_of_its_widget_module():
    esm = PatternFinder._esm
    assert esm.startswith("// Generated from frontend/widgets/pattern_finder.js")
    assert esm.index("function validate(") < esm.index("function patternTally(")
    assert esm.rstrip().endswith("};") and "export {" in esm
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
    assert "what I wanted, how they responded, how I responded" in text


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
    assert second.tally()["most_frequent"]["wish"] == {
        "count": 2,
        "categories": ["to be close and accepting"],
    }


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


# -- the tally: each part counted on its own (Luborsky's CCRT) -----------------------------


def top(count, *names):
    return {"count": count, "categories": list(names)}


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
    # Each part on its own: the wish and the response of self have one winner, the
    # response of other a tie, listed in the schema's order.
    assert result["most_frequent"] == {
        "wish": top(3, "to be close and accepting"),
        "other": top(2, "rejecting and opposing", "helpful"),
        "self": top(3, "disappointed and depressed"),
    }
    # fx-1 and fx-2 have a most frequent category in all three parts; fx-6 has no
    # response of other, fx-3 and fx-4 another wish and response of self.
    assert result["whole_theme"] == 2


def test_the_theme_is_not_the_most_frequent_combination():
    # Two episodes repeat one combination; the four others never repeat theirs, yet each
    # part's most frequent category is a different one: the CCRT counts parts on their own.
    repeated = {"wish_category": "to be close and accepting"}
    repeated |= {"other_category": "helpful", "self_category": "helpful"}
    others = [
        ("to be loved and understood", "rejecting and opposing", "helpless"),
        ("to be loved and understood", "rejecting and opposing", "anxious and ashamed"),
        ("to be loved and understood", "upset", "helpless"),
        ("to be distant and avoid conflict", "rejecting and opposing", "helpless"),
    ]
    episodes = [episode(id="r1", **repeated), episode(id="r2", **repeated)] + [
        episode(id=f"o{i}", wish_category=w, other_category=o, self_category=s)
        for i, (w, o, s) in enumerate(others)
    ]
    result = tally(episodes)
    assert result["most_frequent"] == {
        "wish": top(3, "to be loved and understood"),
        "other": top(3, "rejecting and opposing"),
        "self": top(3, "helpless"),
    }
    assert result["whole_theme"] == 1  # only o0 has all three


def test_tally_does_not_depend_on_the_order_of_episodes():
    assert tally(list(reversed(FIXTURE))) == tally(FIXTURE)


def test_one_more_episode_breaks_the_tie():
    result = tally([*FIXTURE, episode(id="extra")])
    assert result["most_frequent"]["other"] == top(3, "rejecting and opposing")
    assert result["whole_theme"] == 3


def test_blank_or_missing_categories_count_as_none():
    partial = episode(other_category="")
    missing = episode(id="e2")
    del missing["self_category"]
    result = tally([partial, missing])
    assert result["wish"] == {"to be close and accepting": 2}
    assert result["other"] == {"rejecting and opposing": 1}
    assert result["self"] == {"disappointed and depressed": 1}
    assert result["most_frequent"]["other"] == top(1, "rejecting and opposing")
    assert result["whole_theme"] == 0


def test_a_tie_lists_its_categories_in_the_schemas_order():
    a = episode(id="a", self_category="helpless")
    b = episode(id="b", wish_category="to assert myself and be independent")
    result = tally([a, b])
    # "assert" is the schema's first wish; it lists "helpless" before "disappointed".
    assert result["most_frequent"]["wish"] == top(
        1, "to assert myself and be independent", "to be close and accepting"
    )
    assert result["most_frequent"]["self"] == top(1, "helpless", "disappointed and depressed")
    assert result["most_frequent"]["other"] == top(2, "rejecting and opposing")


def test_tally_of_nothing():
    assert tally([]) == {
        "episodes": 0,
        "wish": {},
        "other": {},
        "self": {},
        "most_frequent": {"wish": top(0), "other": top(0), "self": top(0)},
        "whole_theme": 0,
    }


def test_unknown_categories_sort_after_the_standard_ones():
    result = tally([episode(id="a", wish_category="zzz"), episode(id="b")])
    assert list(result["wish"]) == ["to be close and accepting", "zzz"]
    assert result["most_frequent"]["wish"] == top(1, "to be close and accepting", "zzz")


# -- the fictional case, drawn from the story bible ------------------------------------------


def test_nadia_episodes_are_valid_and_cover_her_relationships():
    episodes = nadia_episodes()
    assert len(episodes) == 6
    assert validate("episodes", {"episodes": episodes, "case": "fictional"}) == []
    people = " ".join(e["who"] for e in episodes)
    for who in ("partner", "manager", "brother", "father", "Dr Cole"):
        assert who in people
    assert len({e["id"] for e in episodes}) == len(episodes)


def test_nadia_episodes_are_the_bibles_and_each_is_placed_in_her_story():
    told = nadia_story()["episodes"]
    assert [e["id"] for e in nadia_episodes()] == [e["id"] for e in told]
    scenes = {s["id"]: s for s in nadia_story()["scenes"]}
    placed = {e["id"]: e.get("scene") or e.get("when") for e in told}
    assert placed == {
        "nadia-partner-party": "at 31, before therapy",
        "nadia-partner-message": "at 32, before therapy",
        "nadia-father-birthday": "at 33, before therapy",
        "nadia-manager-project": "its-fine",
        "nadia-dr-cole-session": "last-minutes",
        "nadia-brother-move": "three-episodes",
    }
    assert [scenes[e["scene"]]["week"] for e in told if "scene" in e] == [3, 5, 22]
    # The ids are kept from before the bible: learners' saved copies of the case use them.
    for episode_ in nadia_episodes():
        assert set(episode_) == set(ITEM["properties"])


def test_nadia_theme_is_counted_part_by_part():
    result = tally(nadia_episodes())
    assert result["most_frequent"] == {
        "wish": top(4, "to be close and accepting"),
        "other": top(5, "rejecting and opposing"),
        "self": top(3, "disappointed and depressed"),
    }
    assert result["whole_theme"] == 3


def test_nadia_episodes_are_a_fresh_copy_each_time():
    first = nadia_episodes()
    first[0]["who"] = "changed"
    assert nadia_episodes()[0]["who"] == "Sam, at a friend's party"


def test_docstring_examples_run():
    failures, tried = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert tried >= 8
    assert failures == 0
