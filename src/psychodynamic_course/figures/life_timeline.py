"""A life timeline drawn with matplotlib: the kernel's copy of what ``static/timeline.js``
draws in the page, for printing or saving a learner's timeline
(:meth:`~psychodynamic_course.widgets.timeline.LifeTimeline.to_figure`).

Position by age (or year), category by marker shape *and* colour, feeling above or below
the axis, and events that share a theme joined by a labelled line. The placing rules and
the category table are the front end's; unit tests keep the two equal. Nothing here
interprets or scores a timeline.

Example:
    >>> from psychodynamic_course.content.story import nadia_sample_events
    >>> describe_timeline(nadia_sample_events())[:46]
    'A life timeline of 14 events from age 0 to 34.'
"""

from __future__ import annotations

import math
from collections import Counter

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import MaxNLocator

from .style import PALETTE, course_style, new_figure

# The categories in the order the widget lists them, each with the colour (Okabe-Ito) and
# the marker shape that carry it: shape and colour together, never colour alone. The
# front end (frontend/widgets/timeline.js) uses the same table; a unit test keeps the two equal.
CATEGORY_STYLE = {
    "family": {"colour": PALETTE["orange"], "shape": "circle", "marker": "o"},
    "school or work": {"colour": PALETTE["sky_blue"], "shape": "square", "marker": "s"},
    "relationships": {"colour": PALETTE["vermillion"], "shape": "triangle-up", "marker": "^"},
    "loss": {"colour": PALETTE["black"], "shape": "triangle-down", "marker": "v"},
    "health": {"colour": PALETTE["green"], "shape": "diamond", "marker": "D"},
    "moves": {"colour": PALETTE["yellow"], "shape": "pentagon", "marker": "p"},
    "achievements": {"colour": PALETTE["blue"], "shape": "star", "marker": "*"},
    "other": {"colour": PALETTE["purple"], "shape": "plus", "marker": "P"},
}
CATEGORIES = tuple(CATEGORY_STYLE)

# How an event felt, in words: the number alone would read like a score.
FEELING_WORDS = {
    -2: "very hard",
    -1: "hard",
    0: "mixed or neutral",
    1: "good",
    2: "very good",
}

# Theme lines differ by dash pattern as well as by their text label.
_THEME_DASHES = [(0, (6, 3)), (0, (1.5, 2)), (0, (8, 2, 2, 2)), (0, (3, 3)), (0, (10, 3))]


def feeling_text(value: int) -> str:
    """The feeling as the learner reads it: signed number and words.

    Example:
        >>> feeling_text(-2), feeling_text(0), feeling_text(1)
        ('-2 very hard', '0 mixed or neutral', '+1 good')
    """
    sign = "+" if value > 0 else ""
    return f"{sign}{value} {FEELING_WORDS[value]}"


def theme_key(theme: str) -> str:
    """Themes match whatever their case and surrounding spaces (as in the front end).

    Example:
        >>> theme_key("  Being let down ") == theme_key("being let down")
        True
    """
    return theme.strip().lower()


def place_events(events: list[dict], birth_year: int | None = None) -> dict:
    """Where each event goes on the horizontal axis; the same rules as the front end.

    Events are placed by age. An event given only by a year is placed at
    ``year - birth_year`` when a birth year is known; if *every* event is given by a year
    and there is no birth year, the axis is years instead. Otherwise a year-only event
    cannot be placed and is returned in ``"unplaced"``.

    Returns ``{"axis": "age" | "year", "placed": [(x, event), ...] sorted by x,
    "unplaced": [event, ...]}``.

    Example:
        >>> layout = place_events([{"year": 2001}, {"age": 3}])
        >>> layout["axis"], [x for x, _ in layout["placed"]], len(layout["unplaced"])
        ('age', [3], 1)
        >>> [x for x, _ in place_events([{"year": 2001}], birth_year=1990)["placed"]]
        [11]
    """
    has_birth = isinstance(birth_year, int)
    by_year = bool(events) and not has_birth and all("age" not in e for e in events)
    axis = "year" if by_year else "age"
    placed, unplaced = [], []
    for event in events:
        if axis == "year":
            x = event["year"]
        elif "age" in event:
            x = event["age"]
        elif has_birth and "year" in event:
            x = event["year"] - birth_year
        else:
            unplaced.append(event)
            continue
        placed.append((x, event))
    placed.sort(key=lambda pair: pair[0])
    return {"axis": axis, "placed": placed, "unplaced": unplaced}


