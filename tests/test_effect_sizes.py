"""Tests for the effect-size figure of chapter 9."""

import re
from pathlib import Path

import pytest
from matplotlib.lines import Line2D

from psychodynamic_course.effect_sizes import (
    EFFECT_SIZES,
    GROUPS,
    NOT_COMPARABLE_NOTE,
    effect_sizes_figure,
)
from psychodynamic_course.figure_style import PALETTE, AccessibleFigure, figure_to_svg

# The verified numbers of the course's "Facts with sources" (CONTENT.md), written out by
# hand so that a changed number in the module fails here.
EXPECTED = {
    "abbass-end": 0.97,
    "abbass-follow-up": 1.51,
    "keefe-anxiety": 0.64,
    "haby-cbt": 0.68,
    "turner-antidepressants": 0.31,
    "leichsenring-2003-pdt": 1.46,
    "leichsenring-2003-cbt": 1.00,
    "leichsenring-2008-ltpp": 0.96,
    "leichsenring-2008-comparison": 0.47,
    "leichsenring-2011-difference": (0.44, 0.68),
}
# Numbers CONTENT.md marks as unconfirmed, which must never be plotted.
UNCONFIRMED = (1.12,)
# The design documents sit beside the checkout (../shared), here and in CI.
CONTENT = Path(__file__).resolve().parents[2] / "shared" / "design" / "CONTENT.md"
BIB_KEYS = {
    "shedler2010",
    "keefe2014",
    "haby2006",
    "turner2008",
    "leichsenring2003",
    "leichsenring2008",
    "leichsenring2011",
}


@pytest.fixture(scope="module")
def figure():
    return effect_sizes_figure()


def _value(entry):
    return (entry["low"], entry["high"]) if entry["kind"] == "difference" else entry["value"]


def _texts(figure: AccessibleFigure) -> list[str]:
    return [" ".join(t.get_text().split()) for ax in figure.figure.axes for t in ax.texts]


def test_every_number_matches_the_verified_facts():
    assert {entry["id"]: _value(entry) for entry in EFFECT_SIZES} == EXPECTED


def test_no_unconfirmed_number_is_used():
    values = []
    for entry in EFFECT_SIZES:
        value = _value(entry)
        values.extend(value if isinstance(value, tuple) else [value])
    assert not set(values) & set(UNCONFIRMED)


@pytest.mark.skipif(not CONTENT.is_file(), reason="the design notes are not on this machine")
def test_every_number_appears_in_content_md():
    text = CONTENT.read_text(encoding="utf-8")
    for entry in EFFECT_SIZES:
        value = _value(entry)
        for number in value if isinstance(value, tuple) else [value]:
            assert re.search(rf"(?<![\d.]){number:.2f}(?!\d)", text), (entry["id"], number)


def test_every_entry_names_its_source_comparison_group_and_citation():
    group_ids = {group["id"] for group in GROUPS}
    for entry in EFFECT_SIZES:
        assert entry["group"] in group_ids
        assert entry["source"].strip() and entry["comparison"].strip() and entry["label"]
        assert entry["cite"] in BIB_KEYS
    # Numbers Shedler set side by side are attributed to him, not only to the reviews.
    for entry_id in ("abbass-end", "abbass-follow-up", "haby-cbt", "turner-antidepressants"):
        entry = next(e for e in EFFECT_SIZES if e["id"] == entry_id)
        assert "as reported by Shedler (2010)" in entry["source"]


def test_returns_an_accessible_figure_with_its_id(figure):
    assert isinstance(figure, AccessibleFigure)
    assert figure.figure_id == "fig-effect-sizes"


