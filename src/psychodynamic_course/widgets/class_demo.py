"""Class demos: a pattern finder and a life timeline for the projector, saved nowhere.

A lecturer who fills the chapters' own widgets in front of a class fills their private
ones: what they typed while preparing shows on the projector, and the demo lands in their
journal. These are the same widgets with ``class_demo=True``: clearly labelled, empty on
every visit, never written to the browser's storage or to any journal file (the front end
gets no store and asks no kernel; Python ignores any message), and cleared in one step.

Example:
    >>> demo = class_demo_patterns()
    >>> demo.class_demo, demo.widget_id, demo.data
    (True, 'class-demo-patterns', None)
"""

from __future__ import annotations

from .pattern_finder import PatternFinder
from .timeline import LifeTimeline


def class_demo_patterns() -> PatternFinder:
    """A pattern finder for working through a fictional character's episodes with a class."""
    return PatternFinder(
        widget_id="class-demo-patterns",
        title="Class demo: pattern finder",
        chapter="Class demos",
        class_demo=True,
    )


def class_demo_timeline() -> LifeTimeline:
    """A life timeline for laying out a fictional character's life with a class.

    Example:
        >>> class_demo_timeline().title
        'Class demo: life timeline'
    """
    return LifeTimeline(
        widget_id="class-demo-timeline",
        title="Class demo: life timeline",
        chapter="Class demos",
        class_demo=True,
    )


__all__ = ["class_demo_patterns", "class_demo_timeline"]
