"""Build times for `make bench`: a clean full build, a rebuild with nothing changed, and a
rebuild after a prose edit, all in a throwaway copy of the repository.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from bench_report import Report, at_most, format_seconds, markdown_table, say

ROOT = Path(__file__).resolve().parents[1]
# A chapter whose prose is edited for the incremental-rebuild figure.
PROSE_CHAPTER = "book/chapter_03.ipynb"
BUILD_FLAGS = ["-W", "-n", "--keep-going"]  # as `make book`
# Parts of the copy that a build neither needs nor should see.
NOT_COPIED = {".git", ".venv", "node_modules", "_build", "benchmarks", ".pytest_cache"}
NO_CHANGE_REBUILD = at_most(2, "2 s")


@contextlib.contextmanager
def repository_copy() -> Iterator[Path]:
    """A throwaway copy of the repository (no _build, .git, venv or node_modules), deleted
    afterwards: builds and prose edits happen there, never in the repository."""
    folder = Path(tempfile.mkdtemp(prefix="bench-book-"))
    copy = folder / "book-repo"
    try:
        shutil.copytree(
            ROOT,
            copy,
            symlinks=True,
            ignore=lambda where, names: [
                name for name in names if Path(where) == ROOT and name in NOT_COPIED
            ],
        )
        yield copy
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def timed_build(copy: Path, *extra: str) -> float:
    """Seconds one ``jupyter-book build`` takes in ``copy``; fails loudly if the build does."""
    command = [str(Path(sys.executable).parent / "jupyter-book"), "build", *BUILD_FLAGS, *extra]
    # The kernels import the course package from the copy, as the book's own build would.
    environment = {**os.environ, "PYTHONPATH": str(copy / "src")}
    start = time.perf_counter()
    result = subprocess.run(
        [*command, "."], cwd=copy, env=environment, capture_output=True, text=True
    )
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"build failed in {copy}:\n{result.stdout[-3000:]}{result.stderr[-3000:]}")
    return seconds


def edit_prose(notebook_path: Path) -> None:
    """Add a sentence to the chapter's first markdown cell (in the copy)."""
    notebook = json.loads(notebook_path.read_text(encoding="utf-8"))
    cell = next(cell for cell in notebook["cells"] if cell["cell_type"] == "markdown")
    source = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
    cell["source"] = source + "\n\nA sentence added by the benchmark.\n"
    notebook_path.write_text(json.dumps(notebook, indent=1) + "\n", encoding="utf-8")


def measure_builds(copy: Path) -> dict[str, float]:
    say("clean full build (executes every chapter) ...")
    clean = timed_build(copy, "--all")
    say("no-change rebuild ...")
    unchanged = timed_build(copy)
    edit_prose(copy / PROSE_CHAPTER)
    say(f"rebuild after a prose edit in {PROSE_CHAPTER} ...")
    prose = timed_build(copy)
    return {"clean": clean, "unchanged": unchanged, "prose": prose}


def build_section(report: Report, builds: dict) -> None:
    rows = [
        [
            "clean full build (`--all`, executes every chapter)",
            format_seconds(builds["clean"]),
            "",
            "",
        ],
        [
            "rebuild with nothing changed",
            format_seconds(builds["unchanged"]),
            NO_CHANGE_REBUILD.text,
            report.check("no-change rebuild", NO_CHANGE_REBUILD, builds["unchanged"]),
        ],
        [
            f"rebuild after a prose edit in `{PROSE_CHAPTER}`",
            format_seconds(builds["prose"]),
            "",
            "",
        ],
    ]
    text = (
        "`jupyter-book build " + " ".join(BUILD_FLAGS) + "` in a temporary copy of the "
        "repository, starting from an empty `_build`.\n\n"
        + markdown_table(["build", "time", "target", "met"], rows)
    )
    report.section("Build", text)
