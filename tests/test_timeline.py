"""The life timeline: traits, the schema against bad events, the sample, saving, the figure."""

import datetime
import doctest
import json
import re

import anywidget
import pytest
import traitlets
from matplotlib.figure import Figure

from psychodynamic_course.content.story import nadia_sample_events
from psychodynamic_course.figures.life_timeline import (
    CATEGORIES,
    CATEGORY_STYLE,
    FEELING_WORDS,
    describe_timeline,
    feeling_text,
    place_events,
    shared_themes,
    timeline_figure,
)
from psychodynamic_course.figures.style import PALETTE, AccessibleFigure
from psychodynamic_course.learner_data.data_model import load_schema, validate
from psychodynamic_course.learner_data.journal import Journal
from psychodynamic_course.learner_data.journal_format import make_entry
from psychodynamic_course.widgets import timeline as module
from psychodynamic_course.widgets.base import STATIC
from psychodynamic_course.widgets.timeline import LifeTimeline, life_timeline, nadia_timeline

SECRET = "The winter I moved in with my aunt"
JS = (STATIC / "timeline.js").read_text(encoding="utf-8")  # the bundle the page gets
THIS_YEAR = datetime.date.today().year


def event(**changes):
    base = {"id": "e1", "age": 9, "label": SECRET, "category": "moves", "feeling": -1}
    base.update(changes)
    return {name: value for name, value in base.items() if value is not None}


def problems_of(item, **top):
    return [(p.path, p.message) for p in validate("timeline", {"events": [item], **top})]


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


# -- the schema against bad events --------------------------------------------------------

AGE = "Age must be a whole number from 0 to 120."
YEAR = "Year must be a whole number from 1900 to this year."
LABEL = "Give the event a short label (1 to 80 characters)."
CATEGORY = "Choose a category from the list."
FEELING = "How it felt must be a whole number from -2 (very hard) to +2 (very good)."
THEMES = "Use up to 5 theme words, each 1 to 30 characters."


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


# -- placement and themes -----------------------------------------------------------------


def test_events_are_placed_by_age_and_by_year_with_a_birth_year():
    events = [event(id="a", age=30), event(id="b", age=None, year=2000)]
    layout = place_events(events)
    assert layout["axis"] == "age"
    assert [(x, e["id"]) for x, e in layout["placed"]] == [(30, "a")]
    assert [e["id"] for e in layout["unplaced"]] == ["b"]
    layout = place_events(events, birth_year=1990)
    assert [(x, e["id"]) for x, e in layout["placed"]] == [(10, "b"), (30, "a")]
    assert layout["unplaced"] == []


def test_a_timeline_of_years_only_uses_a_year_axis():
    events = [event(id="a", age=None, year=2010), event(id="b", age=None, year=1999)]
    layout = place_events(events)
    assert layout["axis"] == "year"
    assert [x for x, _ in layout["placed"]] == [1999, 2010]


def test_themes_match_whatever_the_case_and_spaces():
    placed = [
        (1, event(id="a", themes=["Being let down"])),
        (2, event(id="b", themes=[" being let down ", "alone"])),
        (3, event(id="c", themes=["alone"])),
        (4, event(id="d", themes=["once"])),
    ]
    shared = shared_themes(placed)
    assert list(shared) == ["alone", "Being let down"]
    assert [e["id"] for _, e in shared["Being let down"]] == ["a", "b"]


def test_summary_describes_without_interpreting():
    text = describe_timeline(nadia_sample_events())
    assert text.startswith("A life timeline of 14 events from age 0 to 34.")
    assert "being let down (4 events)" in text
    mixed = [event(id="a"), event(id="b", age=None, year=2001)]
    assert "1 event given by year cannot be placed" in describe_timeline(mixed)
    for word in ("attachment", "style", "score", "avoidant", "you are"):
        assert word not in text.lower()


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


# -- the matplotlib figure ------------------------------------------------------------------


def markers_of(figure):
    return {
        line.get_gid().split(":", 1)[1]: line
        for line in figure.axes[0].lines
        if (line.get_gid() or "").startswith("category:")
    }


def themes_of(figure):
    return {
        line.get_gid().split(":", 1)[1]: line
        for line in figure.axes[0].lines
        if (line.get_gid() or "").startswith("theme:")
    }


