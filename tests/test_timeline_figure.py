"""The life timeline's placement of events, shared themes and the matplotlib figure."""

from matplotlib.figure import Figure
from timeline_cases import event

from psychodynamic_course.content.story import nadia_sample_events
from psychodynamic_course.figures.life_timeline import (
    CATEGORY_STYLE,
    describe_timeline,
    place_events,
    shared_themes,
    timeline_figure,
)
from psychodynamic_course.figures.style import PALETTE, AccessibleFigure
from psychodynamic_course.learner_data.journal_format import make_entry
from psychodynamic_course.widgets.timeline import life_timeline, nadia_timeline

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
