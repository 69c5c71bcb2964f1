"""The package's layers: what each subpackage may import, and how long a module may be."""

import ast
from pathlib import Path

import pytest

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
