"""The effect sizes of chapter 9, each with its source and what it was compared against.

Effect sizes from research on psychodynamic therapy are often quoted side by side, as if
they were scores on one scale. They are not: some compare a treatment with a control
group, some compare people with themselves before and after treatment, and some compare
two active treatments. The figure keeps these kinds apart in separate groups, labels every
number with its source and its comparison, and says on its face that the numbers are not
directly comparable.

Every number is kept once, in :data:`EFFECT_SIZES`, and each was checked against the
course's list of sourced facts. Numbers that could not be checked are left out.

Example:
    >>> figure = effect_sizes_figure()
    >>> figure.figure_id
    'fig-effect-sizes'
    >>> [row["value"] for row in EFFECT_SIZES if row["id"] == "abbass-end"]
    [0.97]
"""

from __future__ import annotations

from psychodynamic_course.figure_style import (
    PALETTE,
    AccessibleFigure,
    course_style,
    new_figure,
)

# The groups, top to bottom. Effect sizes from different groups answer different
# questions, so the figure separates them with rules and a heading each.
GROUPS = (
    {
        "id": "controlled",
        "heading": "A. Against control or placebo conditions",
        "note": "randomized trials; Shedler (2010) set\nthe first five side by side",
    },
    {
        "id": "within",
        "heading": "B. Within-group: before vs. after treatment",
        "note": (
            "the same people compared with themselves;\nno control group; personality disorders"
        ),
    },
    {
        "id": "long-term-2008",
        "heading": "C. Long-term therapy, 2008 analysis",
        "note": "its calculations were disputed\nby Bhar et al. (2010)",
    },
    {
        "id": "between",
        "heading": "D. Between long-term and less intensive",
        "note": "two active treatments\ncompared with each other",
    },
)

# One row per plotted number. "kind" says what the dot stands for: a psychodynamic
# therapy, another treatment, or a difference between two therapies (a range).
EFFECT_SIZES = (
    {
        "id": "abbass-end",
        "group": "controlled",
        "kind": "psychodynamic",
        "label": "Short-term psychodynamic therapy, end of treatment",
        "source": "Abbass et al. (2006), as reported by Shedler (2010)",
        "comparison": "vs. control conditions; 23 RCTs, 1,431 patients",
        "value": 0.97,
        "cite": "shedler2010",
    },
    {
        "id": "abbass-follow-up",
        "group": "controlled",
        "kind": "psychodynamic",
        "label": "The same, 9 or more months after treatment",
        "source": "Abbass et al. (2006), as reported by Shedler (2010)",
        "comparison": "vs. control conditions, at follow-up",
        "value": 1.51,
        "cite": "shedler2010",
    },
    {
        "id": "keefe-anxiety",
        "group": "controlled",
        "kind": "psychodynamic",
        "label": "Psychodynamic therapy for anxiety disorders",
        "source": "Keefe et al. (2014)",
        "comparison": "vs. control conditions; 14 RCTs, 1,073 patients",
        "value": 0.64,
        "cite": "keefe2014",
    },
    {
        "id": "haby-cbt",
        "group": "controlled",
        "kind": "other",
        "label": "CBT for depression, panic disorder and generalized anxiety",
        "source": "Haby et al. (2006), as reported by Shedler (2010)",
        "comparison": "vs. wait-list or placebo controls; 33 studies",
        "value": 0.68,
        "cite": "haby2006",
    },
    {
        "id": "turner-antidepressants",
        "group": "controlled",
        "kind": "other",
        "label": "Antidepressant medication",
        "source": "Turner et al. (2008), as reported by Shedler (2010)",
        "comparison": "vs. placebo",
        "value": 0.31,
        "cite": "turner2008",
    },
    {
        "id": "leichsenring-2003-pdt",
        "group": "within",
        "kind": "psychodynamic",
        "label": "Psychodynamic therapy",
        "source": "Leichsenring & Leibing (2003)",
        "comparison": "within-group, before vs. after",
        "value": 1.46,
        "cite": "leichsenring2003",
    },
    {
        "id": "leichsenring-2003-cbt",
        "group": "within",
        "kind": "other",
        "label": "Cognitive behavioural therapy (CBT)",
        "source": "Leichsenring & Leibing (2003)",
        "comparison": "within-group, before vs. after",
        "value": 1.00,
        "cite": "leichsenring2003",
    },
    {
        "id": "leichsenring-2008-ltpp",
        "group": "long-term-2008",
        "kind": "psychodynamic",
        "label": "Long-term psychodynamic therapy",
        "source": "Leichsenring & Rabung (2008)",
        "comparison": "overall effectiveness, controlled studies",
        "value": 0.96,
        "cite": "leichsenring2008",
    },
    {
        "id": "leichsenring-2008-comparison",
        "group": "long-term-2008",
        "kind": "other",
        "label": "The comparison treatments in those studies",
        "source": "Leichsenring & Rabung (2008)",
        "comparison": "overall effectiveness, controlled studies",
        "value": 0.47,
        "cite": "leichsenring2008",
    },
    {
        "id": "leichsenring-2011-difference",
        "group": "between",
        "kind": "difference",
        "label": "Difference in favour of long-term psychodynamic therapy",
        "source": "Leichsenring & Rabung (2011)",
        "comparison": "between long-term and less intensive; 10 studies, 971 patients",
        "low": 0.44,
        "high": 0.68,
        "cite": "leichsenring2011",
    },
)

