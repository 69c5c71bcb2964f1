"""The effect-size figure of chapter 9: one panel per kind of comparison, each on its own axis.

The numbers, their sources and their panels live in
:mod:`psychodynamic_course.content.effect_size_data`; this module only draws them. Every panel has
a heading, a note and an axis label saying what its numbers compare, so a within-group
number (the same people before and after) never sits on an axis beside a between-group one.
Every row names its treatment, source and comparison in words, and a note on the figure
says that the numbers are not directly comparable. Each panel is its own SVG
(:mod:`psychodynamic_course.figures.panels`), so a printer breaks between panels, never
through one.

Example:
    >>> figure = effect_sizes_figure()
    >>> figure.figure_id
    'fig-effect-sizes'
    >>> [group["heading"][:2] for group in GROUPS]
    ['A.', 'B.', 'C.', 'D.']
"""

from __future__ import annotations

import html
import textwrap

from matplotlib.figure import Figure

from psychodynamic_course.content.effect_size_data import (
    EFFECT_SIZES,
    GROUPS,
    NOT_COMPARABLE_NOTE,
    entries_in,
    shown,
)
from psychodynamic_course.figures.panels import PanelledFigure
from psychodynamic_course.figures.style import PALETTE, course_style

__all__ = [
    "EFFECT_SIZES",
    "GROUPS",
    "NOT_COMPARABLE_NOTE",
    "effect_sizes_figure",
    "legend_and_note_html",
]

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

# Inches wide: on a 360 px phone the figure is drawn about 312 CSS px wide, so its
# 10.5 pt text is 10.5 * 312 / (3.75 * 72) = 12.1 px, and on a desktop it is capped near
# its own size (style.py) rather than blown up to the column.
WIDTH = 3.75

# Points: text sizes, a line of text, and the parts of the page around the rows.
_TEXT = 10.5
_HEAD = 11.5
_LINE = 13.5
_GAP = 1  # between a row's treatment, source and comparison
_CHARS = 44  # characters of 10.5 pt text to a line of the figure's width
_BOLD_CHARS = 36  # and of bold text, headings and treatments
_MARK_ROW = 32  # below a row's words: its mark and number
_AXIS = 62  # below a panel: its ticks and two lines of axis label
_MARGIN = 6
_PLOT_INSET = 4

