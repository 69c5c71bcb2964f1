"""Refuse a repository or a build that carries a learner's data.

A learner's answers live in their browser and, in a kernel, in a journal file outside the
repository. They must never ride along in a committed notebook or a published page. Widget
state is where they would hide: Jupyter saves every widget's synced traits into a
notebook's ``metadata.widgets`` and myst-nb embeds them in each built page. So this check
reads every committed notebook and every text file of the build and fails when it finds:

- widget state in which a course widget syncs anything but its configuration (the traits
  in ``CONFIGURATION_TRAITS``: learner data travels in messages, never in traits);
- an ipywidgets text box (Text, Textarea, Combobox, Password) with a non-empty value;
- a saved journal or journal entry (the JSON the widgets keep on the device).

Run by ``make test`` after the book is built:

    python scripts/check_learner_data.py _build

With no arguments it checks the committed notebooks only (``git ls-files '*.ipynb'``).

Example:
    >>> learner_data_problems({"state": {"m1": {"model_module": "anywidget",
    ...     "model_name": "AnyModel", "state": {"widget_id": "x", "text": "my secret"}}}})
    ['widget m1 syncs text, which is not configuration']
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Everything a course widget may sync. A new trait here needs a reason that is not "it
# holds what the learner wrote".
CONFIGURATION_TRAITS = frozenset(
    {
        "course_id",
        "widget_id",
        "title",
        "chapter",
        "schema",
        "schemas",
        "quiz",
        "prompt",
        "hint",
        "content_note",
        "fictional_prompt",
        # Fictional sample content and display switches, never the learner's own data.
        "sample_episodes",
        "sample_events",
        "sample_name",
        "read_only",
        "class_demo",  # a class demo saves nothing (widgets/class_demo.py)
        # Teaching widgets: authored content and which part of it is on show.
        "levels",  # defence ladder
        "level",
        "cards",  # spaced review: the course's questions and glossary terms
        "chapters",  # and the chapters one may choose
        "findings",  # dose-effect explorer
        "notes",
        "caveats",
        "curve",
        "curve_label",
        "sessions",
        "max_sessions",
        "near",
        # What every ipywidgets DOMWidget syncs, whatever it shows.
        "layout",
        "tabbable",
        "tooltip",
    }
)
# ipywidgets models whose `value` is whatever someone typed.
TEXT_BOX_MODELS = frozenset({"TextModel", "TextareaModel", "ComboboxModel", "PasswordModel"})
# The envelopes learner data is kept in (journal.py, frontend/lib/storage.js).
SAVED_FORMATS = frozenset({"psychodynamic-course-entry", "psychodynamic-course-journal"})
WIDGET_STATE_MIME = "application/vnd.jupyter.widget-state+json"
STATE_BLOCK = re.compile(
    r'<script type="application/vnd\.jupyter\.widget-state\+json">(.*?)</script>', re.S
)
# Binary or generated files with nothing a page or notebook shows (pickled doctrees,
# images, the execution cache's database).
SKIPPED_SUFFIXES = frozenset(
    {".pickle", ".doctree", ".png", ".jpg", ".svg", ".ico", ".pdf", ".db", ".woff", ".woff2"}
)


def learner_data_problems(widget_state: dict) -> list[str]:
    """What in one widget-state document (``{"state": {model_id: model}}``) is learner data.

    Example:
        >>> learner_data_problems({"state": {"m2": {"model_module": "@jupyter-widgets/controls",
        ...     "model_name": "TextareaModel", "state": {"value": "Dear diary"}}}})
        ['widget m2 is a text box holding typed text']
    """
    problems = []
    for model_id, model in (widget_state.get("state") or {}).items():
        state = model.get("state") or {}
        if model.get("model_module") == "anywidget":
            extra = sorted(
                name
                for name in state
                if not name.startswith("_") and name not in CONFIGURATION_TRAITS
            )
            if extra:
                problems.append(
                    f"widget {model_id} syncs {', '.join(extra)}, which is not configuration"
                )
        if model.get("model_name") in TEXT_BOX_MODELS and state.get("value"):
            problems.append(f"widget {model_id} is a text box holding typed text")
        problems.extend(f"widget {model_id}: {p}" for p in saved_data_problems(state))
    return problems


def saved_data_problems(value) -> list[str]:
    """Journal entries or whole journals anywhere inside a JSON value.

    Example:
        >>> saved_data_problems({"outputs": [{"format": "psychodynamic-course-entry"}]})
        ['a saved psychodynamic-course-entry']
    """
    if isinstance(value, dict):
        form = value.get("format")
        # A schema describes the format ({"const": ...}); a saved copy states it (a string).
        found = [f"a saved {form}"] if isinstance(form, str) and form in SAVED_FORMATS else []
        for item in value.values():
            found.extend(saved_data_problems(item))
        return found
    if isinstance(value, list):
        return [problem for item in value for problem in saved_data_problems(item)]
    return []


def notebook_problems(notebook: dict) -> list[str]:
    """Learner data in a notebook: its saved widget state and its outputs.

    Example:
        >>> notebook_problems({"metadata": {}, "cells": []})
        []
    """
    problems = []
    saved_state = notebook.get("metadata", {}).get("widgets", {}).get(WIDGET_STATE_MIME)
    if saved_state:
        problems.extend(f"metadata.widgets: {p}" for p in learner_data_problems(saved_state))
    for index, cell in enumerate(notebook.get("cells", [])):
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if WIDGET_STATE_MIME in data:
                problems.extend(
                    f"cell {index}: {p}" for p in learner_data_problems(data[WIDGET_STATE_MIME])
                )
            problems.extend(f"cell {index}: {p}" for p in saved_data_problems(output))
    return problems


def page_problems(html: str) -> list[str]:
    """Learner data in the widget state a built page embeds.

    Example:
        >>> page_problems("<p>No widgets here.</p>")
        []
    """
    problems = []
    for block in STATE_BLOCK.findall(html):
        problems.extend(learner_data_problems(json.loads(block)))
    return problems


def file_problems(path: Path) -> list[str]:
    """Learner data in one file of the repository or the build (by its kind)."""
    if path.suffix in SKIPPED_SUFFIXES:
        return []
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return []  # binary: nothing a reader sees
    if path.suffix == ".ipynb":
        return notebook_problems(json.loads(text))
    if path.suffix in (".html", ".htm"):
        return page_problems(text)
    if path.suffix == ".json":
        try:
            return saved_data_problems(json.loads(text))
        except json.JSONDecodeError:
            return []
    return []


def committed_notebooks() -> list[Path]:
    listed = subprocess.run(
        ["git", "ls-files", "-z", "*.ipynb"], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode()
    return [ROOT / name for name in listed.split("\0") if name]


def main(arguments: list[str]) -> int:
    paths = committed_notebooks()
    for argument in arguments:
        folder = Path(argument)
        if not folder.is_dir():
            print(f"{folder}: no such build folder: build the book first (make book)")
            return 1
        paths.extend(sorted(p for p in folder.rglob("*") if p.is_file()))
    status = 0
    for path in paths:
        for problem in file_problems(path):
            print(f"{path}: {problem}")
            status = 1
    if status == 0:
        print(f"No learner data in {len(paths)} files (committed notebooks and build).")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