# Each kind has a colour *and* a marker shape, and the row label names the treatment, so
# the figure reads in greyscale and without telling colours apart.
_KINDS = {
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
    "difference": {
        "marker": "|",
        "colour": PALETTE["black"],
        "fill": PALETTE["black"],
        "legend": "difference between two therapies (range)",
    },
}

NOT_COMPARABLE_NOTE = (
    "These numbers come from different study designs and comparisons.\n"
    "They are not directly comparable: read each one only against\n"
    "its own comparison, never against a number in another group."
)

_X_MAX = 1.75
# Inches per row unit, and the share of a unit a group heading takes.
_ROW_INCHES = 0.62
_HEADING_UNITS = 0.8

_ALT_TEXT = (
    "Dot plot of effect sizes reported in research on psychodynamic therapy and other "
    "treatments, in four separate groups, each number labelled with its source and what it "
    "was compared against. Group A, treatment versus control or placebo conditions, the "
    "first five set side by side by Shedler (2010): short-term psychodynamic therapy at the "
    "end of treatment 0.97 and nine or more months later 1.51 (Abbass and colleagues, 2006, "
    "23 randomized trials, 1,431 patients, as reported by Shedler); psychodynamic therapy "
    "for anxiety disorders 0.64 (Keefe and colleagues, 2014, 14 trials, 1,073 patients); "
    "cognitive behavioural therapy for depression, panic disorder and generalized anxiety "
    "0.68 against wait-list or placebo controls (Haby and colleagues, 2006, 33 studies); "
    "antidepressant medication 0.31 against placebo (Turner and colleagues, 2008). Group B, "
    "within-group change before versus after treatment for personality disorders "
    "(Leichsenring and Leibing, 2003): psychodynamic therapy 1.46, cognitive behavioural "
    "therapy 1.00. Group C, the 2008 analysis of long-term therapy whose calculations Bhar "
    "and colleagues disputed: long-term psychodynamic therapy 0.96, comparison treatments "
    "0.47 (Leichsenring and Rabung, 2008). Group D, between long-term and less intensive "
    "therapy: a range from 0.44 to 0.68 in favour of long-term psychodynamic therapy "
    "(Leichsenring and Rabung, 2011, 10 studies, 971 patients). Psychodynamic therapies are "
    "filled circles, other treatments open diamonds, the range a line with end marks. A note "
    "on the figure says the numbers come from different designs and comparisons and are not "
    "directly comparable."
)

_CAPTION = (
    "Effect sizes with their sources and comparisons. Groups A to D answer different "
    "questions: against control conditions, before versus after, and between two active "
    "treatments. Numbers in different groups, and even within group A, come from different "
    "reviews, patients and comparison conditions, so they are not directly comparable."
)


