"""Debian's Chromium and a local server for the built book: the one copy of both.

The browser tests (``conftest.py``), ``make pdf`` (``scripts/print_book.py``) and
``make bench`` (``scripts/bench_browser.py``) all drive the same browser with the same
flags and serve folders the same way, so those pieces live here; the scripts put this
folder on their import path.

Playwright for Python launches ``/usr/bin/chromium`` (never ``playwright install``, which
downloads a browser and fails offline).
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags Chromium itself phones home at start-up.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def is_local(url: str) -> bool:
    """Whether a page may load ``url``: only this machine's server, or inline data.

    Example:
        >>> is_local("http://127.0.0.1:8000/book/intro.html"), is_local("data:image/png;,")
        (True, True)
        >>> is_local("https://cdn.example.org/x.js")
        False
    """
    address = urlsplit(url)
    return address.scheme in ("data", "blob") or address.hostname == "127.0.0.1"


def local_only(route) -> None:
    """A Playwright route handler: let local requests through, cut off everything else, the
    way a classroom without internet would."""
    if is_local(route.request.url):
        route.continue_()
    else:
        route.abort("internetdisconnected")


@contextlib.contextmanager
def chromium() -> Iterator:
    """Debian's Chromium through Playwright, closed when the block ends; fails plainly when
    it is not installed."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        raise SystemExit(
            f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)"
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # A browser that leaves a page mid-download (a reload, a test moving on) closes its
        # socket: not an error of the book's, and its traceback would only alarm a log reader.
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)


@contextlib.contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve ``directory`` on 127.0.0.1 (a free port) while the block runs; yield its URL.

    Plain files over http, as the published book is served (``scripts/serve.py`` adds gzip
    and cache headers, for measuring what a reader downloads).

    Example:
        >>> import tempfile, urllib.request
        >>> folder = Path(tempfile.mkdtemp())
        >>> _ = (folder / "page.html").write_text("<p>hello</p>")
        >>> with serve(folder) as url:
        ...     urllib.request.urlopen(url + "/page.html").read()
        b'<p>hello</p>'
    """
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = _QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
