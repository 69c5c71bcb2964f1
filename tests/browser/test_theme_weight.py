"""The theme's weight (scripts/inline_icons.py): no Font Awesome script or font on any page,
the icons drawn as inline SVG, and the search index loaded only by the search page."""

import re
import time

import pytest

from .conftest import BUILD, PHONE
from .test_every_page import DESKTOP

pytestmark = pytest.mark.browser

PAGES = sorted(p for p in BUILD.rglob("*.html") if "_static" not in p.relative_to(BUILD).parts)
SEARCH_INDEX = re.compile(
    r'<script[^>]*src="[^"]*(?:searchindex|searchtools|language_data|sphinx_highlight)\.js'
)
# The header buttons a chapter shows, by accessible name, at desktop and at phone width.
HEADER_BUTTONS = {
    "desktop": [
        "Toggle primary sidebar",
        "Launch interactive content",
        "Source repositories",
        "Download this page",
        "Color mode",
    ],
    "phone": ["Color mode", "Search", "Download this page", "Source repositories"],
}
VIEWPORTS = {"desktop": {"viewport": DESKTOP}, "phone": PHONE}


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(BUILD)))
def test_no_page_asks_for_font_awesome_or_an_unused_search_index(page):
    html = page.read_text(encoding="utf-8")
    assert "fontawesome" not in html.lower()
    assert ".woff" not in html
    assert not re.search(r'<(?:i|span)\b[^>]*class="[^"]*\bfa-', html), "an icon not inlined"
    if page != BUILD / "search.html":
        assert not SEARCH_INDEX.search(html)
    assert "pydata-sphinx-theme.css" not in html  # the lean copy instead
    if page.name != "index.html":  # the redirect has no head of its own
        assert "_static/inline-icons.css" in html
        assert "_static/styles/pydata-sphinx-theme-lean.css?v=" in html


def test_no_stylesheet_a_page_links_defines_a_web_font():
    linked = {
        name
        for page in PAGES
        for name in re.findall(r'href="(?:\.\./)*(_static/[^"?]+\.css)', page.read_text("utf-8"))
    }
    assert "_static/styles/pydata-sphinx-theme-lean.css" in linked
    for name in linked:
        css = (BUILD / name).read_text(encoding="utf-8")
        # A rule may still name the family (sphinx-book-theme's hidden-contents arrow, unused
        # here): with no @font-face for it, nothing is fetched.
        assert ".woff" not in css and not re.search(r"@font-face\{[^}]*Font Awesome", css), name


def test_the_search_page_still_loads_its_index():
    html = (BUILD / "search.html").read_text(encoding="utf-8")
    assert len(SEARCH_INDEX.findall(html)) == 4


@pytest.mark.parametrize("width", sorted(VIEWPORTS))
def test_a_chapter_loads_no_font_and_each_header_button_shows_an_icon(browser, book_url, width):
    context = browser.new_context(**VIEWPORTS[width])
    try:
        page = context.new_page()
        requests = []
        page.on("request", lambda request: requests.append((request.resource_type, request.url)))
        page.goto(f"{book_url}/book/chapter_05.html", wait_until="networkidle")
        assert [url for kind, url in requests if kind == "font" or "fontawesome" in url] == []
        for name in HEADER_BUTTONS[width]:
            button = page.locator(".bd-header-article, .bd-header").get_by_role(
                "button", name=name, exact=True
            )
            button = button.locator("visible=true").first
            icon = button.locator("svg").locator("visible=true").first
            box = icon.bounding_box()
            assert box and box["width"] > 8 and box["height"] > 8, name
            assert icon.get_attribute("aria-hidden") == "true"
    finally:
        context.close()


# Every layout shift the page records from its first byte until its widgets are drawn.
LAYOUT_SHIFT = """async () => {
  await window.pdcWidgetLoader.ready;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200)));
  // Layout shifts are only reported to an observer; buffered gives the ones already made.
  const entries = await new Promise((resolve) => {
    new PerformanceObserver((list, observer) => {
      observer.disconnect();
      resolve(list.getEntries());
    }).observe({ type: "layout-shift", buffered: true });
    setTimeout(() => resolve([]), 500);
  });
  return entries.filter((entry) => !entry.hadRecentInput).reduce((sum, e) => sum + e.value, 0);
}"""


def slow_module(route):
    time.sleep(0.3)
    route.continue_()


@pytest.mark.parametrize("width", sorted(VIEWPORTS))
def test_drawing_the_widgets_does_not_push_the_text_around(browser, book_url, width):
    # The practice page's quiz is in the first screen: drawn into an empty place, it
    # pushed the text below it down (cumulative layout shift 0.21; Lighthouse's "good"
    # is under 0.1). Its place is kept until it is drawn (screen.css).
    context = browser.new_context(**VIEWPORTS[width])
    try:
        page = context.new_page()
        # As on a slow connection: the page is painted before the widgets' modules arrive.
        page.route("**/widget-runtime/modules/**", slow_module)
        page.goto(f"{book_url}/book/try_the_tools.html")
        page.wait_for_function("() => window.pdcWidgetLoader")
        assert page.evaluate(LAYOUT_SHIFT) < 0.05
    finally:
        context.close()
