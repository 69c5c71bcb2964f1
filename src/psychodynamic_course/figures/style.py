"""The course's figure style: one look, a colour-blind-safe palette, accessible output.

Every teaching figure is a matplotlib figure made with :func:`new_figure` and handed to
the reader as an :class:`AccessibleFigure`, which renders as an inline SVG carrying its
alt text (``role="img"`` with a ``<title>``) and a visible caption. The SVG is
deterministic (fixed ids, no date), so committed notebook outputs do not churn and
strict nbval can compare them.

Example:
    >>> fig, ax = new_figure(width=4, height=2)
    >>> _ = ax.plot([0, 1], [0, 1], color=PALETTE["blue"])
    >>> figure = AccessibleFigure(fig, alt="A rising line.", caption="A line.")
    >>> "<title" in figure.to_html()
    True
"""

from __future__ import annotations

import base64
import html
import io
import math
import re

import matplotlib
from matplotlib.figure import Figure
from matplotlib.text import Text

# Okabe & Ito (2008) colours: distinguishable with the common colour-vision deficiencies.
# Meaning is never carried by colour alone: figures pair colour with shape, text or position.
PALETTE = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "black": "#000000",
    "grey": "#595959",
}

COURSE_RC = {
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],
    "font.size": 11,
    "axes.titlesize": 13,
    "axes.labelsize": 11,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.prop_cycle": matplotlib.cycler(
        color=[PALETTE[name] for name in ("blue", "orange", "green", "vermillion", "purple")]
    ),
    # Text stays text in the SVG: selectable, searchable, and far smaller than glyph paths.
    "svg.fonttype": "none",
    # A fixed salt makes matplotlib's generated SVG ids the same on every run.
    "svg.hashsalt": "psychodynamic-course",
}

_CARD_STYLE = "background: #ffffff; color: #1f1f1f; padding: 0.5rem; border-radius: 4px"

# The smallest text a reader should have to read, in CSS px, and how wide a figure is drawn
# on a 360 px phone: the page's and the card's padding leave 312 px of the 360 (measured in
# the built book; tests/browser/test_figures_phone.py checks it). A figure whose smallest
# text falls below READABLE_PX at that width also opens full size on tap.
READABLE_PX = 12
PHONE_FIGURE_PX = 312
# On a wide screen a figure is drawn at most this many times its own size: a figure drawn
# narrow for phones is not blown up to the column, its text twice the page's.
_LARGEST_SCALE = 1.2
_HIDDEN = "display: none"
_XML_PROLOGUE = re.compile(r"^.*?(?=<svg)", re.DOTALL)


def course_style():
    """Context manager applying the course's matplotlib style.

    Draw a whole figure inside it: matplotlib reads fonts and colours when each
    artist is created, not when the figure is saved.

    Example:
        >>> with course_style():
        ...     fig, ax = new_figure(2, 1)
        ...     label = ax.set_title("Title")
        >>> label.get_fontsize()
        13.0
    """
    return matplotlib.rc_context(COURSE_RC)


def new_figure(width: float = 8.0, height: float = 4.5) -> tuple[Figure, object]:
    """Return ``(figure, axes)`` in the course style, size in inches.

    The figure is made without pyplot, so a notebook does not also display it as a
    second, inaccessible PNG. Call it inside :func:`course_style`.

    Example:
        >>> fig, ax = new_figure(6, 3)
        >>> fig.get_size_inches().tolist()
        [6.0, 3.0]
    """
    with course_style():
        figure = Figure(figsize=(width, height), layout="constrained")
        axes = figure.add_subplot()
    return figure, axes


def tint(hex_colour: str, strength: float) -> tuple[float, float, float]:
    """Mix a palette colour with white, as a box fill: pale enough that black text on it
    stays readable, while the outline keeps the full colour.

    Example:
        >>> tint(PALETTE["black"], 0.5)
        (0.5, 0.5, 0.5)
    """
    red, green, blue = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return tuple(1 - strength * (1 - channel) for channel in (red, green, blue))


