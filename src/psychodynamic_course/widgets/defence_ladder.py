"""Vaillant's hierarchy of defences as a ladder the reader can explore.

Vaillant (1994) sorts defence mechanisms into four levels, from those that bend a person's
grasp of outside reality itself (pathological, also called psychotic) to those that keep
feelings in awareness and put them to good use (mature). The :class:`DefenceLadder`
widget lets a reader move between the four rungs and read each level's defences, each
with a one-line definition and a short fictional example;
:func:`~psychodynamic_course.figures.defence_ladder.defence_ladder_figure` draws the same
ladder for print.

The ladder sorts *defences*, not people: everyone uses defences from several levels
(Vaillant 1994 says so himself), and nothing here describes or scores the reader. The
content is course material, kept as data in ``content/defence_ladder.yml`` and checked by
the tests; the
widget holds no learner data, so the ladder travels to the front end as a synced trait.

Example:
    >>> defence_ladder().level
    'neurotic'
"""

from __future__ import annotations

import traitlets

from ..content import defence_levels
from .base import CourseWidget, styles, widget_module


class DefenceLadder(CourseWidget):
    """Vaillant's four levels of defence as a ladder the reader can climb.

    The front end (``static/defence_ladder.js``) shows the rungs as a labelled, vertical
    tab list (arrow keys, Home and End move between rungs) and, for the chosen rung, the
    level's summary, what its defences protect against and what they cost, and each
    defence with a definition and a fictional example. Everything happens in the
    browser, so the ladder works in the static book. ``level`` is the rung shown; set it
    from Python to turn the ladder in a live notebook.

    Example:
        >>> ladder = DefenceLadder(widget_id="demo-ladder", level="mature")
        >>> ladder.current()["defences"][2]["name"]
        'Suppression'
    """

    kind = "defence ladder"
    _esm = widget_module("defence_ladder")
    _css = styles("defence_ladder.css")

    title = traitlets.Unicode("Vaillant's ladder of defences").tag(sync=True)
    # Course material, never learner data, so it may be synced and embedded in the page.
    levels = traitlets.List(traitlets.Dict()).tag(sync=True)
    level = traitlets.Unicode("neurotic").tag(sync=True)

    @traitlets.default("levels")
    def _default_levels(self):
        return defence_levels()

    @traitlets.validate("level")
    def _validate_level(self, proposal):
        value = proposal["value"]
        known = [item["id"] for item in self.levels]
        if value not in known:
            raise traitlets.TraitError(f"level must be one of {known}; got {value!r}")
        return value

    def current(self) -> dict:
        """The level shown now (one item of :attr:`levels`)."""
        return next(item for item in self.levels if item["id"] == self.level)

    def fallback_text(self) -> str:
        rungs = ", ".join(
            f"{item['name'].lower()} ({', '.join(d['name'].lower() for d in item['defences'])})"
            for item in self.levels
        )
        return (
            f"[Defence ladder, Vaillant's four levels from top to bottom: {rungs}. Run this "
            "notebook in Jupyter to explore it, or open this chapter in the online book.]"
        )


def defence_ladder(widget_id: str = "chapter-02-defence-ladder", *, level: str = "neurotic"):
    """The explorable ladder of defences for a chapter, opened at ``level``.

    Example:
        >>> defence_ladder(level="immature").current()["name"]
        'Immature'
    """
    return DefenceLadder(widget_id=widget_id, level=level)
