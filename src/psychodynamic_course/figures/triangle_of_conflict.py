"""Malan's triangle of conflict, drawn for the fictional case of Nadia Reyes (chapter 6).

Malan (1979) described a conflict as three linked parts: a hidden feeling (F) the person
finds hard to bear, the anxiety (A) that the feeling stirs up, and the defence (D) that
keeps the feeling out of view and so calms the anxiety. The figure puts Nadia's example at
each corner and writes, along arrows going round the triangle, how each part leads to the
next.

Nadia is fictional; the figure illustrates an idea and says nothing about the reader.

Example:
    >>> figure = triangle_of_conflict()
    >>> figure.figure_id
    'fig-triangle-of-conflict'
"""

from __future__ import annotations

import math

from matplotlib.patches import FancyArrowPatch, FancyBboxPatch

from psychodynamic_course.figures.style import (
    PALETTE,
    AccessibleFigure,
    course_style,
    new_diagram,
    tint,
    upright_angle,
)

# Data units match the figure's inches and the aspect is fixed, so an angle computed in
# data units is the angle the reader sees, and arrow labels lie along their arrows.
_WIDTH, _HEIGHT = 10.0, 8.0
_BOX_WIDTH, _BOX_HEIGHT = 3.4, 1.75

# Corners in Malan's customary orientation: defence and anxiety above, the hidden feeling
# at the bottom, beneath the other two. Each corner is told apart by its words and letter;
# colour only repeats what the words say.
CORNERS = {
    "D": {
        "centre": (1.8, 6.85),
        "heading": "Defence (D)",
        "gloss": "what keeps the feeling away",
        "example": 'says "it\'s fine"; pulls away first;\nworks late rather than ask',
        "colour": PALETTE["blue"],
    },
    "A": {
        "centre": (8.2, 6.85),
        "heading": "Anxiety (A)",
        "gloss": "what the feeling seems to risk",
        "example": "fear of being let down, or of\nbeing a burden if she shows a need",
        "colour": PALETTE["vermillion"],
    },
    "F": {
        "centre": (5.0, 1.75),
        "heading": "Hidden feeling (F)",
        "gloss": "what is kept out of view",
        "example": "longing to be looked after;\nanger at being let down",
        "colour": PALETTE["green"],
    },
}

# The cycle, in order: each arrow runs from one part to the part it leads to.
ARROWS = (
    ("F", "A", "the feeling stirs up anxiety"),
    ("A", "D", "anxiety calls up a defence"),
    ("D", "F", "the defence keeps it hidden"),
)

_ALT_TEXT = (
    "A triangle of conflict for Nadia Reyes, a fictional case. Three labelled boxes sit at "
    "the corners of a triangle that points down. Top left: defence (D), what keeps the "
    'feeling away; she says "it\'s fine", pulls away first and works late rather than ask. '
    "Top right: anxiety (A), what the feeling seems to risk; fear of being let down, or of "
    "being a burden if she shows a need. Bottom: hidden feeling (F), what is kept out of "
    "view; a longing to be looked after and anger at being let down. Arrows run round the "
    "triangle, each labelled: from the hidden feeling to anxiety, 'the feeling stirs up "
    "anxiety'; from anxiety to defence, 'anxiety calls up a defence'; from defence back to "
    "the hidden feeling, 'the defence keeps it hidden'. A note at the bottom says that the "
    "same conflict can appear with past figures, current others and the therapist, the "
    "triangle of person of chapter 3."
)

_CAPTION = (
    "The triangle of conflict (after Malan, 1979), filled in for the fictional case of "
    "Nadia. A feeling she finds hard to bear stirs up anxiety, the anxiety calls up a "
    "defence, and the defence keeps the feeling out of view, so the cycle can repeat. "
    "The readings at the corners are guesses that Nadia and Dr Cole could test together."
)


