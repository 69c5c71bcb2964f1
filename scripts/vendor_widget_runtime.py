"""Copy the book's widget runtime into the folder Sphinx serves.

The static book must render widgets with no internet, so its widget runtime is served from
the book itself: ``widget_runtime/widget-loader.js``, a few KB of our own JavaScript that
draws the course's anywidgets from the state embedded in each page. It lands in
``_widget_runtime/lean/_static/widget-runtime/``.

``_config.yml`` lists ``_widget_runtime/lean`` in ``html_extra_path`` (never ``_static/``,
where Jupyter Book would add every .js file to every page) and the loader in
``nb_ipywidgets_js``.

Run by ``make book``:

    python scripts/vendor_widget_runtime.py
"""

from __future__ import annotations

import argparse
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

# nb_ipywidgets_js: keys relative to _static/, values the script tag's attributes.
LEAN_SCRIPTS = {
    # defer: the loader runs once the page is parsed and never blocks its rendering.
    "widget-runtime/widget-loader.js": {"defer": "defer"},
}


def vendor(runtimes: Path = RUNTIMES) -> list[Path]:
    """Copy the loader into ``runtimes/lean/_static/widget-runtime/``; return the files written.

    Whatever else is under ``runtimes`` goes first, so no older runtime (the retired HTML
    manager's, say) lingers beside it.

    Example:
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     [p.name for p in vendor(Path(folder))]
        ['widget-loader.js']
    """
    shutil.rmtree(runtimes, ignore_errors=True)
    target = runtimes / TARGET.relative_to(RUNTIMES)
    written = []
    for source, name in FILES:
        destination = target / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, destination)
        written.append(destination)
    return written


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args(argv)
    files = vendor()
    size = sum(p.stat().st_size for p in files)
    print(f"widget runtime: lean loader {size / 1e3:.1f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
