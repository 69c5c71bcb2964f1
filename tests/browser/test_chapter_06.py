"""Chapter 6 in the built book: Nadia's timeline and episodes, the chapter's words around
the learner's pattern finder, and that finder by keyboard alone (what every chapter shares
is in test_chapters.py)."""

import json

import pytest
from playwright.sync_api import expect

from psychodynamic_course.widgets.pattern_finder import nadia_episodes

from .test_chapters import BY_NUMBER, open_chapter

# What the page says of Nadia's episodes (tests/test_pattern_finder_words.py, case "Nadia").
NADIA_SUMMARY = (
    "Across these 6 episodes, what I wanted was most often \u201cto be close and accepting\u201d "
    "(4 of 6), how they responded was most often \u201crejecting and opposing\u201d (5 of 6) and "
    "how I responded was most often \u201cdisappointed and depressed\u201d (3 of 6)."
)

pytestmark = pytest.mark.browser

CHAPTER = BY_NUMBER[6]

TIMELINE = '.pdc-timeline[data-widget-id="nadia-sample-timeline"]'
SAMPLE = ".pdc-patterns.pdc-patterns-sample"
MINE = ".pdc-patterns:not(.pdc-patterns-sample)"
KEY = "psychodynamic-course:chapter-06-my-episodes"


def test_nadias_timeline_and_episodes_are_read_only(visit, book_url):
    page = open_chapter(visit, book_url, CHAPTER)
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


def test_learner_pattern_finder_by_keyboard_alone(visit, book_url):
    page = open_chapter(visit, book_url, CHAPTER)
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
    undo = mine.get_by_role("button", name="Undo: use Nadia's sample")
    undo.focus()
    page.keyboard.press("Enter")
    expect(mine.locator(".pdc-patterns-episode")).to_have_count(1)
