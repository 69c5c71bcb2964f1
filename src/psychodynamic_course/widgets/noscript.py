"""What the book says in a widget's place when the browser runs no JavaScript.

Every widget draws itself in JavaScript, so with JavaScript off its place in the page
would be blank. The book's ``scripts/noscript_widgets.py`` Sphinx extension puts a
``<noscript>`` note there, worded here because the widget's ``kind`` lives in Python.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil

from .base import CourseWidget


def noscript_note(kind: str) -> str:
    """The one line a reader without JavaScript sees in place of a widget.

    Example:
        >>> note = noscript_note("self-check quiz")
        >>> note.startswith("Self-check quiz: this exercise needs JavaScript.")
        True
        >>> note.endswith("download this chapter's notebook to use it in Jupyter.")
        True
    """
    return (
        f"{kind[:1].upper()}{kind[1:]}: this exercise needs JavaScript. Turn JavaScript on, "
        "or download this chapter's notebook to use it in Jupyter."
    )


@functools.cache
def kind_of_module() -> dict[str, str]:
    """Map each widget's front-end module text (its ``_esm``) to its ``kind``.

    The page's widget state holds a model's ``_esm`` but not its Python class, and every
    widget class has its own bundle, so the bundle text names the kind.

    Example:
        >>> from psychodynamic_course.widgets.quiz import Quiz
        >>> kind_of_module()[Quiz._esm]
        'self-check quiz'
    """
    # Import every widget module so that each class is defined.
    package = importlib.import_module(__package__)
    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{__package__}.{module.name}")
    kinds = {}
    pending = list(CourseWidget.__subclasses__())
    while pending:
        widget_class = pending.pop()
        pending.extend(widget_class.__subclasses__())
        module_text = widget_class.__dict__.get("_esm")
        if isinstance(module_text, str):
            kinds[module_text] = widget_class.kind
    return kinds
