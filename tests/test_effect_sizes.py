"""Tests for the effect-size figure of chapter 9: one panel, one axis and one SVG per
comparison, with the legend and the note as HTML below them."""

import re
from html import escape

import pytest

from psychodynamic_course.content.effect_size_data import entries_in, numbers, shown
from psychodynamic_course.figures.effect_sizes import (
    EFFECT_SIZES,
    GROUPS,
    KINDS,
    NOT_COMPARABLE_NOTE,
    effect_sizes_figure,
)
from psychodynamic_course.figures.style import PALETTE, AccessibleFigure


@pytest.fixture(scope="module")
def figure():
    return effect_sizes_figure()


def _texts(axes) -> list[str]:
    return [" ".join(t.get_text().split()) for t in axes.texts]


def _panels(figure: AccessibleFigure):
    """(heading axes, words axes, plot axes) for each panel, top to bottom."""
    return [tuple(panel.axes) for panel in figure.figures]


def _mark(plot, entry):
    return next(line for line in plot.lines if line.get_gid() == f"effect-{entry['id']}")


def test_one_drawing_of_three_axes_per_panel(figure):
    assert [len(panel.axes) for panel in figure.figures] == [3] * len(GROUPS)


def test_each_panel_has_its_heading_note_and_own_labelled_axis(figure):
    for group, (heading, _, plot) in zip(GROUPS, _panels(figure), strict=True):
        assert group["heading"] in _texts(heading)
        assert " ".join(group["note"].split()) in _texts(heading)
        assert " ".join(plot.get_xlabel().split()) == group["axis"]
        assert plot.get_xlim() == tuple(group["limits"])
    # No two panels share an axis: within- and between-group numbers never sit on one scale.
    plots = [plot for _, _, plot in _panels(figure)]
    for plot in plots:
        assert not plot.get_shared_x_axes().get_siblings(plot)[1:]


def test_one_mark_per_number_in_its_own_panel(figure):
    for group, (_, _, plot) in zip(GROUPS, _panels(figure), strict=True):
        marks = {line.get_gid() for line in plot.lines if str(line.get_gid()).startswith("effect-")}
        expected = {f"effect-{e['id']}" for e in entries_in(group)}
        expected |= {
            f"effect-{e['id']}-interval" for e in entries_in(group) if "value" in e and "low" in e
        }
        assert marks == expected, group["id"]
        for entry in entries_in(group):
            line = _mark(plot, entry)
            if entry["kind"] == "range":
                assert list(line.get_xdata()) == [entry["low"], entry["high"]]
            else:
                assert list(line.get_xdata()) == [entry["value"]]
                assert line.get_linestyle() == "None"  # a dot, not a line or a bar
            if entry["kind"] == "estimate":
                interval = next(
                    ln for ln in plot.lines if ln.get_gid() == f"effect-{entry['id']}-interval"
                )
                assert list(interval.get_xdata()) == [entry["low"], entry["high"]]


def test_kinds_differ_in_shape_not_only_colour(figure):
    by_kind = {}
    for group, (_, _, plot) in zip(GROUPS, _panels(figure), strict=True):
        assert not plot.patches, "no bars"
        for entry in entries_in(group):
            line = _mark(plot, entry)
            by_kind.setdefault(entry["kind"], set()).add(line.get_marker())
            assert line.get_markeredgecolor() in {
                PALETTE["blue"],
                PALETTE["vermillion"],
                PALETTE["black"],
            }
    assert by_kind == {kind: {style["marker"]} for kind, style in KINDS.items()}
    assert len({style["marker"] for style in KINDS.values()}) == len(KINDS)


def test_every_row_is_labelled_with_source_comparison_and_value(figure):
    for group, (_, words, plot) in zip(GROUPS, _panels(figure), strict=True):
        for entry in entries_in(group):
            for text in (entry["label"], entry["source"], entry["comparison"]):
                assert text in _texts(words)
        values = _texts(plot)
        for entry in entries_in(group):
            if entry["kind"] == "range":
                assert f"{shown(entry['low'], entry)} to {shown(entry['high'], entry)}" in values
            else:
                assert shown(entry["value"], entry) in values


def test_the_figure_says_the_numbers_are_not_directly_comparable(figure):
    assert " ".join(NOT_COMPARABLE_NOTE.split()) in figure.to_html()
    # The first panel's title is the figure's: it says so before any number is read.
    assert "not directly comparable" in figure.panels[0][1]
    assert "not directly comparable" in figure.alt
    assert "not directly comparable" in figure.caption


def test_alt_text_and_caption_read_the_figure_as_the_chapter_does(figure):
    for entry in EFFECT_SIZES:
        for number in numbers(entry):
            assert shown(number, entry) in figure.alt, entry["id"]
    for phrase in ("Shedler set 0.97, 0.68 and 0.31 side by side", "not part of Shedler"):
        assert phrase in figure.alt
    for text in (figure.alt, figure.caption):
        assert "within-group" in text.lower() and "unpublished" in text
        assert "Bhar" in figure.alt


def test_legend_explains_each_mark_in_words_below_the_panels(figure):
    html = figure.to_html()
    legend = html.index('class="pdc-figure-legend"')
    assert html.rindex('class="pdc-figure-panel"') < legend < html.index("<figcaption")
    items = re.findall(r"<li .*?<span>(.*?)</span></li>", html[legend:])
    assert items == [escape(style["legend"]) for style in KINDS.values()]


def test_each_panel_title_names_its_panel_and_says_what_it_shows(figure):
    for letter, group, (_, title) in zip("ABCD", GROUPS, figure.panels, strict=True):
        assert f"Panel {letter} of four" in title and len(title) > 40
        for entry in entries_in(group):
            for number in numbers(entry):
                assert shown(number, entry) in title, entry["id"]


def test_text_does_not_overlap(figure):
    fig = figure.figure
    fig.draw_without_rendering()
    for heading, words, _ in _panels(figure):
        for axes in (heading, words):
            extents = [t.get_window_extent() for t in axes.texts]
            for i, first in enumerate(extents):
                for second in extents[i + 1 :]:
                    assert not first.overlaps(second)