def test_figure_draws_each_category_with_its_own_shape_and_colour():
    events = nadia_sample_events()
    figure = timeline_figure(events)
    assert isinstance(figure, Figure)
    markers = markers_of(figure)
    assert set(markers) == {e["category"] for e in events}
    for category, line in markers.items():
        assert line.get_marker() == CATEGORY_STYLE[category]["marker"]
        assert line.get_markerfacecolor().upper() == CATEGORY_STYLE[category]["colour"]
        assert line.get_linestyle() == "None"
        expected = sorted(e["feeling"] for e in events if e["category"] == category)
        assert sorted(line.get_ydata()) == expected
    assert sum(len(line.get_xdata()) for line in markers.values()) == len(events)


def test_figure_joins_events_that_share_a_theme_with_labelled_lines():
    events = nadia_sample_events()
    figure = timeline_figure(events)
    lines = themes_of(figure)
    assert set(lines) == {
        "being let down",
        "looking after others",
        "not asking for help",
        "pulling away",
    }
    let_down = lines["being let down"]
    assert len(let_down.get_xdata()) == 4
    assert list(let_down.get_ydata()) == [-2, -2, -1, 1]
    assert list(let_down.get_xdata()) == sorted(let_down.get_xdata())
    assert let_down.get_color() == PALETTE["grey"]
    # Lines differ by dash pattern, not colour alone, and each carries its theme as text.
    assert (
        len({str(line.get_linestyle()) + str(line._dash_pattern) for line in lines.values()}) == 4
    )
    labels = [t.get_text() for t in figure.axes[0].texts if t.get_gid() == "theme-label"]
    assert sorted(labels) == sorted(lines)


def test_figure_feelings_are_the_y_axis_with_words():
    figure = timeline_figure([event(feeling=2), event(id="e2", age=12, feeling=-2)])
    axes = figure.axes[0]
    ticks = [label.get_text() for label in axes.get_yticklabels()]
    assert ticks == ["-2 very hard", "-1 hard", "0 mixed or neutral", "+1 good", "+2 very good"]
    assert axes.get_xlabel() == "Age (years)"
    assert sorted(markers_of(figure)["moves"].get_ydata()) == [-2, 2]
    low, high = axes.get_ylim()
    assert low < -2 and high > 2


def test_figure_places_year_events_by_birth_year_or_says_it_cannot():
    events = [event(id="a", age=5), event(id="b", age=None, year=2010, category="loss")]
    without = timeline_figure(events)
    assert "loss" not in markers_of(without)
    assert any("add a year of birth" in t.get_text() for t in without.axes[0].texts)
    with_birth = timeline_figure(events, birth_year=2000)
    assert list(markers_of(with_birth)["loss"].get_xdata()) == [10]
    years = timeline_figure([event(age=None, year=2010), event(id="e2", age=None, year=2015)])
    assert years.axes[0].get_xlabel() == "Year"
    assert sorted(markers_of(years)["moves"].get_xdata()) == [2010, 2015]


def test_events_at_the_same_spot_are_set_apart():
    figure = timeline_figure([event(), event(id="e2")])
    xs = sorted(markers_of(figure)["moves"].get_xdata())
    assert xs[0] < 9 < xs[1]
    assert list(markers_of(figure)["moves"].get_ydata()) == [-1, -1]


def test_an_empty_timeline_gives_a_figure_that_says_so():
    figure = timeline_figure([])
    assert [t.get_text() for t in figure.axes[0].texts] == ["No events on this timeline yet."]
    assert markers_of(figure) == {}


def test_to_figure_uses_the_learners_saved_data_or_the_sample(journal, sent):
    widget = life_timeline("ch05-timeline", journal=journal)
    empty = widget.to_figure()
    assert isinstance(empty, AccessibleFigure)
    assert empty.alt == "An empty life timeline: no events yet."
    data = {"events": [event(), event(id="e2", age=20, category="health", feeling=2)]}
    entry = make_entry("ch05-timeline", "timeline", data)
    widget._on_front_end_message(widget, {"type": "save", "entry": entry}, [])
    drawn = widget.to_figure()
    assert set(markers_of(drawn.figure)) == {"moves", "health"}
    assert drawn.alt.startswith("A life timeline of 2 events from age 9 to 20.")
    assert "<svg" in drawn.to_html()

    # A later kernel reads the journal file (no front-end message yet).
    later = life_timeline("ch05-timeline", journal=journal)
    assert set(markers_of(later.to_figure().figure)) == {"moves", "health"}

    sample = nadia_timeline(journal=journal).to_figure()
    assert sum(len(line.get_xdata()) for line in markers_of(sample.figure).values()) == 14
    assert "fictional" in sample.caption