# Each panel's SVG title, top to bottom: the first also describes the whole figure (it is
# the figure's title) and keeps its caveats; the legend and the note are HTML text below.
PANEL_TITLES = (
    "Dot plot of effect sizes from research on psychodynamic therapy and other treatments, "
    "in four panels, each with its own scale and its own kind of comparison; every number is "
    "labelled with its source and what it was compared against, and the numbers are not "
    "directly comparable across panels, nor within panel A. Psychodynamic therapies are "
    "filled circles, other treatments open diamonds, the 2008 estimate in panel D a square "
    "with its interval, the 2011 range a bar with end marks. "
    "Panel A of four, Shedler's 2010 "
    "comparison, each treatment against its own control: short-term psychodynamic therapy "
    "0.97 at the end of treatment and 1.51 nine or more months later, against wait-list, "
    "usual care or minimal treatment (Abbass and colleagues, 2006, 23 randomized trials, as "
    "reported by Shedler); cognitive behavioural therapy for depression, panic disorder and "
    "generalized anxiety 0.68, against wait-list, pill or attention placebo (Haby and "
    "colleagues, 2006, 33 trials); antidepressant medication 0.31 against pill placebo "
    "(Turner and colleagues, 2008, 74 trials from the files of the US Food and Drug "
    "Administration, unpublished trials included). Shedler set 0.97, 0.68 and 0.31 side by "
    "side.",
    "Panel B of four, a later and separate review that is not part of Shedler's comparison: "
    "psychodynamic therapy for anxiety disorders 0.64 against control conditions (Keefe and "
    "colleagues, 2014, 14 trials, 1,073 patients).",
    "Panel C of four, within-group effects, the same "
    "people after versus before treatment, with no comparison group: for personality "
    "disorders, psychodynamic therapy 1.46 and cognitive behavioural therapy 1.00 "
    "(Leichsenring and Leibing, 2003); in the 8 controlled studies of the 2008 analysis, "
    "long-term psychodynamic therapy 0.96 and the comparison treatments 0.47 (Leichsenring "
    "and Rabung, 2008).",
    "Panel D of four, between-group differences between long-term and shorter "
    "therapy: the 2008 estimate of 1.8 for complex mental disorders, with a 95 percent "
    "confidence interval from 0.7 to 3.4, computed from before-and-after effects and "
    "challenged by Bhar and colleagues in 2010; and the 2011 update's range of 0.44 to 0.68 "
    "(Leichsenring and Rabung, 2011, 10 studies, 971 patients).",
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


def effect_sizes_figure() -> PanelledFigure:
    """Draw the effect sizes of chapter 9 as labelled dot plots, one SVG per comparison.

    One column, read top to bottom, so the figure keeps its text at 12 CSS px or more on a
    360 px phone (text px = points * column px / figure points): each panel's heading and
    note, then each row's treatment, source and comparison in words with its mark on the
    panel's own axis right below them. Each panel is its own SVG, so a printed page breaks
    between panels, never through one; the legend and the note are HTML text below them.
    Deterministic: the SVGs are the same on every run.

    Example:
        >>> figure = effect_sizes_figure()
        >>> "not directly comparable" in figure.alt and "not directly comparable" in figure.caption
        True
        >>> [float(panel.get_size_inches()[0]) for panel in figure.figures]
        [3.75, 3.75, 3.75, 3.75]
    """
    panels = [_draw_group(group) for group in GROUPS]
    return PanelledFigure(
        list(zip(panels, PANEL_TITLES, strict=True)),
        caption=CAPTION,
        figure_id="fig-effect-sizes",
        after_panels=legend_and_note_html(),
    )


def _draw_group(group: dict) -> Figure:
    """One panel as its own figure: heading and note, then its rows on its own axis."""
    rows = _panel_blocks(group)
    height = _heading_height(group) + sum(rows) + _AXIS + 2 * _MARGIN
    with course_style():
        fig = Figure(figsize=(WIDTH, height / 72))
        top = height - _MARGIN
        _draw_heading(_axes_at(fig, height, top, _heading_height(group), inset=0), group)
        top -= _heading_height(group)
        words = _axes_at(fig, height, top, sum(rows), inset=_PLOT_INSET)
        plot = _axes_at(fig, height, top, sum(rows), inset=_PLOT_INSET)
        _draw_panel(words, plot, group, rows)
    return fig


# A small drawing of each kind's mark for the HTML legend, in a 28 x 16 box: hidden from
# screen readers, whose legend is the words beside it (they name the shape too).
_SWATCHES = {
    "o": '<circle cx="14" cy="8" r="5" fill="{fill}" stroke="{colour}" stroke-width="2"/>',
    "D": '<path d="M14 2L20 8L14 14L8 8Z" fill="{fill}" stroke="{colour}" stroke-width="2"/>',
    "s": '<path d="M3 8H25M3 4V12M25 4V12" stroke="{colour}" stroke-width="1.5" fill="none"/>'
    '<rect x="9.5" y="3.5" width="9" height="9" fill="{fill}" stroke="{colour}" stroke-width="2"/>',
    "|": '<path d="M3 8H25M3 1V15M25 1V15" stroke="{colour}" stroke-width="2.5" fill="none"/>',
}


def legend_and_note_html() -> str:
    """The legend of the marks and the note that the numbers are not directly comparable,
    as HTML text below the panels: it reflows on a phone and is read as text.

    Example:
        >>> html = legend_and_note_html()
        >>> "open diamond" in html and "not directly comparable" in html
        True
    """
    items = "".join(
        '<li style="display: flex; align-items: center; gap: 0.5rem">'
        '<svg aria-hidden="true" width="28" height="16" viewBox="0 0 28 16" style="flex: none">'
        f"{_SWATCHES[style['marker']].format(**style)}</svg>"
        f"<span>{html.escape(style['legend'])}</span></li>"
        for style in KINDS.values()
    )
    note = html.escape(" ".join(NOT_COMPARABLE_NOTE.split()))
    return (
        # A little smaller than the page's text, as the panels' is; still over 12 px.
        '<div class="pdc-figure-legend" style="margin: 0.5rem 0; font-size: 0.875rem">'
        '<p style="font-weight: bold; margin: 0">Marks</p>'
        f'<ul style="list-style: none; padding: 0; margin: 0">{items}</ul></div>'
        '<p class="pdc-figure-note" style="border: 1px solid #000000; border-radius: 4px;'
        f' padding: 0.25rem 0.5rem; font-size: 0.875rem">{note}</p>'
    )


def _wrap(text: str, width: int = _CHARS) -> list[str]:
    # Not at hyphens: "before-and-after" stays whole, as the tests and readers find it.
    return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False)


