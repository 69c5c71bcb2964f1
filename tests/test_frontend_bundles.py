"""The committed widget bundles (static/<name>.js) are what esbuild builds from frontend/.

The package ships the bundles so that installing it needs no Node; this test catches a
change to ``frontend/`` that was committed without running ``make frontend``.
"""

import shutil
import subprocess

import pytest
from frontend_in_node import FRONTEND, ROOT

from psychodynamic_course.widgets.base import STATIC

ESBUILD = ROOT / "node_modules" / ".bin" / "esbuild"


def test_every_widget_source_has_its_committed_bundle():
    sources = sorted(path.name for path in (FRONTEND / "widgets").glob("*.js"))
    assert sources, "no widget modules in frontend/widgets"
    for name in sources:
        assert (STATIC / name).is_file(), f"static/{name} is missing: run `make frontend`"


def test_committed_bundles_are_up_to_date(tmp_path):
    node = shutil.which("node")
    if node is None or not ESBUILD.exists():
        pytest.skip("Node.js or node_modules (esbuild) is not installed: run `make unit`")
    subprocess.run([node, str(FRONTEND / "build.mjs"), str(tmp_path)], check=True, cwd=ROOT)
    built = sorted(path.name for path in tmp_path.glob("*.js"))
    assert built == sorted(path.name for path in (FRONTEND / "widgets").glob("*.js"))
    stale = [
        f"src/psychodynamic_course/widgets/static/{name}"
        for name in built
        if (tmp_path / name).read_bytes() != (STATIC / name).read_bytes()
    ]
    assert not stale, f"stale bundles: {', '.join(stale)}; rebuild them with `make frontend`"
    # The static book's split build (static/split/): the same files, byte for byte.
    split = sorted(path.name for path in (tmp_path / "split").glob("*.js"))
    committed = sorted(path.name for path in (STATIC / "split").glob("*.js"))
    assert split == committed, "static/split/ is stale: rebuild it with `make frontend`"
    assert {f"{name[:-3]}.js" for name in built} <= set(split)
    stale = [
        name
        for name in split
        if (tmp_path / "split" / name).read_bytes() != (STATIC / "split" / name).read_bytes()
    ]
    assert not stale, f"stale split modules: {', '.join(stale)}; rebuild them with `make frontend`"
