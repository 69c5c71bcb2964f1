"""The dose-effect explorer of chapter 4: how many sessions, and what the studies reported.

Dose-effect research asks how the share of patients who improve grows with the number
of sessions. This module keeps the few reported figures the course uses in one place,
:data:`FINDINGS`, each with its source, and draws them two ways from that same data:

* :class:`DoseEffectExplorer`, an anywidget (``frontend/widgets/dose_effect.js``) with a session
  slider, a moving marker and a text readout that says what the studies reported near
  that number and what they do not say. It holds no learner data, so the findings and
  the illustrative curve are synced traits and it works in the static book;
* :func:`dose_effect_figure`, a matplotlib version of the same picture for print.

The smooth curve through Howard et al.'s two points is an illustration, labelled as such
everywhere it appears: it is not data, and nothing here predicts anyone's therapy.

Example:
    >>> [finding["percent_improved"] for finding in FINDINGS]
    [50, 75, 50]
    >>> round(illustrative_percent(8))
    50
"""

from __future__ import annotations

import copy
import math
from statistics import NormalDist

import traitlets

from ._widget import CourseWidget, styles, widget_module
from .figure_style import PALETTE, AccessibleFigure, course_style, new_figure

# The reported figures, each with where it comes from. Only figures checked against the
# sources are here (see CONTENT.md): an often-quoted "85% by session 52" is left out on
# purpose because it could not be confirmed. A point has sessions_from == sessions_to;
# a range (Hansen et al.) spans the sessions within which the share was reached.
FINDINGS: tuple[dict, ...] = (
    {
        "id": "howard-8",
        "citation": "Howard, Kopta, Krause & Orlinsky (1986)",
        "key": "howard1986",
        "sessions_from": 8,
        "sessions_to": 8,
        "percent_improved": 50,
        "summary": (
            "Howard, Kopta, Krause and Orlinsky (1986) pooled 15 samples with over 2,400 "
            "patients and reported that about 50% had improved by the 8th session."
        ),
    },
    {
        "id": "howard-26",
        "citation": "Howard, Kopta, Krause & Orlinsky (1986)",
        "key": "howard1986",
        "sessions_from": 26,
        "sessions_to": 26,
        "percent_improved": 75,
        "summary": (
            "In the same pooled samples, Howard and colleagues (1986) reported that about "
            "75% had improved by the 26th session."
        ),
    },
    {
        "id": "hansen-13-18",
        "citation": "Hansen, Lambert & Forman (2002)",
        "key": "hansen2002",
        "sessions_from": 13,
        "sessions_to": 18,
        "percent_improved": 50,
        "summary": (
            "Hansen, Lambert and Forman (2002) summarised the research as showing that "
            "somewhere between 13 and 18 sessions were needed for 50% of patients to improve."
        ),
    },
)

# Findings that are not points on the chart but matter for reading it; the readout shows
# a note while the slider is inside its session range.
NOTES: tuple[dict, ...] = (
    {
        "id": "hansen-routine-care",
        "citation": "Hansen, Lambert & Forman (2002)",
        "key": "hansen2002",
        "sessions_from": 1,
        "sessions_to": 5,
        "summary": (
            "Hansen and colleagues (2002) also found that in routine care the average "
            "number of sessions people actually attended was under 5, fewer than the "
            "research suggests half of patients need."
        ),
    },
)

# What the figures never say, shown with every reading of the slider.
CAVEATS: tuple[str, ...] = (
    "These are averages over many people, not a prediction for any one person.",
    "People who end up having fewer sessions tend to improve faster per session "
    "(Baldwin and colleagues, 2009), so one average curve does not describe anyone's pace.",
    "'Improved' means a measured improvement as each study defined it, not that every "
    "difficulty was resolved.",
    "The studies pooled many kinds of therapy; these are not figures for psychodynamic "
    "therapy in particular.",
)

MAX_SESSIONS = 52  # a year of weekly sessions
NEAR = 2  # the readout reports a finding when the slider is this close to it
ILLUSTRATION_LABEL = "illustrative curve (not data)"


def _howard_points() -> tuple[dict, dict]:
    first, second = (f for f in FINDINGS if f["key"] == "howard1986")
    return first, second


def _curve_parameters() -> tuple[float, float]:
    """Centre and spread (on a log-sessions scale) of a smooth S-curve through Howard's points.

    A normal curve over the logarithm of the number of sessions rises steeply at first
    and then flattens, the shape dose-effect studies describe. It is fixed by exactly two
    points (50% at 8 sessions, 75% at 26) and carries no information beyond them.
    """
    first, second = _howard_points()
    z_first = NormalDist().inv_cdf(first["percent_improved"] / 100)
    z_second = NormalDist().inv_cdf(second["percent_improved"] / 100)
    log_first, log_second = math.log(first["sessions_from"]), math.log(second["sessions_from"])
    spread = (log_second - log_first) / (z_second - z_first)
    centre = log_first - z_first * spread
    return centre, spread


