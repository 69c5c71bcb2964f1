"""Tests for chapter 7's fictional course of sessions on a timeline."""

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.text import Annotation

from psychodynamic_course.figures.course_of_sessions import (
    MOMENTS,
    SEVEN_FEATURES,
    WEEKS,
    course_of_sessions,
)


@pytest.fixture(scope="module")
def timeline():
    return course_of_sessions()


def _axes(figure):
    return figure.figure.axes[0]


def _lines_by_gid(figure):
    return {line.get_gid(): line for line in _axes(figure).lines if line.get_gid()}


def _labels(figure):
    return [a for a in _axes(figure).texts if isinstance(a, Annotation)]


def test_moments_cover_all_seven_features_and_only_those():
    shown = {feature for moment in MOMENTS for feature in moment.features}
    assert shown == set(SEVEN_FEATURES)
    assert len(SEVEN_FEATURES) == 7


def test_moments_are_in_order_within_six_months():
    weeks = [moment.week for moment in MOMENTS]
    assert weeks == sorted(weeks)
    assert weeks[0] >= 1 and weeks[-1] <= WEEKS
    assert {moment.kind for moment in MOMENTS} == {"session", "missed", "between"}


def test_one_mark_per_week_except_the_missed_one(timeline):
    lines = _lines_by_gid(timeline)
    ordinary = list(lines["weekly-sessions"].get_xdata())
    moment_weeks = [float(lines[f"moment-{i}"].get_xdata()[0]) for i in range(len(MOMENTS))]
    assert moment_weeks == [moment.week for moment in MOMENTS]
    attended = [w for w in ordinary + moment_weeks if float(w).is_integer()]
    missed = [m.week for m in MOMENTS if m.kind == "missed"]
    # Every week has a mark; the missed week's mark is a different shape.
    assert sorted(attended) == list(range(1, WEEKS + 1))
    assert not set(missed) & set(ordinary)


def test_kinds_differ_in_shape_not_only_colour(timeline):
    lines = _lines_by_gid(timeline)
    shapes = {}
    for index, moment in enumerate(MOMENTS):
        shapes.setdefault(moment.kind, set()).add(lines[f"moment-{index}"].get_marker())
    shapes["week"] = {lines["weekly-sessions"].get_marker()}
    assert all(len(markers) == 1 for markers in shapes.values())
    assert len({markers.pop() for markers in shapes.values()}) == 4


def test_every_moment_is_labelled_with_its_features(timeline):
    labels = [" ".join(a.get_text().split()) for a in _labels(timeline)]
    assert len(labels) == len(MOMENTS)
    for moment, label in zip(MOMENTS, labels, strict=True):
        assert " ".join(moment.title.split()) in label
        for feature in moment.features:
            assert feature in label
        assert ("Shows:" in label) == bool(moment.features)


def test_labels_do_not_overlap_and_stay_on_the_figure(timeline):
    figure = timeline.figure
    renderer = FigureCanvasAgg(figure).get_renderer()
    figure.draw(renderer)
    boxes = [a.get_bbox_patch().get_window_extent(renderer) for a in _labels(timeline)]
    page = figure.bbox
    for i, box in enumerate(boxes):
        assert page.x0 <= box.x0 and box.x1 <= page.x1, i
        assert page.y0 <= box.y0 and box.y1 <= page.y1, i
        for j in range(i + 1, len(boxes)):
            assert not box.overlaps(boxes[j]), (i, j)


def test_marked_as_fictional_with_a_legend(timeline):
    axes = _axes(timeline)
    assert "fictional" in axes.get_title(loc="left")
    assert any("not data" in text.get_text() for text in axes.texts)
    legend = [text.get_text() for text in axes.get_legend().get_texts()]
    assert legend == [
        "Weekly session",
        "Moment in a session",
        "Missed (cancelled) session",
        "Something tried between sessions",
    ]


def test_alt_text_and_caption(timeline):
    alt = timeline.alt.lower()
    assert "fictional" in alt
    for feature in SEVEN_FEATURES:
        assert feature.lower() in alt, feature
    for shape in ("circle", "square", " x", "diamond"):
        assert shape in alt, shape
    assert "not data" in timeline.caption
