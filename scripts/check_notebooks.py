"""Refuse notebooks that carry widget state or outputs that are not from a clean run.

Run by pre-commit on every committed ``.ipynb`` (and so by ``make test``):

    python scripts/check_notebooks.py book/chapter_01.ipynb

It fails, naming the notebook and the problem, when a notebook has saved widget state
(``metadata.widgets``, where a learner's typed text would leak), a stored widget view,
execution timestamps, code cells that were not run once each, top to bottom, in a
fresh kernel (execution counts 1, 2, 3, ...), a code cell tagged ``hide-input``, or a
setup cell (tagged ``remove-cell``: the Colab install, the imports) that JupyterLab would
show open. ``make notebooks`` produces notebooks that pass the rest.

Why no ``hide-input``: readers of the book are psychology students, not programmers; a
cell that builds a figure or widget is one call, and a "Show code cell source" toggle
above every exercise is noise to them. Such cells are tagged ``remove-input`` instead:
the book shows only the output, while the notebook and its download keep the code.
Why setup cells are collapsed: the book hides them, and in JupyterLab and Notebook 7 an
instructor in front of a class should not open a chapter on a pip command and imports.
``metadata.jupyter.source_hidden`` is what both honour: the cell runs, its code shows as
a collapsed bar that one click opens.

``--fix`` retags and collapses in place (re-run it after merging notebook changes):

    python scripts/check_notebooks.py --fix book/*.ipynb
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

WIDGET_MIME_TYPES = (
    "application/vnd.jupyter.widget-view+json",
    "application/vnd.jupyter.widget-state+json",
)


HIDDEN_INPUT_TAG = "hide-input"  # draws a code toggle in the book: refused
REMOVED_INPUT_TAG = "remove-input"  # shows the output alone: what such cells use
SETUP_TAG = "remove-cell"  # the book leaves the cell out: Jupyter shows it collapsed


def notebook_problems(notebook: dict) -> list[str]:
    """Return what is wrong with a notebook (an empty list if nothing is).

    Example:
        >>> notebook_problems({"metadata": {"widgets": {}}, "cells": []})
        ['saved widget state in metadata.widgets: strip it (make notebooks)']
    """
    problems = []
    if "widgets" in notebook.get("metadata", {}):
        problems.append("saved widget state in metadata.widgets: strip it (make notebooks)")
    expected_count = 1
    for index, cell in enumerate(notebook.get("cells", [])):
        if cell.get("cell_type") != "code":
            continue
        if HIDDEN_INPUT_TAG in cell.get("metadata", {}).get("tags", []):
            problems.append(
                f"cell {index}: tagged {HIDDEN_INPUT_TAG}; tag it {REMOVED_INPUT_TAG} "
                "(python scripts/check_notebooks.py --fix)"
            )
        metadata = cell.get("metadata", {})
        if SETUP_TAG in metadata.get("tags", []) and not metadata.get("jupyter", {}).get(
            "source_hidden"
        ):
            problems.append(
                f"cell {index}: a setup cell ({SETUP_TAG}) shown open in Jupyter; collapse it "
                "(python scripts/check_notebooks.py --fix)"
            )
        if "execution" in cell.get("metadata", {}):
            problems.append(f"cell {index}: execution timestamps in metadata")
        for output in cell.get("outputs", []):
            for mime in WIDGET_MIME_TYPES:
                if mime in output.get("data", {}):
                    problems.append(f"cell {index}: stored widget output ({mime})")
        if cell.get("execution_count") != expected_count:
            problems.append(
                f"cell {index}: execution count {cell.get('execution_count')}, expected "
                f"{expected_count}; re-run it top to bottom with `make notebooks`"
            )
        expected_count += 1
    return problems


def retag_hidden_inputs(notebook: dict) -> int:
    """Tag every ``hide-input`` cell ``remove-input`` instead; return how many changed.

    Example:
        >>> notebook = {"cells": [{"cell_type": "code", "metadata": {"tags": ["hide-input"]}}]}
        >>> retag_hidden_inputs(notebook), notebook["cells"][0]["metadata"]["tags"]
        (1, ['remove-input'])
    """
    changed = 0
    for cell in notebook.get("cells", []):
        tags = cell.get("metadata", {}).get("tags", [])
        if HIDDEN_INPUT_TAG in tags:
            tags[tags.index(HIDDEN_INPUT_TAG)] = REMOVED_INPUT_TAG
            changed += 1
    return changed


def collapse_setup_cells(notebook: dict) -> int:
    """Collapse every setup cell's code in JupyterLab; return how many changed.

    Example:
        >>> notebook = {"cells": [{"cell_type": "code", "metadata": {"tags": ["remove-cell"]}}]}
        >>> collapse_setup_cells(notebook), notebook["cells"][0]["metadata"]["jupyter"]
        (1, {'source_hidden': True})
    """
    changed = 0
    for cell in notebook.get("cells", []):
        metadata = cell.get("metadata", {})
        is_setup = cell.get("cell_type") == "code" and SETUP_TAG in metadata.get("tags", [])
        if is_setup and not metadata.get("jupyter", {}).get("source_hidden"):
            metadata.setdefault("jupyter", {})["source_hidden"] = True
            changed += 1
    return changed


def write_notebook(path: Path, notebook: dict) -> None:
    """Write a notebook as nbformat does, so a retag changes only the tags in a diff."""
    text = json.dumps(notebook, indent=1, sort_keys=True, ensure_ascii=False)
    path.write_text(text + "\n", encoding="utf-8")


def main(paths: list[str]) -> int:
    fix = "--fix" in paths
    paths = [path for path in paths if path != "--fix"]
    if fix:
        for path in paths:
            notebook = json.loads(Path(path).read_text(encoding="utf-8"))
            if retag_hidden_inputs(notebook) + collapse_setup_cells(notebook):
                write_notebook(Path(path), notebook)
    status = 0
    for path in paths:
        for problem in notebook_problems(json.loads(Path(path).read_text(encoding="utf-8"))):
            print(f"{path}: {problem}")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
