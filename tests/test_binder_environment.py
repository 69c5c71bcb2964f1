"""Binder's build, reproduced: a fresh environment made from requirements.txt runs every chapter.

mybinder.org builds the course with repo2docker. For this repository (repo2docker
2026.4) that means: Python at the version ``runtime.txt`` names, checked against
pyproject.toml's ``requires-python``; ``pip install -r requirements.txt`` in a checkout of
the committed files; then ``pip install .``, because pyproject.toml makes the repository
a package. The slow test below does the same in a temporary folder, so a dependency that
only the development .venv happens to have, or a file that was never committed, fails
here instead of on Binder. Unlike Binder it lets pip use its cache, to save minutes.

A hub is built the same way and then some (``psychodynamic_course.hub``, the recipe the
instructor guide shows): the last test runs the rest of that recipe in the same
environment and a chapter on the kernel it registers.

It takes a few minutes, so a plain ``pytest`` leaves it out (``-m "not binder"`` in
pyproject.toml); ``make binder`` runs it, and ``make test`` runs that target.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import nbformat
import pytest
from packaging.specifiers import SpecifierSet
from packaging.version import Version

from psychodynamic_course.hub import HUB_STEPS, KERNEL_NAME

ROOT = Path(__file__).resolve().parent.parent
CHAPTERS = sorted(path.name for path in (ROOT / "book").glob("chapter_*.ipynb"))


def runtime_python_version() -> str:
    """The Python version that runtime.txt asks Binder for, as ``major.minor``.

    repo2docker splits the file's one line on "-": ``python-3.11`` is the name
    ``python`` and the version ``3.11``.
    """
    name, _, version = (ROOT / "runtime.txt").read_text(encoding="utf-8").strip().partition("-")
    assert name == "python", f"runtime.txt should say python-X.Y, not {name!r}"
    return version


def binder_python() -> str:
    """The interpreter the slow test builds its venv with: the one runtime.txt names."""
    version = runtime_python_version()
    interpreter = shutil.which(f"python{version}")
    if interpreter is None:
        pytest.fail(f"python{version} (from runtime.txt) is not on PATH; install it to test Binder")
    return interpreter


def test_runtime_python_is_the_tested_python_and_pyproject_allows_it():
    version = runtime_python_version()
    # The pins in constraints.txt were resolved on the Python that runs the tests: Binder
    # must get the same major.minor or it may resolve other wheels (or none).
    assert version == f"{sys.version_info.major}.{sys.version_info.minor}"
    # The slow test's venv really is that version (an interpreter found by name could lie).
    reported = subprocess.run(
        [binder_python(), "-c", "import sys; print(*sys.version_info[:2], sep='.')"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert reported == version
    # repo2docker refuses to build when runtime.txt is outside requires-python.
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "requires-python"
    ]
    assert Version(version) in SpecifierSet(requires)


def committed_copy(destination: Path) -> Path:
    """Copy the files git tracks (as they are on disk) into ``destination``; nothing else.

    Untracked files, .venv, node_modules and _build stay behind, as they would on Binder.
    Tracked files are taken from the working tree so a change can be tested before it is
    committed; a new file must at least be ``git add``-ed to count.
    """
    listing = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    for name in filter(None, listing.decode().split("\0")):
        source = ROOT / name
        if not source.is_file():  # deleted in the working tree, not yet committed
            continue
        target = destination / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    return destination


# What repo2docker runs, in order; a hub's single-user environment starts the same way.
BINDER_INSTALLS = (["-r", "requirements.txt"], ["."])


@pytest.fixture(scope="module")
def binder(tmp_path_factory):
    """A checkout of the committed files and a venv installed from its requirements.txt."""
    base = tmp_path_factory.mktemp("binder")
    repository = committed_copy(base / "repository")
    venv = base / "venv"
    subprocess.run([binder_python(), "-m", "venv", str(venv)], check=True)
    # Nothing from this process may help: no PYTHONPATH, no active venv, no user site,
    # no Jupyter or IPython settings of the user's, and a journal of the test's own.
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")
    }
    env.update(
        PATH=f"{venv / 'bin'}{os.pathsep}{env['PATH']}",
        PYTHONNOUSERSITE="1",
        JUPYTER_CONFIG_DIR=str(base / "jupyter-config"),
        JUPYTER_DATA_DIR=str(base / "jupyter-data"),
        IPYTHONDIR=str(base / "ipython"),
        MPLCONFIGDIR=str(base / "matplotlib"),
        PSYCHODYNAMIC_COURSE_JOURNAL=str(base / "journal.json"),
    )
    python = str(venv / "bin" / "python")
    for command in BINDER_INSTALLS:
        subprocess.run(
            [python, "-m", "pip", "install", "--quiet", *command],
            cwd=repository,
            env=env,
            check=True,
        )
    return {"repository": repository, "venv": venv, "env": env, "out": base / "executed"}


def execute(binder, notebook: str, kernel: str = "python3") -> nbformat.NotebookNode:
    """Run ``book/<notebook>`` with nbconvert from the venv in a fresh kernel; return the result."""
    result = subprocess.run(
        [
            str(binder["venv"] / "bin" / "jupyter"),
            "nbconvert",
            "--to",
            "notebook",
            "--execute",
            "--ExecutePreprocessor.timeout=300",
            f"--ExecutePreprocessor.kernel_name={kernel}",
            "--output-dir",
            str(binder["out"]),
            notebook,
        ],
        cwd=binder["repository"] / "book",  # the working directory Binder's kernels get
        env=binder["env"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, f"{notebook} failed in the Binder environment:\n{result.stderr}"
    return nbformat.read(binder["out"] / notebook, as_version=4)


@pytest.mark.binder
def test_kernel_runs_in_the_binder_venv_with_the_package_from_the_copy(binder):
    probe = nbformat.v4.new_notebook()
    probe.cells.append(
        nbformat.v4.new_code_cell(
            "import json, sys, psychodynamic_course\n"
            "from psychodynamic_course.learner_data.journal import default_journal_path\n"
            "print(json.dumps([sys.prefix, psychodynamic_course.__file__,"
            " str(default_journal_path())]))"
        )
    )
    nbformat.write(probe, binder["repository"] / "book" / "_probe.ipynb")
    output = execute(binder, "_probe.ipynb").cells[0].outputs[0]["text"]
    prefix, package, journal = json.loads(output)
    assert Path(prefix) == binder["venv"]
    assert not Path(package).is_relative_to(ROOT), "the package came from this checkout"
    assert Path(journal) == Path(binder["env"]["PSYCHODYNAMIC_COURSE_JOURNAL"])


@pytest.mark.binder
@pytest.mark.parametrize("chapter", CHAPTERS)
def test_chapter_runs_in_the_binder_environment(binder, chapter):
    executed = execute(binder, chapter)
    errors = [
        output
        for cell in executed.cells
        if cell.cell_type == "code"
        for output in cell.outputs
        if output.output_type == "error"
    ]
    assert errors == []


def test_the_hub_recipe_starts_as_binder_does():
    # The guide's first step is this module's install, word for word: one tested path.
    installs = " && ".join(f"python -m pip install {' '.join(args)}" for args in BINDER_INSTALLS)
    assert HUB_STEPS[0].command == installs


@pytest.mark.binder
def test_the_hub_recipe_registers_a_kernel_that_runs_a_chapter(binder):
    outputs = []
    for step in HUB_STEPS[1:]:
        done = subprocess.run(
            step.command,
            shell=True,
            cwd=binder["repository"],
            env=binder["env"],
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, f"{step.command}\n{done.stderr}"
        outputs.append(done.stdout + done.stderr)
    listed = re.sub(r"\x1b\[[0-9;]*m", "", outputs[-1])  # without the terminal's colours
    for extension in ("jupyterlab-myst", "anywidget"):
        assert re.search(rf"{extension} v[\d.]+ enabled", listed), listed
    assert KERNEL_NAME in listed
    servers = subprocess.run(
        ["jupyter", "server", "extension", "list"],
        env=binder["env"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert re.search(r"nbgitpuller\s.*enabled|nbgitpuller enabled", servers.stdout + servers.stderr)
    executed = execute(binder, "chapter_06.ipynb", kernel=KERNEL_NAME)
    assert not [
        output
        for cell in executed.cells
        for output in cell.get("outputs", [])
        if output.output_type == "error"
    ]
