"""A course figure drawn as several SVGs, one per panel, in one ``<figure>``.

A tall figure drawn as one SVG is cut by a printer wherever the page ends, through lines
of text. Drawn panel by panel, the printer breaks between panels (the book's print.css
keeps each panel whole), and a screen reader reads each panel's own title. Text that
explains every panel (a legend, a note) is HTML after the panels: it reflows on a phone
and is read as text.

Example:
    >>> from psychodynamic_course.figures.style import new_figure
    >>> panels = [(new_figure(2, 1)[0], "Panel A: empty axes."), (new_figure(2, 1)[0], "B.")]
    >>> figure = PanelledFigure(panels, caption="Two panels.", figure_id="fig-two")
    >>> html = figure.to_html()
    >>> html.count('role="img"'), 'id="fig-two-b-axes_1"' in html
    (2, True)
"""

from __future__ import annotations

import html
import string
from collections.abc import Sequence

from matplotlib.figure import Figure

from psychodynamic_course.figures.style import (
    _CARD_STYLE,
    AccessibleFigure,
    labelled_svg,
    largest_px,
)


class PanelledFigure(AccessibleFigure):
    """An :class:`AccessibleFigure` drawn as one SVG per panel, each with its own title.

    ``panels`` are ``(matplotlib figure, title)`` pairs, top to bottom. The first panel's
    title is the figure's title (``<id>-title``), so it should also say what the whole
    figure is; the others are ``<id>-b-title``, ``<id>-c-title``... ``.alt`` is every
    title in order. ``after_panels`` is HTML placed between the last panel and the caption.

    Example:
        >>> from psychodynamic_course.figures.style import new_figure
        >>> panel = (new_figure(2, 1)[0], "The only panel.")
        >>> PanelledFigure([panel], caption="One.", figure_id="fig-one").alt
        'The only panel.'
    """

    def __init__(
        self,
        panels: Sequence[tuple[Figure, str]],
        *,
        caption: str,
        figure_id: str,
        after_panels: str = "",
    ):
        if not panels or not all(title.strip() for _, title in panels):
            raise ValueError("Every panel needs a title that describes what it shows.")
        super().__init__(panels[0][0], alt=" ".join(t for _, t in panels), caption=caption)
        self.figure_id = figure_id
        self.panels = tuple(panels)
        self.after_panels = after_panels

    @property
    def figures(self) -> tuple[Figure, ...]:
        return tuple(figure for figure, _ in self.panels)

    def to_html(self) -> str:
        """Return the ``<figure>``: each panel's labelled SVG in its own
        ``<div class="pdc-figure-panel">``, then ``after_panels`` and the caption.

        Drawn for phones, so it has no full-size link: its text must be readable on the
        page (tests/test_figures.py checks each figure's text size).
        """
        parts = [f'<figure class="pdc-figure" id="{self.figure_id}" style="{_CARD_STYLE}">']
        for index, (figure, title) in enumerate(self.panels):
            letter = string.ascii_lowercase[index]
            prefix = f"{self.figure_id}-{letter}"
            title_id = f"{self.figure_id}-title" if letter == "a" else f"{prefix}-title"
            svg = labelled_svg(figure, title_id=title_id, title=title, id_prefix=f"{prefix}-")
            parts.append(f'<div class="pdc-figure-panel">{svg}</div>')
        # As wide as the panels, so a legend below them lines up with them on a wide page.
        width = max(largest_px(figure) for figure in self.figures)
        parts.append(f'<div style="max-width: {width}px; margin: 0 auto">{self.after_panels}</div>')
        parts.append(f'<figcaption style="color: #1f1f1f">{html.escape(self.caption)}</figcaption>')
        parts.append("</figure>")
        return "".join(parts)
