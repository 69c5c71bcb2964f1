"""The dose-effect explorer and figure of chapter 4: sourced numbers, traits, artists."""

import doctest

import pytest
from matplotlib.collections import LineCollection

from psychodynamic_course.figures.dose_effect import (
    CAVEATS,
    FINDINGS,
    NOTES,
    dose_effect_figure,
    illustrative_curve,
    illustrative_percent,
)
from psychodynamic_course.widgets import dose_effect as module
from psychodynamic_course.widgets.dose_effect import DoseEffectExplorer, dose_effect_explorer

# The verified figures from the sources (see CONTENT.md), written out independently of the
# module: if someone edits a number in FINDINGS, this test says so.
SOURCES = {
    "howard-8": ("howard1986", 8, 8, 50),
    "howard-26": ("howard1986", 26, 26, 75),
    "hansen-13-18": ("hansen2002", 13, 18, 50),
}


def test_findings_match_the_sources_exactly():
    assert {
        f["id"]: (f["key"], f["sessions_from"], f["sessions_to"], f["percent_improved"])
        for f in FINDINGS
    } == SOURCES


def test_the_unverified_85_percent_figure_is_not_used():
    assert all(f["percent_improved"] != 85 for f in FINDINGS)
    assert all("85" not in f["summary"] and "52" not in f["summary"] for f in FINDINGS)


def test_summaries_state_their_numbers_and_sources():
    howard_8, howard_26, hansen = FINDINGS
    assert "50%" in howard_8["summary"] and "8th" in howard_8["summary"]
    assert "15 samples" in howard_8["summary"] and "2,400" in howard_8["summary"]
    assert "75%" in howard_26["summary"] and "26th" in howard_26["summary"]
    assert "13 and 18" in hansen["summary"] and "50%" in hansen["summary"]
    for finding in FINDINGS:
        assert finding["citation"].split(",")[0].split(" ")[0] in finding["summary"]


def test_routine_care_note_and_caveats():
    (routine,) = NOTES
    assert (routine["sessions_from"], routine["sessions_to"]) == (1, 5)
    assert "under 5" in routine["summary"]
    text = " ".join(CAVEATS)
    assert "not a prediction" in text
    assert "Baldwin" in text and "fewer sessions" in text
    assert "psychodynamic" in text


def test_illustrative_curve_passes_through_howards_points_and_rises():
    assert illustrative_percent(8) == pytest.approx(50)
    assert illustrative_percent(26) == pytest.approx(75)
    curve = illustrative_curve()
    assert [s for s, _ in curve] == list(range(1, 53))
    heights = [p for _, p in curve]
    assert heights == sorted(heights) and heights[0] > 0 and heights[-1] < 100
    with pytest.raises(ValueError):
        illustrative_percent(0)


def test_explorer_traits_are_synced_course_material():
    explorer = dose_effect_explorer()
    assert isinstance(explorer, DoseEffectExplorer)
    assert explorer.widget_id == "chapter-04-dose-effect"
    for name in (
        "widget_id",
        "title",
        "findings",
        "notes",
        "caveats",
        "curve",
        "curve_label",
        "max_sessions",
        "near",
        "sessions",
    ):
        assert explorer.trait_metadata(name, "sync") is True, name
    assert explorer.findings == list(FINDINGS)
    assert explorer.curve == illustrative_curve()
    assert "not data" in explorer.curve_label
    # Each widget gets its own copy: changing it cannot change the sourced numbers.
    explorer.findings[0]["percent_improved"] = 99
    assert FINDINGS[0]["percent_improved"] == 50


def test_explorer_sessions_are_checked():
    explorer = dose_effect_explorer()
    explorer.sessions = 26
    assert explorer.sessions == 26
    with pytest.raises(Exception, match="between 1 and 52"):
        explorer.sessions = 0
    with pytest.raises(Exception, match="between 1 and 52"):
        explorer.sessions = 53


def test_explorer_front_end_and_fallback():
    explorer = dose_effect_explorer()
    assert 'type: "range"' in explorer._esm and "aria-live" in explorer._esm
    assert "function element(" in explorer._esm  # the shared library is bundled in
    assert ".pdc-dose-chart" in explorer._css
    bundle, _ = explorer._repr_mimebundle_()
    assert "session 8" in bundle["text/plain"] and "13 to 18" in bundle["text/plain"]


@pytest.fixture(scope="module")
def figure():
    return dose_effect_figure()


def test_figure_labels_the_illustration(figure):
    assert "illustration" in figure.caption.lower() and "not data" in figure.alt
    for words in ("Howard", "Hansen", "session 8", "session 26", "13 to 18"):
        assert words in figure.alt, words


def test_figure_draws_the_same_data(figure):
    axes = figure.figure.axes[0]
    lines = {line.get_gid(): line for line in axes.get_lines()}
    points = lines["howard-points"]
    assert list(points.get_xdata()) == [8, 26] and list(points.get_ydata()) == [50, 75]
    assert points.get_marker() == "o"
    curve = lines["illustrative-curve"]
    assert curve.get_linestyle() == "--"
    assert list(curve.get_xdata())[1:] == [s for s, _ in illustrative_curve()]
    # Hansen's range is an error bar from 13 to 18 at 50%.
    bars = [c for c in axes.collections if isinstance(c, LineCollection)]
    segments = [seg for c in bars for seg in c.get_segments()]
    assert any(
        seg[0][0] == pytest.approx(13) and seg[1][0] == pytest.approx(18) and seg[0][1] == 50
        for seg in segments
    )
    texts = " ".join(t.get_text() for t in axes.texts)
    assert "illustration" in texts and "not data" in texts
    legend = [t.get_text() for t in axes.get_legend().get_texts()]
    assert any("not data" in t for t in legend)
    assert len(legend) == 3


def test_docstring_examples_run():
    assert doctest.testmod(module).failed == 0
