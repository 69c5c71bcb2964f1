"""Sphinx extension: each widget's code once per page, served beside the widget loader.

A kernel sends every widget its whole bundle as ``_esm`` (``static/<name>.js``: the widget
and the shared library it uses), and myst-nb embeds that state in the page as it is, so a
page with two timelines, a quiz and a reflection carried the timeline's bundle twice and
the shared library four times. In the built book each model's ``_esm`` becomes a short
reference, ``pdc-module:<name>.js``, to the split build (``static/split/``, made by
``frontend/build.mjs``), which ``scripts/vendor_widget_runtime.py`` serves beside the
loader and ``widget_runtime/widget-loader.js`` loads once per page (and the browser
caches across pages). A bundle the split build does not have is left as it is.

Kernels, JupyterLab and Binder are not affected: this only rewrites the built pages' state.
It runs after myst-nb (priority 500) and ``singlehtml_widgets`` (600) have added the state
to the page, and before ``first_paint`` (900).

It is loaded from ``_config.yml`` (``sphinx.local_extensions``).
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

from singlehtml_widgets import STATE_TYPE, script_body
from sphinx.builders.html._assets import _JavaScript

STATIC = Path(__file__).resolve().parents[1] / "src" / "psychodynamic_course" / "widgets" / "static"
MARKER = "pdc-module:"


@functools.cache
def served_module_of_bundle(static: Path = STATIC) -> dict[str, str]:
    """Map each widget bundle's text to its module's file name in the split build."""
    return {
        bundle.read_text(encoding="utf-8"): bundle.name
        for bundle in sorted(static.glob("*.js"))
        if (static / "split" / bundle.name).is_file()
    }


def with_served_modules(state: dict, served: dict[str, str]) -> dict:
    """The widget state with each known bundle replaced by its served module's reference.

    Example:
        >>> state = {"state": {"m1": {"state": {"_esm": "BUNDLE", "n": 1}},
        ...                    "m2": {"state": {"_esm": "OTHER"}}}}
        >>> new = with_served_modules(state, {"BUNDLE": "quiz.js"})
        >>> new["state"]["m1"]["state"], new["state"]["m2"]["state"]["_esm"]
        ({'_esm': 'pdc-module:quiz.js', 'n': 1}, 'OTHER')
    """
    models = {}
    for model_id, model in state.get("state", {}).items():
        values = model.get("state", {})
        name = served.get(values.get("_esm"))
        if name:
            model = {**model, "state": {**values, "_esm": MARKER + name}}
        models[model_id] = model
    return {**state, "state": models}


def serve_widget_modules(app, pagename, templatename, context, doctree):
    # In place: the list is the builder's own (see first_paint.py).
    scripts = context.get("script_files")
    if not scripts:
        return
    for index, script in enumerate(scripts):
        attributes = getattr(script, "attributes", {})
        if attributes.get("type") != STATE_TYPE or not attributes.get("body"):
            continue
        state = with_served_modules(json.loads(attributes["body"]), served_module_of_bundle())
        body = script_body(state)
        scripts[index] = _JavaScript(None, priority=script.priority, **{**attributes, "body": body})


def setup(app):
    app.connect("html-page-context", serve_widget_modules, priority=700)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
