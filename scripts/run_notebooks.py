"""Re-run chapter notebooks top to bottom in a fresh kernel and save clean outputs.

``make notebooks`` runs this. The saved notebook is what strict nbval compares against,
so it must hold the outputs of a clean run and nothing that changes between runs or that
could carry a learner's text:

* executed in a fresh ``python3`` kernel with the notebook's folder as working directory
  (as nbval and the book do), cells timed out after 120 s;
* no ``metadata.widgets`` (saved widget state is where typed answers would live);
* widget outputs keep only their plain-text fallback: a stored widget view without its
  state shows an error in JupyterLab before the notebook is run, the fallback a sentence;
* no execution timestamps; the run fails if an output holds a memory address.

Usage:
    python scripts/run_notebooks.py book/chapter_01.ipynb [more.ipynb ...]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
MEMORY_ADDRESS = re.compile(r"0x[0-9a-fA-F]{6,}")


def clean(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Strip widget state, widget views and timing metadata from an executed notebook."""
    notebook.metadata.pop("widgets", None)
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
        if cell.cell_type != "code":
            continue
        for output in cell.outputs:
            data = output.get("data", {})
            data.pop(WIDGET_VIEW, None)
    return notebook


def problems(notebook: nbformat.NotebookNode) -> list[str]:
    """Say what in an executed notebook would make its stored outputs unstable."""
    found = []
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type != "code":
            continue
        if MEMORY_ADDRESS.search(json.dumps(cell.outputs)):
            found.append(f"cell {index} prints a memory address; give the object a stable repr")
    return found


def run(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook,
        kernel_name="python3",
        timeout=120,
        record_timing=False,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    clean(notebook)
    issues = problems(notebook)
    if issues:
        raise SystemExit(f"{path}: " + "; ".join(issues))
    nbformat.validate(notebook)
    nbformat.write(notebook, path)
    print(f"ran and saved {path}")


if __name__ == "__main__":
    paths = [Path(argument) for argument in sys.argv[1:]]
    if not paths:
        raise SystemExit("usage: python scripts/run_notebooks.py NOTEBOOK.ipynb [...]")
    for notebook_path in paths:
        run(notebook_path)