def effect_sizes_figure() -> AccessibleFigure:
    """Draw the effect sizes of chapter 9 as a grouped, labelled dot plot.

    Left, each row's treatment, source and comparison in words; right, the number as a
    dot (or a range) on a common axis, with its value written beside it. Groups are
    separated by rules and headings, and a note on the figure says the numbers are not
    directly comparable. Deterministic: the SVG is the same on every run.

    Example:
        >>> figure = effect_sizes_figure()
        >>> "not directly comparable" in figure.alt
        True
    """
    rows, span = _layout()
    with course_style():
        fig, _ = new_figure(10.0, _ROW_INCHES * span + 1.9)
        fig.clear()
        grid = fig.add_gridspec(
            2, 2, width_ratios=(1.2, 1.0), height_ratios=(_ROW_INCHES * span, 1.5)
        )
        labels = fig.add_subplot(grid[0, 0])
        plot = fig.add_subplot(grid[0, 1], sharey=labels)
        note = fig.add_subplot(grid[1, :])
        for axes in (labels, plot):
            axes.set_ylim(-0.55, span - 0.45)
        labels.set_xlim(0, 1)
        labels.set_axis_off()
        note.set_axis_off()

        _draw_axis(plot)
        for y, row in rows:
            if row["type"] == "heading":
                _draw_heading(labels, plot, y, row["group"], first=row["group"] is GROUPS[0])
            else:
                _draw_row(labels, plot, y, row["entry"])
        _draw_legend(note, plot)
        note.text(
            0.7,
            0.5,
            NOT_COMPARABLE_NOTE,
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
    return AccessibleFigure(fig, alt=_ALT_TEXT, caption=_CAPTION, figure_id="fig-effect-sizes")


def _layout() -> tuple[list[tuple[float, dict]], float]:
    """Rows top to bottom with their y positions: a heading per group, then its entries.

    An entry takes one unit (three lines of text); a heading takes less. Returns the rows
    and the total height in units.
    """
    rows: list[dict] = []
    for group in GROUPS:
        rows.append({"type": "heading", "group": group})
        rows.extend(
            {"type": "entry", "entry": entry}
            for entry in EFFECT_SIZES
            if entry["group"] == group["id"]
        )
    heights = [_HEADING_UNITS if row["type"] == "heading" else 1.0 for row in rows]
    span = sum(heights)
    placed, top = [], span
    for row, height in zip(rows, heights, strict=True):
        placed.append((top - height / 2 - 0.5, row))
        top -= height
    return placed, span


def _draw_axis(plot) -> None:
    plot.set_xlim(0, _X_MAX)
    plot.set_xticks([0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5])
    plot.set_xlabel("Reported effect size (d or g; larger = bigger difference)")
    plot.tick_params(axis="y", left=False, labelleft=False)
    plot.spines["left"].set_visible(False)
    plot.grid(axis="x", color="#d9d9d9", linewidth=0.8)
    plot.set_axisbelow(True)


def _draw_heading(labels, plot, y: float, group: dict, *, first: bool) -> None:
    labels.text(
        0.0,
        y,
        group["heading"],
        ha="left",
        va="center",
        fontsize=11,
        fontweight="bold",
        color=PALETTE["black"],
    )
    plot.text(
        0.02,
        y,
        group["note"],
        ha="left",
        va="center",
        fontsize=8.5,
        fontstyle="italic",
        linespacing=1.1,
        color=PALETTE["grey"],
    )
    if not first:
        # A rule above every group but the first: different kinds, visibly apart.
        for axes in (labels, plot):
            axes.axhline(y + _HEADING_UNITS / 2, color=PALETTE["black"], linewidth=1.2)


def _draw_row(labels, plot, y: float, entry: dict) -> None:
    labels.text(
        0.03, y + 0.28, entry["label"], ha="left", va="center", fontsize=10, color="#1f1f1f"
    )
    for offset, detail in ((0.0, entry["source"]), (-0.27, entry["comparison"])):
        labels.text(
            0.03,
            y + offset,
            detail,
            ha="left",
            va="center",
            fontsize=8.5,
            color=PALETTE["grey"],
        )
    style = _KINDS[entry["kind"]]
    if entry["kind"] == "difference":
        plot.plot(
            [entry["low"], entry["high"]],
            [y, y],
            color=style["colour"],
            linewidth=2.5,
            marker=style["marker"],
            markersize=14,
            markeredgewidth=2.5,
            gid=f"effect-{entry['id']}",
        )
        plot.text(
            entry["high"] + 0.04,
            y,
            f"{entry['low']:.2f} to {entry['high']:.2f}",
            ha="left",
            va="center",
            fontsize=9.5,
            color=PALETTE["black"],
        )
        return
    plot.plot(
        [entry["value"]],
        [y],
        linestyle="none",
        marker=style["marker"],
        markersize=9 if style["marker"] == "o" else 8,
        markerfacecolor=style["fill"],
        markeredgecolor=style["colour"],
        markeredgewidth=2,
        gid=f"effect-{entry['id']}",
    )
    plot.text(
        entry["value"] + 0.06,
        y,
        f"{entry['value']:.2f}",
        ha="left",
        va="center",
        fontsize=9.5,
        color=PALETTE["black"],
    )


def _draw_legend(note, plot) -> None:
    handles = []
    for kind in ("psychodynamic", "other", "difference"):
        style = _KINDS[kind]
        (handle,) = plot.plot(
            [],
            [],
            linestyle="-" if kind == "difference" else "none",
            color=style["colour"],
            marker=style["marker"],
            markerfacecolor=style["fill"],
            markeredgecolor=style["colour"],
            markeredgewidth=2,
            label=style["legend"],
        )
        handles.append(handle)
    # The legend sits beside the note, below both columns, so it hides no data.
    note.legend(
        handles=handles,
        loc="center left",
        bbox_to_anchor=(0.0, 0.5),
        ncol=1,
        fontsize=9,
        frameon=False,
        title="Markers",
        title_fontsize=9,
    )
