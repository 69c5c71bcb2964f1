"""The journal page's widget: everything the learner saved, with export, import and delete.

The static book has no Python, so listing, Markdown and JSON export, validated import
(with a summary of what it will change, confirmed before anything is written) and
delete-all live in ``frontend/widgets/journal.js`` and work on the browser's storage. In a kernel
the widget also reads and updates the journal file, so the page shows answers saved from
another browser on the same hub.

Example:
    >>> page = JournalPage()
    >>> sorted(page.schemas)
    ['entry', 'episodes', 'journal', 'quiz-progress', 'reflection', 'review', 'timeline']
"""

from __future__ import annotations

import traitlets

from ..learner_data.data_model import SCHEMA_OF_KIND, DataError, load_schema
from .base import JournalWidget, styles, widget_module


class JournalPage(JournalWidget):
    """The learner's journal, for the book's "My journal" page.

    Example:
        >>> JournalPage().widget_id
        'my-journal'
    """

    kind = "journal"
    _esm = widget_module("journal")
    _css = styles("journal.css")

    # All the rules an import must pass, so the browser checks exactly what Python does.
    schemas = traitlets.Dict().tag(sync=True)

    def __init__(self, **kwargs):
        kwargs.setdefault("widget_id", "my-journal")
        kwargs.setdefault(
            "schemas",
            {name: load_schema(name) for name in ("entry", "journal", *SCHEMA_OF_KIND.values())},
        )
        super().__init__(**kwargs)

    def fallback_text(self) -> str:
        return (
            "[My journal: run this notebook in Jupyter to see, export, import or delete what "
            "you saved, or open this page in the online book.]"
        )

    def _on_front_end_message(self, _widget, content, _buffers):
        kind = content.get("type") if isinstance(content, dict) else None
        try:
            if kind == "load-all":
                journal = self.journal.read()
                if self.journal.problem:
                    self.send({"type": "problem", "message": self.journal.problem})
                    self.journal.problem = None
                self.send({"type": "all", "journal": journal})
            elif kind == "import":
                self.journal.import_journal(content.get("journal"), confirm=True)
            elif kind == "clear-all":
                self.journal.clear()
        except DataError as error:
            self.send({"type": "problem", "message": f"The journal file was not changed: {error}"})
        except OSError as error:
            # The journal raises JournalFileError, whose message says what failed and where.
            message = f"{error} What this browser saved is unchanged."
            self.send({"type": "problem", "message": message})
