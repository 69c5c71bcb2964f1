"""Chapter 9 in the built book: the effect-size figure, the quiz and the reflection render
offline, carry their labels and alt text, pass axe, and work by keyboard alone."""

import re

import pytest
from playwright.sync_api import expect

from psychodynamic_course.figures.effect_sizes import EFFECT_SIZES, GROUPS

from .conftest import check_first_option_by_keyboard

pytestmark = pytest.mark.browser

PAGE = "book/chapter_09.html"
FIGURE = "figure#fig-effect-sizes"
QUIZ = ".pdc-quiz"
REFLECTION = ".pdc-reflection"
QUIZ_KEY = "psychodynamic-course:chapter-09-self-check"
REFLECTION_KEY = "psychodynamic-course:chapter-09-asking-for-help"


def open_chapter(visit, book_url):
    visit.page.goto(f"{book_url}/{PAGE}")
    expect(visit.page.locator(QUIZ)).to_be_visible(timeout=20_000)
    return visit.page


def test_every_widget_renders_offline_with_a_size(visit, book_url):
    page = open_chapter(visit, book_url)
    for selector in (QUIZ, REFLECTION):
        widget = page.locator(selector)
        expect(widget).to_have_count(1)
        expect(widget).to_be_visible(timeout=20_000)
        box = widget.bounding_box()
        assert box["width"] > 200 and box["height"] > 100, selector
    outputs = page.locator(".cell_output .jupyter-widgets, .cell_output .widget-subarea")
    for index in range(outputs.count()):
        assert outputs.nth(index).bounding_box()["height"] > 0
    page.wait_for_load_state("networkidle")
    assert visit.outside_requests() == []
    assert not [e for e in visit.errors if "widget" in e.lower() or "pdc" in e.lower()], (
        visit.errors
    )


def test_figure_has_alt_text_labels_and_the_comparability_note(visit, book_url):
    page = open_chapter(visit, book_url)
    svg = page.locator(f"{FIGURE} svg[role=img]")
    expect(svg).to_be_visible()
    assert svg.bounding_box()["height"] > 300
    assert svg.get_attribute("aria-labelledby") == "fig-effect-sizes-title"
    title = svg.locator("title").text_content()
    assert "not directly comparable" in title and "0.97" in title and "1.51" in title
    text = " ".join(svg.locator("text").all_text_contents())
    for group in GROUPS:
        assert group["heading"] in text
    for entry in EFFECT_SIZES:
        assert entry["label"] in text
    assert "not directly comparable" in text
    expect(page.locator(f"{FIGURE} figcaption")).to_contain_text("not directly comparable")


def test_getting_help_is_linked_prominently(visit, book_url):
    page = open_chapter(visit, book_url)
    # In the opening note and in the "important" box near the end, not only in widgets.
    assert page.locator(".admonition.note a[href$='getting_help.html']").count() >= 1
    assert page.locator(".admonition.important a[href$='getting_help.html']").count() == 1


def test_quiz_by_keyboard_explains_the_choice(visit, book_url):
    page = open_chapter(visit, book_url)
    question = page.locator(QUIZ).locator("fieldset").first
    expect(check_first_option_by_keyboard(page, question)).to_have_text(
        re.compile(r"^(Correct|Not quite)")
    )
    assert question.locator(".pdc-quiz-explanation:visible").count() >= 1
    assert "selections" in page.evaluate("(key) => localStorage.getItem(key)", QUIZ_KEY)


def test_reflection_offers_nadia_instead_by_keyboard_and_saves_locally(visit, book_url):
    page = open_chapter(visit, book_url)
    reflection = page.locator(REFLECTION)
    expect(reflection.locator(".pdc-reflection-note")).to_contain_text("Content note")
    fictional = reflection.get_by_label("Write about the fictional person instead")
    fictional.focus()
    page.keyboard.press("Space")
    expect(fictional).to_be_checked()
    expect(reflection.locator(".pdc-reflection-prompt")).to_contain_text("Nadia (fictional)")
    for _ in range(10):
        if page.evaluate("() => document.activeElement.tagName") == "TEXTAREA":
            break
        page.keyboard.press("Tab")
    else:
        pytest.fail("Tab never reached the reflection's text box")
    page.keyboard.type("Knowing that the doctor would not rush her.")
    expect(reflection.locator(".pdc-status")).to_have_text("Saved on this device.")
    saved = page.evaluate("(key) => localStorage.getItem(key)", REFLECTION_KEY)
    assert "Knowing that the doctor would not rush her." in saved
    assert visit.outside_requests() == []


def test_axe_finds_nothing_in_the_figure_and_widgets(visit, book_url, axe_violations):
    page = open_chapter(visit, book_url)
    expect(page.locator(REFLECTION)).to_be_visible(timeout=20_000)
    question = page.locator(QUIZ).locator("fieldset").first
    question.locator("input").first.check()
    for selector in (FIGURE, QUIZ, REFLECTION):
        assert axe_violations(page, selector) == [], selector
