"""The same widget open in two tabs of one browser (one shared localStorage), against every
component that saves and the journal page (issue 8).

The components' adapters and the shared helpers are in storage_faults_page.py.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Locator, expect

from .storage_faults_page import (
    COMPONENTS,
    EMPTY,
    FILL,
    Component,
    Each,
    choose_file,
    components,
    delete_everything,
    expect_message,
    expect_saved,
    fresh_page,
    open_journal,
    open_tools,
    patterns_change,
    texts,
)

pytestmark = pytest.mark.browser


# -- the fault, run once for all four components on one page ------------------------------


ADD = {"timeline": "Add event", "pattern finder": "Add episode"}
ASKS = ".pdc-other-tab [role=alert]"
NOTE = ".pdc-other-tab-note"


def fill_form_only(component: Component, widget: Locator, n: int):
    """Type a new item into a list component's form without adding it."""
    if component.name == "pattern finder":
        patterns_change(widget, n, submit=False)
    else:
        widget.locator(".pdc-timeline-field-age input").fill(str(10 + n))
        widget.locator(".pdc-timeline-field-label input").fill(f"Event {n}")
        widget.locator(".pdc-timeline-field-category select").select_option("family")
        widget.locator(".pdc-timeline-field-feeling select").select_option("1")


@pytest.fixture(scope="module")
def two_tabs(browser, book_url):
    context, tab_a = fresh_page(browser)
    each = Each()
    a = open_tools(tab_a, book_url)
    tab_b = context.new_page()
    tab_b.set_default_timeout(10_000)
    b = open_tools(tab_b, book_url)

    # A tab with nothing unsaved follows the other one, and says so; both ways.
    each("A: change 0", lambda c: c.change(a[c.name], 0))
    each("A: change 0 saved", lambda c: expect_saved(tab_a, c, 0))
    each("B follows A", lambda c: c.shown(b[c.name], 0))
    each("B says so", lambda c: expect_message(b[c.name], NOTE, "another tab"))
    each("B: change 1", lambda c: c.change(b[c.name], 1))
    each("A follows B", lambda c: c.shown(a[c.name], 1))
    each("A says so", lambda c: expect_message(a[c.name], NOTE, "another tab"))

    # Both at once: B has work that is not saved when A saves. The quiz, timeline and
    # pattern finder save every change at once, so theirs is unsaved because the storage
    # was full at that moment; the reflection saves half a second after typing stops.
    tab_b.evaluate(FILL)
    lists = {name: c for name, c in COMPONENTS.items() if name != "reflection"}
    for name, component in lists.items():
        component.change(b[name], 2)
    tab_b.evaluate(EMPTY)
    b["reflection"].locator("textarea").fill(texts(2))
    COMPONENTS["reflection"].change(a["reflection"], 3)  # well within that half second
    each("A: change 3", lambda c: c.name == "reflection" or c.change(a[c.name], 3))
    each("A: change 3 saved", lambda c: expect_saved(tab_a, c, 3, without=(2,)))
    each("B asks", lambda c: expect_message(b[c.name], ASKS, "also changed in another tab"))
    each("B keeps its own on screen", lambda c: c.shown(b[c.name], 2))
    tab_b.wait_for_timeout(600)  # longer than the reflection's save delay: it still asks
    each("A's version not replaced", lambda c: expect_saved(tab_a, c, 3, without=(2,)))
    # Keeping B's version saves it; A, with nothing unsaved, follows and says so.
    each(
        "B keeps its version",
        lambda c: b[c.name].get_by_role("button", name="Keep the version in this tab").click(),
    )
    each("B's version saved", lambda c: expect_saved(tab_a, c, 2))
    each("B's question closed", lambda c: expect(b[c.name].locator(ASKS)).to_be_hidden())
    each("A follows", lambda c: c.shown(a[c.name], 2))
    each("A says so", lambda c: expect_message(a[c.name], NOTE, "another tab"))

    # Typing a new item in B's form while A adds one: B's list follows, the form keeps
    # what is typed, and adding it keeps both.
    def typing_while_the_other_adds(c):
        if c.name not in ADD:
            return
        fill_form_only(c, b[c.name], 4)
        c.change(a[c.name], 5)
        c.shown(b[c.name], 5)
        b[c.name].get_by_role("button", name=ADD[c.name], exact=True).click()
        expect_saved(tab_a, c, 2, 4, 5)
        c.shown(a[c.name], 4)

    each("typing in B's form while A adds", typing_while_the_other_adds)
    context.close()
    return each.failures


@components
def test_two_tabs_follow_each_other_and_ask_before_either_version_is_lost(
    two_tabs, component, robustness
):
    robustness(component.name, "fault: two tabs editing", 1)
    assert two_tabs[component.name] is None, two_tabs[component.name]


# -- the journal page ----------------------------------------------------------------------


def test_journal_page_follows_other_tabs_and_a_deletion_there_asks_before_losing_typing(
    visit, book_url, tmp_path, robustness
):
    robustness("journal page", "fault: two tabs editing", 1)
    reflection = COMPONENTS["reflection"]
    journal_tab = visit.page
    journal = open_journal(journal_tab, book_url)
    tools = visit.context.new_page()
    widget = open_tools(tools, book_url)["reflection"]

    reflection.change(widget, 0)
    expect(journal.get_by_text(texts(0))).to_be_visible()
    expect(journal.locator(".pdc-status")).to_contain_text("another tab")
    # A waiting import plan is worked out again against what the other tab saved.
    choose_file(journal, tmp_path)
    plan = journal.locator(".pdc-journal-import .pdc-warning")
    expect(plan).to_contain_text("replace 1")
    reflection.change(widget, 1)
    expect(journal.get_by_text(texts(1))).to_be_visible()
    expect(plan).to_contain_text("replace 1")
    journal.get_by_role("button", name="Cancel").click()

    # Deleting everything here clears the other tab, which had nothing unsaved ...
    delete_everything(journal)
    expect(widget.locator("textarea")).to_have_value("")
    expect_message(widget, ".pdc-other-tab-note", "deleted in another tab")
    # ... but text typed there and not saved yet (it saves half a second after typing
    # stops) stays, with a question.
    reflection.change(widget, 2)
    expect_saved(tools, reflection, 2)
    journal.get_by_role("button", name="Delete everything").first.click()
    widget.locator("textarea").fill("typed just now")
    # At once (a Playwright click may wait longer than the half second), as a learner's.
    confirm = journal.locator(".pdc-journal-delete").get_by_role("button", name="Delete everything")
    confirm.dispatch_event("click")
    expect_message(widget, ".pdc-other-tab [role=alert]", "deleted in another tab")
    expect(widget.locator("textarea")).to_have_value("typed just now")
    widget.get_by_role("button", name="Keep the version in this tab").click()
    expect(journal.get_by_text("typed just now")).to_be_visible()
