"""The bad inputs and faults the robustness tests try, and the summary a test run prints.

One table of bad inputs (``BAD_INPUTS``) is shared by the browser catalog test, which types
each one into every field of every component, and by the Python tests, which feed the same
values to the validators and the journal. Tests that try bad inputs or inject faults
record what they tried with the ``robustness`` fixture (``tests/conftest.py``); at the end
of the run pytest prints one table of it, so a reader of the log sees how much was tried
and that every one of those tests passed, which means nothing saved was lost.

Example:
    >>> names = [bad.name for bad in BAD_INPUTS]
    >>> len(names) == len(set(names))
    True
    >>> next(bad for bad in BAD_INPUTS if bad.name == "NUL").value
    'a\\x00b'
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

# Longer than any text field allows (the longest, a reflection, holds 5,000 characters).
OVER_LONG = "long " * 1_001
# A paste of about a megabyte: the page must stay responsive and refuse it beside the field.
VERY_LARGE_PASTE = ("A whole document pasted by mistake. " * 30_000)[:1_000_000]
# What every script payload below would set if it ever ran.
INJECTION_FLAG = "__pdcInjected"


@dataclass(frozen=True)
class BadInput:
    """One value a learner might type or paste, and what kind of trouble it is.

    ``kind`` is "text" for trouble in any field, "number" for trouble only a number or
    year field has (the value is still typed as text, as a learner would).
    """

    name: str
    value: str
    kind: str = "text"


_NEXT_YEAR = datetime.date.today().year + 1

BAD_INPUTS: tuple[BadInput, ...] = (
    BadInput("empty", ""),
    BadInput("whitespace only", " \t  \n "),
    BadInput("over-long", OVER_LONG),
    BadInput("very large paste", VERY_LARGE_PASTE),
    BadInput("emoji", "Felt 😢 then 🌱, with my 👩‍👩‍👧 family"),
    BadInput("right-to-left text", "שלום, انا هنا"),
    BadInput("right-to-left override", "\u202eevil.txt"),
    BadInput("combining characters", "Ze\u0301\u0301\u0301\u0308lgo a\u0300\u0301"),
    BadInput("control characters", "bell\u0007 escape\u001b[31m"),
    BadInput("NUL", "a\u0000b"),
    BadInput("lone surrogate", "broken \ud800 pair"),
    BadInput("HTML markup", "<b>bold</b> <i>and</i> <a href='x'>link</a>"),
    BadInput("script tag", f"<script>window.{INJECTION_FLAG}=1</script>"),
    BadInput("image onerror", f"<img src=x onerror=window.{INJECTION_FLAG}=1>"),
    BadInput("attribute break-out", f'"><svg onload=window.{INJECTION_FLAG}=1>'),
    BadInput("javascript URL", f"javascript:window.{INJECTION_FLAG}=1"),
    BadInput("negative number", "-1", "number"),
    BadInput("out-of-range number", "121", "number"),
    BadInput("huge number", "1e308", "number"),
    BadInput("decimal number", "3.5", "number"),
    BadInput("non-numeric", "twelve", "number"),
    BadInput("not a number", "NaN", "number"),
    BadInput("infinity", "Infinity", "number"),
    BadInput("hexadecimal", "0x10", "number"),
    BadInput("non-Latin digits", "١٢", "number"),
    BadInput("future year", str(_NEXT_YEAR), "number"),
    BadInput("far future year", "9999", "number"),
    BadInput("year before 1900", "1899", "number"),
)


@dataclass
class Tried:
    """One line of the summary: what was tried against which component, and how often."""

    component: str
    what: str
    count: int = 1


def summary_lines(tried: list[Tried]) -> list[str]:
    """The summary table: one line per component and kind of trial, counts added up.

    Example:
        >>> tried = [Tried("reflection", "bad input", 3), Tried("reflection", "bad input", 2)]
        >>> summary_lines(tried)
        ['  reflection               bad input                                        5']
    """
    totals: dict[tuple[str, str], int] = {}
    for item in tried:
        key = (item.component, item.what)
        totals[key] = totals.get(key, 0) + item.count
    return [
        f"  {component:<24} {what:<44} {count:>5}"
        for (component, what), count in sorted(totals.items())
    ]
