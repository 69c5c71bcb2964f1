"""The pattern finder in the built book, used with the keyboard alone."""

import pytest
from playwright.sync_api import expect

from .pattern_finder_page import (
    MESSAGE,
    assert_message_beside,
    control,
    open_finder,
    saved_entry,
    tab_until,
    undo_button,
)

pytestmark = pytest.mark.browser


def test_a_full_pass_by_keyboard_alone(visit, book_url):
    finder = open_finder(visit, book_url)
    page = visit.page
    keyboard = page.keyboard
    # Start on the page before the widget, then only keys.
    finder.locator("h3").first.evaluate("(heading) => { heading.tabIndex = -1; heading.focus(); }")
    tab_until(page, "(el) => el.textContent === 'Work on the fictional case: Nadia'")
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "the focused button has no visible outline"

    tab_until(page, "(el) => el.name === 'who'")
    keyboard.type("my flatmate")
    keyboard.press("Tab")
    keyboard.type("I wanted a quiet evening together.")
    keyboard.press("Tab")  # the wish's category: type-ahead chooses an option
    keyboard.type("to be close")
    keyboard.press("Tab")
    keyboard.type("She invited friends over without asking.")
    keyboard.press("Tab")
    keyboard.type("rejecting")
    keyboard.press("Tab")
    keyboard.type("I stayed in my room.")
    keyboard.press("Tab")
    keyboard.type("disappointed")
    keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.textContent") == "Add episode"
    keyboard.press("Enter")
    expect(finder.locator(".pdc-patterns-episode")).to_have_count(1)
    expect(control(finder, "who")).to_be_focused()
    saved = saved_entry(page)["data"]["episodes"][0]
    assert (saved["wish_category"], saved["other_category"], saved["self_category"]) == (
        "to be close and accepting",
        "rejecting and opposing",
        "disappointed and depressed",
    )
    expect(finder.locator(".pdc-status")).to_have_text(
        "Added \u201cmy flatmate\u201d. 1 episode. Saved on this device."
    )

    # Enter in an empty form shows the messages, and nothing is saved.
    keyboard.press("Enter")
    assert_message_beside(finder, "who", MESSAGE["who"])
    assert len(saved_entry(page)["data"]["episodes"]) == 1

    # Edit by keyboard.
    tab_until(page, "(el) => el.getAttribute('aria-label') === 'Edit: my flatmate'")
    keyboard.press("Enter")
    expect(control(finder, "who")).to_be_focused()
    keyboard.press("Control+a")
    keyboard.type("Ana, my flatmate")
    tab_until(page, "(el) => el.textContent === 'Save changes'")
    keyboard.press("Enter")
    expect(finder.locator(".pdc-patterns-who").first).to_have_text("With: Ana, my flatmate")
    expect(finder.get_by_role("button", name="Edit: Ana, my flatmate")).to_be_focused()

    # Delete, then undo, by keyboard.
    keyboard.press("Tab")
    focused_label = "() => document.activeElement.getAttribute('aria-label')"
    assert page.evaluate(focused_label) == "Delete: Ana, my flatmate"
    keyboard.press("Enter")
    expect(finder.locator(".pdc-patterns-episode")).to_have_count(0)
    expect(undo_button(finder)).to_be_focused()
    keyboard.press("Enter")
    expect(finder.locator(".pdc-patterns-who").first).to_have_text("With: Ana, my flatmate")

    # The fictional case, confirmed by keyboard: its button comes right after Undo.
    tab_until(page, "(el) => el.textContent === 'Work on the fictional case: Nadia'", limit=1)
    keyboard.press("Enter")
    expect(finder.get_by_role("button", name="Delete mine and use Nadia\u2019s")).to_be_focused()
    keyboard.press("Enter")
    expect(finder.locator(".pdc-patterns-episode")).to_have_count(6)
    assert saved_entry(page)["data"]["case"] == "fictional"
