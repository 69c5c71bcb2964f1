"""Chapter 7 in the built book: the course-of-sessions figure, the quiz and the reflection.

Everything on the page must render offline, be usable by keyboard and pass axe.
"""

import re

import pytest
from playwright.sync_api import expect

from psychodynamic_course.figures.course_of_sessions import MOMENTS, SEVEN_FEATURES

from .conftest import check_first_option_by_keyboard

pytestmark = pytest.mark.browser

PAGE = "book/chapter_07.html"
FIGURE = "figure#fig-course-of-sessions"
QUIZ = ".pdc-quiz"
REFLECTION = ".pdc-reflection"
REFLECTION_KEY = "psychodynamic-course:chapter-07-saying-what-comes-to-mind"
WIDGETS = (QUIZ, REFLECTION)


def open_chapter(visit, book_url):
    visit.page.goto(f"{book_url}/{PAGE}")
    for selector in WIDGETS:
        expect(visit.page.locator(selector)).to_be_visible(timeout=20_000)
    return visit.page


def test_every_widget_renders_offline_with_a_real_size(visit, book_url):
    page = open_chapter(visit, book_url)
    for selector in WIDGETS:
        widgets = page.locator(selector)
        assert widgets.count() == 1, selector
        box = widgets.bounding_box()
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
    assert not [e for e in visit.errors if "widget" in e.lower()], visit.errors


def test_the_course_of_sessions_has_alt_text_labels_and_caption(visit, book_url):
    page = open_chapter(visit, book_url)
    svg = page.locator(f"{FIGURE} svg[role=img]")
    expect(svg).to_be_visible()
    assert svg.get_attribute("aria-labelledby") == "fig-course-of-sessions-title"
    title = svg.locator("title").text_content()
    assert "fictional" in title.lower()
    for feature in SEVEN_FEATURES:
        assert feature.lower() in title.lower(), feature
    assert svg.bounding_box()["height"] > 250
    expect(page.locator(f"{FIGURE} figcaption")).to_contain_text("not data")
    # The moments are labelled in words in the SVG, not only by colour.
    text = svg.text_content()
    for moment in MOMENTS:
        assert moment.title.split("\n")[0].split(":")[0] in text
    assert "Shows: Fantasy life" in text


def test_open_ended_question_item_by_keyboard(visit, book_url):
    page = open_chapter(visit, book_url)
    question = page.locator(QUIZ).locator("fieldset").first
    expect(question).to_contain_text("open-ended question")
    expect(question.locator("label").first).to_contain_text("What was that like for you?")
    expect(check_first_option_by_keyboard(page, question)).to_have_text(re.compile(r"^Correct"))
    assert question.locator(".pdc-quiz-explanation:visible").count() >= 1


def test_reflection_by_keyboard_saves_on_this_device(visit, book_url):
    page = open_chapter(visit, book_url)
    reflection = page.locator(REFLECTION)
    reflection.locator("h3, h2, h4").first.evaluate("(h) => { h.tabIndex = -1; h.focus(); }")
    for _ in range(10):
        if page.evaluate("() => document.activeElement.tagName") == "TEXTAREA":
            break
        page.keyboard.press("Tab")
    else:
        pytest.fail("Tab never reached the reflection's text box")
    page.keyboard.type("A listener who does not interrupt.")
    expect(reflection.locator(".pdc-status")).to_have_text("Saved on this device.")
    saved = page.evaluate("(key) => localStorage.getItem(key)", REFLECTION_KEY)
    assert "A listener who does not interrupt." in saved
    assert visit.outside_requests() == []


def test_axe_finds_nothing_in_the_figure_quiz_and_reflection(visit, book_url, axe_violations):
    page = open_chapter(visit, book_url)
    for selector in (FIGURE, QUIZ, REFLECTION):
        assert axe_violations(page, selector) == [], selector
