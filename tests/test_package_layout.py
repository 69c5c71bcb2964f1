"""The package's layers: what each subpackage may import, and how long a module may be."""

import ast
import inspect
from pathlib import Path

import pytest

import psychodynamic_course
from psychodynamic_course import figures, widgets

PACKAGE = Path(__file__).parents[1] / "src" / "psychodynamic_course"

# Learner data and course data stand alone; figures draw data; widgets use all three.
MAY_NOT_IMPORT = {
    "learner_data": {"widgets", "figures", "content"},
    "content": {"widgets", "figures", "learner_data"},
    "figures": {"widgets", "learner_data"},
}


def _imported_subpackages(path: Path) -> set[str]:
    """The course subpackages a module imports, relative or absolute."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            parts = (node.module or "").split(".")
            if node.level == 2 and parts[0]:
                found.add(parts[0])
            elif node.level == 0 and parts[0] == "psychodynamic_course" and len(parts) > 1:
                found.add(parts[1])
    return found


@pytest.mark.parametrize("subpackage", sorted(MAY_NOT_IMPORT))
def test_a_subpackage_imports_only_the_layers_below_it(subpackage):
    for path in sorted((PACKAGE / subpackage).glob("*.py")):
        forbidden = _imported_subpackages(path) & MAY_NOT_IMPORT[subpackage]
        assert not forbidden, f"{path.name} imports {sorted(forbidden)}"


def test_no_module_is_over_400_lines():
    long = {
        str(path.relative_to(PACKAGE)): n
        for path in PACKAGE.rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert not long


def test_root_names_are_the_calls_and_subpackage_names_the_modules():
    # A function bound in a package under its module's name hides the module from
    # "import psychodynamic_course.figures.therapy_phases as module".
    root = [getattr(psychodynamic_course, name) for name in psychodynamic_course.__all__]
    assert not any(inspect.ismodule(value) for value in root)
    for name in ("course_of_sessions", "therapy_phases", "triangle_of_person"):
        assert inspect.ismodule(getattr(figures, name)), name
    assert callable(psychodynamic_course.pattern_finder)
    assert inspect.ismodule(widgets.pattern_finder)