def upright_angle(start: tuple[float, float], end: tuple[float, float]) -> float:
    """The angle in degrees at which to write a label along the line ``start`` to ``end``,
    turned half a circle when needed so the text never reads upside down.

    Example:
        >>> upright_angle((1, 1), (0, 0))
        45.0
    """
    (x0, y0), (x1, y1) = start, end
    angle = math.degrees(math.atan2(y1 - y0, x1 - x0))
    if angle > 90:
        angle -= 180
    elif angle <= -90:
        angle += 180
    return round(angle, 6)


def centred_text(ax, x: float, y: float, text: str, *, size: float, colour=None, **options):
    """Write ``text`` centred on ``(x, y)`` at font ``size``, in the palette's black unless
    ``colour`` is given; other keywords go to matplotlib (``fontweight``, ``zorder``...).

    Every label in the diagrams is written this way, so their alignment and colour are
    decided in one place.

    Example:
        >>> with course_style():
        ...     fig, ax = new_diagram(2, 1)
        >>> label = centred_text(ax, 1, 0.5, "Hi", size=12, fontweight="bold")
        >>> label.get_fontsize(), label.get_ha(), label.get_color()
        (12.0, 'center', '#000000')
    """
    colour = PALETTE["black"] if colour is None else colour
    return ax.text(x, y, text, ha="center", va="center", fontsize=size, color=colour, **options)


def new_diagram(width: float, height: float) -> tuple[Figure, object]:
    """Return ``(figure, axes)`` for a diagram drawn in inches: axes limits equal to the
    figure's size, no axis lines. Call it inside :func:`course_style`.

    Example:
        >>> with course_style():
        ...     fig, ax = new_diagram(4, 3)
        >>> [float(limit) for limit in (*ax.get_xlim(), *ax.get_ylim())], ax.axison
        ([0.0, 4.0, 0.0, 3.0], False)
    """
    figure, axes = new_figure(width, height)
    axes.set_xlim(0, width)
    axes.set_ylim(0, height)
    axes.set_axis_off()
    return figure, axes


def figure_to_svg(figure: Figure) -> str:
    """Render ``figure`` as a deterministic SVG string (no date, fixed ids).

    Example:
        >>> fig, _ = new_figure(2, 1)
        >>> figure_to_svg(fig) == figure_to_svg(fig)
        True
    """
    buffer = io.StringIO()
    with course_style():
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    return buffer.getvalue()


def largest_px(figure: Figure) -> int:
    """The widest a figure is drawn on a wide screen, in CSS px: near its own size, so a
    figure drawn narrow for phones is not blown up to the column.

    Example:
        >>> largest_px(new_figure(2, 1)[0])
        230
    """
    return round(figure.get_size_inches()[0] * 96 * _LARGEST_SCALE)


def labelled_svg(figure: Figure, *, title_id: str, title: str, id_prefix: str = "") -> str:
    """Render ``figure`` as inline SVG for a page: ``role="img"`` labelled by a ``<title>``
    (``title_id``), scaled to the page's width and capped on wide screens.

    ``id_prefix`` goes before every id matplotlib wrote and every reference to one, so
    several figures' SVGs on one page (a figure's panels) do not share ``axes_1`` or a
    clip path's id; the ids stay deterministic.

    Example:
        >>> fig, _ = new_figure(2, 1)
        >>> svg = labelled_svg(fig, title_id="t", title="Axes.", id_prefix="a-")
        >>> '<title id="t">Axes.</title>' in svg, 'id="a-axes_1"' in svg, 'id="axes_1"' in svg
        (True, True, False)
    """
    svg = _XML_PROLOGUE.sub("", figure_to_svg(figure), count=1)
    if id_prefix:
        svg = re.sub(r' id="', f' id="{id_prefix}', svg)
        svg = re.sub(r'(href="#|url\(#)', rf"\g<1>{id_prefix}", svg)
    svg = svg.replace(
        "<svg ",
        f'<svg role="img" aria-labelledby="{title_id}" class="pdc-figure-svg" ',
        1,
    )
    # The <title> must be the first child of <svg> for assistive technology.
    svg = re.sub(
        r"(<svg [^>]*>)",
        lambda match: f'{match.group(1)}<title id="{title_id}">{html.escape(title)}</title>',
        svg,
        count=1,
    )
    # Scale with the page: keep the viewBox, drop the fixed size; cap it on wide screens.
    return re.sub(
        r' width="[^"]*pt" height="[^"]*pt"',
        f' width="100%" style="display: block; margin: 0 auto; max-width: {largest_px(figure)}px"',
        svg,
        count=1,
    )


