"""A fictional course of sessions on a timeline, for chapter 7.

Nadia's first six months of weekly therapy with Dr Cole, drawn as marks on a line: one
mark per week, with a handful of moments picked out and labelled with the distinctive
features of psychodynamic technique they show (Blagys & Hilsenroth, 2000, as summarised
by Shedler, 2010). Nadia and every moment are invented for the book; the figure shows
what a course *might* look like, not data and not a typical or ideal course.

Meaning never rests on colour alone: each kind of mark has its own shape, and every
picked-out moment has a text label.

Example:
    >>> figure = course_of_sessions()
    >>> figure.figure_id
    'fig-course-of-sessions'
    >>> sorted({f for m in MOMENTS for f in m.features}) == sorted(SEVEN_FEATURES)
    True
"""

from __future__ import annotations

from dataclasses import dataclass

from matplotlib.lines import Line2D

from psychodynamic_course.content.story import nadia_story
from psychodynamic_course.figures.style import (
    PALETTE,
    AccessibleFigure,
    course_style,
    new_figure,
)

# Shedler's (2010) short names for the seven features, in his order.
SEVEN_FEATURES = (
    "Affect",
    "Avoidance",
    "Recurring patterns",
    "Past experience",
    "Relationships",
    "Therapy relationship",
    "Fantasy life",
)

_COURSE = nadia_story()["course_of_sessions"]
WEEKS = _COURSE["weeks"]  # about six months of weekly sessions


@dataclass(frozen=True)
class Moment:
    """One picked-out moment of Nadia's (fictional) therapy.

    ``kind`` is ``"session"`` (something that happened in a session), ``"missed"`` (a
    cancelled session) or ``"between"`` (something she tried outside the room, drawn
    between two weekly marks). ``features`` names the Shedler features it shows; the first
    session only sets up the frame, so it names none.
    """

    week: float
    kind: str
    title: str
    features: tuple[str, ...]


# The picked-out moments come from the story bible, so the figure and the chapters that
# tell these scenes cannot disagree about when they happened.
MOMENTS = tuple(
    Moment(m["week"], m["kind"], m["title"], tuple(m["features"])) for m in _COURSE["moments"]
)

# Shape first, colour second: every kind of mark can be told apart in greyscale.
_MARKS = {
    "week": {"marker": "o", "color": PALETTE["grey"], "size": 7, "label": "Weekly session"},
    "session": {
        "marker": "s",
        "color": PALETTE["blue"],
        "size": 11,
        "label": "Moment in a session",
    },
    "missed": {
        "marker": "X",
        "color": PALETTE["vermillion"],
        "size": 12,
        "label": "Missed (cancelled) session",
    },
    "between": {
        "marker": "D",
        "color": PALETTE["green"],
        "size": 10,
        "label": "Something tried between sessions",
    },
}

# Labels alternate above and below the line at two heights, so neighbours never collide.
_LABEL_HEIGHTS = (1.45, -1.0, 0.75, -1.7)
_X_MIN, _X_MAX = -0.8, WEEKS + 1.8

_ALT_TEXT = (
    "Timeline of a fictional course of therapy: Nadia's first 26 weeks of weekly "
    "sessions with Dr Cole, one mark per week along a horizontal line. Small grey circles "
    "are ordinary weekly sessions. Eight moments are picked out and labelled with the "
    "distinctive features of psychodynamic technique they show. Week 1, a blue square: "
    "agreeing the frame. Week 4, a blue square: the birthday message, showing affect and "
    "avoidance. Week 9, a blue square: she cries in a session for the first time, showing "
    "affect and past experience. Week 10, a vermillion X: she cancels because work is busy, which "
    "becomes a way into the therapy relationship. Week 14, a blue square: she brings a "
    "dream, showing fantasy life. Week 18, a blue square: she names the pattern 'pull away "
    "first', showing recurring patterns. Between weeks 21 and 22, a green diamond: she "
    "tells a friend she is struggling, showing relationships. Week 26, a blue square: she "
    "asks whether she should stop, showing the therapy relationship and recurring "
    "patterns. A note says the course is fictional and that most weeks are ordinary."
)

_CAPTION = (
    "A fictional course of sessions. Nadia's first six months of weekly therapy, with a "
    "few moments labelled by the distinctive features they show (after Blagys & "
    "Hilsenroth, 2000, and Shedler, 2010). An invented illustration, not data: real "
    "courses differ, and most weeks, like most of these, are ordinary."
)


