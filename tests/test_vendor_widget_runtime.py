"""scripts/vendor_widget_runtime.py: what each runtime folder gets, and the comparison config.

These copy the real files from node_modules and widget_runtime/ (run `npm ci` first) into
a temporary folder, and read the real _config.yml.
"""

from pathlib import Path

import pytest
import yaml
from vendor_widget_runtime import (
    HTML_MANAGER_EXTRA_PATH,
    HTML_MANAGER_SCRIPTS,
    LEAN_EXTRA_PATH,
    LEAN_SCRIPTS,
    html_manager_config,
    main,
    vendor,
)

ROOT = Path(__file__).resolve().parent.parent
CONFIG_TEXT = (ROOT / "_config.yml").read_text(encoding="utf-8")


def test_the_lean_folder_holds_the_loader_alone_and_it_is_small(tmp_path):
    vendor(tmp_path)
    lean = tmp_path / "lean" / "_static" / "widget-runtime"
    assert sorted(p.name for p in lean.rglob("*")) == ["widget-loader.js"]
    loader = lean / "widget-loader.js"
    assert loader.read_bytes() == (ROOT / "widget_runtime" / "widget-loader.js").read_bytes()
    assert loader.stat().st_size < 16_000


def test_the_html_manager_folder_holds_everything_its_scripts_load(tmp_path):
    vendor(tmp_path)
    folder = tmp_path / "html-manager" / "_static"
    for script in HTML_MANAGER_SCRIPTS:
        assert (folder / script).is_file(), script
    assert (folder / "widget-runtime" / "anywidget" / "index.js").is_file()
    assert (folder / "widget-runtime" / "embed-amd.js").stat().st_size > 1_000_000
    fonts = list((folder / "widget-runtime" / "html-manager").glob("*.woff2"))
    assert fonts, "embed-amd.js loads its icon fonts from html-manager/"


def test_vendoring_again_leaves_no_stale_files(tmp_path):
    # Files of the old layout (everything under _static/) and of an earlier copy go.
    stale = tmp_path / "_static" / "widget-runtime" / "embed-amd.js"
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


def test_the_html_manager_config_differs_only_in_the_runtime(tmp_path):
    book = yaml.safe_load(CONFIG_TEXT)
    other = yaml.safe_load(html_manager_config(CONFIG_TEXT, tmp_path))
    sphinx = other["sphinx"]["config"]
    assert sphinx.pop("html_extra_path") == [HTML_MANAGER_EXTRA_PATH]
    assert list(sphinx.pop("nb_ipywidgets_js")) == [
        "widget-runtime/require.js",
        "widget-runtime/require-config.js",
        "widget-runtime/embed-amd.js",
    ]
    assert other["execute"].pop("cache") == str(tmp_path / "_build" / ".jupyter_cache")
    # Every local extension (singlehtml_widgets, accessible_pages) by absolute path, but
    # the Content Security Policy: the HTML manager compiles code at run time (eval).
    assert other["sphinx"]["local_extensions"] == {
        name: str(tmp_path / "scripts")
        for name in book["sphinx"]["local_extensions"]
        if name != "content_security_policy"
    }
    assert sphinx["extensions"] == [
        name for name in book["sphinx"]["config"]["extensions"] if name != "content_security_policy"
    ]
    other["sphinx"]["local_extensions"] = book["sphinx"]["local_extensions"]
    sphinx["extensions"] = book["sphinx"]["config"]["extensions"]
    for key in ("html_extra_path", "nb_ipywidgets_js"):
        del book["sphinx"]["config"][key]
    assert other == book


def test_the_html_manager_config_refuses_a_config_it_does_not_recognise():
    changed = CONFIG_TEXT.replace("widget-runtime/widget-loader.js", "widget-runtime/other.js")
    with pytest.raises(ValueError, match="nb_ipywidgets_js"):
        html_manager_config(changed, ROOT)


def test_the_command_writes_the_html_manager_config(tmp_path, capsys):
    out = tmp_path / "html-manager" / "_config.yml"
    assert main(["--html-manager-config", str(out)]) == 0
    config = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert list(config["sphinx"]["config"]["nb_ipywidgets_js"])[-1].endswith("embed-amd.js")
    assert "lean loader" in capsys.readouterr().out
