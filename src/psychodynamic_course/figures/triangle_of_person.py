"""Malan's triangle of person, drawn for the fictional case of Nadia Reyes (chapter 3).

Malan (1979) described three kinds of relationship in which the same pattern of feeling
and expectation can be recognised: with figures from the past (P), with current others
and with the therapist (T). He built on Menninger's (1958) "triangle of insight" and
lettered the corners O (other), T (transference) and P (parent); the book writes C for
his O, so that the letter says "current others". The figure puts one person's examples at the three
corners and writes the pattern that two corners share along the edge that joins them,
with the expectation common to all three in the middle.

Nadia is fictional; the figure illustrates an idea and says nothing about the reader.

Example:
    >>> figure = triangle_of_person()
    >>> figure.figure_id
    'fig-triangle-of-person'
"""

from __future__ import annotations

import math

from matplotlib.patches import FancyBboxPatch

from psychodynamic_course.figures.style import (
    PALETTE,
    AccessibleFigure,
    course_style,
    new_diagram,
    tint,
    upright_angle,
)

# Data units match the figure's inches and the aspect is fixed, so an angle computed in
# data units is the angle the reader sees, and edge labels lie along their edges.
_WIDTH, _HEIGHT = 10.0, 7.4
_BOX_WIDTH, _BOX_HEIGHT = 3.5, 1.75

# Corners in the customary orientation: current others and the therapist above, the past
# at the base the other two rest on. Each corner is told apart by its words and letter;
# colour only repeats what the words say.
CORNERS = {
    "C": {
        "centre": (2.05, 5.95),
        "heading": "Current others (C)",
        "who": "Sam, her ex-partner; Priya, her manager",
        "example": "watched Sam for signs of fading\ninterest; never asks Priya for help",
        "colour": PALETTE["vermillion"],
    },
    "T": {
        "centre": (7.95, 5.95),
        "heading": "The therapist (T)",
        "who": "Dr Amara Cole",
        "example": "mentions how low her week was\nonly in the last minutes of a session",
        "colour": PALETTE["green"],
    },
    "P": {
        "centre": (5.0, 1.55),
        "heading": "Past figures (P)",
        "who": "her father",
        "example": "moved away when she was seven;\npromised visits that sometimes\ndid not happen",
        "colour": PALETTE["blue"],
    },
}

# The pattern two corners share, written along the edge between them.
EDGES = (
    ("C", "P", "expects to be let down"),
    ("C", "T", "does not ask for help"),
    ("T", "P", "plays down what she feels"),
)

EXPECTATION = '"If I need someone,\nthey pull away"'

_ALT_TEXT = (
    "A triangle of person for Nadia Reyes, a fictional case. Three labelled boxes sit at "
    "the corners of a triangle. Top left: current others (C), Sam, her ex-partner, and "
    "Priya, her manager; she watched Sam for signs of fading interest and never asks "
    "Priya for help. Top right: the therapist (T), Dr Amara Cole; Nadia mentions how low "
    "her week was only in the last minutes of a session. Bottom: past figures (P), her "
    "father, who moved away when she was seven and promised visits that sometimes did "
    "not happen. Each edge of the triangle is labelled with the pattern the two corners "
    "it joins have in common: between current others and past figures, 'expects to be "
    "let down'; between current others and the therapist, 'does not ask for help'; "
    "between the therapist and past figures, 'plays down what she feels'. In the middle "
    "of the triangle, in a dashed box, is the expectation shared by all three corners: "
    "'If I need someone, they pull away'."
)

_CAPTION = (
    "The triangle of person (after Malan, 1979, who built on Menninger's triangle of "
    "insight), filled in for the fictional case of Nadia. Malan lettered the corners O, T "
    "and P; this book writes C (current others) for his O. The same expectation can be "
    "recognised with a figure from her past, with people in her life now and with her "
    "therapist: a hypothesis that Nadia and Dr Cole can test together."
)


