"""Serve the built book on 127.0.0.1 and drive it with Debian's Chromium (``support.py``).

Every request the page makes is recorded, and any request to another host is cut off, the
way a classroom without internet would, so a test can assert that nothing tried to leave.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from .support import CHROMIUM, chromium, is_local, local_only, serve

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "_build" / "html"
# A common phone, held and tapped: the width the phone tests read the book at.
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}


@pytest.fixture(scope="session")
def book_url():
    if not (BUILD / "index.html").is_file():
        pytest.fail("The book is not built: run `make book` first.")
    # The same plain local server `make pdf` prints from.
    with serve(BUILD) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)")
    with chromium() as browser:
        yield browser


# Installed in every page of a Visit before the page's own scripts run: each Content
# Security Policy violation the page reports (scripts/content_security_policy.py) is passed
# to the test through an exposed binding, so it is recorded even when the page navigates.
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.pdcReportViolation({
    effectiveDirective: event.effectiveDirective,
    violatedDirective: event.violatedDirective,
    blockedURI: event.blockedURI,
    sourceFile: event.sourceFile,
    lineNumber: event.lineNumber,
    sample: event.sample,
  });
});
"""


class Visit:
    """A page in a fresh browser context, with every request, console error and Content
    Security Policy violation recorded."""

    def __init__(self, context):
        self.context = context
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.missing: list[str] = []  # URLs the site answered with an error status
        self.violations: list[dict] = []
        context.expose_binding(
            "pdcReportViolation", lambda source, report: self.violations.append(report)
        )
        context.add_init_script(REPORT_VIOLATIONS)
        self.page = context.new_page()
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on(
            "response",
            lambda response: response.status >= 400 and self.missing.append(response.url),
        )
        context.route("**/*", self._route)

    def _console(self, message):
        if message.type == "error":
            self.errors.append(message.text)

    def _route(self, route):
        self.requests.append(route.request.url)
        local_only(route)

    def outside_requests(self) -> list[str]:
        return [url for url in self.requests if not is_local(url)]


@pytest.fixture
def visit(browser):
    context = browser.new_context()
    yield Visit(context)
    context.close()


AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture
def axe_violations():
    """Run axe-core (WCAG 2.0, 2.1 and 2.2 A and AA rules) on the parts of a page a selector
    picks, or on the whole page (theme, text and widgets) when no selector is given."""

    def run(page, selector: str | None = None) -> list[dict]:
        if not AXE.is_file():
            pytest.fail("axe-core is not installed: run `npm ci`.")
        # Evaluated, not added as a <script>: the book's policy lets no inline script run.
        page.evaluate(AXE.read_text(encoding="utf-8"))
        result = page.evaluate(
            """async (selector) => {
                const result = await axe.run(
                    selector ? { include: [[selector]] } : document,
                    // resultTypes only trims the details axe collects about passes (it
                    // still runs every rule): a whole page is audited in half the time.
                    {
                        runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
                        resultTypes: ["violations"],
                    },
                );
                return result.violations.map((v) => ({
                    id: v.id, impact: v.impact, help: v.help,
                    targets: v.nodes.map((n) => n.target.join(" ")),
                }));
            }""",
            selector,
        )
        return result

    return run


def check_first_option_by_keyboard(page, question):
    """Choose a quiz question's first option with Space, Tab to "Check answer", press Enter.

    Returns the question's feedback element; fails if Tab never reaches the button.
    """
    first = question.locator("input").first
    first.focus()
    page.keyboard.press("Space")
    expect(first).to_be_checked()
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.textContent") == "Check answer":
            break
    else:
        pytest.fail("Tab never reached the Check answer button")
    page.keyboard.press("Enter")
    return question.locator(".pdc-quiz-feedback")


@pytest.fixture
def jupyter(tmp_path):
    """Start Jupyter servers (``jupyter_server.py``): ``jupyter("lab")``, or with a folder
    and port of the test's choosing; every one is stopped at the end."""
    from .jupyter_server import JupyterServer

    servers = []

    def start(app: str, folder=None, port=None):
        servers.append(JupyterServer(app, folder or tmp_path / app, port))
        return servers[-1]

    yield start
    for server in servers:
        server.stop()