def shared_themes(placed: list[tuple]) -> dict[str, list[tuple]]:
    """The themes that two or more placed events share: name to its ``(x, event)`` pairs.

    The name is the theme as first written; themes are matched with :func:`theme_key`.
    Most shared themes come first.

    Example:
        >>> placed = [(1, {"themes": ["Loss"]}), (5, {"themes": ["loss "]}), (9, {})]
        >>> {name: len(pairs) for name, pairs in shared_themes(placed).items()}
        {'Loss': 2}
    """
    groups: dict[str, list] = {}
    names: dict[str, str] = {}
    for pair in placed:
        seen = set()
        for theme in pair[1].get("themes", []):
            key = theme_key(theme)
            if not key or key in seen:
                continue
            seen.add(key)
            names.setdefault(key, theme.strip())
            groups.setdefault(key, []).append(pair)
    shared = [(key, pairs) for key, pairs in groups.items() if len(pairs) >= 2]
    shared.sort(key=lambda item: (-len(item[1]), item[0]))
    return {names[key]: pairs for key, pairs in shared}


def describe_timeline(events: list[dict], birth_year: int | None = None) -> str:
    """A plain-language summary of a timeline, for alt text (it interprets nothing).

    Example:
        >>> describe_timeline([])
        'An empty life timeline: no events yet.'
        >>> from psychodynamic_course.content.story import nadia_sample_events
        >>> describe_timeline(nadia_sample_events())[:46]
        'A life timeline of 14 events from age 0 to 34.'
    """
    layout = place_events(events, birth_year)
    placed = layout["placed"]
    if not events:
        return "An empty life timeline: no events yet."
    parts = []
    if placed:
        unit = "age " if layout["axis"] == "age" else ""
        parts.append(
            f"A life timeline of {len(placed)} event{'s' if len(placed) != 1 else ''} "
            f"from {unit}{placed[0][0]} to {placed[-1][0]}."
        )
        feelings = Counter(event["feeling"] for _, event in placed)
        parts.append(
            f"{feelings[1] + feelings[2]} felt good or very good, "
            f"{feelings[-1] + feelings[-2]} hard or very hard, {feelings[0]} mixed or neutral."
        )
        themes = shared_themes(placed)
        if themes:
            listed = "; ".join(f"{name} ({len(pairs)} events)" for name, pairs in themes.items())
            parts.append(f"Themes that recur, joined by lines: {listed}.")
    if layout["unplaced"]:
        count = len(layout["unplaced"])
        parts.append(
            f"{count} event{'s' if count != 1 else ''} given by year "
            "cannot be placed without a year of birth."
        )
    return " ".join(parts)


def _spread_duplicates(placed: list[tuple], span: float) -> list[float]:
    """x positions with events at the same spot set a little apart, so none hides another."""
    groups: dict[tuple, list[int]] = {}
    for index, (x, event) in enumerate(placed):
        groups.setdefault((x, event["feeling"]), []).append(index)
    xs = [float(x) for x, _ in placed]
    step = max(span, 1) * 0.012
    for indexes in groups.values():
        for rank, index in enumerate(indexes):
            xs[index] += (rank - (len(indexes) - 1) / 2) * step
    return xs


