"""The effect-size figure of chapter 9: one panel per kind of comparison, each on its own axis.

The numbers, their sources and their panels live in
:mod:`psychodynamic_course.content.effect_size_data`; this module only draws them. Every panel has
a heading, a note and an axis label saying what its numbers compare, so a within-group
number (the same people before and after) never sits on an axis beside a between-group one.
Every row names its treatment, source and comparison in words, and a note on the figure
says that the numbers are not directly comparable.

Example:
    >>> figure = effect_sizes_figure()
    >>> figure.figure_id
    'fig-effect-sizes'
    >>> [group["heading"][:2] for group in GROUPS]
    ['A.', 'B.', 'C.', 'D.']
"""

from __future__ import annotations

from psychodynamic_course.content.effect_size_data import (
    EFFECT_SIZES,
    GROUPS,
    NOT_COMPARABLE_NOTE,
    entries_in,
    shown,
)
from psychodynamic_course.figures.style import PALETTE, AccessibleFigure, course_style, new_figure

__all__ = ["EFFECT_SIZES", "GROUPS", "NOT_COMPARABLE_NOTE", "effect_sizes_figure"]

# Each kind has a colour *and* a marker shape, and the row label names the treatment, so the
# figure reads in greyscale and without telling colours apart.
KINDS = {
    "psychodynamic": {
        "marker": "o",
        "colour": PALETTE["blue"],
        "fill": PALETTE["blue"],
        "legend": "psychodynamic therapy (filled circle)",
    },
    "other": {
        "marker": "D",
        "colour": PALETTE["vermillion"],
        "fill": "white",
        "legend": "another treatment (open diamond)",
    },
    "estimate": {
        "marker": "s",
        "colour": PALETTE["black"],
        "fill": PALETTE["black"],
        "legend": "long-term vs. shorter: one estimate, 95% interval (square)",
    },
    "range": {
        "marker": "|",
        "colour": PALETTE["black"],
        "fill": PALETTE["black"],
        "legend": "long-term vs. shorter: range of estimates (bar)",
    },
}

# Inches: a row of three lines of text, a panel's heading and note, its axis and labels.
_ROW = 0.62
_HEADING = 0.62
_AXIS = 0.55
_FOOT = 1.55

ALT_TEXT = (
    "Dot plot of effect sizes from research on psychodynamic therapy and other treatments, "
    "in four panels, each with its own scale and its own kind of comparison; every number is "
    "labelled with its source and what it was compared against. Panel A, Shedler's 2010 "
    "comparison, each treatment against its own control: short-term psychodynamic therapy "
    "0.97 at the end of treatment and 1.51 nine or more months later, against wait-list, "
    "usual care or minimal treatment (Abbass and colleagues, 2006, 23 randomized trials, as "
    "reported by Shedler); cognitive behavioural therapy for depression, panic disorder and "
    "generalized anxiety 0.68, against wait-list, pill or attention placebo (Haby and "
    "colleagues, 2006, 33 trials); antidepressant medication 0.31 against pill placebo "
    "(Turner and colleagues, 2008, 74 trials from the files of the US Food and Drug "
    "Administration, unpublished trials included). Shedler set 0.97, 0.68 and 0.31 side by "
    "side. Panel B, a later and separate review that is not part of Shedler's comparison: "
    "psychodynamic therapy for anxiety disorders 0.64 against control conditions (Keefe and "
    "colleagues, 2014, 14 trials, 1,073 patients). Panel C, within-group effects, the same "
    "people after versus before treatment, with no comparison group: for personality "
    "disorders, psychodynamic therapy 1.46 and cognitive behavioural therapy 1.00 "
    "(Leichsenring and Leibing, 2003); in the 8 controlled studies of the 2008 analysis, "
    "long-term psychodynamic therapy 0.96 and the comparison treatments 0.47 (Leichsenring "
    "and Rabung, 2008). Panel D, between-group differences between long-term and shorter "
    "therapy: the 2008 estimate of 1.8 for complex mental disorders, with a 95 percent "
    "confidence interval from 0.7 to 3.4, computed from before-and-after effects and "
    "challenged by Bhar and colleagues in 2010; and the 2011 update's range of 0.44 to 0.68 "
    "(Leichsenring and Rabung, 2011, 10 studies, 971 patients). Psychodynamic therapies are "
    "filled circles, other treatments open diamonds, the 2008 estimate a square with its "
    "interval, the 2011 range a bar with end marks. A note on the figure says the numbers "
    "are not directly comparable across panels, nor within panel A."
)