def illustrative_percent(sessions: float) -> float:
    """The illustrative curve's height (percent) at ``sessions``: a drawing, not a finding.

    Example:
        >>> round(illustrative_percent(26))
        75
        >>> illustrative_percent(4) < illustrative_percent(8) < illustrative_percent(20)
        True
    """
    if sessions <= 0:
        raise ValueError("sessions must be positive")
    centre, spread = _curve_parameters()
    return 100 * NormalDist().cdf((math.log(sessions) - centre) / spread)


def illustrative_curve(max_sessions: int = MAX_SESSIONS) -> list[list[float]]:
    """``[sessions, percent]`` pairs of the illustrative curve, one per whole session.

    Example:
        >>> curve = illustrative_curve(10)
        >>> len(curve), curve[7]
        (10, [8, 50.0])
    """
    return [[s, round(illustrative_percent(s), 1)] for s in range(1, max_sessions + 1)]


def findings() -> list[dict]:
    """A fresh copy of :data:`FINDINGS` (the reported figures with their sources)."""
    return copy.deepcopy(list(FINDINGS))


class DoseEffectExplorer(CourseWidget):
    """Reported dose-effect figures, an illustrative curve and a session slider.

    Everything the reader does happens in the front end: moving the slider (mouse, touch
    or arrow keys) moves the marker and rewrites the readout. Nothing is saved, and the
    traits hold only course material.

    Example:
        >>> explorer = dose_effect_explorer()
        >>> explorer.sessions, len(explorer.findings), explorer.max_sessions
        (8, 3, 52)
    """

    kind = "dose-effect explorer"
    _esm = widget_module("dose_effect")
    _css = styles("dose_effect.css")

    title = traitlets.Unicode("Sessions and improvement: what the studies reported").tag(sync=True)
    findings = traitlets.List(traitlets.Dict()).tag(sync=True)
    notes = traitlets.List(traitlets.Dict()).tag(sync=True)
    caveats = traitlets.List(traitlets.Unicode()).tag(sync=True)
    curve = traitlets.List(traitlets.List()).tag(sync=True)
    curve_label = traitlets.Unicode(ILLUSTRATION_LABEL).tag(sync=True)
    max_sessions = traitlets.Int(MAX_SESSIONS).tag(sync=True)
    near = traitlets.Int(NEAR).tag(sync=True)
    # Where the slider starts; the reader's moves stay in the page and are not saved.
    sessions = traitlets.Int(8).tag(sync=True)

    @traitlets.default("findings")
    def _default_findings(self):
        return findings()

    @traitlets.default("notes")
    def _default_notes(self):
        return copy.deepcopy(list(NOTES))

    @traitlets.default("caveats")
    def _default_caveats(self):
        return list(CAVEATS)

    @traitlets.default("curve")
    def _default_curve(self):
        return illustrative_curve(self.max_sessions)

    @traitlets.validate("sessions")
    def _validate_sessions(self, proposal):
        value = proposal["value"]
        if not 1 <= value <= self.max_sessions:
            raise traitlets.TraitError(f"sessions must be between 1 and {self.max_sessions}")
        return value

    def fallback_text(self) -> str:
        points = "; ".join(
            f"{f['citation']}: about {f['percent_improved']}% improved by "
            + (
                f"session {f['sessions_from']}"
                if f["sessions_from"] == f["sessions_to"]
                else f"sessions {f['sessions_from']} to {f['sessions_to']}"
            )
            for f in self.findings
        )
        return (
            f"[Dose-effect explorer. Reported figures: {points}. Run this notebook in "
            "Jupyter to use the session slider, or open this chapter in the online book.]"
        )


def dose_effect_explorer(widget_id: str = "chapter-04-dose-effect") -> DoseEffectExplorer:
    """The dose-effect explorer of chapter 4, in one line.

    Example:
        >>> dose_effect_explorer().widget_id
        'chapter-04-dose-effect'
    """
    return DoseEffectExplorer(widget_id=widget_id)


_ALT_TEXT = (
    "Line chart. The horizontal axis shows the number of sessions, from 0 to 52; the "
    "vertical axis shows the percentage of patients who had improved, from 0 to 100. "
    "Two filled circles mark reported figures from Howard, Kopta, Krause and Orlinsky "
    "(1986): about 50 percent improved by session 8 and about 75 percent by session 26. "
    "A horizontal bar with end caps at 50 percent spans sessions 13 to 18, the range "
    "within which, according to Hansen, Lambert and Forman (2002), half of patients "
    "improved. A grey dashed curve labelled 'illustration, not data' passes through "
    "Howard's two points: it rises steeply over the first sessions and then flattens. "
    "The curve is drawn only to show the shape; it is not a finding."
)

