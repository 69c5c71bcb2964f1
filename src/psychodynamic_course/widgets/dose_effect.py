"""The dose-effect explorer of chapter 4: how many sessions, and what the studies reported.

:class:`DoseEffectExplorer` is an anywidget (``static/dose_effect.js``) with a session
slider, a moving marker and a text readout that says what the studies reported near
that number and what they do not say. It holds no learner data, so the findings and
the illustrative curve (from :mod:`psychodynamic_course.figures.dose_effect`, which also
draws them for print) are synced traits and it works in the static book.

Example:
    >>> dose_effect_explorer().sessions
    8
"""

from __future__ import annotations

import copy

import traitlets

from ..figures.dose_effect import (
    CAVEATS,
    FINDINGS,
    ILLUSTRATION_LABEL,
    MAX_SESSIONS,
    NEAR,
    NOTES,
    illustrative_curve,
)
from .base import CourseWidget, styles, widget_module


def findings() -> list[dict]:
    """A fresh copy of :data:`FINDINGS` (the reported figures with their sources)."""
    return copy.deepcopy(list(FINDINGS))


class DoseEffectExplorer(CourseWidget):
    """Reported dose-effect figures, an illustrative curve and a session slider.

    Everything the reader does happens in the front end: moving the slider (mouse, touch
    or arrow keys) moves the marker and rewrites the readout. Nothing is saved, and the
    traits hold only course material.

    Example:
        >>> explorer = dose_effect_explorer()
        >>> explorer.sessions, len(explorer.findings), explorer.max_sessions
        (8, 3, 52)
    """

    kind = "dose-effect explorer"
    _esm = widget_module("dose_effect")
    _css = styles("dose_effect.css")

    title = traitlets.Unicode("Sessions and improvement: what the studies reported").tag(sync=True)
    findings = traitlets.List(traitlets.Dict()).tag(sync=True)
    notes = traitlets.List(traitlets.Dict()).tag(sync=True)
    caveats = traitlets.List(traitlets.Unicode()).tag(sync=True)
    curve = traitlets.List(traitlets.List()).tag(sync=True)
    curve_label = traitlets.Unicode(ILLUSTRATION_LABEL).tag(sync=True)
    max_sessions = traitlets.Int(MAX_SESSIONS).tag(sync=True)
    near = traitlets.Int(NEAR).tag(sync=True)
    # Where the slider starts; the reader's moves stay in the page and are not saved.
    sessions = traitlets.Int(8).tag(sync=True)

    @traitlets.default("findings")
    def _default_findings(self):
        return findings()

    @traitlets.default("notes")
    def _default_notes(self):
        return copy.deepcopy(list(NOTES))

    @traitlets.default("caveats")
    def _default_caveats(self):
        return list(CAVEATS)

    @traitlets.default("curve")
    def _default_curve(self):
        return illustrative_curve(self.max_sessions)

    @traitlets.validate("sessions")
    def _validate_sessions(self, proposal):
        value = proposal["value"]
        if not 1 <= value <= self.max_sessions:
            raise traitlets.TraitError(f"sessions must be between 1 and {self.max_sessions}")
        return value

    def fallback_text(self) -> str:
        points = "; ".join(
            f"{f['citation']}: about {f['percent_improved']}% improved by "
            + (
                f"session {f['sessions_from']}"
                if f["sessions_from"] == f["sessions_to"]
                else f"sessions {f['sessions_from']} to {f['sessions_to']}"
            )
            for f in self.findings
        )
        return (
            f"[Dose-effect explorer. Reported figures: {points}. Run this notebook in "
            "Jupyter to use the session slider, or open this chapter in the online book.]"
        )


def dose_effect_explorer(widget_id: str = "chapter-04-dose-effect") -> DoseEffectExplorer:
    """The dose-effect explorer of chapter 4, in one line.

    Example:
        >>> dose_effect_explorer().widget_id
        'chapter-04-dose-effect'
    """
    return DoseEffectExplorer(widget_id=widget_id)


__all__ = ["DoseEffectExplorer", "dose_effect_explorer", "findings"]
