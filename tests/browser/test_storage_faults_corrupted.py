"""Saved data corrupted by hand (garbage written to the widget's key before the page loads),
against every component that saves and the journal page (issue 8).

The components' adapters and the shared helpers are in storage_faults_page.py.
"""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from .storage_faults_page import (
    COMPONENTS,
    EMPTY,
    FILL,
    HUGE,
    REFLECTION_KEY,
    Component,
    Each,
    choose_file,
    components,
    delete_everything,
    envelope,
    expect_message,
    expect_saved,
    fresh_page,
    journal_with_one_entry,
    open_journal,
    open_tools,
    raw,
    set_aside,
)

pytestmark = pytest.mark.browser


# -- the fault, run once for all four components on one page ------------------------------


def damaged_copies(component: Component) -> list[str]:
    return [
        "{broken",  # not JSON
        json.dumps({"version": 1, "kind": component.kind, "data": {"unexpected": [1, 2]}}),
        envelope(component, *component.other_kind),  # a valid entry of another kind
        HUGE,
    ]


@pytest.fixture(scope="module")
def corrupted(browser, book_url):
    context, page = fresh_page(browser)
    each = Each()
    w = open_tools(page, book_url)
    damaged = {name: damaged_copies(c) for name, c in COMPONENTS.items()}
    for number in range(1, len(damaged["quiz"]) + 1):
        page.evaluate(
            "(items) => items.forEach(([key, text]) => localStorage.setItem(key, text))",
            [[c.key, damaged[name][number - 1]] for name, c in COMPONENTS.items()],
        )
        open_tools(page, book_url, reload=True)
        each(
            f"damaged copy {number}: message",
            lambda c: expect_message(w[c.name], c.message, "could not be read"),
        )

        # Each one is kept aside, and a later one never replaces an earlier one.
        def kept(c, number=number):
            assert set_aside(page, c.key) == damaged[c.name][:number], "not kept aside as it was"

        each(f"damaged copy {number}: kept aside", kept)

    # The same damaged copy seen again is not kept twice.
    open_tools(page, book_url, reload=True)
    each("seen twice: message", lambda c: expect_message(w[c.name], c.message, "could not be read"))

    def kept_once(c):
        assert set_aside(page, c.key) == damaged[c.name], "kept aside twice, or changed"

    each("seen twice: kept once", kept_once)
    each("change 0", lambda c: c.change(w[c.name], 0))
    each("change 0 saved", lambda c: expect_saved(page, c, 0))
    open_tools(page, book_url, reload=True)
    each("change 0 restored", lambda c: c.shown(w[c.name], 0))
    each(
        "no message after a good load",
        lambda c: expect(w[c.name].locator(c.message)).to_be_hidden(),
    )
    each("still kept aside", kept_once)

    # Damaged again, with no room to keep that copy aside: it is left where it is, not
    # saved over, until there is room.
    page.evaluate(
        "(keys) => keys.forEach((key) => localStorage.setItem(key, '{no room'))",
        [c.key for c in COMPONENTS.values()],
    )
    page.evaluate(FILL)
    open_tools(page, book_url, reload=True)
    each(
        "no room: message",
        lambda c: expect_message(w[c.name], c.message, "no room to keep a copy of it aside"),
    )
    each("no room: change 1", lambda c: c.change(w[c.name], 1))
    each("no room: change 1 on screen", lambda c: c.shown(w[c.name], 1))

    def left_in_place(c):
        assert raw(page, c.key) == "{no room", "the damaged copy was saved over"

    each("no room: damaged copy left in place", left_in_place)
    page.evaluate(EMPTY)
    each("room again: change 2", lambda c: c.change(w[c.name], 2))
    each("room again: change 2 saved", lambda c: expect_saved(page, c, 2))

    def all_kept(c):
        assert set_aside(page, c.key) == [*damaged[c.name], "{no room"]

    each("room again: the damaged copy kept aside", all_kept)
    context.close()
    return each.failures


@components
def test_corrupted_saved_data_is_kept_aside_byte_for_byte_never_overwritten(
    corrupted, component, robustness
):
    robustness(component.name, "fault: corrupted saved data", len(damaged_copies(component)) + 1)
    assert corrupted[component.name] is None, corrupted[component.name]


# -- the journal page ----------------------------------------------------------------------


def test_journal_page_lists_around_corrupted_entries_and_never_touches_them(
    visit, book_url, tmp_path, robustness
):
    robustness("journal page", "fault: corrupted saved data", 2)
    page = visit.page
    journal_with_one_entry(page, book_url)
    quiz = COMPONENTS["quiz"].key
    damaged = {quiz: "{broken", f"{quiz}:unreadable": HUGE}
    page.evaluate(
        "(items) => Object.entries(items).forEach(([k, v]) => localStorage.setItem(k, v))", damaged
    )
    journal = open_journal(page, book_url, reload=True)
    expect(journal.get_by_text("saved before", exact=True)).to_be_visible()
    expect_message(journal, ".pdc-warning[role=status]", "1 saved item(s) could not be read")
    expect(journal.locator(".pdc-warning[role=status]")).to_contain_text("1 older copy")
    expect(journal).to_contain_text("1 saved item,")

    delete_everything(journal)
    assert raw(page, REFLECTION_KEY) is None
    for key, text in damaged.items():
        assert raw(page, key) == text
    choose_file(journal, tmp_path)  # and it keeps working
    journal.get_by_role("button", name="Yes, import").click()
    expect(journal).to_contain_text("6 saved items")
