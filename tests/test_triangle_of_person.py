"""Tests for the triangle of person of chapter 3: past figures, current others, therapist."""

import math

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.lines import Line2D
from matplotlib.patches import FancyBboxPatch

from psychodynamic_course.figures.style import AccessibleFigure
from psychodynamic_course.figures.triangle_of_person import (
    CORNERS,
    EDGES,
    edge_angle,
    triangle_of_person,
)

HEADINGS = ["Past figures (P)", "Current others (C)", "The therapist (T)"]
PATTERNS = ["expects to be let down", "does not ask for help", "plays down what she feels"]


@pytest.fixture(scope="module")
def triangle():
    return triangle_of_person()


def _axes(figure: AccessibleFigure):
    return figure.figure.axes[0]


def _texts(figure: AccessibleFigure) -> dict[str, object]:
    # Line breaks are layout, not content: key labels by their single-line text.
    return {" ".join(t.get_text().split()): t for t in _axes(figure).texts}


def _boxes(figure: AccessibleFigure) -> list[FancyBboxPatch]:
    return [p for p in _axes(figure).patches if isinstance(p, FancyBboxPatch)]


@pytest.mark.parametrize("heading", HEADINGS)
def test_every_corner_is_labelled_in_words(triangle, heading):
    assert heading in _texts(triangle)


@pytest.mark.parametrize(
    "who", ["her father", "Sam, her ex-partner; Priya, her manager", "Dr Amara Cole"]
)
def test_corners_name_nadias_figures(triangle, who):
    assert who in _texts(triangle)


def test_three_sides_join_the_three_corners(triangle):
    lines = [line for line in _axes(triangle).lines if isinstance(line, Line2D)]
    assert len(lines) == 3
    ends = {frozenset(zip(line.get_xdata(), line.get_ydata(), strict=True)) for line in lines}
    expected = {frozenset({CORNERS[a]["centre"], CORNERS[b]["centre"]}) for a, b, _ in EDGES}
    assert ends == expected


@pytest.mark.parametrize(("start", "end", "pattern"), EDGES)
def test_each_edge_carries_its_pattern_written_along_it(triangle, start, end, pattern):
    text = _texts(triangle)[pattern]
    (x0, y0), (x1, y1) = CORNERS[start]["centre"], CORNERS[end]["centre"]
    slope = math.degrees(math.atan2(y1 - y0, x1 - x0)) % 180
    assert text.get_rotation() % 180 == pytest.approx(slope)
    # Beside the middle of its edge, not on some other part of the figure.
    x, y = text.get_position()
    assert math.hypot(x - (x0 + x1) / 2, y - (y0 + y1) / 2) < 0.6


def test_edge_labels_stay_upright():
    for start, end, _ in EDGES:
        assert -90 < edge_angle(start, end) <= 90


def test_edge_labels_sit_outside_the_triangle(triangle):
    centre = [sum(c["centre"][i] for c in CORNERS.values()) / 3 for i in (0, 1)]
    for start, end, pattern in EDGES:
        (x0, y0), (x1, y1) = CORNERS[start]["centre"], CORNERS[end]["centre"]
        x, y = _texts(triangle)[pattern].get_position()
        # The sign of a cross product says which side of the edge a point lies on.
        label_side = (x1 - x0) * (y - y0) - (y1 - y0) * (x - x0)
        centre_side = (x1 - x0) * (centre[1] - y0) - (y1 - y0) * (centre[0] - x0)
        assert label_side * centre_side < 0, pattern


def test_shared_expectation_in_a_dashed_box_in_the_middle(triangle):
    assert '"If I need someone, they pull away"' in _texts(triangle)
    dashed = [b for b in _boxes(triangle) if b.get_linestyle() in ("dashed", "--")]
    assert len(dashed) == 1
    # Three corner boxes with solid outlines plus the dashed one.
    assert len(_boxes(triangle)) == 4


def test_corners_differ_by_words_not_only_colour(triangle):
    # Every corner box holds its own heading: colour only repeats what the words say.
    figure = triangle.figure
    figure.draw_without_rendering()
    texts = _texts(triangle)
    for heading in HEADINGS:
        extent = texts[heading].get_window_extent()
        holders = [
            box
            for box in _boxes(triangle)
            if box.get_window_extent().contains(extent.x0 + 1, extent.y0 + 1)
            and box.get_window_extent().contains(extent.x1 - 1, extent.y1 - 1)
        ]
        assert len(holders) == 1, heading
    assert len({box.get_edgecolor() for box in _boxes(triangle)}) == 4


def test_text_stays_inside_its_box_and_edge_labels_stay_out(triangle):
    figure = triangle.figure
    figure.draw_without_rendering()
    boxes = [b.get_window_extent() for b in _boxes(triangle)]
    inside = 0
    for label, text in _texts(triangle).items():
        extent = text.get_window_extent()
        centre = ((extent.x0 + extent.x1) / 2, (extent.y0 + extent.y1) / 2)
        holders = [box for box in boxes if box.contains(*centre)]
        if label in PATTERNS:
            assert not any(box.contains(x, y) for box in boxes for x, y in _corners(text)), label
            continue
        for box in holders:
            inside += 1
            assert box.x0 < extent.x0 and extent.x1 < box.x1, label
            assert box.y0 < extent.y0 and extent.y1 < box.y1, label
    # Heading, who and example in each corner; two lines in the middle box.
    assert inside == 3 * 3 + 2


def _corners(text):
    """The four corners, in pixels, of a label's own (rotated) rectangle.

    A rotated label's window extent is the upright box around it, far larger than the
    text: a slanted edge label would seem to touch boxes it is well clear of.
    """
    renderer = FigureCanvasAgg(text.figure).get_renderer()
    width, height, _ = renderer.get_text_width_height_descent(
        text.get_text(), text.get_fontproperties(), ismath=False
    )
    x, y = text.get_transform().transform(text.get_position())
    angle = math.radians(text.get_rotation())
    along = (math.cos(angle), math.sin(angle))
    across = (-math.sin(angle), math.cos(angle))
    return [
        (
            x + a * width / 2 * along[0] + b * height / 2 * across[0],
            y + a * width / 2 * along[1] + b * height / 2 * across[1],
        )
        for a in (-1, 1)
        for b in (-1, 1)
    ]


def test_marks_the_case_as_fictional(triangle):
    assert any("fictional" in label for label in _texts(triangle))
    assert "fictional" in triangle.alt and "fictional" in triangle.caption


def test_alt_text_names_every_corner_edge_and_the_expectation(triangle):
    alt = triangle.alt.lower()
    for label in ["past figures", "current others", "the therapist", *PATTERNS]:
        assert label in alt, label
    assert "if i need someone, they pull away" in alt
    assert "malan" in triangle.caption.lower()


def test_axes_are_hidden(triangle):
    assert not _axes(triangle).axison


def test_caption_credits_menninger_and_names_malans_letters(triangle):
    caption = triangle.caption
    assert "Menninger" in caption and "triangle of insight" in caption
    # Malan's own letters were O, T and P; the book's C stands for his O.
    assert "O, T and P" in caption and "C (current others) for his O" in caption


def test_figure_and_caption_avoid_the_word_verdict(triangle):
    words = [triangle.caption, triangle.alt, *(label for label in _texts(triangle))]
    assert not any("verdict" in text.lower() for text in words)
