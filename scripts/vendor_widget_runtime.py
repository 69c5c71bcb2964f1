"""Copy the widget runtimes into the folders Sphinx serves, and write the comparison config.

The static book must render widgets with no internet, so its widget runtime is served from
the book itself. There are two:

* **lean** (what the book uses): ``widget_runtime/widget-loader.js``, a few KB of our own
  JavaScript that draws the course's anywidgets from the state embedded in each page.
  It lands in ``_widget_runtime/lean/_static/widget-runtime/``.
* **html-manager** (kept only to compare against, ``make book-html-manager``): require.js,
  the Jupyter widgets HTML manager's ``embed-amd.js`` (3.6 MB) and anywidget's AMD module,
  from ``node_modules``, in ``_widget_runtime/html-manager/_static/widget-runtime/``.

``_config.yml`` lists ``_widget_runtime/lean`` in ``html_extra_path`` (never ``_static/``,
where Jupyter Book would add every .js file to every page) and the loader in
``nb_ipywidgets_js``. ``--html-manager-config`` writes a copy of ``_config.yml`` that
differs only in those runtime settings.

Run by ``make book`` after ``npm ci``:

    python scripts/vendor_widget_runtime.py
    python scripts/vendor_widget_runtime.py --html-manager-config _build/html-manager/_config.yml
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
NODE_MODULES = ROOT / "node_modules"
RUNTIMES = ROOT / "_widget_runtime"
# Each runtime's folder as html_extra_path lists it, and where its files land inside it.
LEAN_EXTRA_PATH = "_widget_runtime/lean"
HTML_MANAGER_EXTRA_PATH = "_widget_runtime/html-manager"
# The local extension that gives every page its Content Security Policy.
CSP_EXTENSION = "content_security_policy"
TARGET = ROOT / LEAN_EXTRA_PATH / "_static" / "widget-runtime"
HTML_MANAGER_TARGET = ROOT / HTML_MANAGER_EXTRA_PATH / "_static" / "widget-runtime"
HTML_MANAGER_DIST = NODE_MODULES / "@jupyter-widgets" / "html-manager" / "dist"

# (source, destination relative to TARGET)
FILES = [
    (ROOT / "widget_runtime" / "widget-loader.js", "widget-loader.js"),
]
# (source, destination relative to HTML_MANAGER_TARGET)
HTML_MANAGER_FILES = [
    (NODE_MODULES / "requirejs" / "require.js", "require.js"),
    (ROOT / "widget_runtime" / "require-config.js", "require-config.js"),
    (HTML_MANAGER_DIST / "embed-amd.js", "embed-amd.js"),
    (NODE_MODULES / "anywidget" / "dist" / "index.js", "anywidget/index.js"),
]
# embed-amd.js loads its icon fonts relative to the html-manager module's address.
FONT_SUFFIXES = {".woff", ".woff2", ".ttf", ".eot", ".svg"}

# nb_ipywidgets_js of each runtime: keys relative to _static/, loaded in this order, values
# the script tag's attributes.
LEAN_SCRIPTS = {
    # defer: the loader runs once the page is parsed and never blocks its rendering.
    "widget-runtime/widget-loader.js": {"defer": "defer"},
}
HTML_MANAGER_SCRIPTS = {
    "widget-runtime/require.js": {},
    "widget-runtime/require-config.js": {},
    "widget-runtime/embed-amd.js": {
        # Only consulted if a widget module is missing locally; it keeps even that
        # fallback on this site instead of a CDN.
        "data-jupyter-widgets-cdn": "widget-runtime/missing-module/",
    },
}


def _copy(files: list[tuple[Path, str]], target: Path) -> list[Path]:
    if target.exists():
        shutil.rmtree(target)
    written = []
    for source, name in files:
        destination = target / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, destination)
        written.append(destination)
    return written


def vendor(runtimes: Path = RUNTIMES) -> list[Path]:
    """Copy both runtimes into their folders under ``runtimes`` and return the files written.

    ``runtimes/lean/_static/widget-runtime/`` gets the loader alone, so the published book
    carries nothing of the HTML manager; ``runtimes/html-manager/...`` gets the rest.
    """
    missing = [str(source) for source, _ in FILES + HTML_MANAGER_FILES if not source.is_file()]
    if missing:
        raise SystemExit(
            "The widget runtime is not installed: run `npm ci` first. Missing:\n  "
            + "\n  ".join(missing)
        )
    fonts = [
        (font, f"html-manager/{font.name}")
        for font in sorted(HTML_MANAGER_DIST.iterdir())
        if font.suffix in FONT_SUFFIXES
    ]
    # The layout before the lean loader put the html-manager files straight in here.
    shutil.rmtree(runtimes / "_static", ignore_errors=True)
    lean = runtimes / TARGET.relative_to(RUNTIMES)
    html_manager = runtimes / HTML_MANAGER_TARGET.relative_to(RUNTIMES)
    return _copy(FILES, lean) + _copy(HTML_MANAGER_FILES + fonts, html_manager)


def html_manager_config(config_text: str, root: Path) -> str:
    """The book's ``_config.yml`` switched to the html-manager runtime, as YAML text.

    Only the runtime settings differ (``html_extra_path``, ``nb_ipywidgets_js``), and the
    Content Security Policy extension is left out (the HTML manager needs eval), plus
    what a config file written elsewhere needs to mean the same: ``execute.cache`` points
    at the main build's execution cache in ``root`` (so the comparison build reuses its
    outputs instead of running every chapter again), and the folders of
    ``local_extensions``, which Jupyter Book reads relative to the config file, become
    absolute.

    Example:
        >>> text = '''
        ... execute: {execute_notebooks: cache}
        ... sphinx:
        ...   local_extensions: {singlehtml_widgets: scripts}
        ...   config:
        ...     html_extra_path: [_widget_runtime/lean]
        ...     nb_ipywidgets_js: {"widget-runtime/widget-loader.js": {defer: defer}}
        ... '''
        >>> config = yaml.safe_load(html_manager_config(text, Path("/book")))
        >>> config["sphinx"]["config"]["html_extra_path"]
        ['_widget_runtime/html-manager']
        >>> list(config["sphinx"]["config"]["nb_ipywidgets_js"])[-1]
        'widget-runtime/embed-amd.js'
        >>> config["execute"]
        {'execute_notebooks': 'cache', 'cache': '/book/_build/.jupyter_cache'}
        >>> config["sphinx"]["local_extensions"]
        {'singlehtml_widgets': '/book/scripts'}
    """
    config = yaml.safe_load(config_text)
    sphinx = config["sphinx"]["config"]
    if sphinx.get("html_extra_path") != [LEAN_EXTRA_PATH]:
        raise ValueError(f"_config.yml's html_extra_path is not [{LEAN_EXTRA_PATH!r}]")
    if sphinx.get("nb_ipywidgets_js") != LEAN_SCRIPTS:
        raise ValueError("_config.yml's nb_ipywidgets_js is not the lean loader")
    sphinx["html_extra_path"] = [HTML_MANAGER_EXTRA_PATH]
    sphinx["nb_ipywidgets_js"] = HTML_MANAGER_SCRIPTS
    config.setdefault("execute", {})["cache"] = str(root / "_build" / ".jupyter_cache")
    # The HTML manager compiles its JSON schemas into functions at run time (ajv's
    # `new Function`), which the book's Content Security Policy forbids ('unsafe-eval'):
    # under it no widget draws. This build is only compared with, never published, so it
    # goes without the policy rather than the book allowing eval.
    if CSP_EXTENSION in sphinx.get("extensions", []):
        sphinx["extensions"].remove(CSP_EXTENSION)
    extensions = config["sphinx"].get("local_extensions") or {}
    extensions.pop(CSP_EXTENSION, None)
    for name, folder in extensions.items():
        extensions[name] = str(root / folder)
    return yaml.safe_dump(config, sort_keys=False, allow_unicode=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--html-manager-config",
        type=Path,
        metavar="FILE",
        help="also write _config.yml switched to the html-manager runtime to FILE",
    )
    args = parser.parse_args(argv)
    files = vendor()
    lean = sum(p.stat().st_size for p in files if p.is_relative_to(TARGET))
    full = sum(p.stat().st_size for p in files if p.is_relative_to(HTML_MANAGER_TARGET))
    print(f"widget runtime: lean loader {lean / 1e3:.1f} KB, html-manager {full / 1e6:.1f} MB")
    if args.html_manager_config:
        text = (ROOT / "_config.yml").read_text(encoding="utf-8")
        args.html_manager_config.parent.mkdir(parents=True, exist_ok=True)
        args.html_manager_config.write_text(html_manager_config(text, ROOT), encoding="utf-8")
        print(f"html-manager config: {args.html_manager_config}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
