"""Sphinx extension: the widgets render in the book's single-page HTML too.

myst-nb embeds each notebook's widget state, and the widget runtime's scripts, in the
``<head>`` of that notebook's own page. The ``singlehtml`` builder (which `make pdf`
prints) writes one page, for the root document, which has no widgets of its own; so its
head would carry no widget state and no runtime, and every widget would be an empty box.
This extension gives that one page the widget state of all the documents merged into it,
and the runtime scripts once. Other builders are left alone.

It is loaded from ``_config.yml`` (``sphinx.local_extensions``).
"""

from __future__ import annotations

import json

# What myst-nb calls the script that holds a document's widget state (myst_nb.core.render).
STATE_KEY = "ipywidgets_state"
STATE_TYPE = "application/vnd.jupyter.widget-state+json"


def merge_widget_states(bodies: list[str]) -> dict:
    """Merge the widget-state JSON of several documents into one.

    Each document's state maps model ids (unique uuids) to models, so the union keeps
    every model; the version fields are the same in every document.

    Example:
        >>> merged = merge_widget_states([
        ...     '{"version_major": 2, "version_minor": 0, "state": {"a": {}}}',
        ...     '{"version_major": 2, "version_minor": 0, "state": {"b": {}}}',
        ... ])
        >>> sorted(merged["state"]), merged["version_major"]
        (['a', 'b'], 2)
    """
    merged: dict = {"version_major": 2, "version_minor": 0, "state": {}}
    for body in bodies:
        state = json.loads(body)
        merged["version_major"] = state.get("version_major", merged["version_major"])
        merged["version_minor"] = state.get("version_minor", merged["version_minor"])
        merged["state"].update(state.get("state", {}))
    return merged


def script_body(state: dict) -> str:
    """The state as a ``<script>`` body: JSON that cannot close its own tag early.

    Example:
        >>> script_body({"state": {"x": {"text": "</script>"}}})
        '{"state": {"x": {"text": "<\\\\/script>"}}}'
    """
    # The same escaping as myst-nb's sanitize_script_content.
    return json.dumps(state).replace("</script>", r"<\/script>")


def add_all_widget_state(app, pagename, templatename, context, doctree):
    if app.builder.name != "singlehtml" or pagename != app.config.root_doc:
        return
    from myst_nb.sphinx_ import NbMetadataCollector

    bodies = []
    for docname in sorted(app.env.found_docs):
        state = NbMetadataCollector.get_js_files(app.env, docname).get(STATE_KEY)
        if state:
            bodies.append(state[1]["body"])
    if not bodies:
        return
    app.add_js_file(None, type=STATE_TYPE, body=script_body(merge_widget_states(bodies)))
    # The runtime in the order _config.yml lists it (nb_ipywidgets_js), as on every
    # widget page of the normal build.
    for path, attributes in app.config.nb_ipywidgets_js.items():
        app.add_js_file(path, **attributes)


def setup(app):
    # After myst-nb's own per-page handler (priority 500), which adds nothing here.
    app.connect("html-page-context", add_all_widget_state, priority=600)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
