"""The life timeline widget: traits, the tables shared with JavaScript, the sample, saving.

The schema against bad events is in test_timeline_schema.py, the placement and the
matplotlib figure in test_timeline_figure.py.
"""

import doctest
import json
import re

import anywidget
import pytest
import traitlets
from timeline_cases import AGE, SECRET, event

from psychodynamic_course.content.story import nadia_sample_events
from psychodynamic_course.figures.life_timeline import (
    CATEGORIES,
    CATEGORY_STYLE,
    FEELING_WORDS,
    feeling_text,
    shared_themes,
)
from psychodynamic_course.learner_data.data_model import load_schema, validate
from psychodynamic_course.learner_data.journal import Journal
from psychodynamic_course.learner_data.journal_format import make_entry
from psychodynamic_course.widgets import timeline as module
from psychodynamic_course.widgets.base import STATIC
from psychodynamic_course.widgets.timeline import LifeTimeline, life_timeline, nadia_timeline

JS = (STATIC / "timeline.js").read_text(encoding="utf-8")  # the bundle the page gets


def test_docstring_examples_run():
    assert doctest.testmod(module).failed == 0


# -- traits ---------------------------------------------------------------------------------


def synced(widget):
    """Synced traits, leaving out the front-end code (_esm, _css) and other plumbing."""
    return {
        name
        for name in widget.trait_names()
        if widget.trait_metadata(name, "sync") and not name.startswith("_")
    }


def test_synced_traits_are_ids_settings_schema_and_the_sample():
    widget = life_timeline("chapter-05-my-timeline", chapter="Chapter 5")
    # Beyond anywidget's own plumbing, exactly these are synced: no trait can carry the
    # learner's events, which travel in messages only.
    assert synced(widget) - synced(anywidget.AnyWidget()) == {
        "course_id",
        "widget_id",
        "title",
        "chapter",
        "schema",
        "sample_events",
        "sample_name",
        "read_only",
        "class_demo",
    }
    assert widget.data_kind == "timeline"
    assert widget.schema == load_schema("timeline")
    assert widget.chapter == "Chapter 5"
    assert widget.title == "My life timeline"
    assert widget.read_only is False
    assert widget.sample_events == nadia_sample_events()
    assert widget.sample_name == "Nadia"


def test_front_end_is_the_bundle_of_timeline_js():
    widget = LifeTimeline(widget_id="x")
    assert widget._esm == JS
    assert JS.startswith("// Generated from frontend/widgets/timeline.js")
    assert JS.index("function validate(") < JS.index("function createTimelineChart(")
    assert ".pdc-timeline-theme-line" in widget._css
    assert ".pdc-field-error" in widget._css
    # Learner text is set as text only, never parsed as HTML.
    assert "innerHTML" not in JS
    assert "insertAdjacentHTML" not in JS


def test_read_only_sample_widget_and_factories():
    sample = nadia_timeline(chapter="Chapter 6")
    assert sample.read_only is True
    assert sample.widget_id == "nadia-sample-timeline"
    assert "fictional" in sample.title
    assert sample.events == nadia_sample_events()
    own = life_timeline("ch05-timeline", title="Where I have been")
    assert own.title == "Where I have been"
    assert own.storage_key == "psychodynamic-course:ch05-timeline"


def test_an_invalid_sample_is_refused():
    with pytest.raises(traitlets.TraitError, match="sample timeline is not valid"):
        LifeTimeline(widget_id="x", sample_events=[event(feeling=5)])


def test_fallback_text_explains_and_the_sample_one_describes():
    own_text = life_timeline("x")._repr_mimebundle_()[0]["text/plain"]
    assert own_text.startswith("[Life timeline:")
    assert SECRET not in own_text
    sample_text = nadia_timeline().fallback_text()
    assert "fictional" in sample_text and "14 events" in sample_text


# -- the same tables in Python and JavaScript ---------------------------------------------


def test_category_shapes_and_colours_are_the_same_in_js_and_python():
    found = re.findall(r'\{ name: "([^"]+)", colour: "(#[0-9A-F]{6})", shape: "([a-z-]+)" \}', JS)
    assert found == [(name, s["colour"], s["shape"]) for name, s in CATEGORY_STYLE.items()]
    assert (
        list(CATEGORIES)
        == load_schema("timeline")["properties"]["events"]["items"]["properties"]["category"][
            "enum"
        ]
    )
    # Okabe-Ito colours only, each category its own colour and its own shape.
    okabe_ito = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"}
    colours = [s["colour"] for s in CATEGORY_STYLE.values()]
    assert set(colours) <= okabe_ito | {"#000000"}
    assert len(set(colours)) == len(set(s["shape"] for s in CATEGORY_STYLE.values())) == 8
    assert len({s["marker"] for s in CATEGORY_STYLE.values()}) == 8


