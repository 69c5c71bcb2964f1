"""The episodes of Ainsworth's Strange Situation, drawn as a sequence (chapter 5).

The Strange Situation is a laboratory procedure for infants of about 12 to 18 months and
one caregiver (Ainsworth, Blehar, Waters & Wall, 1978). In eight short episodes a stranger
comes in, the caregiver leaves twice and comes back twice, and observers watch above all
how the infant greets the caregiver at the two reunions. The figure shows who is in the
room in each episode, and marks the separations and reunions by outline and by label, not
by colour alone.

The figure describes a research procedure. It says nothing about the reader, and nobody
can be placed in it from a description of their childhood.

Example:
    >>> figure = strange_situation_episodes()
    >>> figure.figure_id
    'fig-strange-situation'
"""

from __future__ import annotations

from matplotlib.patches import FancyBboxPatch

from psychodynamic_course.figures.style import (
    PALETTE,
    AccessibleFigure,
    course_style,
    new_diagram,
)

# Who may be in the room: a letter, a marker shape and a colour each, so a person is
# recognisable in greyscale and without colour vision as well.
PEOPLE = {
    "infant": {"letter": "I", "marker": "o", "colour": PALETTE["orange"]},
    "caregiver": {"letter": "C", "marker": "s", "colour": PALETTE["sky_blue"]},
    "stranger": {"letter": "S", "marker": "^", "colour": PALETTE["purple"]},
}

# The eight episodes (after Ainsworth et al., 1978): number, short title, who is in the
# room, what changes, and the episode's kind ("separation", "reunion" or "").
_CG, _ST, _IN = "caregiver", "stranger", "infant"
EPISODES = (
    (1, "Introduction", (_CG, _IN), "shown into a room\nwith toys", ""),
    (2, "Exploring", (_CG, _IN), "infant plays;\ncaregiver sits nearby", ""),
    (3, "Stranger joins", (_CG, _ST, _IN), "stranger talks, then\napproaches infant", ""),
    (4, "First separation", (_ST, _IN), "caregiver leaves;\nstranger stays", "separation"),
    (5, "First reunion", (_CG, _IN), "caregiver returns;\nstranger leaves", "reunion"),
    (6, "Second separation", (_IN,), "caregiver leaves;\ninfant alone", "separation"),
    (7, "Stranger returns", (_ST, _IN), "stranger comes back;\ncaregiver still away", "separation"),
    (8, "Second reunion", (_CG, _IN), "caregiver returns;\nstranger leaves", "reunion"),
)

# Outline styles carry the kind of episode alongside its written tag.
_KIND_STYLE = {
    "": {"linestyle": "solid", "linewidth": 1.2, "edge": PALETTE["grey"]},
    "separation": {"linestyle": "dashed", "linewidth": 1.6, "edge": PALETTE["vermillion"]},
    "reunion": {"linestyle": "solid", "linewidth": 3.2, "edge": PALETTE["blue"]},
}
_KIND_TAG = {"separation": "SEPARATION", "reunion": "REUNION"}

_WIDTH, _HEIGHT = 10.0, 6.6
_PANEL_W, _PANEL_H = 2.3, 2.45
_PANEL_LEFT = (0.05, 2.58, 5.11, 7.64)
_ROW_BOTTOM = (3.45, 0.62)

_ALT_TEXT = (
    "The eight episodes of Ainsworth's Strange Situation, in two rows of four panels, read "
    "left to right and top to bottom. Each panel is a room showing who is present: the "
    "infant (a circle marked I) is in every episode; the caregiver is a square marked C and "
    "the stranger a triangle marked S. "
    "Episode 1, introduction: caregiver and infant are shown into a room with toys. "
    "Episode 2, exploring: the infant plays while the caregiver sits nearby. "
    "Episode 3, stranger joins: caregiver, stranger and infant; the stranger talks, then "
    "approaches the infant. "
    "Episode 4, first separation, drawn with a dashed outline: the caregiver leaves and the "
    "stranger stays with the infant. "
    "Episode 5, first reunion, drawn with a thick outline: the caregiver returns and the "
    "stranger leaves. "
    "Episode 6, second separation, dashed: the caregiver leaves and the infant is alone. "
    "Episode 7, stranger returns, dashed, still a separation: stranger and infant, the "
    "caregiver still away. "
    "Episode 8, second reunion, thick outline: the caregiver returns and the stranger "
    "leaves. "
    "A note at the bottom says that most episodes last about three minutes, that a "
    "separation is cut short if the infant becomes very distressed, and that observers "
    "watch the reunions most closely."
)

_CAPTION = (
    "The Strange Situation, episode by episode (after Ainsworth et al., 1978). Dashed "
    "outlines mark the separations, thick outlines the two reunions. The procedure "
    "describes how one infant behaves with one caregiver on one day; it is a research "
    "tool, not a test of anyone's personality."
)


