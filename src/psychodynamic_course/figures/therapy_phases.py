"""The phases of a course of therapy over time, for chapter 8: an illustration, not data.

One picture of how an open-ended psychodynamic therapy is often described: a beginning
(building the alliance and finding a focus), a long middle (exploring and working
through, with dips that are part of the path), an ending planned together (the
termination phase: the aim, though many therapies end without one), and life after
therapy, where setbacks still happen and are met with what was learned. The path is drawn
from a fixed formula, not from measurements: it has no numbers on either axis, and the
figure says "illustration, not data" on its face.

Meaning never rests on colour alone: each phase has a written name, its own hatching and
a divider line; setbacks are marked with a downward triangle and a label.

Example:
    >>> figure = therapy_phases()
    >>> figure.figure_id
    'fig-therapy-phases'
    >>> [phase.name for phase in PHASES]
    ['Beginning', 'Middle', 'Ending', 'After therapy']
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from psychodynamic_course.figures.style import (
    PALETTE,
    AccessibleFigure,
    course_style,
    new_figure,
    tint,
)

ILLUSTRATION_LABEL = "Illustration, not data"


@dataclass(frozen=True)
class Phase:
    """One phase of the illustrated course: where it sits on the (unscaled) time axis."""

    name: str
    detail: str
    start: float
    end: float
    colour: str
    hatch: str


# Positions are in arbitrary units from 0 to 10. The widths are not claims about how
# long each phase lasts: courses differ so much that no single proportion is typical.
PHASES = (
    Phase("Beginning", "alliance,\nfinding a focus", 0.0, 2.0, PALETTE["sky_blue"], ""),
    Phase("Middle", "exploring,\nworking through", 2.0, 6.2, PALETTE["orange"], "//"),
    Phase(
        "Ending",
        "termination phase:\nreview, feelings\nabout ending",
        6.2,
        8.0,
        PALETTE["green"],
        "..",
    ),
    Phase("After therapy", "setbacks and\ncoping", 8.0, 10.0, PALETTE["purple"], "\\\\"),
)


@dataclass(frozen=True)
class Dip:
    """A setback drawn into the path: where it is, how deep, and its label."""

    at: float
    depth: float
    label: str


DIPS = (
    Dip(3.0, 0.16, "old pattern\nreturns"),
    Dip(4.7, 0.2, "a hard week"),
    Dip(6.9, 0.14, "ending stirs\nold feelings"),
    Dip(8.9, 0.17, "setback after\nending"),
)

_WIDTH, _HEIGHT = 9.0, 5.2
_DIP_WIDTH = 0.28


def path_height(t: float) -> float:
    """Height of the illustrated path at time ``t`` (0 to 10): a formula, not a measurement.

    A slow rise that levels off, with a gentle wobble and the setbacks in :data:`DIPS`.

    Example:
        >>> path_height(0) < path_height(10)
        True
        >>> path_height(DIPS[0].at) < path_height(DIPS[0].at - 0.6)
        True
    """
    rise = 0.22 + 0.5 / (1 + math.exp(-(t - 4.0) / 1.3))
    wobble = 0.025 * math.sin(2.4 * t)
    dips = sum(d.depth * math.exp(-(((t - d.at) / _DIP_WIDTH) ** 2)) for d in DIPS)
    return rise + wobble - dips


def path_points(samples: int = 201) -> list[tuple[float, float]]:
    """``(t, height)`` pairs along the path, evenly spaced from 0 to 10.

    Example:
        >>> points = path_points(11)
        >>> [t for t, _ in points][:3]
        [0.0, 1.0, 2.0]
    """
    step = 10.0 / (samples - 1)
    return [(i * step, path_height(i * step)) for i in range(samples)]


_ALT_TEXT = (
    "Illustration, not data: the phases of a course of therapy along a time axis with no "
    "numbers. Four labelled bands run from left to right. Beginning: alliance and finding "
    "a focus. Middle, the widest band: exploring and working through. Ending: the "
    "termination phase, with a review and feelings about ending. After therapy: setbacks "
    "and coping. A dashed vertical line marks the last session, between Ending and After "
    "therapy. A wavy line rises slowly across the bands and levels off, but it is not "
    "smooth: four dips marked with downward triangles are labelled 'old pattern "
    "returns' and 'a hard week' in the middle phase, 'ending stirs old feelings' in the "
    "ending phase, and 'setback after ending' after therapy. Each dip is followed by a "
    "recovery, and the line after therapy stays above where it began."
)

_CAPTION = (
    "Phases of a course of therapy: an illustration, not data. The line is drawn from a "
    "formula to show a shape that writers on therapy often describe: slow, uneven "
    "progress, setbacks as part of the path, an ending planned together (the aim; many "
    "therapies end without one), and life after therapy in which setbacks still happen. "
    "The widths of the phases and the heights of the line mean nothing: real courses vary "
    "greatly, and no one's therapy is predicted here."
)


def therapy_phases() -> AccessibleFigure:
    """Draw the phases of a course of therapy over time, labelled as an illustration.

    Four hatched, named bands (beginning, middle, ending, after therapy), a dashed line
    at the last session, a wavy path with labelled setbacks, no numbers on either axis,
    and the words "Illustration, not data" on the figure. Deterministic.

    Example:
        >>> figure = therapy_phases()
        >>> "not data" in figure.caption and "not data" in figure.alt
        True
    """
    with course_style():
        fig, ax = new_figure(_WIDTH, _HEIGHT)
        ax.set_xlim(0, 10)
        ax.set_ylim(0, 1.12)

        for phase in PHASES:
            _draw_phase(ax, phase)
        ax.axvline(
            PHASES[-1].start, color=PALETTE["black"], linestyle="--", linewidth=1.4, zorder=3
        )
        ax.text(
            PHASES[-1].start + 0.06,
            0.07,
            "last\nsession",
            ha="left",
            va="bottom",
            fontsize=10,
            fontstyle="italic",
            color=PALETTE["black"],
            zorder=4,
        )

        points = path_points()
        ax.plot(
            [t for t, _ in points],
            [h for _, h in points],
            color=PALETTE["blue"],
            linewidth=2.6,
            zorder=5,
            label="how things are going (illustrative)",
        )
        for dip in DIPS:
            low = path_height(dip.at)
            ax.plot(
                [dip.at],
                [low],
                marker="v",
                markersize=10,
                color=PALETTE["vermillion"],
                markeredgecolor=PALETTE["black"],
                linestyle="none",
                zorder=6,
            )
            ax.text(
                dip.at,
                low - 0.05,
                dip.label,
                ha="center",
                va="top",
                fontsize=10,
                color=PALETTE["black"],
                linespacing=1.1,
                zorder=6,
                bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none"},
            )

        ax.text(
            9.92,
            1.1,
            ILLUSTRATION_LABEL,
            ha="right",
            va="top",
            fontsize=11,
            fontweight="bold",
            color=PALETTE["black"],
            zorder=7,
            bbox={"boxstyle": "round,pad=0.3", "facecolor": "white", "edgecolor": "black"},
        )

        # No numbers on either axis: the picture has no scale to read off.
        ax.set_xticks([])
        ax.set_yticks([])
        ax.set_xlabel("Time (no scale: courses last weeks, months or years)")
        ax.set_ylabel("How things are going (illustrative)")
        ax.set_title("Phases of a course of therapy (illustration, not data)")

    return AccessibleFigure(fig, alt=_ALT_TEXT, caption=_CAPTION, figure_id="fig-therapy-phases")


def _draw_phase(ax, phase: Phase) -> None:
    """A tinted, hatched band with the phase's name and what happens in it."""
    ax.axvspan(
        phase.start,
        phase.end,
        facecolor=tint(phase.colour, 0.22),
        edgecolor=phase.colour,
        hatch=phase.hatch,
        linewidth=0,
        zorder=1,
    )
    if phase.start > 0:
        ax.axvline(phase.start, color=PALETTE["grey"], linewidth=0.8, zorder=2)
    centre = (phase.start + phase.end) / 2
    ax.text(
        centre,
        1.0,
        phase.name,
        ha="center",
        va="top",
        fontsize=11.5,
        fontweight="bold",
        color=PALETTE["black"],
        zorder=4,
        bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none"},
    )
    ax.text(
        centre,
        0.92,
        phase.detail,
        ha="center",
        va="top",
        fontsize=10,
        color=PALETTE["black"],
        linespacing=1.1,
        zorder=4,
        bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none"},
    )