CAPTION = (
    "Effect sizes with their sources and comparisons, one panel per kind of comparison, each "
    "on its own scale. A: the three numbers Shedler (2010) set side by side, with the "
    "follow-up figure he also reported; each compares a treatment with a different control, "
    "and only the antidepressant figure includes unpublished trials. B: a later, separate "
    "review. C: within-group effects, the same people after versus before treatment. D: "
    "between-group differences between long-term and shorter therapy, the challenged 2008 "
    "estimate and the 2011 update. Read each number against its own comparison: the numbers "
    "are not directly comparable across panels, nor within panel A."
)


def effect_sizes_figure() -> AccessibleFigure:
    """Draw the effect sizes of chapter 9 as labelled dot plots, one panel per comparison.

    Each panel has a heading and a note across the page; below them, each row's treatment,
    source and comparison in words on the left, and on the right the number as a mark on
    the panel's own axis, with its value written beside it. Deterministic: the SVG is the
    same on every run.

    Example:
        >>> figure = effect_sizes_figure()
        >>> "not directly comparable" in figure.alt and "not directly comparable" in figure.caption
        True
    """
    heights = []
    for group in GROUPS:
        heights += [_HEADING, _ROW * len(entries_in(group)) + _AXIS]
    heights.append(_FOOT)
    with course_style():
        fig, _ = new_figure(10.0, sum(heights))
        fig.clear()
        grid = fig.add_gridspec(len(heights), 2, width_ratios=(1.25, 1.0), height_ratios=heights)
        for index, group in enumerate(GROUPS):
            _draw_heading(fig.add_subplot(grid[2 * index, :]), group)
            labels = fig.add_subplot(grid[2 * index + 1, 0])
            plot = fig.add_subplot(grid[2 * index + 1, 1], sharey=labels)
            _draw_panel(labels, plot, group)
        foot = fig.add_subplot(grid[-1, :])
        foot.set_axis_off()
        _draw_legend(foot)
        foot.text(
            0.72,
            0.5,
            NOT_COMPARABLE_NOTE,
            transform=foot.transAxes,
            ha="center",
            va="center",
            fontsize=10.5,
            color=PALETTE["black"],
            linespacing=1.35,
            bbox={
                "boxstyle": "round,pad=0.5",
                "facecolor": "white",
                "edgecolor": PALETTE["black"],
                "linewidth": 1.0,
            },
        )
    return AccessibleFigure(fig, alt=ALT_TEXT, caption=CAPTION, figure_id="fig-effect-sizes")


def _draw_heading(axes, group: dict) -> None:
    axes.set_axis_off()
    axes.set_xlim(0, 1)
    axes.set_ylim(0, 1)
    axes.text(
        0.0,
        0.62,
        group["heading"],
        ha="left",
        va="center",
        fontsize=11.5,
        fontweight="bold",
        color=PALETTE["black"],
    )
    axes.text(
        0.0,
        0.12,
        group["note"],
        ha="left",
        va="center",
        fontsize=9,
        fontstyle="italic",
        color=PALETTE["grey"],
    )