def test_one_marker_per_number_at_its_value(figure):
    plot = figure.figure.axes[1]
    plotted = {line.get_gid(): line for line in plot.lines if line.get_gid()}
    assert len(plotted) == len(EFFECT_SIZES)
    for entry in EFFECT_SIZES:
        line = plotted[f"effect-{entry['id']}"]
        xdata = list(line.get_xdata())
        if entry["kind"] == "difference":
            assert xdata == [entry["low"], entry["high"]]
        else:
            assert xdata == [entry["value"]]
            assert line.get_linestyle() == "None"  # a dot plot, not a line or a bar


def test_kinds_differ_in_shape_not_only_colour(figure):
    plot = figure.figure.axes[1]
    by_kind = {}
    for entry in EFFECT_SIZES:
        line = next(ln for ln in plot.lines if ln.get_gid() == f"effect-{entry['id']}")
        by_kind.setdefault(entry["kind"], set()).add(line.get_marker())
    assert by_kind == {"psychodynamic": {"o"}, "other": {"D"}, "difference": {"|"}}
    assert not plot.patches, "no bars"
    colours = {
        next(ln for ln in plot.lines if ln.get_gid() == f"effect-{e['id']}").get_markeredgecolor()
        for e in EFFECT_SIZES
    }
    assert colours <= {PALETTE["blue"], PALETTE["vermillion"], PALETTE["black"]}


def test_every_row_is_labelled_with_source_and_comparison(figure):
    texts = _texts(figure)
    for entry in EFFECT_SIZES:
        assert entry["label"] in texts
        assert entry["source"] in texts and entry["comparison"] in texts
    for label in ("0.97", "1.51", "0.31", "0.44 to 0.68"):
        assert label in texts


def test_groups_have_headings_and_rules_between_them(figure):
    texts = _texts(figure)
    for group in GROUPS:
        assert group["heading"] in texts
        assert " ".join(group["note"].split()) in texts
    rules = [
        line
        for line in figure.figure.axes[1].lines
        if not line.get_gid()
        and len(line.get_ydata()) == 2
        and line.get_label() != ""
        and line.get_ydata()[0] == line.get_ydata()[1]
        and list(line.get_xdata()) == [0, 1]
    ]
    assert len(rules) == len(GROUPS) - 1
    headings = [g["heading"] for g in GROUPS]
    assert headings[0].startswith("A.") and "Within-group" in headings[1]
    assert "Between long-term and less intensive" in headings[3]


def test_the_figure_says_the_numbers_are_not_directly_comparable(figure):
    texts = _texts(figure)
    assert " ".join(NOT_COMPARABLE_NOTE.split()) in texts
    assert "not directly comparable" in " ".join(NOT_COMPARABLE_NOTE.split())
    assert "not directly comparable" in figure.alt
    assert "not directly comparable" in figure.caption


def test_legend_explains_each_marker(figure):
    legend = figure.figure.axes[2].get_legend()
    labels = [text.get_text() for text in legend.get_texts()]
    assert labels == [
        "psychodynamic therapy (filled circle)",
        "another treatment (open diamond)",
        "difference between two therapies (range)",
    ]
    assert all(isinstance(h, Line2D) for h in legend.legend_handles)


def test_alt_text_names_every_number(figure):
    for entry in EFFECT_SIZES:
        value = _value(entry)
        for number in value if isinstance(value, tuple) else [value]:
            assert f"{number:.2f}" in figure.alt, entry["id"]
    assert "Bhar" in figure.alt


def test_text_does_not_overlap_between_rows(figure):
    fig = figure.figure
    fig.draw_without_rendering()
    extents = [t.get_window_extent() for t in fig.axes[0].texts]
    for i, first in enumerate(extents):
        for second in extents[i + 1 :]:
            assert not first.overlaps(second)


def test_html_is_labelled_for_assistive_technology(figure):
    html = figure.to_html()
    assert 'role="img"' in html
    assert '<title id="fig-effect-sizes-title">' in html
    assert "<figcaption" in html


def test_rendering_is_deterministic():
    assert figure_to_svg(effect_sizes_figure().figure) == figure_to_svg(
        effect_sizes_figure().figure
    )
