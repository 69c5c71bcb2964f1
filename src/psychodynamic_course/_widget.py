"""The base every course widget shares: identity, storage namespace, readable fallback.

A course widget is an anywidget whose behaviour lives in its JavaScript front end, so it
works in the static book with no kernel. This base adds what all of them need:

* ``course_id`` and ``widget_id``, synced to the front end, which stores the learner's
  answers in the browser under ``"<course_id>:<widget_id>"`` (several books can share
  one origin without mixing their data);
* a plain-text fallback that says what the widget is and how to use it, shown wherever
  the widget itself cannot render (a notebook opened before it is run, a viewer with no
  widget support) instead of an error message.
"""

from __future__ import annotations

from pathlib import Path

import anywidget
import traitlets

COURSE_ID = "psychodynamic-course"
STATIC = Path(__file__).parent / "static"


class CourseWidget(anywidget.AnyWidget):
    """Base class of the course's interactive components.

    Subclasses set ``_esm``/``_css`` to files in ``static/`` and ``kind`` to a short
    human name.

    Example:
        >>> class Demo(CourseWidget):
        ...     kind = "demo"
        ...     _esm = "export default { render() {} };"
        >>> Demo(widget_id="chapter-01-demo").storage_key
        'psychodynamic-course:chapter-01-demo'
    """

    kind = "interactive exercise"

    course_id = traitlets.Unicode(COURSE_ID).tag(sync=True)
    widget_id = traitlets.Unicode().tag(sync=True)

    @traitlets.validate("widget_id")
    def _validate_widget_id(self, proposal):
        value = proposal["value"]
        if not value or not all(c.isalnum() or c in "-_" for c in value):
            raise traitlets.TraitError(
                f"widget_id must be a non-empty id of letters, digits, '-' or '_'; got {value!r}"
            )
        return value

    @property
    def storage_key(self) -> str:
        """The browser localStorage key of this widget's saved answers."""
        return f"{self.course_id}:{self.widget_id}"

    def fallback_text(self) -> str:
        """What a reader sees where the widget cannot be shown."""
        return (
            f"[{self.kind.capitalize()}: run this notebook in Jupyter to use it, "
            "or open this chapter in the online book.]"
        )

    def _repr_mimebundle_(self, **kwargs):
        # anywidget returns (data, metadata) with the object's repr as the plain text; a
        # sentence is more use to a reader.
        data, metadata = super()._repr_mimebundle_(**kwargs)
        return {**data, "text/plain": self.fallback_text()}, metadata
