"""Tests for the Strange Situation episode figure of chapter 5."""

import pytest
from matplotlib.lines import Line2D
from matplotlib.patches import FancyBboxPatch
from matplotlib.text import Annotation

from psychodynamic_course.figures.strange_situation import EPISODES, strange_situation_episodes
from psychodynamic_course.figures.style import PALETTE, AccessibleFigure

# Who is in the room in each episode (Ainsworth et al., 1978).
PRESENT = {
    1: {"caregiver", "infant"},
    2: {"caregiver", "infant"},
    3: {"caregiver", "stranger", "infant"},
    4: {"stranger", "infant"},
    5: {"caregiver", "infant"},
    6: {"infant"},
    7: {"stranger", "infant"},
    8: {"caregiver", "infant"},
}
SEPARATIONS = {4, 6, 7}
REUNIONS = {5, 8}


@pytest.fixture(scope="module")
def figure():
    return strange_situation_episodes()


def _axes(figure: AccessibleFigure):
    return figure.figure.axes[0]


def _panels(figure: AccessibleFigure) -> dict[int, FancyBboxPatch]:
    panels = {}
    for patch in _axes(figure).patches:
        gid = patch.get_gid() or ""
        if isinstance(patch, FancyBboxPatch) and gid.startswith("episode:"):
            panels[int(gid.split(":")[1])] = patch
    return panels


def _people(figure: AccessibleFigure) -> dict[int, set[str]]:
    people: dict[int, set[str]] = {}
    for line in _axes(figure).lines:
        gid = line.get_gid() or ""
        if isinstance(line, Line2D) and gid.count(":") == 2:
            _, number, person = gid.split(":")
            people.setdefault(int(number), set()).add(person)
    return people


def _texts(figure: AccessibleFigure) -> list[str]:
    return [" ".join(text.get_text().split()) for text in _axes(figure).texts]


def test_one_panel_per_episode_in_order(figure):
    panels = _panels(figure)
    assert sorted(panels) == list(range(1, 9))
    # Read left to right, then top to bottom: two rows of four.
    first_row = [panels[n].get_y() for n in range(1, 5)]
    second_row = [panels[n].get_y() for n in range(5, 9)]
    assert len(set(first_row)) == 1 and len(set(second_row)) == 1
    assert first_row[0] > second_row[0]
    xs = [panels[n].get_x() for n in range(1, 5)]
    assert xs == sorted(xs)


def test_who_is_in_the_room_matches_the_procedure(figure):
    assert _people(figure) == PRESENT


def test_the_infant_is_in_every_episode_and_alone_only_in_episode_6(figure):
    people = _people(figure)
    assert all("infant" in present for present in people.values())
    assert [n for n, present in people.items() if present == {"infant"}] == [6]


def test_people_differ_by_shape_and_letter_not_colour_alone(figure):
    markers = {}
    for line in _axes(figure).lines:
        gid = line.get_gid() or ""
        if gid.count(":") == 2:
            markers.setdefault(gid.split(":")[2], set()).add(line.get_marker())
    assert {person: len(shapes) for person, shapes in markers.items()} == {
        "infant": 1,
        "caregiver": 1,
        "stranger": 1,
    }
    assert len({next(iter(shapes)) for shapes in markers.values()}) == 3
    texts = _texts(figure)
    for letter in ("I", "C", "S"):
        assert letter in texts


def test_separations_are_dashed_and_reunions_thick(figure):
    panels = _panels(figure)
    dashed = {n for n, p in panels.items() if p.get_linestyle() in ("dashed", "--")}
    assert dashed == SEPARATIONS
    widths = {n: p.get_linewidth() for n, p in panels.items()}
    thickest = max(widths.values())
    assert {n for n, w in widths.items() if w == thickest} == REUNIONS
    assert all(widths[n] < thickest for n in set(widths) - REUNIONS)


def test_separations_and_reunions_are_also_written_out(figure):
    texts = _texts(figure)
    assert texts.count("SEPARATION") == len(SEPARATIONS)
    assert texts.count("REUNION") == len(REUNIONS)


def test_reunion_outline_colour_is_from_the_course_palette(figure):
    panels = _panels(figure)
    blue = tuple(int(PALETTE["blue"][i : i + 2], 16) / 255 for i in (1, 3, 5))
    for number in REUNIONS:
        assert panels[number].get_edgecolor()[:3] == pytest.approx(blue)


def test_every_episode_title_is_shown(figure):
    texts = _texts(figure)
    for number, title, *_ in EPISODES:
        assert f"{number}. {title}" in texts


def test_episodes_are_joined_by_arrows(figure):
    arrows = [
        a for a in _axes(figure).texts if isinstance(a, Annotation) and a.arrow_patch is not None
    ]
    # Three steps in each row and one from episode 4 to episode 5.
    assert len(arrows) == 7


def test_a_note_gives_timing_and_what_is_watched(figure):
    note = " ".join(_texts(figure))
    assert "three minutes" in note
    assert "cut short" in note
    assert "reunions" in note


def test_titles_fit_inside_their_panels(figure):
    fig = figure.figure
    fig.draw_without_rendering()
    panels = {n: p.get_window_extent() for n, p in _panels(figure).items()}
    for text in _axes(figure).texts:
        label = text.get_text()
        if ". " not in label or not label[0].isdigit():
            continue
        box = panels[int(label.split(".")[0])]
        extent = text.get_window_extent()
        assert box.x0 < extent.x0 and extent.x1 < box.x1, label


def test_alt_text_describes_every_episode(figure):
    alt = figure.alt.lower()
    for number, title, *_ in EPISODES:
        assert f"episode {number}, {title.lower()}" in alt
    for word in ("dashed", "thick", "three minutes", "reunions"):
        assert word in alt
    assert "not a test" in figure.caption