def _draw_panel(labels, plot, group: dict) -> None:
    entries = entries_in(group)
    for axes in (labels, plot):
        axes.set_ylim(-0.5, len(entries) - 0.5)
    labels.set_xlim(0, 1)
    labels.set_axis_off()
    low, high = group["limits"]
    plot.set_xlim(low, high)
    plot.set_xticks([tick / 4 for tick in range(int(low * 4), int(high * 4) + 1, 2)])
    plot.set_xlabel(group["axis"], fontsize=9.5)
    plot.tick_params(axis="y", left=False, labelleft=False)
    plot.spines["left"].set_visible(False)
    plot.grid(axis="x", color="#d9d9d9", linewidth=0.8)
    plot.set_axisbelow(True)
    if group["id"] == "within":
        # A grey ground as well as the words: this panel is a different kind of number.
        plot.set_facecolor("#f2f2f2")
    # The first row at the top.
    for row, entry in enumerate(entries):
        y = len(entries) - 1 - row
        _draw_words(labels, y, entry)
        _draw_mark(plot, y, entry)


def _draw_words(labels, y: float, entry: dict) -> None:
    # Offsets in points, not data units: a panel of one row spaces its lines like the rest.
    lines = (
        (13, entry["label"], 10, "#1f1f1f"),
        (0, entry["source"], 8.5, PALETTE["grey"]),
        (-12, entry["comparison"], 8.5, PALETTE["grey"]),
    )
    for offset, text, size, colour in lines:
        labels.annotate(
            text,
            (0.02, y),
            xytext=(0, offset),
            textcoords="offset points",
            ha="left",
            va="center",
            fontsize=size,
            color=colour,
        )


def _draw_mark(plot, y: float, entry: dict) -> None:
    style = KINDS[entry["kind"]]
    gid = f"effect-{entry['id']}"
    if entry["kind"] == "range":
        plot.plot(
            [entry["low"], entry["high"]],
            [y, y],
            color=style["colour"],
            linewidth=2.5,
            marker=style["marker"],
            markersize=14,
            markeredgewidth=2.5,
            gid=gid,
        )
        label_x, label = (
            entry["high"],
            f"{shown(entry['low'], entry)} to {shown(entry['high'], entry)}",
        )
    else:
        if entry["kind"] == "estimate":
            # The interval first, thin, so the square sits on top of it.
            plot.plot(
                [entry["low"], entry["high"]],
                [y, y],
                color=style["colour"],
                linewidth=1.5,
                marker="|",
                markersize=10,
                gid=f"{gid}-interval",
            )
        plot.plot(
            [entry["value"]],
            [y],
            linestyle="none",
            marker=style["marker"],
            markersize=8 if style["marker"] == "D" else 9,
            markerfacecolor=style["fill"],
            markeredgecolor=style["colour"],
            markeredgewidth=2,
            gid=gid,
        )
        label_x, label = entry["value"], shown(entry["value"], entry)
    # Beside the mark, or above it when an interval runs through the space beside it.
    above = entry["kind"] == "estimate"
    plot.annotate(
        label,
        (label_x, y),
        xytext=(0, 11) if above else (10, 0),
        textcoords="offset points",
        ha="center" if above else "left",
        va="center",
        fontsize=9.5,
        color=PALETTE["black"],
    )


def _draw_legend(foot) -> None:
    handles = []
    for kind, style in KINDS.items():
        (handle,) = foot.plot(
            [],
            [],
            linestyle="-" if kind in ("range", "estimate") else "none",
            linewidth=1.5,
            color=style["colour"],
            marker=style["marker"],
            markerfacecolor=style["fill"],
            markeredgecolor=style["colour"],
            markeredgewidth=2,
            label=style["legend"],
        )
        handles.append(handle)
    # Below every panel, so the legend hides no data.
    foot.legend(
        handles=handles,
        loc="center left",
        bbox_to_anchor=(0.0, 0.5),
        ncol=1,
        fontsize=9,
        frameon=False,
        title="Marks",
        title_fontsize=9,
    )
