"""The effect sizes of chapter 9 as data: each number with its source, its comparison and
where it was checked.

Effect sizes from research on psychodynamic therapy are often quoted side by side, as if
they were scores on one scale. They are not. Some compare a treatment with a control
group, some compare the same people before and after treatment, and some compare two
active treatments. Here every number belongs to one panel, and a panel holds one kind of
comparison only, so that :mod:`psychodynamic_course.figures.effect_sizes` can give each
kind its own axis and never set a within-group number beside a between-group one.

Each number is kept once, in ``effect_sizes.yml`` (read into :data:`EFFECT_SIZES`).
``checked`` says where it was checked: ``"CONTENT.md"`` for the course's list of sourced
facts, otherwise the source read for this book. Numbers that could not be checked (the
often quoted follow-up figure of 1.12 for long-term therapy, the 0.41 for the published
antidepressant trials) are left out.

Example:
    >>> [row["value"] for row in EFFECT_SIZES if row["id"] == "abbass-end"]
    [0.97]
    >>> [group["id"] for group in GROUPS]
    ['shedler', 'keefe', 'within', 'long-term']
"""

from __future__ import annotations

from . import read_data

# The panels, top to bottom, and one row per plotted number: ``effect_sizes.yml`` says
# what each field means.
_DATA = read_data("effect_sizes.yml")
GROUPS: tuple[dict, ...] = tuple(_DATA["groups"])
EFFECT_SIZES: tuple[dict, ...] = tuple(_DATA["effect_sizes"])

NOT_COMPARABLE_NOTE = (
    "Each panel has its own scale and its own comparison.\n"
    "The numbers are not directly comparable across panels,\n"
    "nor within panel A: read each against its own comparison."
)


def numbers(entry: dict) -> tuple[float, ...]:
    """Every number a row shows: its value, or the ends of its range or interval.

    Example:
        >>> numbers(EFFECT_SIZES[-1])
        (0.44, 0.68)
    """
    if entry["kind"] == "range":
        return (entry["low"], entry["high"])
    if entry["kind"] == "estimate":
        return (entry["value"], entry["low"], entry["high"])
    return (entry["value"],)


def shown(number: float, entry: dict) -> str:
    """A number as the figure writes it, to the precision its source reported.

    Example:
        >>> shown(1.0, EFFECT_SIZES[6]), shown(1.8, EFFECT_SIZES[-2])
        ('1.00', '1.8')
    """
    return f"{number:.{entry.get('digits', 2)}f}"


def entries_in(group: dict) -> list[dict]:
    """The rows of one panel, in order.

    Example:
        >>> [row["id"] for row in entries_in(GROUPS[1])]
        ['keefe-anxiety']
    """
    return [entry for entry in EFFECT_SIZES if entry["group"] == group["id"]]
