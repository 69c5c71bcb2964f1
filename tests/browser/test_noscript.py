"""With JavaScript off, each exercise's place says what it is and that it needs
JavaScript (scripts/noscript_widgets.py); with it on, no such note shows."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import BUILD

pytestmark = pytest.mark.browser

CHAPTER_5 = "book/chapter_05.html"
NOTE = "p.widget-noscript"
VIEW = re.compile(r'<script type="application/vnd\.jupyter\.widget-view\+json">')
# Chapter 5's exercises in page order, as each note names them.
CHAPTER_5_KINDS = ["Self-check quiz", "Private reflection", "Life timeline", "Life timeline"]


def test_every_widget_in_the_build_is_followed_by_its_note():
    for page in sorted(BUILD.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        views = len(VIEW.findall(html))
        assert html.count('<noscript><p class="widget-noscript">') == views, page
        assert "Interactive exercise: this exercise" not in html, f"{page}: a kind not found"


def test_without_javascript_each_widget_place_says_what_it_is(browser, book_url):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{book_url}/{CHAPTER_5}")
        notes = page.locator(NOTE)
        expect(notes).to_have_count(len(CHAPTER_5_KINDS))
        texts = notes.all_text_contents()
        assert sorted(text.split(":")[0] for text in texts) == sorted(CHAPTER_5_KINDS)
        for index in range(len(CHAPTER_5_KINDS)):
            expect(notes.nth(index)).to_be_visible()
            assert "needs JavaScript" in texts[index]
    finally:
        context.close()


def test_with_javascript_no_note_shows(visit, book_url):
    visit.page.goto(f"{book_url}/{CHAPTER_5}")
    expect(visit.page.locator(".pdc-quiz")).to_be_visible(timeout=20_000)
    # A browser that runs scripts parses <noscript> as text: no note element exists.
    expect(visit.page.locator(NOTE)).to_have_count(0)
    assert "needs JavaScript" not in visit.page.locator("main").inner_text()