# An inline SVG, and the <img> that carries it in a notebook (see notebook_html).
_INLINE_SVG = re.compile(r"<svg [^>]*>.*?</svg>", re.DOTALL)
_SVG_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.DOTALL)
_SVG_IMAGE = re.compile(
    r'<img class="pdc-svg-image" alt="[^"]*" style="[^"]*"'
    r' src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)">'
)


def notebook_html(page_html: str) -> str:
    """A figure's HTML as a notebook keeps it: each inline SVG as an ``<img>`` of itself.

    JupyterLab and Notebook 7 do not trust a notebook opened from a file until it is run,
    and their sanitizer then strips an inline ``<svg>``, leaving its text as a wall of
    words; an ``<img>`` with a ``data:`` SVG passes, with its alt text (the SVG's own
    ``<title>``). The book turns it back into the inline SVG (:func:`inline_svg_images`),
    so a page gets the same bytes as before.

    Example:
        >>> page = '<figure><svg role="img"><title id="t">A line.</title></svg></figure>'
        >>> notebook_html(page)[:60]
        '<figure><img class="pdc-svg-image" alt="A line." style="disp'
        >>> inline_svg_images(notebook_html(page)) == page
        True
    """

    def as_image(match: re.Match) -> str:
        svg = match.group(0)
        title = _SVG_TITLE.search(svg)
        alt = title.group(1) if title else ""  # already HTML-escaped inside the SVG
        data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
        width = re.search(r"max-width: (\d+)px", svg)
        style = "display: block; margin: 0 auto; width: 100%"
        if width:
            style += f"; max-width: {width.group(1)}px"
        return (
            f'<img class="pdc-svg-image" alt="{alt}" style="{style}"'
            f' src="data:image/svg+xml;base64,{data}">'
        )

    return _INLINE_SVG.sub(as_image, page_html)


def inline_svg_images(page_html: str) -> str:
    """The book's side of :func:`notebook_html`: each SVG ``<img>`` back as inline SVG."""
    return _SVG_IMAGE.sub(lambda match: base64.b64decode(match.group(1)).decode("utf-8"), page_html)