def timeline_figure(
    events: list[dict],
    *,
    birth_year: int | None = None,
    title: str = "Life timeline",
    width: float = 9.0,
    height: float = 5.0,
) -> Figure:
    """Draw timeline events with matplotlib, as the widget draws them.

    Horizontal: age (or year, see :func:`place_events`); vertical: how it felt, from -2
    (very hard) below the axis to +2 (very good) above it. Each category has its own
    marker shape and colour (``CATEGORY_STYLE``), one ``Line2D`` per category with
    ``gid="category:<name>"``. Events that share a theme are joined by a dashed grey
    line (``gid="theme:<name>"``) labelled with the theme.

    Example:
        >>> from psychodynamic_course.content.story import nadia_sample_events
        >>> fig = timeline_figure(nadia_sample_events())
        >>> sorted(line.get_gid() for line in fig.axes[0].lines if line.get_gid())[:2]
        ['category:achievements', 'category:family']
    """
    layout = place_events(events, birth_year)
    placed = layout["placed"]
    with course_style():
        figure, axes = new_figure(width, height)
        axes.set_title(title, loc="left")
        if not events:
            axes.text(
                0.5,
                0.5,
                "No events on this timeline yet.",
                transform=axes.transAxes,
                ha="center",
                va="center",
                fontsize=13,
            )
            axes.set_axis_off()
            return figure

        span = (placed[-1][0] - placed[0][0]) if placed else 1
        xs = _spread_duplicates(placed, span)
        position = {id(event): x for x, (_, event) in zip(xs, placed, strict=True)}

        # The time axis itself runs through feeling 0.
        axes.axhline(0, color=PALETTE["grey"], linewidth=1.2, zorder=1)
        for index, (name, pairs) in enumerate(shared_themes(placed).items()):
            line_xs = [position[id(event)] for _, event in pairs]
            line_ys = [event["feeling"] for _, event in pairs]
            axes.plot(
                line_xs,
                line_ys,
                color=PALETTE["grey"],
                linestyle=_THEME_DASHES[index % len(_THEME_DASHES)],
                linewidth=1.3,
                zorder=2,
                gid=f"theme:{name}",
            )
            # The label goes on the theme's longest segment, where it has the most room.
            segment = max(
                range(len(pairs) - 1),
                key=lambda i: math.hypot(
                    (line_xs[i + 1] - line_xs[i]) / max(span, 1), (line_ys[i + 1] - line_ys[i]) / 4
                ),
            )
            label_x = (line_xs[segment] + line_xs[segment + 1]) / 2
            label_y = (line_ys[segment] + line_ys[segment + 1]) / 2
            axes.text(
                label_x,
                label_y,
                name,
                fontsize=8.5,
                ha="center",
                va="center",
                color=PALETTE["black"],
                zorder=4,
                gid="theme-label",
                bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none"},
            )

        handles = []
        for category, style in CATEGORY_STYLE.items():
            chosen = [
                (position[id(event)], event["feeling"])
                for _, event in placed
                if event["category"] == category
            ]
            if not chosen:
                continue
            line = axes.plot(
                [x for x, _ in chosen],
                [y for _, y in chosen],
                linestyle="none",
                marker=style["marker"],
                markersize=11 if style["marker"] == "*" else 9,
                markerfacecolor=style["colour"],
                markeredgecolor="#1f1f1f",
                markeredgewidth=0.8,
                zorder=3,
                label=category,
                gid=f"category:{category}",
            )[0]
            handles.append(line)
        if shared_themes(placed):
            handles.append(
                Line2D(
                    [], [], color=PALETTE["grey"], linestyle=_THEME_DASHES[0],
                    label="shared theme (labelled)",
                )
            )  # fmt: skip

        axes.set_yticks(list(FEELING_WORDS), [feeling_text(v) for v in FEELING_WORDS])
        axes.set_ylim(-2.7, 2.7)
        axes.set_ylabel("How it felt")
        axes.set_xlabel("Age (years)" if layout["axis"] == "age" else "Year")
        if placed:
            low, high = placed[0][0], placed[-1][0]
            pad = max((high - low) * 0.05, 1)
            axes.set_xlim(low - pad, high + pad)
        axes.grid(axis="y", color="#d9d9d9", linewidth=0.6)
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))
        if layout["unplaced"]:
            count = len(layout["unplaced"])
            # Between the title and the plot (the title is padded to make room).
            axes.set_title(title, loc="left", pad=20)
            axes.annotate(
                f"{count} event{'s' if count != 1 else ''} given by year not shown: "
                "add a year of birth to place them.",
                xy=(0, 1),
                xycoords="axes fraction",
                xytext=(0, 5),
                textcoords="offset points",
                fontsize=9,
                va="bottom",
                color=PALETTE["grey"],
            )
        if handles:
            figure.legend(handles=handles, loc="outside lower center", ncols=5, fontsize=9)
    return figure
