"""Serve the built book the way a real static host does: compressed, with cache headers.

``make serve`` runs this. ``python -m http.server`` sends every file uncompressed and
without cache headers, so a page measured on it weighs several times what readers
download from GitHub Pages or Netlify. This server, bound to 127.0.0.1 only:

* gzips text (HTML, CSS, JavaScript, JSON, SVG, source maps, plain text, uncompressed
  fonts) when the request's ``Accept-Encoding`` allows it, from a copy compressed once and
  kept in memory until the file changes, and says ``Vary: Accept-Encoding``; files that
  are compressed already (PNG, WOFF2, ...) go as they are. No brotli: the standard library
  has no brotli encoder and the pinned toolchain installs none;
* sends ``Content-Length`` of the bytes actually sent and an ``ETag`` per encoding, and
  answers ``If-None-Match`` with ``304 Not Modified``;
* chooses ``Cache-Control`` as ``cache_control`` explains: HTML is revalidated on every
  visit, versioned assets (``?digest=``/``?v=`` in the address) are kept for a year, the
  rest for ten minutes;
* answers 404 for anything missing, never lists a directory and never serves a file
  outside the folder (``..`` and symlinks out are refused).

Usage:
    python scripts/serve.py                              # _build/html on port $PORT or 8000
    python scripts/serve.py --directory _build/singlehtml --port 9000
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import hashlib
import http.server
import mimetypes
import os
import re
import threading
from collections.abc import Iterator
from email.utils import formatdate
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "_build" / "html"

# Types worth compressing: text, and font formats that are not compressed inside
# (WOFF and WOFF2 are, so gzip would only add bytes and CPU time).
COMPRESSIBLE_TYPES = {
    "text/html",
    "text/css",
    "text/javascript",
    "text/plain",
    "text/markdown",
    "text/xml",
    "application/javascript",
    "application/json",
    "application/xml",
    "application/x-ipynb+json",
    "image/svg+xml",
    "image/x-icon",
    "image/vnd.microsoft.icon",
    "font/ttf",
    "font/otf",
    "application/vnd.ms-fontobject",
}
# Below this size the gzip header and the extra round of work outweigh what is saved.
MIN_COMPRESS_BYTES = 256
# Level 6 is zlib's default and what hosts such as nginx users usually pick: close to
# level 9's size at a fraction of its CPU time.
GZIP_LEVEL = 6
# Query parameters that Sphinx and the pydata theme add to an asset's address and change
# whenever the file's content changes.
VERSION_PARAMETERS = ("digest", "v")
# A file name carrying a content hash: at least 16 hex digits between dots or a dash.
HASHED_NAME = re.compile(r"[.-][0-9a-f]{16,}\.[A-Za-z0-9]+$")
TEN_MINUTES = 600
ONE_YEAR = 365 * 24 * 3600

# Python's table misses a few types the book serves.
mimetypes.add_type("text/javascript", ".js")
mimetypes.add_type("text/javascript", ".mjs")
mimetypes.add_type("application/json", ".map")
mimetypes.add_type("application/x-ipynb+json", ".ipynb")
mimetypes.add_type("font/woff2", ".woff2")
mimetypes.add_type("font/woff", ".woff")
mimetypes.add_type("font/ttf", ".ttf")
mimetypes.add_type("font/otf", ".otf")
mimetypes.add_type("text/markdown", ".md")
mimetypes.add_type("text/plain", ".bib")


def accepts_gzip(accept_encoding: str | None) -> bool:
    """Whether an ``Accept-Encoding`` header allows a gzip response (RFC 9110, 12.5.3).

    ``gzip`` (or its old alias ``x-gzip``) or ``*`` with a quality above zero allows it;
    an explicit ``gzip;q=0`` forbids it even when ``*`` is allowed.

    Example:
        >>> accepts_gzip("gzip, deflate, br")
        True
        >>> accepts_gzip("br;q=1.0, gzip;q=0")
        False
        >>> accepts_gzip("*")
        True
        >>> accepts_gzip(None), accepts_gzip(""), accepts_gzip("identity")
        (False, False, False)
    """
    qualities: dict[str, float] = {}
    for item in (accept_encoding or "").split(","):
        name, _, parameters = item.strip().partition(";")
        name = name.strip().lower()
        if not name:
            continue
        quality = 1.0
        key, _, value = parameters.strip().partition("=")
        if key.strip().lower() == "q":
            try:
                quality = float(value)
            except ValueError:
                quality = 0.0
        qualities[name] = quality
    for name in ("gzip", "x-gzip"):
        if name in qualities:
            return qualities[name] > 0
    return qualities.get("*", 0) > 0


def is_compressible(content_type: str) -> bool:
    """Whether files of this type shrink under gzip.

    Example:
        >>> is_compressible("text/css"), is_compressible("font/woff2")
        (True, False)
        >>> is_compressible("text/html; charset=utf-8")
        True
    """
    return content_type.split(";")[0].strip().lower() in COMPRESSIBLE_TYPES


def cache_control(path: str, query: str) -> str:
    """The ``Cache-Control`` header for a file, from its path and the request's query.

    * HTML: ``no-cache``. The browser keeps the page but asks each time whether it
      changed (a cheap ``304`` thanks to the ETag), so a rebuilt or republished book
      shows at once and never mixes an old page with new assets.
    * Addresses with a version (``?digest=...`` from the pydata theme, ``?v=...`` from
      Sphinx) or a content hash in the name (myst-nb's ``mystnb.<sha256>.css``): one
      year, ``immutable``. A changed file gets a new address, so a cached copy can never
      be stale.
    * Everything else (images, fonts, the widget runtime, notebook downloads): ten
      minutes, what GitHub Pages sends for every file. Their names carry no version, so a
      long lifetime would keep an old copy after the book is republished.

    Example:
        >>> cache_control("/book/chapter_05.html", "")
        'no-cache'
        >>> cache_control("/_static/styles/theme.css", "digest=3ee479438cf8b5e0d341")
        'public, max-age=31536000, immutable'
        >>> cache_control("/_static/mystnb.11b39860a7a0cbfd473a3ad8a3178552.css", "")
        'public, max-age=31536000, immutable'
        >>> cache_control("/_static/widget-runtime/require.js", "")
        'public, max-age=600'
    """
    if path.endswith("/") or path.lower().endswith((".html", ".htm")):
        return "no-cache"
    parameters = parse_qs(query)
    versioned = any(parameters.get(name, [""])[0] for name in VERSION_PARAMETERS)
    if versioned or HASHED_NAME.search(path):
        return f"public, max-age={ONE_YEAR}, immutable"
    return f"public, max-age={TEN_MINUTES}"


def gzip_bytes(data: bytes) -> bytes:
    """``data`` gzipped the way this server sends it: level 6, no timestamp (stable bytes).

    Example:
        >>> import gzip
        >>> text = b"<p>psychodynamic</p>" * 100
        >>> packed = gzip_bytes(text)
        >>> len(packed) < len(text) and gzip.decompress(packed) == text
        True
        >>> gzip_bytes(text) == packed
        True
    """
    return gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0)


def resolve(root: Path, url_path: str) -> Path | None:
    """The file or folder an address path names inside ``root``, or None if it may not be
    served: ``..`` or ``.`` segments (also percent-encoded), backslashes, NUL, or a
    symlink leading out of the folder.

    Example:
        >>> import tempfile
        >>> root = Path(tempfile.mkdtemp())
        >>> (root / "index.html").write_text("hi")
        2
        >>> resolve(root, "/index.html") == root.resolve() / "index.html"
        True
        >>> resolve(root, "/../etc/passwd") is None, resolve(root, "/%2e%2e/etc/passwd") is None
        (True, True)
    """
    parts = [unquote(part) for part in url_path.split("/") if part]
    for part in parts:
        if part in (".", "..") or "/" in part or "\\" in part or "\0" in part:
            return None
    base = root.resolve()
    try:
        target = base.joinpath(*parts).resolve()
    except (OSError, ValueError):  # a name too long for the file system, a loop of links
        return None
    return target if target == base or target.is_relative_to(base) else None


class CompressedCache:
    """Gzipped copies of files, kept until the file's size or modification time changes.

    Example:
        >>> import tempfile
        >>> path = Path(tempfile.mkdtemp()) / "a.css"
        >>> _ = path.write_text("body { color: black; }\\n" * 50)
        >>> cache = CompressedCache()
        >>> first = cache.get(path)
        >>> cache.get(path) is first
        True
    """

    def __init__(self) -> None:
        self._entries: dict[Path, tuple[int, int, bytes]] = {}
        self._lock = threading.Lock()

    def get(self, path: Path) -> bytes:
        stat = path.stat()
        with self._lock:
            entry = self._entries.get(path)
            if entry and entry[:2] == (stat.st_mtime_ns, stat.st_size):
                return entry[2]
        packed = gzip_bytes(path.read_bytes())
        with self._lock:
            self._entries[path] = (stat.st_mtime_ns, stat.st_size, packed)
        return packed


class StaticHostHandler(http.server.BaseHTTPRequestHandler):
    """GET and HEAD for files under ``directory``, compressed and with cache headers.

    Built with ``functools.partial``-like keywords by ``make_server``; other methods get
    ``501`` from the base class.
    """

    server_version = "BookStaticHost/1"
    protocol_version = "HTTP/1.1"  # keep-alive, as real hosts; every reply has a length

    def __init__(self, *args, directory: Path, cache: CompressedCache, quiet: bool, **kwargs):
        self.directory = directory
        self.cache = cache
        self.quiet = quiet
        super().__init__(*args, **kwargs)

    def do_GET(self) -> None:
        self._respond(send_body=True)

    def do_HEAD(self) -> None:
        self._respond(send_body=False)

    def log_message(self, format, *args) -> None:
        if not self.quiet:
            super().log_message(format, *args)

    def _respond(self, send_body: bool) -> None:
        address = urlsplit(self.path)
        target = resolve(self.directory, address.path)
        if target is not None and target.is_dir():
            if not address.path.endswith("/"):
                # As static hosts do: /book -> /book/, so relative links in its index work.
                location = address.path + "/" + (f"?{address.query}" if address.query else "")
                self._send_empty(301, {"Location": location})
                return
            target = target / "index.html"
        if target is None or not target.is_file():
            self._send_error_page(404, "Not Found")
            return

        content_type = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if content_type.startswith("text/") or content_type in ("application/json",):
            content_type += "; charset=utf-8"
        stat = target.stat()
        compressible = is_compressible(content_type) and stat.st_size >= MIN_COMPRESS_BYTES
        encode = compressible and accepts_gzip(self.headers.get("Accept-Encoding"))
        body = self.cache.get(target) if encode else target.read_bytes()
        tag = hashlib.sha1(f"{stat.st_mtime_ns}-{stat.st_size}".encode()).hexdigest()[:16]
        etag = f'"{tag}{"-gzip" if encode else ""}"'

        headers = {
            "Content-Type": content_type,
            "Cache-Control": cache_control(address.path, address.query),
            "ETag": etag,
            "Last-Modified": formatdate(stat.st_mtime, usegmt=True),
        }
        if compressible:
            # Caches must keep the gzip and identity answers apart.
            headers["Vary"] = "Accept-Encoding"
        if encode:
            headers["Content-Encoding"] = "gzip"

        if etag in [value.strip() for value in self.headers.get("If-None-Match", "").split(",")]:
            self._send_empty(304, headers)
            return
        self.send_response(200)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def _send_empty(self, status: int, headers: dict[str, str]) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _send_error_page(self, status: int, reason: str) -> None:
        body = f"<!doctype html><title>{status} {reason}</title><h1>{reason}</h1>\n".encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def make_server(
    directory: Path, port: int = 0, host: str = "127.0.0.1", quiet: bool = False
) -> http.server.ThreadingHTTPServer:
    """A threading server for ``directory`` on ``host:port`` (port 0: a free one), not yet
    serving: call ``serve_forever()``, or use ``serving()``.

    Example:
        >>> server = make_server(BUILD, quiet=True)
        >>> server.server_address[0], server.server_address[1] > 0
        ('127.0.0.1', True)
        >>> server.server_close()
    """
    directory = Path(directory)
    cache = CompressedCache()

    def handler(*args, **kwargs):
        return StaticHostHandler(*args, directory=directory, cache=cache, quiet=quiet, **kwargs)

    server = http.server.ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server


@contextlib.contextmanager
def serving(directory: Path, port: int = 0) -> Iterator[str]:
    """Serve ``directory`` in a background thread; yields its base URL, no trailing slash.

    Example:
        >>> import tempfile, urllib.request
        >>> folder = Path(tempfile.mkdtemp())
        >>> _ = (folder / "index.html").write_text("<p>hello</p>")
        >>> with serving(folder) as url:
        ...     urllib.request.urlopen(url + "/").read()
        b'<p>hello</p>'
    """
    server = make_server(directory, port, quiet=True)
    # A short poll interval: shutdown() waits for the loop to notice (0.5 s by default).
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--directory", type=Path, default=BUILD, help="folder to serve")
    parser.add_argument(
        "--port", type=int, default=int(os.environ.get("PORT", "8000")), help="default: $PORT"
    )
    arguments = parser.parse_args(argv)
    if not (arguments.directory / "index.html").is_file():
        raise SystemExit(f"No book built in {arguments.directory}: run 'make book' first.")
    server = make_server(arguments.directory, arguments.port)
    print(f"Serving {arguments.directory} at http://127.0.0.1:{server.server_address[1]}/")
    print("gzip for text, cache headers as on a static host; Ctrl+C to stop")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