def _heading_height(group: dict) -> float:
    return (len(_wrap(group["heading"], _BOLD_CHARS)) + len(_wrap(group["note"]))) * _LINE + 10


def _panel_blocks(group: dict) -> list[float]:
    """Each row's height in points: its lines of words, then the row of its mark."""
    return [
        sum(len(lines) * _LINE + _GAP for lines, _ in _entry_words(entry)) + _MARK_ROW
        for entry in entries_in(group)
    ]


def _entry_words(entry: dict) -> list[tuple[list[str], bool]]:
    """The row's treatment, source and comparison, each as (wrapped lines, is the name)."""
    return [
        (_wrap(entry["label"], _BOLD_CHARS), True),
        (_wrap(entry["source"]), False),
        (_wrap(entry["comparison"]), False),
    ]


def _axes_at(fig, figure_height: float, top: float, height: float, *, inset: float):
    """Axes whose data units are points, from ``top`` down ``height`` points."""
    left = (_MARGIN + inset) / (WIDTH * 72)
    axes = fig.add_axes(
        (left, (top - height) / figure_height, 1 - 2 * left, height / figure_height)
    )
    axes.set_ylim(0, height)
    return axes


def _draw_heading(axes, group: dict) -> None:
    axes.set_axis_off()
    axes.set_xlim(0, 1)
    top = axes.get_ylim()[1]
    heading = "\n".join(_wrap(group["heading"], _BOLD_CHARS))
    note = "\n".join(_wrap(group["note"]))
    axes.text(
        0.0,
        top,
        heading,
        ha="left",
        va="top",
        fontsize=_HEAD,
        fontweight="bold",
        color=PALETTE["black"],
        linespacing=_LINE / _HEAD,
    )
    axes.text(
        0.0,
        top - heading.count("\n") * _LINE - _LINE - 4,
        note,
        ha="left",
        va="top",
        fontsize=_TEXT,
        fontstyle="italic",
        color=PALETTE["grey"],
        linespacing=_LINE / _TEXT,
    )


def _draw_panel(words, plot, group: dict, rows: list[float]) -> None:
    words.set_axis_off()
    words.set_xlim(0, 1)
    words.set_zorder(plot.get_zorder() + 1)
    low, high = group["limits"]
    plot.set_xlim(low, high)
    step = 2 if high - low <= 2 else 4
    plot.set_xticks([tick / 4 for tick in range(int(low * 4), int(high * 4) + 1, step)])
    plot.set_xlabel("\n".join(_wrap(group["axis"])), fontsize=_TEXT, linespacing=_LINE / _TEXT)
    plot.tick_params(axis="x", labelsize=_TEXT)
    plot.tick_params(axis="y", left=False, labelleft=False)
    plot.spines["left"].set_visible(False)
    if group["id"] == "within":
        # A grey ground as well as the words: this panel is a different kind of number.
        plot.set_facecolor("#f2f2f2")
    # The first row at the top: its words, then its mark below them.
    top = sum(rows)
    for entry, row_height in zip(entries_in(group), rows, strict=True):
        _draw_words(words, top, entry)
        _draw_mark(plot, top - row_height + 12, entry)
        top -= row_height


def _draw_words(words, top: float, entry: dict) -> None:
    top -= 3
    for lines, is_name in _entry_words(entry):
        words.text(
            0.0,
            top,
            "\n".join(lines),
            ha="left",
            va="top",
            fontsize=_TEXT,
            fontweight="bold" if is_name else "normal",
            color="#1f1f1f" if is_name else PALETTE["grey"],
            linespacing=_LINE / _TEXT,
        )
        top -= len(lines) * _LINE + _GAP


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
        fontsize=_TEXT,
        color=PALETTE["black"],
    )
