"""The life timeline in the built book, used with the keyboard alone."""

import pytest
from playwright.sync_api import expect

from .timeline_page import (
    list_labels,
    open_timeline,
    stored_labels,
    theme_lines,
)

pytestmark = pytest.mark.browser


def test_the_timeline_works_by_keyboard_alone(visit, book_url):
    widget = open_timeline(visit, book_url)
    page = visit.page
    keyboard = page.keyboard

    def focused(attribute="id"):
        return page.evaluate(f"() => document.activeElement.getAttribute('{attribute}') || ''")

    def tab_until(test, shift=False, limit=400):
        for _ in range(limit):
            keyboard.press("Shift+Tab" if shift else "Tab")
            if test():
                return
        pytest.fail("Tab never reached the control")

    tab_until(lambda: focused().endswith("-age"))
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    keyboard.type("12")
    keyboard.press("Tab")  # year
    keyboard.press("Tab")
    assert focused().endswith("-label")
    keyboard.type("Started a new school")
    keyboard.press("Tab")
    keyboard.type("s")  # the category "school or work"
    keyboard.press("Tab")
    keyboard.press("ArrowDown")  # "+2 very good"
    keyboard.press("ArrowDown")  # "+1 good"
    keyboard.press("Tab")
    keyboard.type("new start, moving")
    keyboard.press("Enter")
    expect(widget.locator(".pdc-timeline-item")).to_have_count(1)
    expect(widget.locator(".pdc-timeline-item-details")).to_contain_text("school or work")
    expect(widget.locator(".pdc-timeline-item-details")).to_contain_text("+1 good")
    assert focused().endswith("-age")

    # A second event, then its theme line.
    keyboard.type("13")
    for _ in range(2):
        keyboard.press("Tab")
    keyboard.type("Moved flat")
    keyboard.press("Tab")
    keyboard.type("m")
    keyboard.press("Tab")
    keyboard.press("ArrowDown")
    keyboard.press("Tab")
    keyboard.type("moving")
    keyboard.press("Enter")
    expect(widget.locator(".pdc-timeline-item")).to_have_count(2)
    expect(theme_lines(widget)).to_have_count(1)

    # Edit the first event.
    tab_until(lambda: focused("aria-label") == "Edit: Started a new school")
    keyboard.press("Enter")
    assert focused().endswith("-age")
    keyboard.press("Tab")
    keyboard.press("Tab")
    keyboard.press("Control+A")
    keyboard.type("Started secondary school")
    keyboard.press("Enter")
    assert list_labels(widget) == ["Started secondary school", "Moved flat"]
    assert focused("aria-label") == "Edit: Started secondary school"

    # Delete with Space, then Undo with Enter (focus moves to Undo after a delete).
    tab_until(lambda: focused("aria-label") == "Delete: Moved flat")
    keyboard.press("Space")
    assert list_labels(widget) == ["Started secondary school"]
    assert page.evaluate("() => document.activeElement.textContent").startswith("Undo")
    keyboard.press("Enter")
    assert list_labels(widget) == ["Started secondary school", "Moved flat"]

    # The sample asks first; "Keep my events" is reached with Tab and pressed with Space.
    def focused_text():
        return page.evaluate("() => document.activeElement.textContent")

    tab_until(lambda: focused_text() == "Use the fictional sample: Nadia")
    keyboard.press("Enter")
    assert focused_text() == "Delete mine and show Nadia's"
    keyboard.press("Tab")
    keyboard.press("Space")
    expect(widget.locator(".pdc-confirm")).to_be_hidden()
    assert list_labels(widget) == ["Started secondary school", "Moved flat"]
    assert stored_labels(page) == ["Started secondary school", "Moved flat"]