def triangle_of_person() -> AccessibleFigure:
    """Draw the triangle of person for Nadia: three corners, three edges, one expectation.

    The corners are labelled in words (past figures, current others, the therapist) with
    Nadia's examples; each edge carries the pattern its two corners share, written along
    the edge; the shared expectation sits in the middle. The drawing is deterministic, so
    the SVG is the same on every run.

    Example:
        >>> figure = triangle_of_person()
        >>> "therapist" in figure.alt
        True
        >>> figure.figure.axes[0].axison
        False
    """
    with course_style():
        fig, ax = new_diagram(_WIDTH, _HEIGHT)
        ax.set_aspect("equal")

        for start, end, pattern in EDGES:
            _draw_edge(ax, start, end, pattern)
        for corner in CORNERS.values():
            _draw_corner(ax, corner)
        _draw_expectation(ax)
        ax.text(
            _WIDTH / 2,
            0.22,
            "Nadia Reyes is a fictional person. The links are hypotheses to test together.",
            ha="center",
            va="center",
            fontsize=10.5,
            fontstyle="italic",
            color=PALETTE["grey"],
        )

    return AccessibleFigure(
        fig, alt=_ALT_TEXT, caption=_CAPTION, figure_id="fig-triangle-of-person"
    )


def edge_angle(start: str, end: str) -> float:
    """The angle in degrees at which the label of an edge is written, kept upright.

    Example:
        >>> edge_angle("C", "T")
        0.0
    """
    return upright_angle(CORNERS[start]["centre"], CORNERS[end]["centre"])


def _centroid() -> tuple[float, float]:
    xs, ys = zip(*(corner["centre"] for corner in CORNERS.values()), strict=True)
    return sum(xs) / 3, sum(ys) / 3


def _draw_edge(ax, start: str, end: str, pattern: str) -> None:
    """A side of the triangle, with its shared pattern written alongside, outside it."""
    (x0, y0), (x1, y1) = CORNERS[start]["centre"], CORNERS[end]["centre"]
    ax.plot(
        [x0, x1],
        [y0, y1],
        color=PALETTE["grey"],
        linewidth=2.5,
        solid_capstyle="round",
        zorder=1,
    )
    mid_x, mid_y = (x0 + x1) / 2, (y0 + y1) / 2
    length = math.hypot(x1 - x0, y1 - y0)
    normal_x, normal_y = -(y1 - y0) / length, (x1 - x0) / length
    centre_x, centre_y = _centroid()
    # Put the label on the side of the edge away from the middle of the triangle.
    if normal_x * (mid_x - centre_x) + normal_y * (mid_y - centre_y) < 0:
        normal_x, normal_y = -normal_x, -normal_y
    offset = 0.32
    ax.text(
        mid_x + offset * normal_x,
        mid_y + offset * normal_y,
        pattern,
        ha="center",
        va="center",
        rotation=edge_angle(start, end),
        rotation_mode="anchor",
        fontsize=12,
        fontweight="bold",
        color=PALETTE["black"],
        zorder=3,
    )


def _draw_corner(ax, corner: dict) -> None:
    """A corner box: heading with its letter, who it is, and Nadia's example."""
    x, y = corner["centre"]
    left, bottom = x - _BOX_WIDTH / 2, y - _BOX_HEIGHT / 2
    ax.add_patch(
        FancyBboxPatch(
            (left, bottom),
            _BOX_WIDTH,
            _BOX_HEIGHT,
            boxstyle="round,pad=0,rounding_size=0.15",
            facecolor=tint(corner["colour"], 0.16),
            edgecolor=corner["colour"],
            linewidth=2.0,
            zorder=2,
        )
    )
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
        corner["who"],
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


def _draw_expectation(ax) -> None:
    """The expectation shared by all three corners, in a dashed box in the middle."""
    # Below the centroid, where the triangle is still wide enough, clear of the corners.
    x, y = _centroid()
    y -= 0.3
    width, height = 2.6, 1.05
    ax.add_patch(
        FancyBboxPatch(
            (x - width / 2, y - height / 2),
            width,
            height,
            boxstyle="round,pad=0,rounding_size=0.12",
            facecolor="white",
            edgecolor=PALETTE["black"],
            linestyle="dashed",
            linewidth=1.3,
            zorder=2,
        )
    )
    ax.text(
        x,
        y + height * 0.27,
        "shared expectation",
        ha="center",
        va="center",
        fontsize=10,
        fontstyle="italic",
        color=PALETTE["grey"],
        zorder=3,
    )
    ax.text(
        x,
        y - height * 0.13,
        EXPECTATION,
        ha="center",
        va="center",
        fontsize=12,
        fontweight="bold",
        color=PALETTE["black"],
        linespacing=1.15,
        zorder=3,
    )