def triangle_of_conflict() -> AccessibleFigure:
    """Draw the triangle of conflict for Nadia: hidden feeling, anxiety and defence.

    The corners are labelled in words (defence, anxiety, hidden feeling), each with a
    short gloss and Nadia's example; arrows go round the triangle, each with what it means
    written along it. The drawing is deterministic, so the SVG is the same on every run.

    Example:
        >>> figure = triangle_of_conflict()
        >>> "hidden feeling" in figure.alt
        True
        >>> figure.figure.axes[0].axison
        False
    """
    with course_style():
        fig, ax = new_diagram(_WIDTH, _HEIGHT)
        ax.set_aspect("equal")

        boxes = {key: _draw_corner(ax, corner) for key, corner in CORNERS.items()}
        for start, end, meaning in ARROWS:
            _draw_arrow(ax, boxes, start, end, meaning)
        ax.text(
            _WIDTH / 2,
            0.45,
            "The same conflict can show with past figures, current others and the therapist"
            " (the triangle of person, chapter 3).",
            ha="center",
            va="center",
            fontsize=10,
            color=PALETTE["black"],
        )
        ax.text(
            _WIDTH / 2,
            0.12,
            "Nadia Reyes is a fictional person; each corner is a guess to test together.",
            ha="center",
            va="center",
            fontsize=10,
            fontstyle="italic",
            color=PALETTE["grey"],
        )

    return AccessibleFigure(
        fig, alt=_ALT_TEXT, caption=_CAPTION, figure_id="fig-triangle-of-conflict"
    )


def edge_angle(start: str, end: str) -> float:
    """The angle in degrees at which the label of an arrow is written, kept upright.

    Example:
        >>> edge_angle("A", "D")
        0.0
    """
    return upright_angle(CORNERS[start]["centre"], CORNERS[end]["centre"])


def _centroid() -> tuple[float, float]:
    xs, ys = zip(*(corner["centre"] for corner in CORNERS.values()), strict=True)
    return sum(xs) / 3, sum(ys) / 3


def _draw_arrow(ax, boxes: dict, start: str, end: str, meaning: str) -> None:
    """An arrow from one corner box to the next, its meaning written alongside, outside."""
    (x0, y0), (x1, y1) = CORNERS[start]["centre"], CORNERS[end]["centre"]
    ax.add_patch(
        FancyArrowPatch(
            (x0, y0),
            (x1, y1),
            patchA=boxes[start],
            patchB=boxes[end],
            arrowstyle="-|>,head_length=0.7,head_width=0.35",
            mutation_scale=20,
            shrinkA=4,
            shrinkB=4,
            color=PALETTE["grey"],
            linewidth=2.5,
            gid=f"arrow-{start}-{end}",
            zorder=1,
        )
    )
    mid_x, mid_y = (x0 + x1) / 2, (y0 + y1) / 2
    length = math.hypot(x1 - x0, y1 - y0)
    normal_x, normal_y = -(y1 - y0) / length, (x1 - x0) / length
    centre_x, centre_y = _centroid()
    # Put the label on the side of the arrow away from the middle of the triangle.
    if normal_x * (mid_x - centre_x) + normal_y * (mid_y - centre_y) < 0:
        normal_x, normal_y = -normal_x, -normal_y
    offset = 0.32
    ax.text(
        mid_x + offset * normal_x,
        mid_y + offset * normal_y,
        meaning,
        ha="center",
        va="center",
        rotation=edge_angle(start, end),
        rotation_mode="anchor",
        fontsize=12,
        fontweight="bold",
        color=PALETTE["black"],
        zorder=3,
    )


def _draw_corner(ax, corner: dict) -> FancyBboxPatch:
    """A corner box: heading with its letter, what the corner is, and Nadia's example."""
    x, y = corner["centre"]
    left, bottom = x - _BOX_WIDTH / 2, y - _BOX_HEIGHT / 2
    box = FancyBboxPatch(
        (left, bottom),
        _BOX_WIDTH,
        _BOX_HEIGHT,
        boxstyle="round,pad=0,rounding_size=0.15",
        facecolor=tint(corner["colour"], 0.16),
        edgecolor=corner["colour"],
        linewidth=2.0,
        zorder=2,
    )
    ax.add_patch(box)
    ax.text(
        x,
        bottom + _BOX_HEIGHT * 0.83,
        corner["heading"],
        ha="center",
        va="center",
        fontsize=13,
        fontweight="bold",
        color=PALETTE["black"],
        zorder=3,
    )
    ax.text(
        x,
        bottom + _BOX_HEIGHT * 0.62,
        corner["gloss"],
        ha="center",
        va="center",
        fontsize=10.5,
        fontstyle="italic",
        color=PALETTE["black"],
        zorder=3,
    )
    ax.text(
        x,
        bottom + _BOX_HEIGHT * 0.28,
        corner["example"],
        ha="center",
        va="center",
        fontsize=10.5,
        color=PALETTE["black"],
        linespacing=1.15,
        zorder=3,
    )
    return box
