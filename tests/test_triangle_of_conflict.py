"""Tests for the triangle of conflict of chapter 6: hidden feeling, anxiety, defence."""

import math

import pytest
from matplotlib.patches import ArrowStyle, FancyArrowPatch, FancyBboxPatch

from psychodynamic_course.figures.style import AccessibleFigure
from psychodynamic_course.figures.triangle_of_conflict import (
    ARROWS,
    CORNERS,
    edge_angle,
    triangle_of_conflict,
)

HEADINGS = ["Defence (D)", "Anxiety (A)", "Hidden feeling (F)"]
MEANINGS = [
    "the feeling stirs up anxiety",
    "anxiety calls up a defence",
    "the defence keeps it hidden",
]


@pytest.fixture(scope="module")
def triangle():
    return triangle_of_conflict()


def _axes(figure: AccessibleFigure):
    return figure.figure.axes[0]


def _texts(figure: AccessibleFigure) -> dict[str, object]:
    # Line breaks are layout, not content: key labels by their single-line text.
    return {" ".join(t.get_text().split()): t for t in _axes(figure).texts}


def _boxes(figure: AccessibleFigure) -> list[FancyBboxPatch]:
    return [p for p in _axes(figure).patches if isinstance(p, FancyBboxPatch)]


def _arrows(figure: AccessibleFigure) -> list[FancyArrowPatch]:
    return [p for p in _axes(figure).patches if isinstance(p, FancyArrowPatch)]


@pytest.mark.parametrize("heading", HEADINGS)
def test_every_corner_is_labelled_in_words(triangle, heading):
    assert heading in _texts(triangle)


@pytest.mark.parametrize(
    "example",
    [
        'says "it\'s fine"; pulls away first; works late rather than ask',
        "fear of being let down, or of being a burden if she shows a need",
        "longing to be looked after; anger at being let down",
    ],
)
def test_corners_carry_nadias_examples(triangle, example):
    assert example in _texts(triangle)


def test_hidden_feeling_sits_below_defence_and_anxiety():
    assert CORNERS["F"]["centre"][1] < CORNERS["D"]["centre"][1]
    assert CORNERS["F"]["centre"][1] < CORNERS["A"]["centre"][1]


def test_three_arrows_go_round_the_triangle_in_order(triangle):
    arrows = _arrows(triangle)
    assert len(arrows) == 3
    by_gid = {arrow.get_gid(): arrow for arrow in arrows}
    assert set(by_gid) == {f"arrow-{a}-{b}" for a, b, _ in ARROWS}
    # Feeling leads to anxiety, anxiety to defence, defence back to the feeling.
    assert [(a, b) for a, b, _ in ARROWS] == [("F", "A"), ("A", "D"), ("D", "F")]
    for start, end, _ in ARROWS:
        arrow = by_gid[f"arrow-{start}-{end}"]
        assert arrow._posA_posB == [CORNERS[start]["centre"], CORNERS[end]["centre"]]
        # A filled head at the end only: the direction is part of the meaning.
        assert isinstance(arrow.get_arrowstyle(), ArrowStyle.CurveFilledB)


def test_arrow_heads_point_at_the_next_corner(triangle):
    figure = triangle.figure
    figure.draw_without_rendering()
    for arrow in _arrows(triangle):
        start, end = arrow.get_gid().split("-")[1:]
        # get_path() is in data coordinates; the closing vertex of the head is not a point.
        vertices = arrow.get_path().vertices[:-1]
        # The arrow's tip is the vertex nearest the end corner, and far from the start.
        end_centre, start_centre = CORNERS[end]["centre"], CORNERS[start]["centre"]
        nearest_end = min(math.dist(v, end_centre) for v in vertices)
        nearest_start = min(math.dist(v, start_centre) for v in vertices)
        assert nearest_end < math.dist(start_centre, end_centre) / 2
        assert nearest_start < math.dist(start_centre, end_centre) / 2


@pytest.mark.parametrize(("start", "end", "meaning"), ARROWS)
def test_each_arrow_carries_its_meaning_written_along_it(triangle, start, end, meaning):
    text = _texts(triangle)[meaning]
    (x0, y0), (x1, y1) = CORNERS[start]["centre"], CORNERS[end]["centre"]
    slope = math.degrees(math.atan2(y1 - y0, x1 - x0)) % 180
    assert text.get_rotation() % 180 == pytest.approx(slope)
    x, y = text.get_position()
    assert math.hypot(x - (x0 + x1) / 2, y - (y0 + y1) / 2) < 0.6


def test_arrow_labels_stay_upright():
    for start, end, _ in ARROWS:
        assert -90 < edge_angle(start, end) <= 90


def test_arrow_labels_sit_outside_the_triangle(triangle):
    centre = [sum(c["centre"][i] for c in CORNERS.values()) / 3 for i in (0, 1)]
    for start, end, meaning in ARROWS:
        (x0, y0), (x1, y1) = CORNERS[start]["centre"], CORNERS[end]["centre"]
        x, y = _texts(triangle)[meaning].get_position()
        label_side = (x1 - x0) * (y - y0) - (y1 - y0) * (x - x0)
        centre_side = (x1 - x0) * (centre[1] - y0) - (y1 - y0) * (centre[0] - x0)
        assert label_side * centre_side < 0, meaning


def test_corners_differ_by_words_not_only_colour(triangle):
    figure = triangle.figure
    figure.draw_without_rendering()
    texts = _texts(triangle)
    boxes = _boxes(triangle)
    assert len(boxes) == 3
    for heading in HEADINGS:
        extent = texts[heading].get_window_extent()
        holders = [
            box
            for box in boxes
            if box.get_window_extent().contains(extent.x0 + 1, extent.y0 + 1)
            and box.get_window_extent().contains(extent.x1 - 1, extent.y1 - 1)
        ]
        assert len(holders) == 1, heading
    assert len({box.get_edgecolor() for box in boxes}) == 3


def test_corner_text_stays_inside_its_box_and_labels_stay_out(triangle):
    figure = triangle.figure
    figure.draw_without_rendering()
    boxes = [b.get_window_extent() for b in _boxes(triangle)]
    inside = 0
    for label, text in _texts(triangle).items():
        extent = text.get_window_extent()
        centre = ((extent.x0 + extent.x1) / 2, (extent.y0 + extent.y1) / 2)
        holders = [box for box in boxes if box.contains(*centre)]
        if label in MEANINGS:
            assert not holders, label
            continue
        for box in holders:
            inside += 1
            assert box.x0 < extent.x0 and extent.x1 < box.x1, label
            assert box.y0 < extent.y0 and extent.y1 < box.y1, label
    # Heading, gloss and example in each of the three corners.
    assert inside == 3 * 3


def test_links_to_the_triangle_of_person_and_marks_the_case_fictional(triangle):
    labels = list(_texts(triangle))
    assert any("triangle of person" in label for label in labels)
    assert any("fictional" in label for label in labels)
    assert "fictional" in triangle.alt and "fictional" in triangle.caption


def test_alt_text_names_every_corner_and_arrow(triangle):
    alt = triangle.alt.lower()
    for label in ["defence (d)", "anxiety (a)", "hidden feeling (f)", *MEANINGS]:
        assert label in alt, label
    assert "malan" in triangle.caption.lower()


def test_axes_are_hidden(triangle):
    assert not _axes(triangle).axison
