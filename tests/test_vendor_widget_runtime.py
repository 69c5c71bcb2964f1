"""scripts/vendor_widget_runtime.py: what the runtime folder gets, and the book's config.

These copy the real loader from widget_runtime/ into a temporary folder, and read the real
_config.yml.
"""

import json
import subprocess
from pathlib import Path

import yaml
from vendor_widget_runtime import LEAN_EXTRA_PATH, LEAN_SCRIPTS, SPLIT_BUILD, main, vendor

ROOT = Path(__file__).resolve().parent.parent
CONFIG_TEXT = (ROOT / "_config.yml").read_text(encoding="utf-8")


def test_the_lean_folder_holds_the_loader_and_the_widget_modules(tmp_path):
    vendor(tmp_path)
    lean = tmp_path / "lean" / "_static" / "widget-runtime"
    modules = sorted(p.name for p in SPLIT_BUILD.glob("*.js"))
    assert {"quiz.js", "timeline.js"} <= set(modules)
    assert sorted(p.name for p in lean.glob("*.js")) == ["widget-loader.js"]
    assert sorted(p.name for p in (lean / "modules").glob("*.js")) == modules
    # Each module registers exactly its own source text under its file name.
    for name in modules:
        registered = node_registers(lean / "modules" / name)
        assert registered == {name: (SPLIT_BUILD / name).read_text(encoding="utf-8")}
    loader = lean / "widget-loader.js"
    assert loader.read_bytes() == (ROOT / "widget_runtime" / "widget-loader.js").read_bytes()
    assert loader.stat().st_size < 16_000


def test_vendoring_again_leaves_no_stale_files(tmp_path):
    # Files of older layouts (the retired HTML manager's) and of an earlier copy go.
    stale = tmp_path / "html-manager" / "_static" / "widget-runtime" / "embed-amd.js"
    stale.parent.mkdir(parents=True)
    stale.write_text("old")
    leftover = tmp_path / "lean" / "_static" / "widget-runtime" / "gone.js"
    leftover.parent.mkdir(parents=True)
    leftover.write_text("old")
    written = vendor(tmp_path)
    assert not stale.exists() and not leftover.exists()
    assert all(path.is_file() for path in written)


def test_the_book_config_uses_the_lean_loader():
    sphinx = yaml.safe_load(CONFIG_TEXT)["sphinx"]["config"]
    assert sphinx["html_extra_path"] == [LEAN_EXTRA_PATH]
    assert sphinx["nb_ipywidgets_js"] == LEAN_SCRIPTS


def test_the_command_copies_the_loader_and_says_its_size(capsys):
    assert main([]) == 0
    assert (ROOT / LEAN_EXTRA_PATH / "_static" / "widget-runtime" / "widget-loader.js").is_file()
    assert "widget modules" in capsys.readouterr().out


def node_registers(script: Path) -> dict:
    """What a classic module script registers, run as a browser would run it (in Node)."""
    run = (
        "globalThis.self = globalThis; require(process.argv[1]);"
        "process.stdout.write(JSON.stringify(self.pdcWidgetSources));"
    )
    result = subprocess.run(
        ["node", "-e", run, str(script)], capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)