def course_of_sessions() -> AccessibleFigure:
    """Draw Nadia's first six months of weekly sessions as a labelled timeline.

    One grey circle per week (none in the missed week), a distinct shape for each
    picked-out moment, and a label for each naming the features it shows. The drawing is
    deterministic, so the SVG is the same on every run.

    Example:
        >>> figure = course_of_sessions()
        >>> "fictional" in figure.alt.lower()
        True
        >>> bool(figure.figure.axes[0].get_xlim()[1] > WEEKS)
        True
    """
    with course_style():
        fig, ax = new_figure(11.0, 6.0)
        ax.set_xlim(_X_MIN, _X_MAX)
        ax.set_ylim(-2.55, 2.45)
        ax.set_yticks([])
        for side in ("left", "right", "top"):
            ax.spines[side].set_visible(False)
        ax.spines["bottom"].set_position(("data", -2.3))
        ax.set_xticks([1, 5, 9, 13, 17, 21, 26])
        ax.set_xlabel("Week of therapy (one session a week)")
        ax.set_title(
            "Nadia's first six months of therapy (fictional)",
            loc="left",
            fontweight="bold",
        )

        ax.plot([0.5, WEEKS + 0.5], [0, 0], color=PALETTE["black"], linewidth=1.2, zorder=1)
        missed = {m.week for m in MOMENTS if m.kind == "missed"}
        picked = {m.week for m in MOMENTS}
        ordinary = [w for w in range(1, WEEKS + 1) if w not in picked and w not in missed]
        _mark(ax, ordinary, "week", gid="weekly-sessions")

        for index, moment in enumerate(MOMENTS):
            _mark(ax, [moment.week], moment.kind, gid=f"moment-{index}")
            _label(ax, moment, _LABEL_HEIGHTS[index % len(_LABEL_HEIGHTS)])

        ax.legend(
            handles=[_legend_handle(kind) for kind in ("week", "session", "missed", "between")],
            loc="upper center",
            bbox_to_anchor=(0.5, -0.15),
            ncol=4,
            frameon=False,
            fontsize=10,
            handletextpad=0.3,
            columnspacing=1.2,
        )
        ax.text(
            _X_MIN,
            2.2,
            "Invented for this book: not a real person, not data. Most weeks are ordinary.",
            ha="left",
            va="center",
            fontsize=10,
            fontstyle="italic",
            color=PALETTE["grey"],
        )

    return AccessibleFigure(
        fig, alt=_ALT_TEXT, caption=_CAPTION, figure_id="fig-course-of-sessions"
    )


def _mark(ax, weeks, kind: str, *, gid: str) -> None:
    style = _MARKS[kind]
    (line,) = ax.plot(
        weeks,
        [0] * len(weeks),
        linestyle="none",
        marker=style["marker"],
        markersize=style["size"],
        markerfacecolor=style["color"],
        markeredgecolor=PALETTE["black"],
        markeredgewidth=0.8,
        zorder=3,
    )
    line.set_gid(gid)


def _label(ax, moment: Moment, height: float) -> None:
    """The moment's title and its features, joined to its mark by a thin line."""
    features = ", ".join(moment.features) if moment.features else "sets up the frame"
    prefix = "Shows: " if moment.features else ""
    # Labels at the ends of the line are anchored inwards so they stay on the page.
    if moment.week <= 2:
        align = "left"
    elif moment.week >= WEEKS - 1:
        align = "right"
    else:
        align = "center"
    ax.annotate(
        f"{moment.title}\n{prefix}{features}",
        xy=(moment.week, 0),
        xytext=(moment.week, height),
        ha=align,
        va="bottom" if height > 0 else "top",
        fontsize=10.5,
        color=PALETTE["black"],
        linespacing=1.2,
        multialignment="center",
        bbox={
            "boxstyle": "round,pad=0.3",
            "facecolor": "white",
            "edgecolor": _MARKS[moment.kind]["color"],
            "linewidth": 1.2,
        },
        arrowprops={"arrowstyle": "-", "color": PALETTE["grey"], "linewidth": 0.8},
        zorder=2,
    )


def _legend_handle(kind: str) -> Line2D:
    style = _MARKS[kind]
    return Line2D(
        [],
        [],
        linestyle="none",
        marker=style["marker"],
        markersize=style["size"] * 0.8,
        markerfacecolor=style["color"],
        markeredgecolor=PALETTE["black"],
        markeredgewidth=0.8,
        label=style["label"],
    )
