"""Chapter 6 in the built book: the triangle of conflict, Nadia's timeline and episodes,
the learner's pattern finder, quiz and reflection render offline, pass axe, and the
learner's pattern finder works by keyboard alone."""

import json

import pytest
from playwright.sync_api import expect

from psychodynamic_course.widgets.pattern_finder import nadia_episodes

pytestmark = pytest.mark.browser

PAGE = "book/chapter_06.html"
FIGURE = "figure#fig-triangle-of-conflict"
TIMELINE = '.pdc-timeline[data-widget-id="nadia-sample-timeline"]'
SAMPLE = ".pdc-patterns.pdc-patterns-sample"
MINE = ".pdc-patterns:not(.pdc-patterns-sample)"
KEY = "psychodynamic-course:chapter-06-my-episodes"
# What the page says of Nadia's episodes (tests/test_pattern_finder_words.py, case "Nadia").
NADIA_SUMMARY = (
    "Across these 6 episodes, what I wanted was most often \u201cto be close and accepting\u201d "
    "(4 of 6), how they responded was most often \u201crejecting and opposing\u201d (5 of 6) and "
    "how I responded was most often \u201cdisappointed and depressed\u201d (3 of 6)."
)
QUIZ = ".pdc-quiz"
REFLECTION = ".pdc-reflection"
WIDGETS = (TIMELINE, SAMPLE, MINE, QUIZ, REFLECTION)


def open_chapter(visit, book_url):
    visit.page.goto(f"{book_url}/{PAGE}")
    expect(visit.page.locator(MINE)).to_be_visible(timeout=20_000)
    return visit.page


def test_every_widget_renders_offline_with_a_size(visit, book_url):
    page = open_chapter(visit, book_url)
    for selector in WIDGETS:
        widget = page.locator(selector)
        expect(widget).to_have_count(1)
        expect(widget).to_be_visible(timeout=20_000)
        box = widget.bounding_box()
        assert box["width"] > 200 and box["height"] > 100, selector
    page.wait_for_load_state("networkidle")
    assert visit.outside_requests() == []
    assert not [e for e in visit.errors if "widget" in e.lower()], visit.errors


def test_figure_has_alt_text_and_caption(visit, book_url):
    page = open_chapter(visit, book_url)
    svg = page.locator(f"{FIGURE} svg[role=img]")
    expect(svg).to_be_visible()
    assert svg.bounding_box()["height"] > 200
    title = svg.locator("title").text_content()
    for words in ("Defence (D)", "anxiety (A)", "hidden feeling (F)", "fictional"):
        assert words.lower() in title.lower(), words
    assert svg.get_attribute("aria-labelledby") == "fig-triangle-of-conflict-title"
    expect(page.locator(f"{FIGURE} figcaption")).to_contain_text("Malan")


def test_nadias_timeline_and_episodes_are_read_only(visit, book_url):
    page = open_chapter(visit, book_url)
    timeline = page.locator(TIMELINE)
    expect(timeline.locator("svg.pdc-timeline-svg .pdc-timeline-marker")).to_have_count(14)
    for theme in ("being let down", "pulling away", "not asking for help"):
        expect(timeline.locator(f".pdc-timeline-theme[data-theme='{theme}']")).to_have_count(1)
    expect(timeline.locator("form")).to_have_count(0)
    sample = page.locator(SAMPLE)
    expect(sample.locator(".pdc-patterns-episode")).to_have_count(len(nadia_episodes()))
    expect(sample.locator("form")).to_have_count(0)
    # The tally the chapter text discusses: each part's most frequent category, counted on
    # its own (4, 5 and 3 of the 6 episodes).
    expect(sample.locator(".pdc-patterns-sentence")).to_have_text(NADIA_SUMMARY)
    expect(sample.locator(".pdc-patterns-theme-note")).to_contain_text("each counted on its own")


def test_chapter_text_offers_a_choice_a_grounding_tip_and_help(visit, book_url):
    page = open_chapter(visit, book_url)
    section = page.locator("section#your-own-episodes-optional-and-private")
    text = " ".join(section.locator(":scope > p").all_text_contents())
    assert "fictional episodes instead" in text
    assert "not a way of searching" in text
    assert "name a few" in text
    expect(section.locator(":scope > p a[href$='getting_help.html']")).to_have_count(1)


def test_learner_pattern_finder_by_keyboard_alone(visit, book_url):
    page = open_chapter(visit, book_url)
    mine = page.locator(MINE)
    who = mine.get_by_label("Who was it with?", exact=True)
    who.focus()
    page.keyboard.type("A friend")
    page.keyboard.press("Tab")
    expect(mine.get_by_label("What did I want?", exact=True)).to_be_focused()
    page.keyboard.type("To be asked along")
    wish = mine.get_by_label("Category for what I wanted (optional)", exact=True)
    wish.focus()
    wish.select_option("to be close and accepting")  # a select changes by keyboard anywhere
    other = mine.get_by_label("How did they respond?", exact=True)
    other.focus()
    page.keyboard.type("She went without me")
    mine.get_by_label("How did I respond?", exact=True).focus()
    page.keyboard.type("I said it was fine")
    submit = mine.locator("form").get_by_role("button", name="Add episode")
    submit.focus()
    page.keyboard.press("Enter")
    expect(mine.locator(".pdc-patterns-episode")).to_have_count(1)
    saved = json.loads(page.evaluate(f"() => localStorage.getItem({json.dumps(KEY)})"))
    assert saved["data"]["episodes"][0]["who"] == "A friend"
    assert saved["chapter"] == "Chapter 6: Patterns that repeat"

    # The fictional case replaces the list after asking; Undo brings the episode back.
    sample = mine.get_by_role("button", name="Work on the fictional case: Nadia")
    sample.focus()
    page.keyboard.press("Enter")
    confirm = mine.get_by_role("button", name="Delete mine and use Nadia\u2019s")
    expect(confirm).to_be_focused()
    page.keyboard.press("Enter")
    expect(mine.locator(".pdc-patterns-episode")).to_have_count(len(nadia_episodes()))
    undo = mine.get_by_role("button", name="Undo last change")
    undo.focus()
    page.keyboard.press("Enter")
    expect(mine.locator(".pdc-patterns-episode")).to_have_count(1)


def test_axe_finds_nothing_in_the_figure_and_widgets(visit, book_url, axe_violations):
    page = open_chapter(visit, book_url)
    expect(page.locator(QUIZ)).to_be_visible(timeout=20_000)
    for selector in (FIGURE, *WIDGETS):
        assert axe_violations(page, selector) == [], selector
