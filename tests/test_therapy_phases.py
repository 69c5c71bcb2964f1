"""Tests for the phases-of-therapy illustration of chapter 8: artists, labels, honesty."""

import itertools

import pytest
from matplotlib.lines import Line2D
from matplotlib.patches import Polygon, Rectangle

from psychodynamic_course.figures.therapy_phases import (
    DIPS,
    ILLUSTRATION_LABEL,
    PHASES,
    path_height,
    path_points,
    therapy_phases,
)

PHASE_NAMES = ["Beginning", "Middle", "Ending", "After therapy"]
DIP_LABELS = [
    "old pattern returns",
    "a hard week",
    "ending stirs old feelings",
    "setback after ending",
]


@pytest.fixture(scope="module")
def figure():
    return therapy_phases()


def _axes(figure):
    return figure.figure.axes[0]


def _texts(figure) -> list[str]:
    # Line breaks are layout, not content: compare labels as single lines.
    return [" ".join(text.get_text().split()) for text in _axes(figure).texts]


def _bands(figure):
    return [p for p in _axes(figure).patches if isinstance(p, (Polygon, Rectangle))]


def test_phases_are_in_order_and_cover_the_axis_without_gaps():
    assert [p.name for p in PHASES] == PHASE_NAMES
    assert PHASES[0].start == 0 and PHASES[-1].end == 10
    for before, after in itertools.pairwise(PHASES):
        assert before.end == after.start
    # The middle is drawn as the longest phase: the working through takes the time.
    widths = {p.name: p.end - p.start for p in PHASES}
    assert max(widths, key=widths.get) == "Middle"


def test_every_phase_is_a_band_with_its_own_hatching_and_a_written_name(figure):
    bands = _bands(figure)
    assert len(bands) == len(PHASES)
    # Not colour alone: no two bands share a hatch pattern.
    hatches = [band.get_hatch() or "" for band in bands]
    assert len(set(hatches)) == len(PHASES)
    texts = _texts(figure)
    for name in PHASE_NAMES:
        assert name in texts, name
    assert "exploring, working through" in texts
    assert any("termination phase" in text for text in texts)


def test_says_illustration_not_data_on_the_figure_and_in_caption_and_alt(figure):
    assert ILLUSTRATION_LABEL in _texts(figure)
    assert "illustration, not data" in _axes(figure).get_title().lower()
    assert "illustration, not data" in figure.caption.lower()
    assert "illustration, not data" in figure.alt.lower()


def test_no_numbers_on_either_axis(figure):
    axes = _axes(figure)
    assert list(axes.get_xticks()) == [] and list(axes.get_yticks()) == []
    assert "no scale" in axes.get_xlabel()
    assert "illustrative" in axes.get_ylabel()
    assert not any(ch.isdigit() for text in _texts(figure) for ch in text)


def test_the_path_and_its_setbacks_are_drawn(figure):
    lines = [line for line in _axes(figure).lines if isinstance(line, Line2D)]
    path = [line for line in lines if len(line.get_xdata()) > 100]
    assert len(path) == 1
    markers = [line for line in lines if line.get_marker() == "v"]
    assert len(markers) == len(DIPS)
    for marker, dip in zip(markers, DIPS, strict=True):
        assert marker.get_xdata()[0] == dip.at
    texts = _texts(figure)
    for label in DIP_LABELS:
        assert label in texts, label


def test_setbacks_fall_in_the_middle_the_ending_and_after_therapy():
    def phase_of(t):
        return next(p.name for p in PHASES if p.start <= t < p.end)

    assert [phase_of(d.at) for d in DIPS] == ["Middle", "Middle", "Ending", "After therapy"]


def test_each_setback_is_a_dip_and_the_path_recovers():
    for dip in DIPS:
        low = path_height(dip.at)
        assert low < path_height(dip.at - 0.6) and low < path_height(dip.at + 0.6)
    # Setbacks after ending are not a return to the start.
    assert path_height(DIPS[-1].at) > path_height(0)
    assert path_height(10) > path_height(0)


def test_last_session_is_marked_with_a_dashed_line(figure):
    dashed = [
        line
        for line in _axes(figure).lines
        if line.get_linestyle() == "--" and list(line.get_xdata()) == [PHASES[-1].start] * 2
    ]
    assert len(dashed) == 1
    assert "last session" in _texts(figure)


def test_path_points_span_the_axis():
    points = path_points()
    assert points[0][0] == 0 and points[-1][0] == pytest.approx(10)
    assert all(0 < h < 1 for _, h in points)
