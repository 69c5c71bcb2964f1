"""Storage full (localStorage truly filled to its quota), against every component that saves
and the journal page (issue 8).

The components' adapters and the shared helpers are in storage_faults_page.py.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .storage_faults_page import (
    COMPONENTS,
    EMPTY,
    FILL,
    REFLECTION_KEY,
    SAVED_BEFORE,
    Each,
    choose_file,
    components,
    expect_message,
    expect_saved,
    fresh_page,
    journal_with_one_entry,
    open_journal,
    open_tools,
    raw,
)

pytestmark = pytest.mark.browser


# -- the fault, run once for all four components on one page ------------------------------


@pytest.fixture(scope="module")
def storage_full(browser, book_url):
    context, page = fresh_page(browser)
    each = Each()
    w = open_tools(page, book_url)
    each("change 0", lambda c: c.change(w[c.name], 0))
    each("change 0 saved", lambda c: expect_saved(page, c, 0))
    before = {name: raw(page, c.key) for name, c in COMPONENTS.items()}

    page.evaluate(FILL)
    # Full storage still shows what was saved: it is not mistaken for disabled storage.
    open_tools(page, book_url, reload=True)
    each("saved copy shown", lambda c: c.shown(w[c.name], 0))
    each("change 1", lambda c: c.change(w[c.name], 1))
    each("message", lambda c: expect_message(w[c.name], c.message, "storage is full"))
    each("change 1 stays on screen", lambda c: c.shown(w[c.name], 1))

    def unchanged(c):
        assert raw(page, c.key) == before[c.name], "the copy saved before changed"

    each("saved copy unchanged", unchanged)

    page.evaluate(EMPTY)
    each("change 2", lambda c: c.change(w[c.name], 2))
    # What stayed on screen is saved with the next change.
    each("changes 1 and 2 saved", lambda c: expect_saved(page, c, 0, 1, 2))
    # ...and the warning is taken back: none may go on saying a change was not saved.
    each(
        "no stale warning",
        lambda c: expect(w[c.name].get_by_text("storage is full", exact=False)).to_be_hidden(),
    )
    context.close()
    return each.failures


@components
def test_storage_full_is_reported_the_change_stays_and_the_saved_copy_is_unchanged(
    storage_full, component, robustness
):
    robustness(component.name, "fault: storage full", 1)
    assert storage_full[component.name] is None, storage_full[component.name]


# -- the journal page ----------------------------------------------------------------------


def test_journal_page_with_storage_full_keeps_everything_saved_and_can_finish_later(
    visit, book_url, tmp_path, robustness
):
    robustness("journal page", "fault: storage full", 1)
    page = visit.page
    journal_with_one_entry(page, book_url)
    page.evaluate(FILL)
    journal = open_journal(page, book_url, reload=True)
    expect(journal.get_by_text("saved before", exact=True)).to_be_visible()  # full is not disabled
    choose_file(journal, tmp_path)
    journal.get_by_role("button", name="Yes, import").click()
    expect_message(journal, ".pdc-warning[role=status]", "storage is full")
    expect(journal.locator(".pdc-status")).to_contain_text("not saved yet")
    assert raw(page, REFLECTION_KEY) == SAVED_BEFORE
    expect(journal.get_by_text("saved before", exact=True)).to_be_visible()

    page.evaluate(EMPTY)
    journal.get_by_role("button", name="Yes, import").click()
    expect(journal.locator(".pdc-status")).to_contain_text("Imported")
    expect(journal).to_contain_text("6 saved items")
    expect(journal.get_by_text("storage is full", exact=False)).to_be_hidden()
