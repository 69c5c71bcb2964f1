"""The effect sizes of chapter 9 as data: each number with its source, its comparison and
where it was checked.

Effect sizes from research on psychodynamic therapy are often quoted side by side, as if
they were scores on one scale. They are not. Some compare a treatment with a control
group, some compare the same people before and after treatment, and some compare two
active treatments. Here every number belongs to one panel, and a panel holds one kind of
comparison only, so that :mod:`psychodynamic_course.figures.effect_sizes` can give each kind its own
axis and never set a within-group number beside a between-group one.

Each number is kept once, in :data:`EFFECT_SIZES`. ``checked`` says where it was checked:
``"CONTENT.md"`` for the course's list of sourced facts, otherwise the source read for this
book. Numbers that could not be checked (the often quoted follow-up figure of 1.12 for
long-term therapy, the 0.41 for the published antidepressant trials) are left out.

Example:
    >>> [row["value"] for row in EFFECT_SIZES if row["id"] == "abbass-end"]
    [0.97]
    >>> [group["id"] for group in GROUPS]
    ['shedler', 'keefe', 'within', 'long-term']
"""

from __future__ import annotations

# The panels, top to bottom. Each has its own heading, note and axis label, because each
# answers a different question.
GROUPS = (
    {
        "id": "shedler",
        "heading": "A. Shedler's (2010) comparison: each treatment against its own control",
        "note": (
            "Between-group. Shedler set 0.97, 0.68 and 0.31 side by side; each number "
            "compares a treatment with a different kind of control."
        ),
        "axis": "Between-group effect size: treatment vs. its own control (d or g)",
        "limits": (0.0, 1.75),
    },
    {
        "id": "keefe",
        "heading": "B. A later, separate review (2014), not part of Shedler's comparison",
        "note": "Between-group: psychodynamic therapy vs. control conditions, for anxiety.",
        "axis": "Between-group effect size: therapy vs. control conditions (g)",
        "limits": (0.0, 1.75),
    },
    {
        "id": "within",
        "heading": "C. Within-group: the same people after vs. before treatment",
        "note": (
            "No comparison group: these include change that would have happened anyway. "
            "Do not set them against panels A, B or D."
        ),
        "axis": "Within-group effect size: after vs. before, same people (d)",
        "limits": (0.0, 1.75),
    },
    {
        "id": "long-term",
        "heading": "D. Between-group: long-term vs. shorter psychodynamic therapy",
        "note": (
            "The 2008 figure was computed from before-and-after effects and challenged; "
            "the 2011 update reported smaller ones."
        ),
        "axis": "Between-group effect size: long-term vs. shorter therapy (d)",
        "limits": (0.0, 4.0),
    },
)

# One row per plotted number. "kind" says what the mark stands for: a psychodynamic therapy
# or another treatment (a dot), one difference between two therapies with its 95% confidence
# interval, or a range of differences. "digits" is the precision the source reported.
EFFECT_SIZES = (
    {
        "id": "abbass-end",
        "group": "shedler",
        "kind": "psychodynamic",
        "label": "Short-term psychodynamic therapy, end of treatment",
        "source": "Abbass et al. (2006), as reported by Shedler (2010)",
        "comparison": "vs. wait-list, usual care or minimal treatment; 23 RCTs",
        "value": 0.97,
        "cite": "shedler2010",
        "checked": "CONTENT.md",
    },
    {
        "id": "abbass-follow-up",
        "group": "shedler",
        "kind": "psychodynamic",
        "label": "The same, 9 or more months after treatment",
        "source": "Abbass et al. (2006), as reported by Shedler (2010)",
        "comparison": "vs. the same kinds of control, at follow-up",
        "value": 1.51,
        "cite": "shedler2010",
        "checked": "CONTENT.md",
    },
    {
        "id": "haby-cbt",
        "group": "shedler",
        "kind": "other",
        "label": "CBT for depression, panic disorder and generalized anxiety",
        "source": "Haby et al. (2006), as reported by Shedler (2010)",
        "comparison": "vs. wait-list, pill or attention placebo; 33 RCTs",
        "value": 0.68,
        "cite": "haby2006",
        "checked": "CONTENT.md",
    },
    {
        "id": "turner-antidepressants",
        "group": "shedler",
        "kind": "other",
        "label": "Antidepressant medication (12 drugs)",
        "source": "Turner et al. (2008), as reported by Shedler (2010)",
        "comparison": "vs. pill placebo; 74 trials from FDA files, unpublished included",
        "value": 0.31,
        "cite": "turner2008",
        "checked": "CONTENT.md",
    },
    {
        "id": "keefe-anxiety",
        "group": "keefe",
        "kind": "psychodynamic",
        "label": "Psychodynamic therapy for anxiety disorders",
        "source": "Keefe et al. (2014)",
        "comparison": "vs. control conditions; 14 RCTs, 1,073 patients",
        "value": 0.64,
        "cite": "keefe2014",
        "checked": "CONTENT.md",
    },
    {
        "id": "leichsenring-2003-pdt",
        "group": "within",
        "kind": "psychodynamic",
        "label": "Psychodynamic therapy for personality disorders",
        "source": "Leichsenring & Leibing (2003)",
        "comparison": "after vs. before treatment",
        "value": 1.46,
        "cite": "leichsenring2003",
        "checked": "CONTENT.md",
    },
    {
        "id": "leichsenring-2003-cbt",
        "group": "within",
        "kind": "other",
        "label": "CBT for personality disorders",
        "source": "Leichsenring & Leibing (2003)",
        "comparison": "after vs. before treatment",
        "value": 1.00,
        "cite": "leichsenring2003",
        "checked": "CONTENT.md",
    },
    {
        "id": "leichsenring-2008-ltpp",
        "group": "within",
        "kind": "psychodynamic",
        "label": "Long-term psychodynamic therapy",
        "source": "Leichsenring & Rabung (2008)",
        "comparison": "after vs. before; the 8 controlled studies",
        "value": 0.96,
        "cite": "leichsenring2008",
        "checked": "CONTENT.md",
    },
    {
        "id": "leichsenring-2008-comparison",
        "group": "within",
        "kind": "other",
        "label": "The comparison treatments in those studies",
        "source": "Leichsenring & Rabung (2008)",
        "comparison": "after vs. before; the 8 controlled studies",
        "value": 0.47,
        "cite": "leichsenring2008",
        "checked": "CONTENT.md",
    },
    {
        "id": "leichsenring-2008-between",
        "group": "long-term",
        "kind": "estimate",
        "label": "Long-term vs. shorter therapy, complex mental disorders (2008)",
        "source": "Leichsenring & Rabung (2008); challenged by Bhar et al. (2010)",
        "comparison": "one estimate, 95% confidence interval 0.7 to 3.4",
        "value": 1.8,
        "low": 0.7,
        "high": 3.4,
        "digits": 1,
        "cite": "leichsenring2008",
        "checked": (
            "The 2008 abstract (JAMA 300, 1551-1565) as summarised by the Centre for Reviews "
            "and Dissemination and Psychiatric Times: between-group effect size 1.8, 95% CI "
            "0.7 to 3.4, for overall effectiveness in complex mental disorders."
        ),
    },
    {
        "id": "leichsenring-2011-difference",
        "group": "long-term",
        "kind": "range",
        "label": "Long-term vs. less intensive therapy (2011 update)",
        "source": "Leichsenring & Rabung (2011)",
        "comparison": "range of estimates; 10 studies, 971 patients",
        "low": 0.44,
        "high": 0.68,
        "cite": "leichsenring2011",
        "checked": "CONTENT.md",
    },
)

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