def strange_situation_episodes() -> AccessibleFigure:
    """Draw the eight episodes of the Strange Situation as a sequence of rooms.

    Each episode is a rounded panel (``gid="episode:<n>"``) holding one marker per person
    present (``gid="episode:<n>:<person>"``). Separations have dashed outlines, reunions
    thick ones, and both carry a written tag. Deterministic: the SVG is the same each run.

    Example:
        >>> figure = strange_situation_episodes()
        >>> sorted(p.get_gid() for p in figure.figure.axes[0].patches if p.get_gid())[:2]
        ['episode:1', 'episode:2']
    """
    with course_style():
        fig, ax = new_diagram(_WIDTH, _HEIGHT)

        for index, episode in enumerate(EPISODES):
            row, column = divmod(index, 4)
            _draw_episode(ax, _PANEL_LEFT[column], _ROW_BOTTOM[row], episode)
            if column < 3:
                _draw_step(ax, _PANEL_LEFT[column] + _PANEL_W, _PANEL_LEFT[column + 1], row)

        _draw_wrap(ax)
        _draw_legend(ax)
        ax.text(
            _WIDTH / 2,
            0.24,
            "Most episodes last about three minutes; a separation is cut short if the infant\n"
            "becomes very distressed. Observers watch the reunions most closely.",
            ha="center",
            va="center",
            fontsize=9.5,
            fontstyle="italic",
            color=PALETTE["black"],
            linespacing=1.2,
        )

    return AccessibleFigure(fig, alt=_ALT_TEXT, caption=_CAPTION, figure_id="fig-strange-situation")


def _draw_episode(ax, left: float, bottom: float, episode: tuple) -> None:
    """One room: number and title, the people present, what changes, and its tag."""
    number, title, present, change, kind = episode
    style = _KIND_STYLE[kind]
    ax.add_patch(
        FancyBboxPatch(
            (left, bottom),
            _PANEL_W,
            _PANEL_H,
            boxstyle="round,pad=0,rounding_size=0.1",
            facecolor="white",
            edgecolor=style["edge"],
            linestyle=style["linestyle"],
            linewidth=style["linewidth"],
            gid=f"episode:{number}",
        )
    )
    centre = left + _PANEL_W / 2
    ax.text(
        centre,
        bottom + _PANEL_H - 0.27,
        f"{number}. {title}",
        ha="center",
        va="center",
        fontsize=10.5,
        fontweight="bold",
        color=PALETTE["black"],
    )

    # People stand in a row across the middle of the room, spaced evenly.
    spacing = 0.74
    first = centre - spacing * (len(present) - 1) / 2
    person_y = bottom + _PANEL_H * 0.58
    for slot, person in enumerate(present):
        look = PEOPLE[person]
        x = first + slot * spacing
        ax.plot(
            [x],
            [person_y],
            linestyle="none",
            marker=look["marker"],
            markersize=21 if person == "stranger" else 18,
            markerfacecolor=look["colour"],
            markeredgecolor=PALETTE["black"],
            markeredgewidth=1.0,
            gid=f"episode:{number}:{person}",
        )
        ax.text(
            x,
            person_y - (0.03 if person == "stranger" else 0),
            look["letter"],
            ha="center",
            va="center",
            fontsize=9.5,
            fontweight="bold",
            color=PALETTE["black"],
        )
        ax.text(
            x,
            person_y - 0.3,
            person,
            ha="center",
            va="center",
            fontsize=8,
            color=PALETTE["black"],
        )

    ax.text(
        centre,
        bottom + 0.62,
        change,
        ha="center",
        va="center",
        fontsize=8.5,
        color=PALETTE["black"],
        linespacing=1.15,
    )
    if kind:
        ax.text(
            centre,
            bottom + 0.2,
            _KIND_TAG[kind],
            ha="center",
            va="center",
            fontsize=8.5,
            fontweight="bold",
            color=PALETTE["black"],
            gid=f"tag:{kind}",
        )


def _draw_step(ax, start_x: float, end_x: float, row: int) -> None:
    """A small arrow from one episode to the next in the same row."""
    y = _ROW_BOTTOM[row] + _PANEL_H / 2
    ax.annotate(
        "",
        xy=(end_x - 0.04, y),
        xytext=(start_x + 0.04, y),
        arrowprops={"arrowstyle": "-|>", "color": PALETTE["grey"], "linewidth": 1.4},
    )


def _draw_wrap(ax) -> None:
    """The arrow from the end of the first row (episode 4) to the start of the second (5)."""
    ax.annotate(
        "",
        xy=(_PANEL_LEFT[0] + _PANEL_W / 2, _ROW_BOTTOM[1] + _PANEL_H + 0.04),
        xytext=(_PANEL_LEFT[3] + _PANEL_W / 2, _ROW_BOTTOM[0] - 0.04),
        arrowprops={
            "arrowstyle": "-|>",
            "color": PALETTE["grey"],
            "linewidth": 1.4,
            "connectionstyle": "arc3,rad=-0.04",
        },
    )


def _draw_legend(ax) -> None:
    """What the outlines mean, along the top, drawn with the outlines themselves."""
    y = _HEIGHT - 0.3
    items = (
        (0.9, "separation", "dashed outline: separation"),
        (4.3, "reunion", "thick outline: reunion"),
        (7.3, "", "thin outline: other episodes"),
    )
    for x, kind, label in items:
        style = _KIND_STYLE[kind]
        ax.add_patch(
            FancyBboxPatch(
                (x, y - 0.13),
                0.45,
                0.26,
                boxstyle="round,pad=0,rounding_size=0.05",
                facecolor="white",
                edgecolor=style["edge"],
                linestyle=style["linestyle"],
                linewidth=style["linewidth"],
                gid=f"legend:{kind or 'other'}",
            )
        )
        ax.text(x + 0.6, y, label, ha="left", va="center", fontsize=9.5, color=PALETTE["black"])
