"""Chapter 5 in the built book: Nadia's timeline, the chapter's words around the learner's
timeline, and that timeline by keyboard alone (what every chapter shares is in
test_chapters.py)."""

import json

import pytest
from playwright.sync_api import expect

from .test_chapters import BY_NUMBER, open_chapter

pytestmark = pytest.mark.browser

CHAPTER = BY_NUMBER[5]

NADIA = '.pdc-timeline[data-widget-id="nadia-sample-timeline"]'
MINE_ID = "chapter-05-my-timeline"
MINE = f'.pdc-timeline[data-widget-id="{MINE_ID}"]'
KEY = f"psychodynamic-course:{MINE_ID}"


def test_nadias_timeline_is_read_only_and_shows_her_recurring_themes(visit, book_url):
    page = open_chapter(visit, book_url, CHAPTER)
    nadia = page.locator(NADIA)
    expect(nadia.locator("svg.pdc-timeline-svg .pdc-timeline-marker")).to_have_count(14)
    expect(nadia.locator(".pdc-timeline-theme[data-theme='being let down']")).to_have_count(1)
    expect(nadia.locator("form")).to_have_count(0)
    assert "fictional" in nadia.locator("h3").text_content()


def test_learner_timeline_by_keyboard_alone(visit, book_url):
    page = open_chapter(visit, book_url, CHAPTER)
    mine = page.locator(MINE)
    age = mine.locator(".pdc-timeline-field-age input")
    age.focus()
    page.keyboard.type("6")
    page.keyboard.press("Tab")  # to the year field, left empty
    page.keyboard.press("Tab")
    page.keyboard.type("Started a new school")
    page.keyboard.press("Tab")
    category = mine.locator(".pdc-timeline-field-category select")
    expect(category).to_be_focused()
    category.select_option("school or work")  # a select changes by keyboard in any browser
    page.keyboard.press("Tab")
    mine.locator(".pdc-timeline-field-feeling select").select_option("0")
    page.keyboard.press("Tab")
    page.keyboard.type("new people")
    page.keyboard.press("Enter")
    expect(mine.locator(".pdc-timeline-item")).to_have_count(1)
    expect(mine.locator(".pdc-timeline-item-label")).to_have_text("Started a new school")
    expect(mine.locator("svg.pdc-timeline-svg .pdc-timeline-marker")).to_have_count(1)
    saved = json.loads(page.evaluate(f"() => localStorage.getItem({json.dumps(KEY)})"))
    assert saved["data"]["events"][0]["label"] == "Started a new school"
    assert saved["chapter"] == "Chapter 5: Childhood and attachment"

    # The sample button replaces after asking; Enter on focused buttons does it all.
    sample = mine.get_by_role("button", name="Use the fictional sample: Nadia")
    sample.focus()
    page.keyboard.press("Enter")
    confirm = mine.get_by_role("button", name="Delete mine and show Nadia's")
    expect(confirm).to_be_focused()
    page.keyboard.press("Enter")
    expect(mine.locator(".pdc-timeline-item")).to_have_count(14)
    undo = mine.locator("button", has_text="Undo")
    undo.focus()
    page.keyboard.press("Enter")
    expect(mine.locator(".pdc-timeline-item-label")).to_have_text(["Started a new school"])
