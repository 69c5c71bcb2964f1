"""Storage disabled (reading ``window.localStorage`` throws a SecurityError, as it does when
site data is blocked), against every component that saves and the journal page (issue 8).

The components' adapters and the shared helpers are in storage_faults_page.py.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .storage_faults_page import (
    BLOCK_COOKIE,
    BLOCK_STORAGE,
    COMPONENTS,
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
def storage_disabled(browser, book_url):
    context, page = fresh_page(browser, BLOCK_STORAGE)
    each = Each()
    w = open_tools(page, book_url)
    each("change 0", lambda c: c.change(w[c.name], 0))
    each("change 0 saved", lambda c: expect_saved(page, c, 0))
    before = {name: raw(page, c.key) for name, c in COMPONENTS.items()}

    context.add_cookies([{"name": BLOCK_COOKIE, "value": "1", "url": book_url}])
    open_tools(page, book_url, reload=True)
    each("message", lambda c: expect_message(w[c.name], c.message, "not letting the book save"))
    each("change 1", lambda c: c.change(w[c.name], 1))
    each("change 1 stays on screen", lambda c: c.shown(w[c.name], 1))

    context.clear_cookies()
    open_tools(page, book_url, reload=True)

    def nothing_lost(c):
        assert raw(page, c.key) == before[c.name]
        c.shown(w[c.name], 0)

    each("the copy saved before is unchanged and shown", nothing_lost)
    each("change 2", lambda c: c.change(w[c.name], 2))
    each("change 2 saved", lambda c: expect_saved(page, c, 0, 2))
    context.close()
    return each.failures


@components
def test_storage_disabled_is_reported_and_nothing_saved_is_lost(
    storage_disabled, component, robustness
):
    robustness(component.name, "fault: storage disabled", 1)
    assert storage_disabled[component.name] is None, storage_disabled[component.name]


# -- the journal page ----------------------------------------------------------------------


def test_journal_page_with_storage_disabled_says_so_and_refuses_to_import(
    visit, book_url, tmp_path, robustness
):
    robustness("journal page", "fault: storage disabled", 1)
    page = visit.page
    visit.context.add_init_script(BLOCK_STORAGE)
    journal_with_one_entry(page, book_url)
    visit.context.add_cookies([{"name": BLOCK_COOKIE, "value": "1", "url": book_url}])
    journal = open_journal(page, book_url, reload=True)
    expect_message(journal, ".pdc-warning[role=status]", "not letting the book save")
    choose_file(journal, tmp_path)
    expect(journal.locator(".pdc-journal-import .pdc-field-error")).to_contain_text(
        "nothing can be imported"
    )
    # The choice stays, so the learner sees which file was refused.
    assert journal.get_by_label("Import a journal exported as JSON").input_value()

    visit.context.clear_cookies()
    journal = open_journal(page, book_url, reload=True)
    expect(journal.get_by_text("saved before", exact=True)).to_be_visible()
    assert raw(page, REFLECTION_KEY) == SAVED_BEFORE
    choose_file(journal, tmp_path)
    journal.get_by_role("button", name="Yes, import").click()
    expect(journal.locator(".pdc-status")).to_contain_text("Imported 6 items")
