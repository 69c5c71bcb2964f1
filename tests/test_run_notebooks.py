import nbformat
import pytest
from run_notebooks import clean, problems


def executed_notebook(*outputs):
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {}}}
    cell = nbformat.v4.new_code_cell("x", execution_count=1, outputs=list(outputs))
    cell.metadata["execution"] = {"iopub.status.idle": "2026-11-26T10:00:00Z"}
    notebook.cells.append(cell)
    return notebook


def test_clean_keeps_the_widget_fallback_text_and_drops_the_rest():
    output = nbformat.v4.new_output(
        "display_data",
        data={
            "text/plain": "[Self-check quiz: run this notebook in Jupyter to use it.]",
            "application/vnd.jupyter.widget-view+json": {"model_id": "f00", "version_major": 2},
        },
    )
    notebook = clean(executed_notebook(output))
    assert "widgets" not in notebook.metadata
    cell = notebook.cells[0]
    assert "execution" not in cell.metadata
    assert cell.outputs[0]["data"] == {
        "text/plain": "[Self-check quiz: run this notebook in Jupyter to use it.]"
    }
    nbformat.validate(notebook)


@pytest.mark.parametrize("text", ["<Thing at 0x7f3a2c1d9e50>", "id 0xDEADBEEF"])
def test_memory_addresses_are_reported(text):
    output = nbformat.v4.new_output("execute_result", data={"text/plain": text}, execution_count=1)
    assert problems(executed_notebook(output)) == [
        "cell 0 prints a memory address; give the object a stable repr"
    ]
