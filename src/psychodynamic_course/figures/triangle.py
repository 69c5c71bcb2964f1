"""What Malan's two triangles share (person, chapter 3; conflict, chapter 6): a corner box
with a heading, a subtitle and Nadia's example, and a label written along a side.

The two figures differ in what joins the corners (a plain side or an arrow) and in what
sits in the middle; everything else is drawn here once, so the two look alike.

Data units match the figure's inches and the aspect is fixed, so an angle computed in
data units is the angle the reader sees, and side labels lie along their sides.

Example:
    >>> corners = {"A": {"centre": (0, 0)}, "B": {"centre": (3, 0)}, "C": {"centre": (0, 3)}}
    >>> centroid(corners), side_angle(corners, "A", "B")
    ((1.0, 1.0), 0.0)
"""

from __future__ import annotations

import math

from matplotlib.patches import FancyBboxPatch

from .style import PALETTE, centred_text, tint, upright_angle


def centroid(corners: dict) -> tuple[float, float]:
    """The middle of the triangle whose corners have these ``centre`` points."""
    xs, ys = zip(*(corner["centre"] for corner in corners.values()), strict=True)
    return sum(xs) / 3, sum(ys) / 3


def side_angle(corners: dict, start: str, end: str) -> float:
    """The angle in degrees at which the label of a side is written, kept upright."""
    return upright_angle(corners[start]["centre"], corners[end]["centre"])


def label_side(ax, corners: dict, start: str, end: str, text: str) -> None:
    """Write ``text`` along the side from ``start`` to ``end``, outside the triangle."""
    (x0, y0), (x1, y1) = corners[start]["centre"], corners[end]["centre"]
    mid_x, mid_y = (x0 + x1) / 2, (y0 + y1) / 2
    length = math.hypot(x1 - x0, y1 - y0)
    normal_x, normal_y = -(y1 - y0) / length, (x1 - x0) / length
    centre_x, centre_y = centroid(corners)
    # Put the label on the side of the line away from the middle of the triangle.
    if normal_x * (mid_x - centre_x) + normal_y * (mid_y - centre_y) < 0:
        normal_x, normal_y = -normal_x, -normal_y
    offset = 0.32
    centred_text(
        ax,
        mid_x + offset * normal_x,
        mid_y + offset * normal_y,
        text,
        size=12,
        rotation=side_angle(corners, start, end),
        rotation_mode="anchor",
        fontweight="bold",
        zorder=3,
    )


def draw_corner(ax, corner: dict, subtitle: str, size: tuple[float, float]) -> FancyBboxPatch:
    """A corner box, ``size`` (width, height) inches, tinted in the corner's colour: its
    heading with its letter, ``subtitle`` in italics, and the example; returns the box."""
    x, y = corner["centre"]
    width, height = size
    left, bottom = x - width / 2, y - height / 2
    box = FancyBboxPatch(
        (left, bottom),
        width,
        height,
        boxstyle="round,pad=0,rounding_size=0.15",
        facecolor=tint(corner["colour"], 0.16),
        edgecolor=corner["colour"],
        linewidth=2.0,
        zorder=2,
    )
    ax.add_patch(box)
    centred_text(
        ax, x, bottom + height * 0.83, corner["heading"], size=13, fontweight="bold", zorder=3
    )
    centred_text(ax, x, bottom + height * 0.62, subtitle, size=10.5, fontstyle="italic", zorder=3)
    centred_text(
        ax, x, bottom + height * 0.28, corner["example"], size=10.5, linespacing=1.15, zorder=3
    )
    return box


def fictional_note(ax, x: float, y: float, text: str, size: float) -> None:
    """The grey italic line that says Nadia is fictional and the links are to be tested."""
    centred_text(ax, x, y, text, size=size, colour=PALETTE["grey"], fontstyle="italic")