_CAPTION = (
    "Sessions and improvement. Points and bar: figures reported by Howard et al. (1986) "
    "and Hansen et al. (2002), averaged over many patients in many kinds of therapy. "
    "Dashed curve: an illustration drawn through Howard's two points, not data. Nothing "
    "here predicts how long any one person's therapy will take."
)


def dose_effect_figure() -> AccessibleFigure:
    """The dose-effect chart for print: reported figures, Hansen's range, the illustration.

    Drawn from :data:`FINDINGS` and :func:`illustrative_curve`, the same data the
    explorer shows. Each kind of mark differs in shape and line style as well as colour.

    Example:
        >>> figure = dose_effect_figure()
        >>> figure.figure_id
        'fig-dose-effect'
        >>> "illustration" in figure.caption
        True
    """
    with course_style():
        fig, ax = new_figure(8.0, 4.6)
        curve = illustrative_curve()
        ax.plot(
            [0] + [s for s, _ in curve],
            [0] + [p for _, p in curve],
            color=PALETTE["grey"],
            linestyle="--",
            linewidth=1.8,
            label="Illustration through Howard et al.'s points (not data)",
            gid="illustrative-curve",
        )
        points = [f for f in FINDINGS if f["sessions_from"] == f["sessions_to"]]
        ranges = [f for f in FINDINGS if f["sessions_from"] != f["sessions_to"]]
        ax.plot(
            [f["sessions_from"] for f in points],
            [f["percent_improved"] for f in points],
            linestyle="none",
            marker="o",
            markersize=9,
            color=PALETTE["blue"],
            markeredgecolor=PALETTE["black"],
            label="Howard et al. (1986): reported",
            gid="howard-points",
        )
        for finding in points:
            # Early points are labelled above-left, later ones below-right: both sides of
            # the rising curve stay clear of it and of Hansen's range.
            early = finding["sessions_from"] < MAX_SESSIONS / 4
            ax.annotate(
                f"about {finding['percent_improved']}%\nby session {finding['sessions_from']}",
                xy=(finding["sessions_from"], finding["percent_improved"]),
                xytext=(-9, 9) if early else (9, -9),
                textcoords="offset points",
                ha="right" if early else "left",
                va="bottom" if early else "top",
                fontsize=10,
                color=PALETTE["black"],
            )
        for finding in ranges:
            ax.errorbar(
                [(finding["sessions_from"] + finding["sessions_to"]) / 2],
                [finding["percent_improved"]],
                xerr=[[(finding["sessions_to"] - finding["sessions_from"]) / 2]],
                fmt="s",
                markersize=7,
                color=PALETTE["vermillion"],
                ecolor=PALETTE["vermillion"],
                elinewidth=3,
                capsize=6,
                capthick=2,
                label="Hansen et al. (2002): 50% within 13 to 18 sessions",
                gid="hansen-range",
            )
            ax.annotate(
                f"{finding['percent_improved']}% within\nsessions "
                f"{finding['sessions_from']} to {finding['sessions_to']}",
                xy=(
                    (finding["sessions_from"] + finding["sessions_to"]) / 2,
                    finding["percent_improved"],
                ),
                xytext=(0, -12),
                textcoords="offset points",
                ha="center",
                va="top",
                fontsize=10,
                color=PALETTE["black"],
            )
        ax.text(
            46,
            illustrative_percent(46) - 6,
            "illustration,\nnot data",
            ha="center",
            va="top",
            fontsize=10,
            fontstyle="italic",
            color=PALETTE["grey"],
        )
        ax.set_xlim(0, MAX_SESSIONS)
        ax.set_ylim(0, 100)
        ax.set_xticks([0, 8, 13, 18, 26, 39, 52])
        ax.set_yticks([0, 25, 50, 75, 100])
        ax.set_xlabel("Number of sessions")
        ax.set_ylabel("Patients who had improved (%)")
        ax.grid(axis="y", color="#d9d9d9", linewidth=0.8)
        ax.set_axisbelow(True)
        ax.legend(loc="lower right", frameon=False, fontsize=9.5)
    return AccessibleFigure(fig, alt=_ALT_TEXT, caption=_CAPTION, figure_id="fig-dose-effect")


__all__ = [
    "CAVEATS",
    "FINDINGS",
    "NOTES",
    "DoseEffectExplorer",
    "dose_effect_explorer",
    "dose_effect_figure",
    "findings",
    "illustrative_curve",
    "illustrative_percent",
]
