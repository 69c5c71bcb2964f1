"""Copy the book's widget runtime into the folder Sphinx serves.

The static book must render widgets with no internet, so its widget runtime is served from
the book itself: ``widget_runtime/widget-loader.js``, a few KB of our own JavaScript that
draws the course's anywidgets from the state embedded in each page. It lands in
``_widget_runtime/lean/_static/widget-runtime/``.

``_config.yml`` lists ``_widget_runtime/lean`` in ``html_extra_path`` (never ``_static/``,
where Jupyter Book would add every .js file to every page) and the loader in
``nb_ipywidgets_js``.

Beside it, ``modules/`` holds the widgets' split build (``static/split/``: one entry per
widget and the chunks of the shared library they import, see ``frontend/build.mjs``), each
wrapped as a classic script that registers its source text in
``self.pdcWidgetSources[<file name>]``. The loader adds the ones a page needs, once each:
a classic script loads from ``file://`` pages too, where a module script cannot, and a
browser caches it from page to page.

Run by ``make book``:

    python scripts/vendor_widget_runtime.py
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNTIMES = ROOT / "_widget_runtime"
# The runtime's folder as html_extra_path lists it, and where its files land inside it.
LEAN_EXTRA_PATH = "_widget_runtime/lean"
TARGET = ROOT / LEAN_EXTRA_PATH / "_static" / "widget-runtime"

# (source, destination relative to TARGET)
FILES = [
    (ROOT / "widget_runtime" / "widget-loader.js", "widget-loader.js"),
]

# The widgets' split build (frontend/build.mjs), served as classic scripts under modules/.
SPLIT_BUILD = ROOT / "src" / "psychodynamic_course" / "widgets" / "static" / "split"
SOURCES_GLOBAL = "pdcWidgetSources"
# nb_ipywidgets_js: keys relative to _static/, values the script tag's attributes.
LEAN_SCRIPTS = {
    # defer: the loader runs once the page is parsed and never blocks its rendering.
    "widget-runtime/widget-loader.js": {"defer": "defer"},
}


def registering_script(name: str, source: str) -> str:
    """A classic script that registers one module's source text under its file name.

    Example:
        >>> script = registering_script("quiz.js", 'import "./chunk-A.js";')
        >>> script.endswith('["quiz.js"] = "import \\\\"./chunk-A.js\\\\";";')
        True
    """
    return (
        f"(self.{SOURCES_GLOBAL} = self.{SOURCES_GLOBAL} || {{}})"
        f"[{json.dumps(name)}] = {json.dumps(source, ensure_ascii=False)};"
    )


def vendor(runtimes: Path = RUNTIMES, split_build: Path = SPLIT_BUILD) -> list[Path]:
    """Copy the loader into ``runtimes/lean/_static/widget-runtime/`` and the split build,
    wrapped, into its ``modules/``; return the files written.

    Whatever else is under ``runtimes`` goes first, so no older runtime (the retired HTML
    manager's, say) lingers beside it.

    Example:
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     split = Path(folder, "split")
        ...     split.mkdir()
        ...     _ = (split / "quiz.js").write_text("export default {};")
        ...     [p.name for p in vendor(Path(folder, "runtimes"), split)]
        ['widget-loader.js', 'quiz.js']
    """
    shutil.rmtree(runtimes, ignore_errors=True)
    target = runtimes / TARGET.relative_to(RUNTIMES)
    written = []
    for source, name in FILES:
        destination = target / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, destination)
        written.append(destination)
    for module in sorted(split_build.glob("*.js")):
        destination = target / "modules" / module.name
        destination.parent.mkdir(parents=True, exist_ok=True)
        source = module.read_text(encoding="utf-8")
        destination.write_text(registering_script(module.name, source), encoding="utf-8")
        written.append(destination)
    return written


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args(argv)
    files = vendor()
    size = sum(p.stat().st_size for p in files)
    print(f"widget runtime: the loader and {len(files) - 1} widget modules, {size / 1e3:.1f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
