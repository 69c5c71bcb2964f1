"""Chapter 2's defence ladder in the built book (what every chapter shares is in
test_chapters.py): climbed by keyboard alone, it shows exactly the content of
``content/defence_ladder.yml``, and axe finds nothing in it on any rung.
"""

import re

import pytest
from playwright.sync_api import expect

from psychodynamic_course.content import defence_levels

from .test_chapters import BY_NUMBER, open_chapter

LEVELS = defence_levels()

pytestmark = pytest.mark.browser

CHAPTER = BY_NUMBER[2]

LADDER = ".pdc-ladder"
BY_ID = {level["id"]: level for level in LEVELS}


def open_ladder(visit, book_url):
    return open_chapter(visit, book_url, CHAPTER).locator(LADDER)


def selected_tab(ladder):
    return ladder.locator('[role=tab][aria-selected="true"]')


def assert_panel_shows(ladder, level_id):
    level = BY_ID[level_id]
    expect(selected_tab(ladder)).to_have_count(1)
    expect(selected_tab(ladder)).to_have_attribute("data-level", level_id)
    panel = ladder.get_by_role("tabpanel")
    expect(panel.locator("h4")).to_have_text(
        f"Level {level['rung']} of 4: {level['name']} defences"
    )
    names = panel.locator(".pdc-ladder-defence-name")
    expect(names).to_have_text([d["name"] for d in level["defences"]])
    examples = panel.locator(".pdc-ladder-example")
    expect(examples).to_have_text(
        [f"Example (fictional): {d['example']}" for d in level["defences"]]
    )
    expect(panel.locator(".pdc-ladder-definition")).to_have_text(
        [d["definition"] for d in level["defences"]]
    )
    expect(panel.locator(".pdc-ladder-tradeoff p")).to_have_text(
        [f"What they protect: {level['protects']}", f"What they cost: {level['costs']}"]
    )
    # The panel is named by its rung, for screen readers.
    labelled_by = panel.get_attribute("aria-labelledby")
    assert ladder.locator(f"#{labelled_by}").get_attribute("data-level") == level_id


def test_ladder_opens_at_the_neurotic_rung_with_its_content(visit, book_url):
    ladder = open_ladder(visit, book_url)
    tabs = ladder.get_by_role("tab")
    expect(tabs).to_have_count(4)
    expect(tabs).to_have_text([re.compile(f"Level {lv['rung']}\\s*{lv['name']}") for lv in LEVELS])
    tablist = ladder.get_by_role("tablist")
    assert tablist.get_attribute("aria-orientation") == "vertical"
    assert tablist.get_attribute("aria-label")
    assert_panel_shows(ladder, "neurotic")


def test_ladder_can_be_climbed_by_keyboard_alone(visit, book_url):
    ladder = open_ladder(visit, book_url)
    page = visit.page
    # Tab reaches the ladder at its chosen rung (one tab stop for the whole list).
    ladder.get_by_role("heading", level=3).click()
    for _ in range(5):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.getAttribute('role')") == "tab":
            break
    else:
        pytest.fail("Tab never reached the ladder's rungs")
    assert page.evaluate("() => document.activeElement.dataset.level") == "neurotic"

    for key, expected in [
        ("ArrowUp", "mature"),
        ("ArrowUp", "pathological"),  # wraps from the top rung to the bottom one
        ("ArrowDown", "mature"),
        ("ArrowDown", "neurotic"),
        ("ArrowRight", "immature"),
        ("End", "pathological"),
        ("Home", "mature"),
    ]:
        page.keyboard.press(key)
        assert_panel_shows(ladder, expected)
        # Focus follows the selection, so the next arrow key moves on from here.
        assert page.evaluate("() => document.activeElement.dataset.level") == expected

    # The next Tab leaves the list and reaches the panel, which can be scrolled and read.
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.getAttribute('role')") == "tabpanel"


def test_ladder_responds_to_a_click_on_a_rung(visit, book_url):
    ladder = open_ladder(visit, book_url)
    ladder.get_by_role("tab", name=re.compile("Immature")).click()
    assert_panel_shows(ladder, "immature")
    assert ladder.get_by_role("tab", name=re.compile("Neurotic")).get_attribute("tabindex") == "-1"


def test_axe_finds_nothing_in_the_ladder_on_its_last_rung(visit, book_url, axe_violations):
    ladder = open_ladder(visit, book_url)
    ladder.get_by_role("tab", name=re.compile("Pathological")).click()
    assert axe_violations(visit.page, LADDER) == []
