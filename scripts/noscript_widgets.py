"""Sphinx extension: with JavaScript off, each widget's place says what it is.

myst-nb writes each widget output as an empty ``<script type="application/vnd.jupyter.
widget-view+json">`` that only the widget runtime turns into something; with JavaScript
off a reader saw a blank space. This adds a ``<noscript>`` note after each one, naming
the widget's kind (found from its model's ``_esm`` in the page's widget state) and that
it needs JavaScript; the wording is ``psychodynamic_course.widgets.noscript``'s.

It is loaded from ``_config.yml`` (``sphinx.local_extensions``).
"""

from __future__ import annotations

import html
import json
import re

from singlehtml_widgets import STATE_KEY

# A widget output as myst-nb writes it (myst_nb.core.render), capturing the model id.
WIDGET_VIEW = re.compile(
    r'(<script type="application/vnd\.jupyter\.widget-view\+json">\s*'
    r'\{[^<]*?"model_id": "(?P<model_id>[0-9a-f]+)"[^<]*</script>)'
)
UNKNOWN_KIND = "interactive exercise"


def add_noscript_notes(body: str, kind_of_model: dict[str, str]) -> str:
    """Put a ``<noscript>`` note after every widget output in ``body``.

    Example:
        >>> view = '<script type="application/vnd.jupyter.widget-view+json">'
        >>> view += '{"model_id": "ab12"}</script>'
        >>> noted = add_noscript_notes(view, {"ab12": "self-check quiz"})
        >>> noted.split("</script>")[1][:70]
        '<noscript><p class="widget-noscript">Self-check quiz: this exercise ne'
    """
    from psychodynamic_course.widgets.noscript import noscript_note

    def with_note(match: re.Match) -> str:
        kind = kind_of_model.get(match["model_id"], UNKNOWN_KIND)
        note = html.escape(noscript_note(kind))
        return f'{match[1]}<noscript><p class="widget-noscript">{note}</p></noscript>'

    return WIDGET_VIEW.sub(with_note, body)


def kinds_in_state(state: dict) -> dict[str, str]:
    """Map each model id in a widget state to its widget's kind (known bundles only)."""
    from psychodynamic_course.widgets.noscript import kind_of_module

    kinds = kind_of_module()
    return {
        model_id: kinds[model["state"]["_esm"]]
        for model_id, model in state.get("state", {}).items()
        if model.get("state", {}).get("_esm") in kinds
    }


def add_notes_to_page(app, pagename, templatename, context, doctree):
    if "body" not in context or "widget-view+json" not in context["body"]:
        return
    from myst_nb.sphinx_ import NbMetadataCollector

    # A page's own state; the single-page build's root page holds every document's.
    docnames = sorted(app.env.found_docs) if app.builder.name == "singlehtml" else [pagename]
    kind_of_model = {}
    for docname in docnames:
        state = NbMetadataCollector.get_js_files(app.env, docname).get(STATE_KEY)
        if state:
            kind_of_model.update(kinds_in_state(json.loads(state[1]["body"])))
    context["body"] = add_noscript_notes(context["body"], kind_of_model)


def setup(app):
    app.connect("html-page-context", add_notes_to_page)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
