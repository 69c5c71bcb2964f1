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

import functools
from pathlib import Path

import anywidget
import traitlets

from ..learner_data.data_model import SCHEMA_OF_KIND, DataError, load_schema
from ..learner_data.journal import Journal
from ..learner_data.journal_format import COURSE_ID

STATIC = Path(__file__).parent / "static"


class CourseWidget(anywidget.AnyWidget):
    """Base class of the course's interactive components.

    Subclasses set ``_esm`` to their bundle (``widget_module``), ``_css`` to their
    styles (``styles``) and ``kind`` to a short human name.

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


@functools.cache
def widget_module(name: str) -> str:
    """The ES module of a widget: ``static/<name>.js``, read once.

    That file is a bundle: esbuild builds it from ``frontend/widgets/<name>.js`` and the
    shared ``frontend/lib/`` modules it imports (``make frontend``), because an anywidget's
    module travels as one string inside the page and cannot import a sibling file at run
    time. The bundles are committed, so installing the package needs no Node.

    Example:
        >>> module = widget_module("journal")
        >>> module.startswith("// Generated from frontend/widgets/journal.js")
        True
        >>> "function journalToMarkdown(" in module and "journal_default as default" in module
        True
    """
    return (STATIC / f"{name}.js").read_text(encoding="utf-8")


def styles(*names: str) -> str:
    """The widget's CSS: the shared ``static/common.css``, then its own files in order.

    Example:
        >>> shared = (STATIC / "common.css").read_text(encoding="utf-8")
        >>> styles("quiz.css", "review.css").count(shared)
        1
    """
    files = ["common.css", *names]
    return "\n".join((STATIC / name).read_text(encoding="utf-8") for name in files)


# Said when a message names another learner than the journal's: nothing is read or saved.
NOT_THIS_LEARNER = (
    "This page was opened for a different Jupyter user, so nothing was read from or saved "
    "to this journal file. Run the cell again to open your own."
)


class JournalWidget(CourseWidget):
    """A course widget that talks to the kernel's journal file when a live front end asks.

    A front end first asks whose journal this kernel keeps (``{"type": "learner"}``) and
    keeps its browser copy under that id (``forEachLearner`` in ``frontend/lib/learners.js``). Every
    later message carries the id back, and one that names anyone else is refused, so a
    browser copy is never read into, or written to, another learner's journal file.
    Subclasses implement ``_on_front_end_message(widget, content, buffers)`` for those.
    The journal file is opened lazily, so building the book (no front end) never reads it.

    Example:
        >>> import tempfile, pathlib
        >>> from psychodynamic_course.learner_data.journal import Journal
        >>> journal = Journal(pathlib.Path(tempfile.mkdtemp()) / "journal.json")
        >>> widget = JournalWidget(widget_id="demo", journal=journal)
        >>> sent = []
        >>> widget.send = sent.append
        >>> widget._on_message(widget, {"type": "load", "learner": "someone-else-0000"}, [])
        >>> sent[-1]["type"]
        'problem'
    """

    def __init__(self, *, journal=None, **kwargs):
        super().__init__(**kwargs)
        self._journal = journal
        self.on_msg(self._on_message)

    @property
    def journal(self):
        """The journal file this widget uses in a kernel (opened lazily)."""
        if self._journal is None:
            self._journal = Journal(course_id=self.course_id)
        return self._journal

    def _on_message(self, widget, content, buffers):
        if not isinstance(content, dict):
            return
        if content.get("type") == "learner":
            self.send({"type": "learner", "learner": self.journal.learner_id})
        elif content.get("learner") == self.journal.learner_id:
            self._on_front_end_message(widget, content, buffers)
        else:
            self.send({"type": "problem", "message": NOT_THIS_LEARNER})

    def _on_front_end_message(self, _widget, content, _buffers):
        raise NotImplementedError


class LearnerWidget(JournalWidget):
    """A widget whose learner data is saved: in the browser always, in a kernel also on disk.

    The browser keeps the data in localStorage. When a kernel is running, the front end
    also sends each saved entry to Python in a message, and Python keeps it in the
    :class:`~psychodynamic_course.learner_data.journal.Journal` file; on render the front
    end asks for that copy (:class:`JournalWidget` says whose). Learner data therefore
    travels only in messages, never in synced traits, so it can never be stored in a
    notebook's widget state or a built page. The journal file is only opened when a live
    front end asks, never while a book is being built.

    Subclasses set ``kind`` (a key of ``data_model.SCHEMA_OF_KIND``).

    Example:
        >>> class Demo(LearnerWidget):
        ...     data_kind = "reflection"
        ...     _esm = "export default { render() {} };"
        >>> Demo(widget_id="demo").schema["title"]
        'Reflection'
    """

    data_kind = "reflection"

    title = traitlets.Unicode("").tag(sync=True)
    chapter = traitlets.Unicode("").tag(sync=True)
    # The rules for this widget's data, so the front end checks input exactly as Python does.
    schema = traitlets.Dict().tag(sync=True)

    def __init__(self, **kwargs):
        kwargs.setdefault("schema", load_schema(SCHEMA_OF_KIND[self.data_kind]))
        self._latest: dict | None = None
        super().__init__(**kwargs)

    @property
    def data(self) -> dict | None:
        """What the learner last saved here (from the front end, else the journal file)."""
        if getattr(self, "class_demo", False):
            return None  # a class demo keeps nothing (widgets/class_demo.py)
        if self._latest is not None:
            return self._latest["data"]
        entry = self.journal.get(self.widget_id)
        return entry["data"] if entry else None

    def _on_front_end_message(self, _widget, content, _buffers):
        kind = content.get("type") if isinstance(content, dict) else None
        if getattr(self, "class_demo", False):
            return  # its front end sends nothing; were it to, nothing reaches a journal
        try:
            if kind == "load":
                entry = self.journal.get(self.widget_id)
                self._report_journal_problem()
                self.send({"type": "loaded", "entry": entry})
            elif kind == "save":
                entry = content.get("entry")
                self.journal.save(entry)
                self._latest = entry
                self._report_journal_problem()
            elif kind == "clear":
                self.journal.delete(self.widget_id)
                self._latest = None
        except DataError as error:
            self.send({"type": "problem", "message": f"Not saved in the journal file: {error}"})
        except OSError as error:
            # The journal raises JournalFileError, whose message says what failed and where.
            message = f"{error} Your work is still saved in this browser."
            self.send({"type": "problem", "message": message})

    def _report_journal_problem(self):
        if self.journal.problem:
            self.send({"type": "problem", "message": self.journal.problem})
            self.journal.problem = None
