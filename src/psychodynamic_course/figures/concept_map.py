"""The past-to-present concept map of chapter 1.

One picture of the chapter's central idea: experiences from the past shape processes that
run mostly outside awareness, and those processes show up in present life, in the four
areas where psychodynamic therapy hopes to help. The theory's claim is that therapy helps
by bringing the middle column into view.

The figure is a teaching simplification, not a model of any one person, and it says
nothing about the reader.

Example:
    >>> figure = past_to_present_map()
    >>> figure.figure_id
    'fig-past-to-present'
"""

from __future__ import annotations

from matplotlib.patches import FancyBboxPatch

from psychodynamic_course.figures.style import (
    PALETTE,
    AccessibleFigure,
    course_style,
    new_diagram,
    tint,
)

# Drawing in data units that match the figure's inches keeps text sizes (in points) and
# box sizes (in data units) easy to reason about together.
_WIDTH, _HEIGHT = 10.0, 6.4
_BOX_WIDTH = 2.6
_COLUMN_LEFT = (0.1, 3.7, 7.3)
_BOXES_TOP, _BOXES_BOTTOM = 5.15, 1.4

# Each column pairs a colour with a heading and an outline style, so the grouping still
# reads in greyscale or for a reader who cannot tell the colours apart.
_COLUMNS = (
    {
        "heading": "The past",
        "subheading": "what happened, what was learned",
        "colour": PALETTE["blue"],
        "linestyle": "solid",
        "linewidth": 1.5,
        "boxes": (
            ("Early relationships", "how caregivers met\na child's needs"),
            ("Losses and hard times", "separations, illness,\nupheaval"),
            ("What was learned\nto expect", '"if I need someone,\nthey pull away"'),
        ),
    },
    {
        "heading": "Hidden processes",
        "subheading": "mostly outside awareness",
        "colour": PALETTE["vermillion"],
        # Dashed: these processes are at work but out of sight.
        "linestyle": "dashed",
        "linewidth": 1.5,
        "boxes": (
            ("Feelings pushed out\nof awareness", "grief, anger, longing"),
            ("Defences", "ways of keeping those\nfeelings at a distance"),
            ("Expectations of others", "old predictions applied\nto new people"),
        ),
    },
    {
        "heading": "Present life",
        "subheading": "where the effects show",
        "colour": PALETTE["green"],
        # Thick: the part of life a person can see and wants to change.
        "linestyle": "solid",
        "linewidth": 2.5,
        "boxes": (
            ("Relationships", "closeness, trust, conflict"),
            ("Emotional life", "range and steadiness of feeling"),
            ("Self-esteem", "how a person values themselves"),
            ("Day-to-day functioning", "work, study, routines"),
        ),
    },
)

_ALT_TEXT = (
    "Concept map in three columns, read from left to right. "
    "The left column, headed 'The past', has three boxes with solid outlines: early "
    "relationships (how caregivers met a child's needs), losses and hard times, and what "
    "was learned to expect from others, for example 'if I need someone, they pull away'. "
    "A broad arrow labelled 'shapes' points from the past to the middle column, headed "
    "'Hidden processes' and drawn with dashed outlines because these processes are mostly "
    "outside awareness: feelings pushed out of awareness, such as grief, anger or longing; "
    "defences, the ways of keeping those feelings at a distance; and expectations of "
    "others, old predictions applied to new people. "
    "A second broad arrow labelled 'shows up in' points from the middle column to the "
    "right column, headed 'Present life', with four thick-outlined boxes for the four "
    "areas psychodynamic therapy hopes to improve: relationships, emotional life, "
    "self-esteem and day-to-day functioning. "
    "A note along the bottom, with an arrow pointing up to the middle column, gives the "
    "theory's claim: therapy helps by making the middle column visible, so that the past's "
    "hold on the present can be understood and loosened."
)

_CAPTION = (
    "Past to present. Early experience shapes feelings, defences and expectations that "
    "run mostly outside awareness, and these show up in present life. Psychodynamic "
    "theory claims that therapy helps by bringing the middle column into view. A "
    "simplified teaching picture: real lives are less tidy, and the influences run in "
    "many directions."
)


