"""Every page of the built book: widgets rendered, figures described, nothing fetched
from outside, and the responsible-content rules that can be checked mechanically."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import BUILD

pytestmark = pytest.mark.browser

PAGES = sorted(str(page.relative_to(BUILD)) for page in (BUILD / "book").glob("*.html"))
CHAPTERS = [page for page in PAGES if re.fullmatch(r"book/chapter_\d+\.html", page)]
WIDGET_VIEW = '<script type="application/vnd.jupyter.widget-view+json">'
# Two console errors every Jupyter Book 1 page logs, whatever its content: sphinx-thebe
# prints its config script twice, and the theme complains about an unset mode on a first
# visit. Both belong to the theme (issue 7, best practices), not to the course.
KNOWN_THEME_ERRORS = ("THEBE_JS_URL", "Got invalid theme mode")


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
    errors = [e for e in visit.errors if not any(known in e for known in KNOWN_THEME_ERRORS)]
    assert errors == [], (page, errors)


@pytest.mark.parametrize("page", CHAPTERS)
def test_every_chapter_says_it_is_not_therapy_and_links_to_help(page):
    html = (BUILD / page).read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", " ", html)
    assert "not therapy" in text, page
    assert 'href="getting_help.html' in html, page
    assert "Check your understanding" in text and "References" in text, page
