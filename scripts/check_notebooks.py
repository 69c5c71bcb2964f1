"""Refuse notebooks that carry widget state or outputs that are not from a clean run.

Run by pre-commit on every committed ``.ipynb`` (and so by ``make test``):

    python scripts/check_notebooks.py book/chapter_01.ipynb

It fails, naming the notebook and the problem, when a notebook has saved widget state
(``metadata.widgets``, where a learner's typed text would leak), a stored widget view,
execution timestamps, or code cells that were not run once each, top to bottom, in a
fresh kernel (execution counts 1, 2, 3, ...). ``make notebooks`` produces notebooks that
pass.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

WIDGET_MIME_TYPES = (
    "application/vnd.jupyter.widget-view+json",
    "application/vnd.jupyter.widget-state+json",
)


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


def main(paths: list[str]) -> int:
    status = 0
    for path in paths:
        for problem in notebook_problems(json.loads(Path(path).read_text(encoding="utf-8"))):
            print(f"{path}: {problem}")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
