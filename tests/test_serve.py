"""scripts/serve.py (what `make serve` runs) answering real HTTP requests on a free port.

The folder served is a small fake build in tmp_path, so these run without `make book`.
"""

import gzip
import http.client
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from serve import accepts_gzip, cache_control, serving

ROOT = Path(__file__).resolve().parent.parent
CSS = "body { color: black; }\n" * 200
HTML = "<!doctype html><title>Chapter</title>" + "<p>Defences protect.</p>\n" * 100


@pytest.fixture
def site(tmp_path):
    """A fake build: pages, a stylesheet, an already-compressed font, a secret outside."""
    root = tmp_path / "html"
    (root / "book").mkdir(parents=True)
    (root / "_static").mkdir()
    (root / "index.html").write_text(HTML)
    (root / "book" / "index.html").write_text(HTML)
    (root / "book" / "chapter_05.html").write_text(HTML)
    (root / "_static" / "theme.css").write_text(CSS)
    (root / "_static" / "tiny.js").write_text("x=1")
    (root / "_static" / "font.woff2").write_bytes(os.urandom(2000))
    (tmp_path / "secret.txt").write_text("outside the book")
    (root / "_static" / "link-out.txt").symlink_to(tmp_path / "secret.txt")
    with serving(root) as url:
        yield url


def get(url, path, headers=None, method="GET"):
    """One request on a raw connection: urllib would add its own Accept-Encoding."""
    host, port = url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    # skip_accept_encoding: http.client sends "Accept-Encoding: identity" by default.
    connection.putrequest(method, path, skip_accept_encoding=True)
    for name, value in (headers or {}).items():
        connection.putheader(name, value)
    connection.endheaders()
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response, body


def test_text_is_gzipped_when_the_browser_asks(site):
    response, body = get(site, "/_static/theme.css", {"Accept-Encoding": "gzip, deflate, br"})
    assert response.status == 200
    assert response.getheader("Content-Encoding") == "gzip"
    assert response.getheader("Vary") == "Accept-Encoding"
    assert int(response.getheader("Content-Length")) == len(body) < len(CSS) / 10
    assert gzip.decompress(body).decode() == CSS
    assert response.getheader("Content-Type").startswith("text/css")


def test_identity_when_gzip_is_not_asked_for_or_refused(site):
    for headers in ({}, {"Accept-Encoding": "identity"}, {"Accept-Encoding": "*, gzip;q=0"}):
        response, body = get(site, "/_static/theme.css", headers)
        assert response.getheader("Content-Encoding") is None, headers
        assert body.decode() == CSS
        assert int(response.getheader("Content-Length")) == len(CSS)
        # Still varies: a cache must not hand this copy to a browser that takes gzip.
        assert response.getheader("Vary") == "Accept-Encoding"


def test_compressed_formats_and_tiny_files_go_as_they_are(site):
    for path in ("/_static/font.woff2", "/_static/tiny.js"):
        response, body = get(site, path, {"Accept-Encoding": "gzip"})
        assert response.status == 200
        assert response.getheader("Content-Encoding") is None, path
        assert int(response.getheader("Content-Length")) == len(body)
    assert get(site, "/_static/font.woff2")[0].getheader("Vary") is None


def test_cache_headers_html_revalidates_versioned_assets_are_kept(site):
    page, _ = get(site, "/book/chapter_05.html", {"Accept-Encoding": "gzip"})
    assert page.getheader("Cache-Control") == "no-cache"
    versioned, _ = get(site, "/_static/theme.css?digest=3ee479438cf8b5e0d341")
    assert versioned.getheader("Cache-Control") == "public, max-age=31536000, immutable"
    plain, _ = get(site, "/_static/theme.css")
    assert plain.getheader("Cache-Control") == "public, max-age=600"
    assert plain.getheader("Last-Modified")


def test_etag_revalidation_answers_304_without_a_body(site):
    first, _ = get(site, "/book/chapter_05.html", {"Accept-Encoding": "gzip"})
    etag = first.getheader("ETag")
    again, body = get(
        site, "/book/chapter_05.html", {"Accept-Encoding": "gzip", "If-None-Match": etag}
    )
    assert again.status == 304 and body == b""
    # The identity copy is a different representation: its tag must not match.
    plain, body = get(site, "/book/chapter_05.html", {"If-None-Match": etag})
    assert plain.status == 200 and body.decode() == HTML


def test_folders_serve_their_index_and_redirect_to_the_slash(site):
    response, body = get(site, "/")
    assert response.status == 200 and body.decode() == HTML
    response, _ = get(site, "/book")
    assert response.status == 301 and response.getheader("Location") == "/book/"
    response, body = get(site, "/book/")
    assert response.status == 200 and body.decode() == HTML


def test_missing_files_and_unlisted_folders_are_404(site):
    for path in ("/book/chapter_99.html", "/_static/", "/nothing/here.css"):
        response, body = get(site, path)
        assert response.status == 404, path
        assert b"Not Found" in body


def test_nothing_outside_the_folder_is_served(site):
    for path in (
        "/../secret.txt",
        "/book/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/book/%2E%2E/%2e%2e/secret.txt",
        "/..%2fsecret.txt",
        "/_static/link-out.txt",  # a symlink leading out of the build
    ):
        response, body = get(site, path)
        assert response.status == 404, path
        assert b"outside the book" not in body


def test_head_sends_headers_only(site):
    response, body = get(site, "/_static/theme.css", {"Accept-Encoding": "gzip"}, "HEAD")
    assert response.status == 200 and body == b""
    assert response.getheader("Content-Encoding") == "gzip"
    assert int(response.getheader("Content-Length")) < len(CSS)


def test_accept_encoding_negotiation():
    assert accepts_gzip("gzip")
    assert accepts_gzip("deflate, gzip;q=0.5")
    assert accepts_gzip("x-gzip")
    assert not accepts_gzip("gzip;q=0")
    assert not accepts_gzip("gzip;q=0.0, *")
    assert not accepts_gzip("br")
    assert not accepts_gzip("gzip;q=nonsense")


def test_cache_control_choices():
    assert cache_control("/", "") == "no-cache"
    assert cache_control("/_static/pygments.css", "v=4f649999") == (
        "public, max-age=31536000, immutable"
    )
    assert cache_control("/_static/logo.png", "digest=") == "public, max-age=600"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_the_command_line_binds_localhost_on_PORT(tmp_path):
    (tmp_path / "index.html").write_text(HTML)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "scripts" / "serve.py"), "--directory", str(tmp_path)],
        env={**os.environ, "PORT": str(port)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        for _ in range(100):
            try:
                response, body = get(f"http://127.0.0.1:{port}", "/", {"Accept-Encoding": "gzip"})
                break
            except ConnectionRefusedError:
                time.sleep(0.05)
        else:
            pytest.fail("the server never answered")
        assert response.getheader("Content-Encoding") == "gzip"
        assert gzip.decompress(body).decode() == HTML
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert "127.0.0.1" in server.stdout.read().decode()


def test_the_command_line_refuses_a_folder_without_a_book(tmp_path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "serve.py"), "--directory", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0 and "make book" in result.stderr