class AccessibleFigure:
    """A course figure as the reader sees it: inline SVG, alt text and caption.

    In a notebook or the built book it displays as HTML (a ``<figure>`` with the SVG
    marked ``role="img"`` and labelled by its alt text). The matplotlib figure stays
    available as ``.figure`` for saving or printing.

    Example:
        >>> fig, _ = new_figure(2, 1)
        >>> AccessibleFigure(fig, alt="Empty axes.", caption="Nothing yet.").alt
        'Empty axes.'
    """

    def __init__(self, figure: Figure, *, alt: str, caption: str, figure_id: str = "figure"):
        if not alt.strip():
            raise ValueError("A course figure needs alt text that describes what it shows.")
        self.figure = figure
        self.alt = alt
        self.caption = caption
        self.figure_id = figure_id

    @property
    def figures(self) -> tuple[Figure, ...]:
        """Every matplotlib figure drawn on the page: this one, or each panel of a
        :class:`~psychodynamic_course.figures.panels.PanelledFigure`."""
        return (self.figure,)

    def smallest_text_pt(self) -> float:
        """The size in points of the smallest visible text on the figure.

        Example:
            >>> fig, ax = new_figure(2, 1)
            >>> _ = ax.set_title("Big", fontsize=14)
            >>> _ = ax.text(0, 0, "small", fontsize=9)
            >>> AccessibleFigure(fig, alt="Two words.", caption="Words.").smallest_text_pt()
            9.0
        """
        return min(
            (
                text.get_fontsize()
                for figure in self.figures
                for text in figure.findobj(Text)
                if text.get_visible() and text.get_text().strip()
            ),
            default=float(READABLE_PX),
        )

    def text_px_at(self, figure_px: float) -> float:
        """The smallest text in CSS px when the figure is drawn ``figure_px`` wide.

        Example:
            >>> fig, ax = new_figure(4, 1)  # 288 pt wide
            >>> _ = ax.text(0, 0, "label", fontsize=12)
            >>> AccessibleFigure(fig, alt="A label.", caption="A label.").text_px_at(288)
            12.0
        """
        width_pt = self._widest_pt()
        return round(float(self.smallest_text_pt() * figure_px / width_pt), 2)

    def full_size_px(self) -> int:
        """How wide the figure opens full size: its smallest text READABLE_PX, or its own
        size (96 px an inch) when that is larger.

        Example:
            >>> fig, ax = new_figure(10, 1)
            >>> _ = ax.text(0, 0, "label", fontsize=9)
            >>> AccessibleFigure(fig, alt="A label.", caption="A label.").full_size_px()
            960
        """
        width_pt = self._widest_pt()
        return math.ceil(max(width_pt * 4 / 3, width_pt * READABLE_PX / self.smallest_text_pt()))

    def _widest_pt(self) -> float:
        # Every drawing is scaled to the same column width, so the widest one, scaled
        # down most, has the smallest text.
        return max(figure.get_size_inches()[0] for figure in self.figures) * 72

    def to_html(self) -> str:
        """Return the ``<figure>`` element with inline, labelled SVG and caption.

        A figure whose text is too small to read on a phone also carries a link that opens
        it full size (``#<id>-full``, styled by the book's screen.css, where the reader can
        scroll and zoom it) and one that closes it again; both are hidden (an inline
        ``display: none``, which only that CSS overrides) so JupyterLab, which does not
        load it, shows neither. Not the ``hidden`` attribute: the theme's Bootstrap hides
        ``[hidden]`` with ``!important``.
        """
        svg = labelled_svg(self.figure, title_id=f"{self.figure_id}-title", title=self.alt)
        # The figure is drawn on white, so the caption sits on the same white card with dark
        # text: readable in the theme's dark mode too, where output areas turn grey.
        caption = f'<figcaption style="color: #1f1f1f">{html.escape(self.caption)}</figcaption>'
        opening = f'<figure class="pdc-figure" id="{self.figure_id}" style="{_CARD_STYLE}">'
        if self.text_px_at(PHONE_FIGURE_PX) >= READABLE_PX:
            return f"{opening}{svg}{caption}</figure>"
        full_id = f"{self.figure_id}-full"
        return (
            f"{opening}"
            f'<div class="pdc-figure-full" id="{full_id}"'
            f' style="--pdc-figure-full-width: {self.full_size_px()}px">'
            f'<a class="pdc-figure-close" href="#{self.figure_id}" style="{_HIDDEN}">'
            "Close the full-size figure</a>"
            f"{svg}</div>"
            f'<a class="pdc-figure-open" href="#{full_id}" style="{_HIDDEN}">'
            "Open the figure full size</a>"
            f"{caption}</figure>"
        )

    def _repr_mimebundle_(self, include=None, exclude=None):
        # As a notebook keeps it (notebook_html): a figure before Run All too.
        return {"text/html": notebook_html(self.to_html()), "text/plain": f"Figure: {self.alt}"}
