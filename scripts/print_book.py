"""Print the whole book to one PDF with Debian's Chromium: what `make pdf` runs.

`make pdf` first builds the single-page HTML (``jupyter-book build --builder singlehtml``,
into ``_build/singlehtml/``, reusing the execution cache). This script serves that folder
on 127.0.0.1, opens the page in ``/usr/bin/chromium`` through Playwright (never
``playwright install``: nothing is downloaded), waits until every widget has rendered, and
prints the page with bookmarks (one per heading, so one per chapter) to
``_build/pdf/book.pdf``. How the page looks on paper is the book's print CSS
(``book/_static/print.css``) and the widgets' own ``@media print`` rules.

Usage:
    python scripts/print_book.py                  # _build/singlehtml -> _build/pdf/book.pdf
    python scripts/print_book.py --out /tmp/b.pdf
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SINGLEHTML = ROOT / "_build" / "singlehtml"
PDF = ROOT / "_build" / "pdf" / "book.pdf"
# Debian's Chromium, its flags and the local server are the browser tests' own: one copy.
sys.path.insert(0, str(ROOT / "tests" / "browser"))
from support import chromium, local_only, serve  # noqa: E402

# The name of the page written next to the build's own, at the top of the folder.
PRINT_PAGE = "print.html"
WIDGET_VIEW = '<script type="application/vnd.jupyter.widget-view+json">'
# Page numbers at the foot of each page; Chromium fills in the two spans.
FOOTER = (
    '<div style="font-size: 8pt; width: 100%; text-align: center; color: #555;">'
    '<span class="pageNumber"></span> / <span class="totalPages"></span></div>'
)


def single_page_name(toc_text: str) -> str:
    """The file the singlehtml builder writes: the book's root document, as ``.html``.

    Example:
        >>> single_page_name("format: jb-book\\nroot: book/intro\\n")
        'book/intro.html'
    """
    return f"{yaml.safe_load(toc_text)['root']}.html"


def page_for_print(html: str, page_name: str) -> str:
    """The single page made printable from the top of the build folder.

    The singlehtml builder writes the page at ``page_name`` (``book/intro.html``) but
    writes every address in it as if the page were at the top of the folder
    (``_static/...``, ``book/intro.html#term-...``). Served from the top, the styles,
    scripts and widget runtime load; its links to itself become in-page links, so the
    PDF keeps them as links inside the document instead of web addresses.

    Example:
        >>> page_for_print('<a href="book/intro.html#term-Defence">', "book/intro.html")
        '<a href="#term-Defence">'
        >>> page_for_print('<a href="https://example.org/book/intro.html#x">', "book/intro.html")
        '<a href="https://example.org/book/intro.html#x">'
    """
    return re.sub(rf'href="{re.escape(page_name)}#', 'href="#', html)


def widget_view_count(html: str) -> int:
    """How many widgets the page shows: one embedded view script each.

    Example:
        >>> widget_view_count(f"<p>{WIDGET_VIEW}{{}}</script></p>")
        1
    """
    return html.count(WIDGET_VIEW)


def print_book(build: Path = SINGLEHTML, out: Path = PDF, timeout_ms: int = 60_000) -> Path:
    """Print the single-page build in ``build`` to the PDF ``out``; return ``out``."""
    name = single_page_name((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    source = build / name
    if not source.is_file():
        raise SystemExit(f"No single-page build at {source}: run `make pdf`.")
    html = source.read_text(encoding="utf-8")
    (build / PRINT_PAGE).write_text(page_for_print(html, name), encoding="utf-8")
    widgets = widget_view_count(html)
    out.parent.mkdir(parents=True, exist_ok=True)

    with serve(build) as url, chromium() as browser:
        page = browser.new_page()
        # Nothing outside this machine: the book must print offline, as it reads offline.
        page.route("**/*", local_only)
        page.goto(f"{url}/{PRINT_PAGE}", wait_until="load")
        # Every widget drawn (each root carries .pdc-widget), then web fonts loaded, so
        # nothing prints as an empty box or in a fallback font.
        page.wait_for_function(
            "(n) => document.querySelectorAll('.pdc-widget').length >= n",
            arg=widgets,
            timeout=timeout_ms,
        )
        page.evaluate("() => document.fonts.ready")
        page.pdf(
            path=str(out),
            format="A4",
            margin={"top": "18mm", "bottom": "20mm", "left": "16mm", "right": "16mm"},
            print_background=True,
            display_header_footer=True,
            header_template="<span></span>",
            footer_template=FOOTER,
            outline=True,
            tagged=True,
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", type=Path, default=SINGLEHTML, help="the singlehtml folder")
    parser.add_argument("--out", type=Path, default=PDF, help="the PDF to write")
    args = parser.parse_args(argv)
    out = print_book(args.build, args.out)
    print(f"The book is printed: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
