"""Class demos in the built book: labelled, empty on every visit, saved nowhere, cleared at once."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .pattern_finder_page import FIXTURE, enter_episode
from .saving_widgets import add_timeline_event

pytestmark = pytest.mark.browser

STORED_KEYS = """() => [
    ...Object.keys(localStorage).map((key) => `local:${key}`),
    ...Object.keys(sessionStorage).map((key) => `session:${key}`),
].sort()"""


def open_demos(page, book_url):
    page.goto(f"{book_url}/book/class_demos.html")
    finder = page.locator(".pdc-patterns")
    timeline = page.locator(".pdc-timeline")
    expect(finder).to_be_visible(timeout=20_000)
    expect(timeline).to_be_visible()
    return finder, timeline


def test_what_is_typed_in_a_class_demo_is_kept_nowhere(visit, book_url):
    page = visit.page
    finder, timeline = open_demos(page, book_url)
    for demo in (finder, timeline):
        expect(demo.get_by_role("note")).to_contain_text("Class demo: nothing here is saved.")
    before = page.evaluate(STORED_KEYS)

    enter_episode(finder, FIXTURE[0])
    expect(finder.locator(".pdc-patterns-episode")).to_have_count(1)
    finder.get_by_label("Who was it with?", exact=True).fill("a draft left in the form")
    add_timeline_event(timeline, "Moved to the coast", age="9", category="family", feeling="-1")
    expect(timeline.locator(".pdc-timeline-item-label")).to_have_text(["Moved to the coast"])
    # Nothing of it reached this browser's storage, not even a draft or an undo step.
    assert page.evaluate(STORED_KEYS) == before

    finder, timeline = open_demos(page, book_url)
    expect(finder.locator(".pdc-patterns-episode")).to_have_count(0)
    expect(finder.get_by_label("Who was it with?", exact=True)).to_have_value("")
    expect(timeline.locator(".pdc-timeline-item-label")).to_have_count(0)

    page.goto(f"{book_url}/book/my_journal.html")
    expect(page.locator(".pdc-journal")).to_contain_text("Nothing is saved yet", timeout=20_000)
    assert visit.errors == [] and visit.outside_requests() == []


def test_clear_the_demo_empties_it_in_one_step_and_moves_focus_to_the_list(visit, book_url):
    page = visit.page
    finder, timeline = open_demos(page, book_url)
    finder.get_by_role("button", name="Work on the fictional case: Nadia").click()
    expect(finder.locator(".pdc-patterns-episode")).not_to_have_count(0)
    finder.get_by_role("button", name="Clear the demo").click()
    expect(finder.locator(".pdc-patterns-episode")).to_have_count(0)
    expect(finder.locator(".pdc-list-heading")).to_be_focused()
    expect(finder.locator(".pdc-confirm:visible")).to_have_count(0)  # nothing was asked
    # In memory, Undo still brings the episodes back while the page is open.
    finder.get_by_role("button", name="Undo: remove all episodes").click()
    expect(finder.locator(".pdc-patterns-episode")).not_to_have_count(0)

    add_timeline_event(timeline, "Started school", age="5", category="school or work", feeling="1")
    timeline.get_by_role("button", name="Clear the demo").click()
    expect(timeline.locator(".pdc-timeline-item-label")).to_have_count(0)
