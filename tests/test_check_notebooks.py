import json

import pytest
from check_notebooks import main, notebook_problems


def code_cell(count, outputs=(), metadata=None):
    return {
        "cell_type": "code",
        "execution_count": count,
        "metadata": metadata or {},
        "outputs": list(outputs),
        "source": "",
    }


def test_a_clean_notebook_passes():
    notebook = {"metadata": {}, "cells": [code_cell(1), {"cell_type": "markdown"}, code_cell(2)]}
    assert notebook_problems(notebook) == []


def test_saved_widget_state_is_refused():
    notebook = {"metadata": {"widgets": {"application/vnd.jupyter.widget-state+json": {}}}}
    assert any("metadata.widgets" in p for p in notebook_problems(notebook))


def test_stored_widget_view_is_refused():
    output = {"data": {"application/vnd.jupyter.widget-view+json": {"model_id": "abc"}}}
    problems = notebook_problems({"metadata": {}, "cells": [code_cell(1, [output])]})
    assert problems == ["cell 0: stored widget output (application/vnd.jupyter.widget-view+json)"]


def test_cells_not_run_in_order_are_refused():
    notebook = {"metadata": {}, "cells": [code_cell(1), code_cell(5), code_cell(None)]}
    problems = notebook_problems(notebook)
    assert len(problems) == 2
    assert "expected 2" in problems[0] and "expected 3" in problems[1]


def test_timestamps_are_refused():
    cell = code_cell(1, metadata={"execution": {"iopub.execute_input": "2026-01-01"}})
    assert notebook_problems({"metadata": {}, "cells": [cell]}) == [
        "cell 0: execution timestamps in metadata"
    ]


def test_main_reports_each_problem_and_fails(tmp_path, capsys):
    path = tmp_path / "bad.ipynb"
    path.write_text(json.dumps({"metadata": {"widgets": {}}, "cells": []}))
    assert main([str(path)]) == 1
    assert "bad.ipynb: saved widget state" in capsys.readouterr().out


def test_committed_chapters_pass(chapters):
    assert chapters, "no chapter notebooks found"
    for path in chapters:
        assert notebook_problems(json.loads(path.read_text())) == [], path


def test_hide_input_is_refused_and_fix_retags_it(tmp_path, capsys):
    cell = code_cell(1, metadata={"tags": ["hide-input"]})
    path = tmp_path / "toggle.ipynb"
    path.write_text(json.dumps({"metadata": {}, "cells": [cell]}))
    assert main([str(path)]) == 1
    assert "cell 0: tagged hide-input" in capsys.readouterr().out

    assert main(["--fix", str(path)]) == 0
    saved = json.loads(path.read_text())
    assert saved["cells"][0]["metadata"]["tags"] == ["remove-input"]


SETUP_CASES = [
    ({"tags": ["remove-cell"]}, True),
    ({"tags": ["remove-cell"], "jupyter": {"source_hidden": False}}, True),
    ({"tags": ["remove-cell"], "jupyter": {"source_hidden": True}}, False),
    ({"tags": ["remove-input"]}, False),  # a widget's one line stays in view
    ({}, False),
]


@pytest.mark.parametrize(("metadata", "refused"), SETUP_CASES)
def test_a_setup_cell_shown_open_in_jupyter_is_refused(metadata, refused):
    problems = notebook_problems({"metadata": {}, "cells": [code_cell(1, metadata=metadata)]})
    assert any("setup cell" in problem for problem in problems) == refused


def test_fix_collapses_setup_cells_and_keeps_their_tags(tmp_path):
    path = tmp_path / "setup.ipynb"
    cells = [code_cell(1, metadata={"tags": ["remove-cell"]}), code_cell(2)]
    path.write_text(json.dumps({"metadata": {}, "cells": cells}))
    assert main(["--fix", str(path)]) == 0
    saved = json.loads(path.read_text())["cells"]
    assert saved[0]["metadata"] == {"tags": ["remove-cell"], "jupyter": {"source_hidden": True}}
    assert saved[1]["metadata"] == {}
