"""Every page of the built book: widgets rendered, figures described, nothing fetched
from outside, no console error or missing file, no Content Security Policy violation, axe
finds nothing in light and dark mode, on a phone and at 200% zoom, and the
responsible-content rules that can be checked mechanically."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import BUILD, Visit

pytestmark = pytest.mark.browser

PAGES = sorted(str(page.relative_to(BUILD)) for page in (BUILD / "book").glob("*.html"))
CHAPTERS = [page for page in PAGES if re.fullmatch(r"book/chapter_\d+\.html", page)]
WIDGET_VIEW = '<script type="application/vnd.jupyter.widget-view+json">'


def test_the_build_has_the_pages_the_toc_promises():
    assert "book/chapter_01.html" in CHAPTERS
    assert {"book/try_the_tools.html", "book/my_journal.html"} <= set(PAGES)


@pytest.mark.parametrize("page", PAGES)
def test_every_widget_renders_and_nothing_leaves_the_site(visit, book_url, page):
    views = (BUILD / page).read_text(encoding="utf-8").count(WIDGET_VIEW)
    visit.page.goto(f"{book_url}/{page}")
    widgets = visit.page.locator(".pdc-widget")
    expect(widgets).to_have_count(views, timeout=20_000)
    for index in range(views):
        box = widgets.nth(index).bounding_box()
        assert box and box["width"] > 100 and box["height"] > 50, (page, index)
    for figure in visit.page.locator("figure.pdc-figure svg[role=img]").all():
        assert len(figure.locator("title").text_content().strip()) > 40, page
    visit.page.wait_for_load_state("networkidle")
    assert visit.outside_requests() == []
    assert visit.missing == [], page
    assert visit.errors == [], page
    # The page's own policy allows everything the page itself does.
    assert visit.violations == [], page


@pytest.mark.parametrize("page", CHAPTERS)
def test_every_chapter_says_it_is_not_therapy_and_links_to_help(page):
    html = (BUILD / page).read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", " ", html)
    assert "not therapy" in text, page
    assert 'href="getting_help.html' in html, page
    assert "Check your understanding" in text and "References" in text, page


# Every page a reader can reach: the book's pages, the search page (where the search box
# sends a query; with one, so its results are audited too) and the general index. Only
# index.html is left out: it is a redirect to book/intro.html, with nothing to read.
AUDITED_PAGES = [*PAGES, "search.html?q=transference", "genindex.html"]
DESKTOP = {"width": 1280, "height": 900}
# One browser context per way of reading, reused for every page (a context costs more
# than a page load). "dark" is a reader whose system asks for dark: the theme's default
# mode is auto, so it follows. "phone" is the narrowest common phone, 320 CSS pixels
# wide: the width WCAG 1.4.10 (Reflow) asks content to fit without sideways scrolling, so
# wider phones (375, 390) are covered by it. "zoom" is a 1280x900 window at 200% zoom
# (WCAG 1.4.4, Resize Text): 640x450 CSS pixels drawn at two device pixels each, which is
# what Chromium's own zoom does to the layout.
MODES = {
    "light": {"viewport": DESKTOP, "color_scheme": "light"},
    "dark": {"viewport": DESKTOP, "color_scheme": "dark"},
    "phone": {"viewport": {"width": 320, "height": 640}, "is_mobile": True, "has_touch": True},
    "zoom": {"viewport": {"width": 640, "height": 450}, "device_scale_factor": 2},
}


@pytest.fixture(scope="module")
def visits_by_mode(browser):
    visits: dict[str, Visit] = {}
    yield visits
    for visit in visits.values():
        visit.context.close()


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("page", AUDITED_PAGES)
def test_axe_finds_nothing_on_the_whole_page_in_every_mode(
    visits_by_mode, browser, book_url, axe_violations, page, mode
):
    if mode not in visits_by_mode:
        visits_by_mode[mode] = Visit(browser.new_context(**MODES[mode]))
    visit = visits_by_mode[mode]
    visit.errors.clear()
    visit.missing.clear()
    visit.violations.clear()
    visit.page.goto(f"{book_url}/{page}")
    # axe audits what is on screen, so first wait until every widget has drawn itself
    # (and, on the search page, until the results are listed).
    source = (BUILD / page.split("?")[0]).read_text(encoding="utf-8")
    expect(visit.page.locator(".pdc-widget")).to_have_count(source.count(WIDGET_VIEW))
    if page.startswith("search.html"):
        expect(visit.page.locator("#search-results ul.search li").first).to_be_visible()
    theme = visit.page.evaluate("() => document.documentElement.dataset.theme")
    assert theme == ("dark" if mode == "dark" else "light"), (page, mode)
    if mode in ("phone", "zoom"):
        # Reflow (WCAG 1.4.10): no sideways scrolling of the page; wide content scrolls
        # inside its own box. Compared with the viewport we asked for, not innerWidth: on
        # a mobile viewport Chromium widens the layout to fit content that overflows.
        width = visit.page.evaluate("() => document.scrollingElement.scrollWidth")
        assert width <= MODES[mode]["viewport"]["width"], (page, mode, width)
    assert axe_violations(visit.page) == [], (page, mode)
    assert visit.errors == [], (page, mode)
    assert visit.missing == [], (page, mode)
    assert visit.violations == [], (page, mode)
