"""The benchmark's targets and report: how a figure is checked against the issue's target
and how it reads in the Markdown that `make bench` writes (scripts/bench.py).
"""

from __future__ import annotations

import dataclasses
import sys
import time
from collections.abc import Callable, Iterable

MB = 1_000_000


@dataclasses.dataclass(frozen=True)
class Target:
    """A target from the issue: how it reads in the table, and the test a value must pass.

    Example:
        >>> rebuild = at_most(2, "2 s")
        >>> rebuild.text, rebuild.met(1.4), rebuild.met(2.5), rebuild.met(None)
        ('≤ 2 s', True, False, None)
    """

    text: str
    test: Callable[[float], bool]

    def met(self, value: float | None) -> bool | None:
        return None if value is None else bool(self.test(value))


def at_most(limit: float, shown: str) -> Target:
    """A target the value must not exceed (the limit itself meets it).

    Example:
        >>> at_most(16, "16 ms").met(16)
        True
    """
    return Target(f"≤ {shown}", lambda value: value <= limit)


def at_least(limit: float, shown: str) -> Target:
    """A target the value must reach (the limit itself meets it).

    Example:
        >>> at_least(95, "95").met(94)
        False
    """
    return Target(f"≥ {shown}", lambda value: value >= limit)


def verdict(met: bool | None) -> str:
    """How a check reads in the table: met, missed, or nothing to check.

    Example:
        >>> verdict(True), verdict(False), verdict(None)
        ('yes', '**no**', '')
    """
    return {True: "yes", False: "**no**", None: ""}[met]


def markdown_table(headers: list[str], rows: Iterable[list[str]]) -> str:
    """A GitHub Markdown table; ``|`` inside a cell is escaped so it stays one cell.

    Example:
        >>> print(markdown_table(["a", "b"], [["1", "x|y"]]))
        | a | b |
        | --- | --- |
        | 1 | x\\|y |
    """

    def line(cells):
        return "| " + " | ".join(str(cell).replace("|", "\\|") for cell in cells) + " |"

    lines = [line(headers), line(["---"] * len(headers))]
    lines.extend(line(row) for row in rows)
    return "\n".join(lines)


def format_bytes(count: float | None) -> str:
    """Bytes in decimal units, as browsers' network panels show them.

    Example:
        >>> format_bytes(950), format_bytes(81_164), format_bytes(4_560_000), format_bytes(None)
        ('950 B', '81.2 kB', '4.56 MB', '-')
    """
    if count is None:
        return "-"
    if count < 1000:
        return f"{count:.0f} B"
    if count < MB:
        return f"{count / 1000:.1f} kB"
    return f"{count / MB:.2f} MB"


def format_seconds(seconds: float | None) -> str:
    """Seconds, or milliseconds below one second.

    Example:
        >>> format_seconds(12.345), format_seconds(0.5123)
        ('12.3 s', '512 ms')
        >>> format_seconds(0.0042), format_seconds(None)
        ('4.2 ms', '-')
    """
    if seconds is None:
        return "-"
    if seconds >= 1:
        return f"{seconds:.1f} s"
    if seconds >= 0.1:
        return f"{seconds * 1000:.0f} ms"
    return f"{seconds * 1000:.1f} ms"


def say(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


class Report:
    """Markdown sections plus a count of the targets met and missed."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.checked: list[tuple[str, bool]] = []

    def check(self, what: str, target: Target, value: float | None) -> str:
        met = target.met(value)
        if met is not None:
            self.checked.append((what, met))
        return verdict(met)

    def section(self, title: str, text: str) -> None:
        self.parts.append(f"## {title}\n\n{text}\n")
