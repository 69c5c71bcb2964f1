"""The Colab guard cell: a notebook opened in Colab installs the course package, and only there.

The book's Colab button opens a chapter straight from GitHub, in a Python that has never
heard of ``psychodynamic_course``. Each notebook that imports the package therefore starts
with one hidden (``remove-cell``) code cell that installs it from the repository when
``google.colab`` is loaded, which is the case on Colab and nowhere else. Anywhere else the
cell must do nothing at all and print nothing, or strict nbval and the book would change.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
import types
from importlib.metadata import packages_distributions
from pathlib import Path

import nbformat
import pytest
from IPython.core.interactiveshell import InteractiveShell
from nbclient import NotebookClient

from psychodynamic_course.launch_links import book_config

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "book").glob("*.ipynb"))
PACKAGE_IMPORT = re.compile(r"^\s*(from|import)\s+psychodynamic_course\b", re.MULTILINE)
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
INSTALL = re.compile(r'!pip install --quiet "(?P<name>[\w-]+) @ git\+(?P<url>[^"]+)"')


def is_guard(cell) -> bool:
    return cell.cell_type == "code" and "google.colab" in cell.source


def guard_source() -> str:
    """The guard cell's code, taken from chapter 1 (the test below checks all are alike)."""
    notebook = nbformat.read(ROOT / "book" / "chapter_01.ipynb", as_version=4)
    return next(cell.source for cell in notebook.cells if is_guard(cell))


def expected_command() -> str:
    """What the guard must run on Colab: pip, quietly, on the repository _config.yml names."""
    url = book_config(ROOT)["repository"]["url"]
    return f'pip install --quiet "{PROJECT["name"]} @ git+{url}"'


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.name)
def test_notebooks_that_import_the_package_install_it_first_on_colab(path):
    cells = nbformat.read(path, as_version=4).cells
    imports = [
        i
        for i, cell in enumerate(cells)
        if cell.cell_type == "code" and PACKAGE_IMPORT.search(cell.source)
    ]
    guards = [i for i, cell in enumerate(cells) if is_guard(cell)]
    if not imports:
        assert guards == [], "no import of the package, so nothing to install"
        return
    assert len(guards) == 1, f"{path.name} needs exactly one Colab guard cell, has {len(guards)}"
    guard = cells[guards[0]]
    assert guards[0] < imports[0], "the guard must run before the first import of the package"
    assert "remove-cell" in guard.metadata.get("tags", []), "readers of the book never see it"
    assert guard.outputs == []
    # Same code everywhere, and it installs from the repository _config.yml names.
    assert guard.source == guard_source()
    install = INSTALL.search(guard.source)
    assert install, 'the guard should run: !pip install --quiet "NAME @ git+URL"'
    assert install.group("url") == book_config(ROOT)["repository"]["url"]
    assert install.group("name") == PROJECT["name"]


def test_guard_does_nothing_in_a_real_kernel_without_colab():
    # A fresh python3 kernel, as the book, nbval and Binder run it. Had the cell called
    # pip, pip would print (installing from GitHub cannot even succeed offline).
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [
        nbformat.v4.new_code_cell(guard_source()),
        nbformat.v4.new_code_cell("print('google.colab' in sys.modules)"),
    ]
    NotebookClient(notebook, kernel_name="python3", timeout=60).execute()
    guard, check = notebook.cells
    assert guard.execution_count == 1 and guard.outputs == []
    assert check.outputs[0]["text"] == "False\n"


@pytest.fixture
def shell():
    """An in-process IPython shell, so the ``!pip`` line runs through IPython's own code."""
    shell = InteractiveShell.instance()
    yield shell
    InteractiveShell.clear_instance()


def test_guard_installs_the_package_on_colab(shell, monkeypatch):
    # Colab itself cannot run here: pretend its module is loaded and record the shell
    # command instead of running it (it would try to reach GitHub).
    monkeypatch.setitem(sys.modules, "google.colab", types.ModuleType("google.colab"))
    commands = []
    monkeypatch.setattr(shell, "system", commands.append)
    result = shell.run_cell(guard_source())
    assert result.success, result.error_in_exec
    assert commands == [expected_command()]


def test_guard_without_colab_runs_no_command(shell, monkeypatch):
    monkeypatch.delitem(sys.modules, "google.colab", raising=False)
    commands = []
    monkeypatch.setattr(shell, "system", commands.append)
    assert shell.run_cell(guard_source()).success
    assert commands == []


def test_pyproject_declares_every_package_the_course_imports():
    # Colab (and a downloaded chapter) install the package with pyproject's dependencies
    # alone, without requirements.txt, so each third-party import must be declared there.
    declared = {
        re.split(r"[<>=!~ \[;]", requirement, maxsplit=1)[0].lower()
        for requirement in PROJECT["dependencies"]
    }
    distributions = packages_distributions()
    imported = set()
    for module in (ROOT / "src" / "psychodynamic_course").glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module.split(".")[0])
    third_party = {
        name
        for name in imported
        if name not in sys.stdlib_module_names
        and name not in ("psychodynamic_course", "__future__")
    }
    missing = {
        name: distributions.get(name)
        for name in third_party
        if not {d.lower() for d in distributions.get(name, [name])} & declared
    }
    assert missing == {}, f"imported but not in [project].dependencies: {missing}"
