"""Every chapter's figure on a 360 px phone: its text is 12 CSS px or more, on the page or
opened full size, and the page never scrolls sideways.

A text's size on screen is its font size in the SVG's units times the SVG's scale (drawn
width over viewBox width). A figure drawn for phones is checked where it stands; a wide
one is opened with its "Open the figure full size" link (figures/style.py), checked
there, and closed again. One browser context serves every page.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from psychodynamic_course.figures.style import PHONE_FIGURE_PX, READABLE_PX

pytestmark = pytest.mark.browser

BUILD = Path(__file__).resolve().parents[2] / "_build" / "html"
CHAPTERS = sorted(f"book/{page.name}" for page in (BUILD / "book").glob("chapter_*.html"))
PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True}

# Each <text> of an SVG as (its words, its size in CSS px as drawn, its box's width).
TEXT_SIZES = """(svg) => {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    return [...svg.querySelectorAll("text")]
        .filter((text) => text.textContent.trim())
        .map((text) => [
            text.textContent.trim(),
            parseFloat(getComputedStyle(text).fontSize) * scale,
            text.getBoundingClientRect().width,
        ]);
}"""
SIDEWAYS = "() => document.documentElement.scrollWidth - window.innerWidth"


@pytest.fixture(scope="module")
def phone(browser):
    context = browser.new_context(**PHONE)
    yield context.new_page()
    context.close()


def _too_small(svg) -> list[tuple[str, float]]:
    return [(words, round(px, 1)) for words, px, _ in svg.evaluate(TEXT_SIZES) if px < READABLE_PX]


def test_the_chapters_have_figures():
    assert len(CHAPTERS) == 9, "the book is not built: run `make book`"


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_figure_text_is_readable_on_a_phone(phone, book_url, chapter):
    phone.goto(f"{book_url}/{chapter}")
    figures = phone.locator("figure.pdc-figure")
    assert figures.count() >= 1
    assert phone.evaluate(SIDEWAYS) <= 0, "the page scrolls sideways"
    for index in range(figures.count()):
        figure = figures.nth(index)
        # A figure drawn panel by panel (figures/panels.py) has one SVG per panel.
        drawings = figure.locator("svg[role=img]").all()
        for svg in drawings:
            # The width style.py assumes for a phone, so its choice of full size holds here.
            assert svg.bounding_box()["width"] == pytest.approx(PHONE_FIGURE_PX, abs=2)
        opener = figure.locator(".pdc-figure-open")
        if opener.count() == 0:
            for svg in drawings:
                assert not _too_small(svg), chapter
            continue
        (svg,) = drawings  # only a figure drawn as one SVG opens full size
        expect(opener).to_be_visible()
        box = opener.bounding_box()
        assert box["height"] >= 44, "the link is a touch target"
        opener.tap()
        full = figure.locator(".pdc-figure-full")
        expect(full).to_have_css("position", "fixed")
        close = full.locator(".pdc-figure-close")
        expect(close).to_be_visible()
        # The same alt text, and every label readable: the reader scrolls the figure.
        assert svg.get_attribute("aria-labelledby") == f"{figure.get_attribute('id')}-title"
        assert not _too_small(svg), chapter
        close.tap()
        expect(full).not_to_have_css("position", "fixed")
        expect(opener).to_be_visible()
        assert phone.evaluate(SIDEWAYS) <= 0, "the page scrolls sideways after closing"
