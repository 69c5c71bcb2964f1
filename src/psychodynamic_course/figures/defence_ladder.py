"""Vaillant's hierarchy of defences as a printable ladder (the widget is
:mod:`psychodynamic_course.widgets.defence_ladder`; both read ``content/defence_ladder.yml``).

Example:
    >>> defence_ladder_figure().figure_id
    'fig-defence-ladder'
"""

from __future__ import annotations

from matplotlib.patches import FancyBboxPatch

from ..content import defence_levels
from .style import PALETTE, AccessibleFigure, course_style, new_diagram, tint

_WIDTH, _HEIGHT = 10.0, 6.2
_RAIL_LEFT, _RAIL_RIGHT = 1.7, 9.8
_RUNG_HEIGHT, _RUNG_GAP, _RUNGS_TOP = 1.1, 0.25, 5.85

# Each rung pairs a colour with an outline style and its printed name, so the levels stay
# distinct in greyscale and for readers who cannot tell the colours apart.
_RUNG_STYLE = {
    "mature": {"colour": PALETTE["green"], "linestyle": "solid", "linewidth": 2.5},
    "neurotic": {"colour": PALETTE["blue"], "linestyle": "solid", "linewidth": 1.5},
    "immature": {"colour": PALETTE["orange"], "linestyle": "dashed", "linewidth": 1.5},
    "pathological": {"colour": PALETTE["vermillion"], "linestyle": "dotted", "linewidth": 2.0},
}

_TAGLINE = {
    "mature": "feeling kept in view and put to good use",
    "neurotic": "reality seen clearly; a feeling kept out of view or moved",
    "immature": "feeling handled through other people or action",
    "pathological": "outside reality itself bent; mainly in severe illness",
}


def _alt_text(levels: list[dict]) -> str:
    rungs = "; ".join(
        f"level {item['rung']}, {item['name'].lower()} ({_TAGLINE[item['id']]}): "
        + ", ".join(d["name"].lower() for d in item["defences"])
        for item in levels
    )
    return (
        "A ladder with four rungs showing Vaillant's hierarchy of defences, most adaptive at "
        f"the top. From top to bottom: {rungs}. An arrow beside the ladder points upwards, "
        "labelled 'more flexible, less distortion of reality'. A note under the ladder says "
        "that the ladder sorts defences, not people, and that everyone uses defences from "
        "several levels."
    )


_CAPTION = (
    "Vaillant's ladder of defences (after Vaillant, 1994). The higher the rung, the less a "
    "defence distorts feelings or reality and the more room it leaves to act well. The "
    "ladder sorts defences, not people: everyone uses defences from several levels, and "
    "the same person may climb up or down with stress and support."
)


def defence_ladder_figure() -> AccessibleFigure:
    """Draw Vaillant's four levels of defence as a ladder, for print and for reference.

    Four rungs between two rails, mature at the top, each naming its level, a short
    description and its defences; an arrow beside the ladder shows the direction of
    greater flexibility. Deterministic: the SVG is the same on every run.

    Example:
        >>> figure = defence_ladder_figure()
        >>> figure.figure_id, "suppression" in figure.alt
        ('fig-defence-ladder', True)
    """
    levels = defence_levels()
    with course_style():
        fig, ax = new_diagram(_WIDTH, _HEIGHT)

        bottom_of_ladder = _RUNGS_TOP - len(levels) * _RUNG_HEIGHT - (len(levels) - 1) * _RUNG_GAP
        for x in (_RAIL_LEFT, _RAIL_RIGHT):
            ax.plot(
                [x, x],
                [bottom_of_ladder - 0.15, _RUNGS_TOP + 0.2],
                color=PALETTE["grey"],
                linewidth=4,
                solid_capstyle="round",
            )
        for index, item in enumerate(levels):
            top = _RUNGS_TOP - index * (_RUNG_HEIGHT + _RUNG_GAP)
            _draw_rung(ax, item, top - _RUNG_HEIGHT)

        _draw_direction(ax, bottom_of_ladder, _RUNGS_TOP)
        ax.text(
            (_RAIL_LEFT + _RAIL_RIGHT) / 2,
            0.3,
            "The ladder sorts defences, not people: everyone uses defences from several levels.",
            ha="center",
            va="center",
            fontsize=11.5,
            fontstyle="italic",
            color=PALETTE["black"],
        )

    return AccessibleFigure(
        fig, alt=_alt_text(levels), caption=_CAPTION, figure_id="fig-defence-ladder"
    )


def _draw_rung(ax, item: dict, bottom: float) -> None:
    """One rung: a box between the rails with the level's name, tagline and defences."""
    style = _RUNG_STYLE[item["id"]]
    left = _RAIL_LEFT + 0.15
    width = _RAIL_RIGHT - _RAIL_LEFT - 0.3
    ax.add_patch(
        FancyBboxPatch(
            (left, bottom),
            width,
            _RUNG_HEIGHT,
            boxstyle="round,pad=0,rounding_size=0.1",
            facecolor=tint(style["colour"], 0.16),
            edgecolor=style["colour"],
            linestyle=style["linestyle"],
            linewidth=style["linewidth"],
        )
    )
    centre_x = left + width / 2
    ax.text(
        centre_x,
        bottom + _RUNG_HEIGHT * 0.76,
        f"Level {item['rung']}: {item['name']}",
        ha="center",
        va="center",
        fontsize=14,
        fontweight="bold",
        color=PALETTE["black"],
    )
    ax.text(
        centre_x,
        bottom + _RUNG_HEIGHT * 0.5,
        _TAGLINE[item["id"]],
        ha="center",
        va="center",
        fontsize=11.5,
        fontstyle="italic",
        color=PALETTE["black"],
    )
    ax.text(
        centre_x,
        bottom + _RUNG_HEIGHT * 0.22,
        " \u00b7 ".join(d["name"] for d in item["defences"]),
        ha="center",
        va="center",
        fontsize=12,
        color=PALETTE["black"],
    )


def _draw_direction(ax, bottom: float, top: float) -> None:
    """The arrow beside the ladder: up means more flexible, less distortion of reality."""
    x = 0.95
    ax.annotate(
        "",
        xy=(x, top),
        xytext=(x, bottom),
        arrowprops={
            "arrowstyle": "-|>",
            "color": PALETTE["black"],
            "linewidth": 2,
            "mutation_scale": 20,
        },
    )
    ax.text(
        x - 0.4,
        (top + bottom) / 2,
        "more flexible,\nless distortion of reality",
        ha="center",
        va="center",
        rotation=90,
        fontsize=11.5,
        color=PALETTE["black"],
        linespacing=1.2,
    )