def test_feeling_words_are_the_same_in_js_and_python():
    found = dict((int(n), w) for n, w in re.findall(r'\[(-?\d), "([a-z ]+)"\]', JS))
    assert found == FEELING_WORDS
    assert feeling_text(-2) == "-2 very hard"
    assert feeling_text(2) == "+2 very good"


# -- the fictional sample -------------------------------------------------------------------


def test_nadia_sample_is_valid_fictional_and_has_recurring_themes():
    events = nadia_sample_events()
    assert validate("timeline", {"events": events}) == []
    assert 10 <= len(events) <= 14
    ages = [e["age"] for e in events]
    assert min(ages) == 0 and max(ages) == 34
    assert all(e["id"].startswith("nadia-") for e in events)
    assert len({e["id"] for e in events}) == len(events)
    assert {e["category"] for e in events} >= {"family", "loss", "relationships", "health"}
    themes = {name: len(pairs) for name, pairs in shared_themes([(0, e) for e in events]).items()}
    for recurring in ("being let down", "looking after others", "pulling away"):
        assert themes[recurring] >= 2, recurring
    assert {e["feeling"] for e in events} == {-2, -1, 0, 1, 2}


def test_nadia_sample_is_a_fresh_copy_each_time():
    first = nadia_sample_events()
    first[0]["label"] = "changed"
    first[1]["themes"].append("changed")
    assert nadia_sample_events()[0]["label"] != "changed"
    assert "changed" not in nadia_sample_events()[1]["themes"]


# -- learner data travels in messages only --------------------------------------------------


def test_saved_events_never_reach_the_synced_state(journal, sent):
    widget = life_timeline("chapter-05-my-timeline", journal=journal)
    data = {"events": [event(themes=["my aunt's flat"])], "birth_year": 1991}
    entry = make_entry("chapter-05-my-timeline", "timeline", data)
    widget._on_front_end_message(widget, {"type": "save", "entry": entry}, [])
    state = json.dumps(widget.get_state(), ensure_ascii=False, default=str)
    assert SECRET not in state
    assert "my aunt's flat" not in state
    assert "1991" not in state
    assert widget.data == data
    assert widget.events == data["events"]
    assert widget.birth_year == 1991
    assert sent == []


def test_save_then_load_round_trips_through_the_journal_file(tmp_path, sent):
    path = tmp_path / "journal" / "j.json"
    data = {
        "events": [
            event(),
            event(id="e2", age=None, year=2004, label="مريم 🌻", themes=["home"]),
        ],
        "birth_year": 1990,
    }
    entry = make_entry("ch05-timeline", "timeline", data, title="My life timeline", saved_at=5)
    first = life_timeline("ch05-timeline", journal=Journal(path))
    first._on_front_end_message(first, {"type": "save", "entry": entry}, [])
    assert json.loads(path.read_text(encoding="utf-8"))["entries"]["ch05-timeline"] == entry

    # A new kernel: a fresh widget answers the front end's "load" with the saved copy.
    second = life_timeline("ch05-timeline", journal=Journal(path))
    second._on_front_end_message(second, {"type": "load"}, [])
    assert sent[-1] == {"type": "loaded", "entry": entry}
    assert second.events == data["events"]
    assert second.birth_year == 1990


def test_invalid_events_from_the_front_end_are_refused_and_reported(journal, sent):
    widget = life_timeline("ch05-timeline", journal=journal)
    good = make_entry("ch05-timeline", "timeline", {"events": [event()]}, saved_at=1)
    widget._on_front_end_message(widget, {"type": "save", "entry": good}, [])
    bad = make_entry("ch05-timeline", "timeline", {"events": [event(age=200)]}, saved_at=2)
    widget._on_front_end_message(widget, {"type": "save", "entry": bad}, [])
    assert sent[-1]["type"] == "problem"
    assert AGE in sent[-1]["message"]
    assert journal.get("ch05-timeline") == good
    assert widget.events == [event()]


def test_clear_forgets_the_journal_copy(journal, sent):
    widget = life_timeline("ch05-timeline", journal=journal)
    entry = make_entry("ch05-timeline", "timeline", {"events": [event()]})
    widget._on_front_end_message(widget, {"type": "save", "entry": entry}, [])
    widget._on_front_end_message(widget, {"type": "clear"}, [])
    assert journal.get("ch05-timeline") is None
    assert widget.events == []
