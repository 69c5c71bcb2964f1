"""The pattern finder widget: its traits, saving through the journal, the fictional case.

The schema against bad input is in test_pattern_finder_schema.py, the tally in
test_pattern_finder_tally.py.
"""

import doctest
import json

from pattern_finder_cases import FIXTURE, ITEM, SECRET, episode, top

from psychodynamic_course.content.story import nadia_story
from psychodynamic_course.learner_data.data_model import load_schema, validate
from psychodynamic_course.learner_data.journal import Journal
from psychodynamic_course.learner_data.journal_format import make_entry
from psychodynamic_course.widgets import pattern_finder as module
from psychodynamic_course.widgets.pattern_finder import (
    PatternFinder,
    nadia_episodes,
    nadia_patterns,
    pattern_finder,
    tally,
)

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
        "class_demo",
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
