"""The life timeline: a private place to lay out events of one's life and see patterns.

The learner adds events (an age or a year, a short label, a category, how it felt from
-2 "very hard" to +2 "very good", and up to five theme words). The widget draws them on
a timeline: position by age, category by marker shape *and* colour, feeling above or
below the axis, and events that share a theme joined by a labelled line, so that what
recurs becomes visible. Everything happens in ``static/timeline.js``, so the timeline
works in the static book with no kernel; the learner's events are kept on their device
only (see :class:`~psychodynamic_course.widgets.base.LearnerWidget`).

Nothing here interprets or scores the timeline: the widget shows what the learner put in.
A fictional sample life (Nadia Reyes, the person followed through the book) can be
loaded instead of one's own, or shown read-only in a chapter.

In a kernel, :meth:`LifeTimeline.to_figure` draws the same data with matplotlib for
printing or saving, using :mod:`psychodynamic_course.figures.life_timeline`.

Example:
    >>> widget = life_timeline("chapter-05-my-timeline", chapter="Chapter 5")
    >>> widget.data_kind, widget.read_only
    ('timeline', False)
    >>> len(nadia_timeline().sample_events) >= 10
    True
"""

from __future__ import annotations

import copy

import traitlets

from ..content.story import nadia_sample_events
from ..figures.life_timeline import describe_timeline, timeline_figure
from ..figures.style import AccessibleFigure
from ..learner_data.data_model import check, load_schema
from .base import LearnerWidget, styles, widget_module

SAMPLE_NAME = "Nadia"


class LifeTimeline(LearnerWidget):
    """The learner's private life timeline, or (``read_only=True``) Nadia's, read-only.

    The learner's events are learner data: they travel only in messages between the
    front end and Python (see :attr:`data`), never in a synced trait. The fictional
    sample is course content, so it is synced (``sample_events``) and can be loaded into the
    timeline by the learner, or shown alone with ``read_only=True``.

    Example:
        >>> widget = LifeTimeline(widget_id="chapter-05-my-timeline")
        >>> widget.trait_metadata("sample_events", "sync"), widget.events
        (True, [])
    """

    data_kind = "timeline"
    kind = "life timeline"
    _esm = widget_module("timeline")
    _css = styles("timeline.css")

    # Course content, not learner data: the fictional sample the learner may load.
    sample_events = traitlets.List(traitlets.Dict()).tag(sync=True)
    sample_name = traitlets.Unicode(SAMPLE_NAME).tag(sync=True)
    # Show the sample alone: no form, nothing saved (for chapters that discuss Nadia).
    read_only = traitlets.Bool(False).tag(sync=True)
    # For the projector: starts empty, saved nowhere (widgets/class_demo.py).
    class_demo = traitlets.Bool(False).tag(sync=True)

    def __init__(self, **kwargs):
        kwargs.setdefault("sample_events", nadia_sample_events())
        kwargs.setdefault(
            "title",
            "Nadia's life timeline (fictional)" if kwargs.get("read_only") else "My life timeline",
        )
        super().__init__(**kwargs)

    @traitlets.validate("sample_events")
    def _validate_sample(self, proposal):
        problems = check(load_schema("timeline"), {"events": proposal["value"]})
        if problems:
            where = "; ".join(f"{p.path}: {p.message}" for p in problems[:3])
            raise traitlets.TraitError(f"The sample timeline is not valid: {where}")
        return proposal["value"]

    @property
    def events(self) -> list[dict]:
        """The events shown: the sample in sample mode, else what the learner saved.

        Example:
            >>> len(nadia_timeline().events)
            14
        """
        if self.read_only:
            return copy.deepcopy(self.sample_events)
        data = self.data
        return copy.deepcopy(data["events"]) if data else []

    @property
    def birth_year(self) -> int | None:
        """The learner's year of birth, if they gave one (used to place year-only events)."""
        if self.read_only:
            return None
        data = self.data
        return data.get("birth_year") if data else None

    def to_figure(self) -> AccessibleFigure:
        """The timeline drawn with matplotlib, with alt text; ``.figure`` is the Figure.

        Uses what the learner last saved (in a kernel, from the front end or the journal
        file), or the sample in sample mode. With no events, the figure says so. Meant
        for the learner's own kernel: a chapter cell that the book executes must not call
        it on a learner's timeline, or the builder's journal would end up in the page.

        Example:
            >>> nadia_timeline().to_figure().alt.startswith("A life timeline of 14 events")
            True
        """
        events, birth_year = self.events, self.birth_year
        figure = timeline_figure(events, birth_year=birth_year, title=self.title)
        return AccessibleFigure(
            figure,
            alt=describe_timeline(events, birth_year),
            caption=(
                "Nadia's timeline (fictional). "
                if self.read_only
                else "Your timeline, drawn from what you saved on this device. "
            )
            + "Marker shape and colour show the category; height shows how it felt.",
            figure_id=f"{self.widget_id}-figure",
        )

    def fallback_text(self) -> str:
        """What a reader sees where the widget cannot be shown."""
        if self.read_only:
            return (
                "[Nadia's fictional life timeline: "
                + describe_timeline(self.sample_events)
                + " Open this chapter in the online book, or run it in Jupyter, to see it.]"
            )
        return (
            "[Life timeline: a private place to lay out events of your life. Run this "
            "notebook in Jupyter to use it, or open this chapter in the online book.]"
        )


def life_timeline(
    widget_id: str, *, chapter: str = "", title: str = "My life timeline", **options
) -> LifeTimeline:
    """The learner's own life timeline widget: one line in a chapter notebook.

    ``widget_id`` names where the events are kept on the learner's device; keep it the
    same across versions of the book so nothing saved is lost. Other keyword arguments
    go to :class:`LifeTimeline` (for example ``journal=`` in tests).

    Example:
        >>> widget = life_timeline("chapter-05-my-timeline", chapter="Chapter 5")
        >>> widget.storage_key
        'psychodynamic-course:chapter-05-my-timeline'
    """
    return LifeTimeline(widget_id=widget_id, chapter=chapter, title=title, **options)


def nadia_timeline(
    widget_id: str = "nadia-sample-timeline", *, chapter: str = "", **options
) -> LifeTimeline:
    """Nadia's fictional life timeline, read-only: no form, nothing saved.

    Example:
        >>> widget = nadia_timeline(chapter="Chapter 6")
        >>> widget.read_only, widget.title
        (True, "Nadia's life timeline (fictional)")
    """
    return LifeTimeline(widget_id=widget_id, chapter=chapter, read_only=True, **options)
