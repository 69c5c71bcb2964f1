"""Copy the pinned widget runtime from node_modules into the folder Sphinx serves.

The static book must render widgets with no internet, so require.js, the Jupyter widgets
HTML manager and anywidget's AMD module are served from the book itself. They land in
``_widget_runtime/_static/widget-runtime/``; ``_config.yml`` lists that folder in
``html_extra_path`` (never under ``_static/``, where Jupyter Book would add every .js
file to every page) and the scripts in ``nb_ipywidgets_js``.

Run by ``make book`` after ``npm ci``:

    python scripts/vendor_widget_runtime.py
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NODE_MODULES = ROOT / "node_modules"
TARGET = ROOT / "_widget_runtime" / "_static" / "widget-runtime"
HTML_MANAGER_DIST = NODE_MODULES / "@jupyter-widgets" / "html-manager" / "dist"

# (source, destination relative to TARGET)
FILES = [
    (NODE_MODULES / "requirejs" / "require.js", "require.js"),
    (ROOT / "widget_runtime" / "require-config.js", "require-config.js"),
    (HTML_MANAGER_DIST / "embed-amd.js", "embed-amd.js"),
    (NODE_MODULES / "anywidget" / "dist" / "index.js", "anywidget/index.js"),
]
# embed-amd.js loads its icon fonts relative to the html-manager module's address.
FONT_SUFFIXES = {".woff", ".woff2", ".ttf", ".eot", ".svg"}


def vendor() -> list[Path]:
    """Copy the runtime into TARGET and return the files written."""
    missing = [str(source) for source, _ in FILES if not source.is_file()]
    if missing:
        raise SystemExit(
            "The widget runtime is not installed: run `npm ci` first. Missing:\n  "
            + "\n  ".join(missing)
        )
    if TARGET.exists():
        shutil.rmtree(TARGET)
    written = []
    for source, name in FILES:
        destination = TARGET / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, destination)
        written.append(destination)
    for font in sorted(HTML_MANAGER_DIST.iterdir()):
        if font.suffix in FONT_SUFFIXES:
            destination = TARGET / "html-manager" / font.name
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(font, destination)
            written.append(destination)
    return written


if __name__ == "__main__":
    files = vendor()
    size = sum(path.stat().st_size for path in files)
    print(f"widget runtime: {len(files)} files, {size / 1e6:.1f} MB in {TARGET.relative_to(ROOT)}")
    sys.exit(0)