def past_to_present_map() -> AccessibleFigure:
    """Draw the past-to-present concept map of chapter 1.

    Three columns of boxes (the past, hidden processes, present life) joined by labelled
    arrows, with a note giving the theory's claim about how therapy helps. The
    drawing is deterministic, so the SVG is the same on every run.

    Example:
        >>> figure = past_to_present_map()
        >>> "present" in figure.alt
        True
        >>> figure.figure.axes[0].axison
        False
    """
    with course_style():
        fig, ax = new_diagram(_WIDTH, _HEIGHT)

        for left, column in zip(_COLUMN_LEFT, _COLUMNS, strict=True):
            _draw_column(ax, left, column)

        centre_y = (_BOXES_TOP + _BOXES_BOTTOM) / 2
        _draw_link(ax, _COLUMN_LEFT[0] + _BOX_WIDTH, _COLUMN_LEFT[1], centre_y, "shapes")
        _draw_link(ax, _COLUMN_LEFT[1] + _BOX_WIDTH, _COLUMN_LEFT[2], centre_y, "shows\nup in")
        _draw_therapy_note(ax)

    return AccessibleFigure(fig, alt=_ALT_TEXT, caption=_CAPTION, figure_id="fig-past-to-present")


def _draw_column(ax, left: float, column: dict) -> None:
    """Heading, subheading and evenly spaced boxes for one column."""
    centre_x = left + _BOX_WIDTH / 2
    ax.text(
        centre_x,
        6.05,
        column["heading"],
        ha="center",
        va="center",
        fontsize=13,
        fontweight="bold",
        color=PALETTE["black"],
    )
    ax.text(
        centre_x,
        5.62,
        column["subheading"],
        ha="center",
        va="center",
        fontsize=10,
        fontstyle="italic",
        color=PALETTE["grey"],
    )

    boxes = column["boxes"]
    gap = 0.22
    height = (_BOXES_TOP - _BOXES_BOTTOM - gap * (len(boxes) - 1)) / len(boxes)
    for index, (title, detail) in enumerate(boxes):
        bottom = _BOXES_TOP - (index + 1) * height - index * gap
        ax.add_patch(
            FancyBboxPatch(
                (left, bottom),
                _BOX_WIDTH,
                height,
                boxstyle="round,pad=0,rounding_size=0.12",
                facecolor=tint(column["colour"], 0.18),
                edgecolor=column["colour"],
                linestyle=column["linestyle"],
                linewidth=column["linewidth"],
            )
        )
        # Title in the upper part, detail in the lower part: two-line titles share the
        # space with two-line details without overlapping.
        ax.text(
            centre_x,
            bottom + height * 0.68,
            title,
            ha="center",
            va="center",
            fontsize=10.5,
            fontweight="bold",
            color=PALETTE["black"],
            linespacing=1.1,
        )
        ax.text(
            centre_x,
            bottom + height * 0.28,
            detail,
            ha="center",
            va="center",
            fontsize=9,
            color=PALETTE["black"],
            linespacing=1.1,
        )


def _draw_link(ax, start_x: float, end_x: float, y: float, label: str) -> None:
    """A broad arrow between two columns with its label above it.

    One arrow per pair of columns, not one per box: the map does not claim that a
    particular past experience leads to a particular hidden process.
    """
    ax.annotate(
        "",
        xy=(end_x - 0.08, y),
        xytext=(start_x + 0.08, y),
        arrowprops={
            "arrowstyle": "simple,head_length=0.9,head_width=1.3,tail_width=0.55",
            "facecolor": PALETTE["grey"],
            "edgecolor": PALETTE["grey"],
        },
    )
    ax.text(
        (start_x + end_x) / 2,
        y + 0.42,
        label,
        ha="center",
        va="bottom",
        fontsize=10,
        fontstyle="italic",
        color=PALETTE["black"],
        linespacing=1.1,
    )


def _draw_therapy_note(ax) -> None:
    """The bottom note, pointing up at the middle column it is about."""
    note = (
        "The theory's claim: therapy helps when person and therapist make the middle column\n"
        "visible, so that the past's hold on the present can be understood and loosened."
    )
    ax.text(
        _WIDTH / 2,
        0.5,
        note,
        ha="center",
        va="center",
        fontsize=10.5,
        color=PALETTE["black"],
        linespacing=1.3,
        bbox={
            "boxstyle": "round,pad=0.5",
            "facecolor": "white",
            "edgecolor": PALETTE["black"],
            "linewidth": 1.0,
        },
    )
    middle_x = _COLUMN_LEFT[1] + _BOX_WIDTH / 2
    ax.annotate(
        "",
        xy=(middle_x, _BOXES_BOTTOM - 0.05),
        xytext=(middle_x, 0.95),
        arrowprops={
            "arrowstyle": "-|>",
            "color": PALETTE["black"],
            "linewidth": 1.5,
            "mutation_scale": 16,
        },
    )
