"""The book's wiring: the things that, when wrong, fail silently in the built pages."""

import re
from pathlib import Path

import yaml
from vendor_widget_runtime import FILES

ROOT = Path(__file__).resolve().parent.parent
CONFIG = yaml.safe_load((ROOT / "_config.yml").read_text())
SPHINX = CONFIG["sphinx"]["config"]


def test_widget_runtime_is_the_books_own_deferred_loader():
    scripts = SPHINX["nb_ipywidgets_js"]
    assert scripts == {"widget-runtime/widget-loader.js": {"defer": "defer"}}
    vendored = {f"widget-runtime/{name}" for _, name in FILES}
    assert set(scripts) <= vendored
    for url in scripts:
        assert "://" not in url


def test_runtime_folder_is_extra_path_not_static():
    assert SPHINX["html_extra_path"] == ["_widget_runtime/lean"]
    assert "_static" not in CONFIG.get("html", {}).get("extra_static", [])
    assert not (ROOT / "_static").exists(), "Jupyter Book adds every .js under _static to pages"
    # The build reads no source file from the runtime folders.
    assert "_widget_runtime" in CONFIG["exclude_patterns"]


def test_execution_embeds_widget_state_and_fails_on_errors():
    assert CONFIG["execute"]["execute_notebooks"] == "cache"
    assert CONFIG["execute"]["allow_errors"] is False
    assert SPHINX["nb_execution_raise_on_error"] is True
    assert SPHINX["nb_kernel_rgx_aliases"] == {".*": "python3"}


def test_launch_buttons_read_the_one_repository_url():
    assert CONFIG["repository"]["url"].startswith("https://github.com/")
    assert CONFIG["launch_buttons"]["binderhub_url"] == "https://mybinder.org"
    assert "colab_url" in CONFIG["launch_buttons"]


def test_toolchain_is_pinned_exactly_and_jupyter_book_is_1x():
    lines = [
        line.strip()
        for line in (ROOT / "requirements.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert "jupyter-book==1.0.4.post1" in lines
    assert "-e ." in lines
    assert "-c constraints.txt" in lines
    for line in lines:
        if not line.startswith("-"):
            assert re.fullmatch(r"[A-Za-z0-9_.-]+==[^=<>~]+", line), line


def test_constraints_pin_every_package_exactly():
    lines = [
        line
        for line in (ROOT / "constraints.txt").read_text().splitlines()
        if line and not line.startswith("#")
    ]
    assert len(lines) > 50
    for line in lines:
        assert re.fullmatch(r"[A-Za-z0-9_.-]+==[^=<>~ ]+", line), line
    assert "jupyter-book==1.0.4.post1" in lines


def test_every_toc_file_exists():
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text())
    files = [toc["root"]] + [
        chapter["file"] for part in toc["parts"] for chapter in part["chapters"]
    ]
    for name in files:
        assert list(ROOT.glob(f"{name}.*")), name


def test_extensions_are_jupyter_books_own_without_thebe():
    # _config.yml replaces Jupyter Book's extension list to leave out sphinx_thebe (its
    # script, emitted twice, is a console error on every page). If a Jupyter Book upgrade
    # changes its list, this says so instead of the book silently losing an extension.
    from jupyter_book.config import get_default_sphinx_config

    defaults = get_default_sphinx_config()["extensions"]
    ours = SPHINX["extensions"]
    assert "sphinx_thebe" not in ours
    assert ours[: len(defaults) - 1] == [name for name in defaults if name != "sphinx_thebe"]
    assert "sphinxcontrib.bibtex" in ours  # what bibtex_bibfiles would have added
    assert set(CONFIG["sphinx"]["local_extensions"]) <= set(ours)
    assert CONFIG["launch_buttons"]["thebe"] is False
