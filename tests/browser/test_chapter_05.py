"""Chapter 5 in the built book: figure, Nadia's timeline, the learner's timeline, quiz and
reflection render offline, pass axe, and the learner's timeline works by keyboard alone."""

import json

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PAGE = "book/chapter_05.html"
FIGURE = "figure#fig-strange-situation"
NADIA = '.pdc-timeline[data-widget-id="nadia-sample-timeline"]'
MINE_ID = "chapter-05-my-timeline"
MINE = f'.pdc-timeline[data-widget-id="{MINE_ID}"]'
KEY = f"psychodynamic-course:{MINE_ID}"
QUIZ = ".pdc-quiz"
REFLECTION = ".pdc-reflection"


def open_chapter(visit, book_url):
    visit.page.goto(f"{book_url}/{PAGE}")
    expect(visit.page.locator(MINE)).to_be_visible(timeout=20_000)
    return visit.page


def test_every_widget_renders_offline_with_a_size(visit, book_url):
    page = open_chapter(visit, book_url)
    for selector in (NADIA, MINE, QUIZ, REFLECTION):
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
    assert "Strange Situation" in title and "Episode 8" in title
    assert svg.get_attribute("aria-labelledby") == "fig-strange-situation-title"
    expect(page.locator(f"{FIGURE} figcaption")).to_contain_text("not a test")


def test_nadias_timeline_is_read_only_and_shows_her_recurring_themes(visit, book_url):
    page = open_chapter(visit, book_url)
    nadia = page.locator(NADIA)
    expect(nadia.locator("svg.pdc-timeline-svg .pdc-timeline-marker")).to_have_count(14)
    expect(nadia.locator(".pdc-timeline-theme[data-theme='being let down']")).to_have_count(1)
    expect(nadia.locator("form")).to_have_count(0)
    assert "fictional" in nadia.locator("h3").text_content()


def test_chapter_text_offers_a_choice_a_grounding_tip_and_help(visit, book_url):
    page = open_chapter(visit, book_url)
    section = page.locator("section#your-own-timeline-optional-and-private")
    # The chapter's own words, before the widget (which has a content note of its own).
    text = " ".join(section.locator(":scope > p").all_text_contents())
    assert "Nadia\u2019s fictional events" in text or "Nadia's fictional events" in text
    assert "not a way of searching for forgotten events" in text
    assert "step away" in text
    expect(section.locator(":scope > p a[href$='getting_help.html']")).to_have_count(1)


def test_learner_timeline_by_keyboard_alone(visit, book_url):
    page = open_chapter(visit, book_url)
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


def test_axe_finds_nothing_in_the_figure_and_widgets(visit, book_url, axe_violations):
    page = open_chapter(visit, book_url)
    expect(page.locator(QUIZ)).to_be_visible(timeout=20_000)
    for selector in (FIGURE, NADIA, MINE, QUIZ, REFLECTION):
        assert axe_violations(page, selector) == [], selector
