"""The PDF plumbing without a browser: scripts/print_book.py's pure parts, the single-page
build's widget state (scripts/singlehtml_widgets.py) and the book's print wiring.

The printed PDF itself is checked in tests/browser/test_pdf.py, after `make pdf`."""

import json
import socket
import struct
import time
import urllib.request
from pathlib import Path

import yaml
from print_book import (
    WIDGET_VIEW,
    page_for_print,
    serve,
    single_page_name,
    widget_view_count,
)
from singlehtml_widgets import merge_widget_states, script_body

ROOT = Path(__file__).resolve().parent.parent
CONFIG = yaml.safe_load((ROOT / "_config.yml").read_text())


def test_the_single_page_is_the_tocs_root_document():
    assert single_page_name((ROOT / "_toc.yml").read_text()) == "book/intro.html"


def test_links_to_the_single_page_itself_become_in_page_links():
    html = (
        '<a href="book/intro.html#term-Defence">defence</a> '
        '<a href="book/intro.html#document-book/chapter_02">Chapter 2</a> '
        '<link href="_static/print.css"> '
        '<a href="https://example.org/book/intro.html#x">elsewhere</a> '
        '<a href="book/intro.htmlx#y">not this page</a>'
    )
    assert page_for_print(html, "book/intro.html") == (
        '<a href="#term-Defence">defence</a> '
        '<a href="#document-book/chapter_02">Chapter 2</a> '
        '<link href="_static/print.css"> '
        '<a href="https://example.org/book/intro.html#x">elsewhere</a> '
        '<a href="book/intro.htmlx#y">not this page</a>'
    )


def test_the_page_name_is_matched_literally_not_as_a_pattern():
    # "." in the name must not match any character.
    assert page_for_print('<a href="bookXintroXhtml#a">', "book.intro.html") == (
        '<a href="bookXintroXhtml#a">'
    )


def test_widget_views_are_counted_by_their_embedded_script():
    html = f"<div>{WIDGET_VIEW}{{}}</script></div><p>{WIDGET_VIEW}{{}}</script></p>"
    assert widget_view_count(html) == 2
    assert widget_view_count('<script type="application/json">{}</script>') == 0


def test_serve_answers_on_127_0_0_1_and_stops(tmp_path):
    (tmp_path / "page.html").write_text("<p>hello</p>")
    with serve(tmp_path) as url:
        assert url.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(f"{url}/page.html", timeout=10) as response:
            assert response.read() == b"<p>hello</p>"
    try:
        urllib.request.urlopen(f"{url}/page.html", timeout=2)
    except OSError:
        pass
    else:
        raise AssertionError("the server still answers after the block")


def state(models: dict, minor: int = 0) -> str:
    return json.dumps({"version_major": 2, "version_minor": minor, "state": models})


def test_a_client_that_leaves_mid_download_leaves_no_traceback(tmp_path, capfd):
    (tmp_path / "big.bin").write_bytes(b"x" * 8_000_000)
    with serve(tmp_path) as url:
        port = int(url.rsplit(":", 1)[1])
        client = socket.create_connection(("127.0.0.1", port))
        client.sendall(b"GET /big.bin HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        client.recv(1024)
        # Close with a reset, as a browser abandoning a page does: the server's next write
        # fails with a broken pipe or a reset connection.
        client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        client.close()
        time.sleep(0.5)
        with urllib.request.urlopen(f"{url}/big.bin") as response:  # still serving
            assert len(response.read()) == 8_000_000
    assert "Traceback" not in capfd.readouterr().err


def test_widget_states_of_all_documents_are_merged_into_one():
    merged = merge_widget_states(
        [state({"m1": {"model_name": "A"}}), state({"m2": {"model_name": "B"}, "m3": {}})]
    )
    assert merged == {
        "version_major": 2,
        "version_minor": 0,
        "state": {"m1": {"model_name": "A"}, "m2": {"model_name": "B"}, "m3": {}},
    }


def test_merging_no_states_gives_an_empty_state():
    assert merge_widget_states([]) == {"version_major": 2, "version_minor": 0, "state": {}}


def test_merged_state_reads_back_a_body_that_myst_nb_escaped():
    # myst-nb writes "</script>" as "<\/script>" in the body; that is still valid JSON.
    body = state({"m1": {"state": {"_esm": "x = '</script>'"}}}).replace("</script>", r"<\/script>")
    merged = merge_widget_states([body])
    assert merged["state"]["m1"]["state"]["_esm"] == "x = '</script>'"


def test_script_body_never_closes_its_script_tag_and_round_trips():
    data = {"state": {"m1": {"_esm": "a</script><script>alert(1)</script>"}}}
    body = script_body(data)
    assert "</script>" not in body
    assert json.loads(body) == data


def test_the_book_loads_the_extension_and_its_print_css():
    assert CONFIG["sphinx"]["local_extensions"]["singlehtml_widgets"] == "scripts"
    sphinx = CONFIG["sphinx"]["config"]
    assert sphinx["html_css_files"] == ["print.css", "screen.css"]
    assert sphinx["html_static_path"] == ["book/_static"]
    static = ROOT / "book" / "_static"
    assert (static / "print.css").is_file()
    # The one script here is added to every page, deferred, by scripts/accessible_pages.py.
    # Jupyter Book adds every .js of the static folders to every page (render-blocking)
    # only when the book has a root _static/ folder: it must not have one.
    assert [path.name for path in static.rglob("*.js")] == ["sidebar_toggles.js"]
    assert not (ROOT / "_static").exists()


def test_print_css_only_acts_in_print():
    css = (ROOT / "book" / "_static" / "print.css").read_text()
    without_comments = "".join(part.split("*/")[-1] for part in css.split("/*"))
    rules = without_comments.strip()
    assert rules.startswith("@media print {") and rules.endswith("}")
