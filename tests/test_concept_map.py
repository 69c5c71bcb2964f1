"""Tests for the past-to-present concept map of chapter 1."""

import pytest
from matplotlib.patches import FancyBboxPatch
from matplotlib.text import Annotation

from psychodynamic_course.figures.concept_map import past_to_present_map
from psychodynamic_course.figures.style import AccessibleFigure

PAST = ["Early relationships", "Losses and hard times", "What was learned to expect"]
HIDDEN = ["Feelings pushed out of awareness", "Defences", "Expectations of others"]
PRESENT = ["Relationships", "Emotional life", "Self-esteem", "Day-to-day functioning"]
HEADINGS = ["The past", "Hidden processes", "Present life"]


@pytest.fixture(scope="module")
def concept_map():
    return past_to_present_map()


def _texts(figure: AccessibleFigure) -> list[str]:
    # Line breaks are layout, not content: compare labels as single lines.
    return [" ".join(text.get_text().split()) for text in figure.figure.axes[0].texts]


@pytest.mark.parametrize("label", PAST + HIDDEN + PRESENT + HEADINGS)
def test_every_box_and_heading_is_labelled(concept_map, label):
    assert label in _texts(concept_map)


def test_one_box_per_label(concept_map):
    boxes = [p for p in concept_map.figure.axes[0].patches if isinstance(p, FancyBboxPatch)]
    assert len(boxes) == len(PAST + HIDDEN + PRESENT)


def test_hidden_processes_are_drawn_differently_from_the_rest(concept_map):
    # Meaning must not rest on colour alone: the middle column has dashed outlines.
    boxes = [p for p in concept_map.figure.axes[0].patches if isinstance(p, FancyBboxPatch)]
    dashed = [box for box in boxes if box.get_linestyle() in ("dashed", "--")]
    assert len(dashed) == len(HIDDEN)


def test_columns_are_joined_by_labelled_arrows(concept_map):
    axes = concept_map.figure.axes[0]
    arrows = [a for a in axes.texts if isinstance(a, Annotation) and a.arrow_patch is not None]
    # Past to hidden, hidden to present, and the therapy note to the middle column.
    assert len(arrows) == 3
    texts = _texts(concept_map)
    assert "shapes" in texts
    assert "shows up in" in texts


def test_notes_that_therapy_makes_the_middle_visible(concept_map):
    assert any("therapy" in text and "visible" in text for text in _texts(concept_map))


def test_axes_are_hidden(concept_map):
    assert not concept_map.figure.axes[0].axison


def test_text_stays_inside_its_box(concept_map):
    figure = concept_map.figure
    figure.draw_without_rendering()
    axes = figure.axes[0]
    boxes = [p.get_window_extent() for p in axes.patches if isinstance(p, FancyBboxPatch)]
    checked = 0
    for text in axes.texts:
        extent = text.get_window_extent()
        centre = ((extent.x0 + extent.x1) / 2, (extent.y0 + extent.y1) / 2)
        for box in boxes:
            if box.contains(*centre):
                checked += 1
                assert box.x0 < extent.x0 and extent.x1 < box.x1, text.get_text()
                assert box.y0 < extent.y0 and extent.y1 < box.y1, text.get_text()
    # A title and a detail line in every box.
    assert checked == 2 * len(boxes)


def test_alt_text_describes_past_present_and_every_box(concept_map):
    alt = concept_map.alt.lower()
    assert "past" in alt and "present" in alt
    for label in PAST[:2] + HIDDEN + PRESENT:
        assert label.lower() in alt, label
    assert concept_map.caption.strip()
