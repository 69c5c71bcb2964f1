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

from matplotlib.patches import FancyBboxPatch

from .style import PALETTE, AccessibleFigure, centred_text, course_style, new_diagram
from .triangle import centroid, draw_corner, fictional_note, label_side, side_angle

_WIDTH, _HEIGHT = 10.0, 7.4
_BOX_SIZE = (3.5, 1.75)

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
            draw_corner(ax, corner, corner["who"], _BOX_SIZE)
        _draw_expectation(ax)
        fictional_note(
            ax,
            _WIDTH / 2,
            0.22,
            "Nadia Reyes is a fictional person. The links are hypotheses to test together.",
            size=10.5,
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
    return side_angle(CORNERS, start, end)


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
    label_side(ax, CORNERS, start, end, pattern)


def _draw_expectation(ax) -> None:
    """The expectation shared by all three corners, in a dashed box in the middle."""
    # Below the centroid, where the triangle is still wide enough, clear of the corners.
    x, y = centroid(CORNERS)
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
    centred_text(
        ax,
        x,
        y + height * 0.27,
        "shared expectation",
        size=10,
        colour=PALETTE["grey"],
        fontstyle="italic",
        zorder=3,
    )
    centred_text(
        ax,
        x,
        y - height * 0.13,
        EXPECTATION,
        size=12,
        fontweight="bold",
        linespacing=1.15,
        zorder=3,
    )
