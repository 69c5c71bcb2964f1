"""Chapter 8 in the built book: the phases figure, the quiz and the reflection render
offline, pass axe, and the quiz and the reflection work by keyboard alone."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import check_first_option_by_keyboard

pytestmark = pytest.mark.browser

PAGE = "book/chapter_08.html"
FIGURE = "figure#fig-therapy-phases"
QUIZ = ".pdc-quiz"
REFLECTION = ".pdc-reflection"
QUIZ_KEY = "psychodynamic-course:chapter-08-self-check"
REFLECTION_KEY = "psychodynamic-course:chapter-08-endings"
WIDGETS = (QUIZ, REFLECTION)


def open_chapter(visit, book_url):
    visit.page.goto(f"{book_url}/{PAGE}")
    for selector in WIDGETS:
        expect(visit.page.locator(selector)).to_be_visible(timeout=20_000)
    return visit.page


def test_every_widget_renders_offline_with_a_size(visit, book_url):
    page = open_chapter(visit, book_url)
    for selector in WIDGETS:
        widget = page.locator(selector)
        expect(widget).to_have_count(1)
        box = widget.bounding_box()
        assert box["width"] > 200 and box["height"] > 100, (selector, box)
    empty = page.evaluate(
        """() => [...document.querySelectorAll('.cell_output script[type*="widget-view"]')]
            .map((s) => s.parentElement)
            .filter((el) => el.getBoundingClientRect().height === 0).length"""
    )
    assert empty == 0
    assert page.locator(f"{QUIZ} fieldset").count() >= 4
    page.wait_for_load_state("networkidle")
    assert visit.outside_requests() == []
    assert not [e for e in visit.errors if "widget" in e.lower() or "pdc" in e.lower()], (
        visit.errors
    )


def test_figure_has_alt_text_and_says_it_is_an_illustration(visit, book_url):
    page = open_chapter(visit, book_url)
    svg = page.locator(f"{FIGURE} svg[role=img]")
    expect(svg).to_be_visible()
    assert svg.bounding_box()["height"] > 200
    assert svg.get_attribute("aria-labelledby") == "fig-therapy-phases-title"
    title = svg.locator("title").text_content()
    assert "not data" in title and "termination phase" in title
    expect(page.locator(f"{FIGURE} figcaption")).to_contain_text("illustration, not data")
    # The phases and the warning are words in the SVG, not only colours.
    for label in ("Beginning", "Middle", "Ending", "After therapy", "Illustration, not data"):
        expect(svg.locator("text").get_by_text(label, exact=True)).to_have_count(1)


def test_quiz_by_keyboard_explains_the_choice(visit, book_url):
    page = open_chapter(visit, book_url)
    question = page.locator(QUIZ).locator("fieldset").first
    expect(check_first_option_by_keyboard(page, question)).to_have_text(re.compile(r"^Correct"))
    expect(question.locator(".pdc-quiz-explanation:visible").first).to_contain_text(
        "knowing about a pattern"
    )
    assert "selections" in page.evaluate("(key) => localStorage.getItem(key)", QUIZ_KEY)


def test_reflection_offers_nadia_and_saves_by_keyboard(visit, book_url):
    page = open_chapter(visit, book_url)
    reflection = page.locator(REFLECTION)
    expect(reflection.locator(".pdc-reflection-note")).to_contain_text("endings")
    # Before a choice, no text box is shown: the content note comes first.
    expect(reflection.locator("textarea")).to_be_hidden()
    fictional = reflection.get_by_label("Write about the fictional person instead")
    fictional.focus()
    page.keyboard.press("Space")
    expect(fictional).to_be_checked()
    box = reflection.locator("textarea")
    expect(box).to_be_visible()
    expect(reflection.locator(".pdc-reflection-prompt")).to_contain_text("Nadia (fictional)")
    box.focus()
    page.keyboard.type("She might want to leave first.")
    expect(reflection.locator(".pdc-status")).to_have_text("Saved on this device.")
    saved = page.evaluate("(key) => localStorage.getItem(key)", REFLECTION_KEY)
    assert "She might want to leave first." in saved and '"fictional"' in saved
    assert visit.outside_requests() == []


def test_chapter_text_links_to_getting_help_before_the_reflection(visit, book_url):
    page = open_chapter(visit, book_url)
    section = page.locator("section#private-reflection")
    expect(section.locator(":scope > p a[href$='getting_help.html']")).to_have_count(1)


def test_axe_finds_nothing_in_the_figure_and_widgets(visit, book_url, axe_violations):
    page = open_chapter(visit, book_url)
    question = page.locator(QUIZ).locator("fieldset").first
    question.locator("input").first.check()
    question.get_by_role("button", name="Check answer").click()
    for selector in (FIGURE, QUIZ, REFLECTION):
        assert axe_violations(page, selector) == [], selector
