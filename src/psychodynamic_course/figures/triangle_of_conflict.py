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

from matplotlib.patches import FancyArrowPatch

from .style import PALETTE, AccessibleFigure, centred_text, course_style, new_diagram
from .triangle import draw_corner, fictional_note, label_side, side_angle

_WIDTH, _HEIGHT = 10.0, 8.0
_BOX_SIZE = (3.4, 1.75)

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

        boxes = {
            key: draw_corner(ax, corner, corner["gloss"], _BOX_SIZE)
            for key, corner in CORNERS.items()
        }
        for start, end, meaning in ARROWS:
            _draw_arrow(ax, boxes, start, end, meaning)
        centred_text(
            ax,
            _WIDTH / 2,
            0.45,
            "The same conflict can show with past figures, current others and the therapist"
            " (the triangle of person, chapter 3).",
            size=10,
        )
        fictional_note(
            ax,
            _WIDTH / 2,
            0.12,
            "Nadia Reyes is a fictional person; each corner is a guess to test together.",
            size=10,
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
    return side_angle(CORNERS, start, end)


def _draw_arrow(ax, boxes: dict, start: str, end: str, meaning: str) -> None:
    """An arrow from one corner box to the next, its meaning written alongside, outside."""
    ax.add_patch(
        FancyArrowPatch(
            CORNERS[start]["centre"],
            CORNERS[end]["centre"],
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
    label_side(ax, CORNERS, start, end, meaning)
