"""Drafts are learner data: text typed into any field of a widget, and not yet added, is
kept from the first keystroke. It survives a reload and a browser restart (a new browser
context started from the old one's storage), is shown on My journal, where it can be
deleted on its own, and goes once the entry is added or the learner clears it."""

import json
import re

import pytest
from playwright.sync_api import expect

from .conftest import Visit

pytestmark = pytest.mark.browser

PAGE = "book/try_the_tools.html"

# Each saving widget on the practice page, with its form's fields (every control a learner
# types into or chooses in) and the storage key of its saved data.
WIDGETS = {
    "timeline": {
        "root": '.pdc-timeline[data-widget-id="try-the-tools-timeline"]',
        "fields": "form input[type=text], form select",
        "key": "psychodynamic-course:try-the-tools-timeline",
    },
    "pattern finder": {
        "root": ".pdc-patterns:not(.pdc-patterns-sample)",
        "fields": "form input[type=text], form textarea, form select",
        "key": "psychodynamic-course:try-the-tools-patterns",
    },
    "reflection": {
        "root": ".pdc-reflection",
        "fields": "textarea",
        "key": "psychodynamic-course:try-the-tools-reflection",
    },
}

# Every field's value, in form order.
VALUES = "(controls) => controls.map((control) => control.value)"


def open_widget(page, book_url, widget):
    page.goto(f"{book_url}/{PAGE}")
    root = page.locator(widget["root"]).first
    expect(root).to_be_visible(timeout=20_000)
    return root


def type_a_draft(root, widget) -> list[str]:
    """Type into every field without adding anything; returns the values as typed."""
    controls = root.locator(widget["fields"])
    count = controls.count()
    assert count > 0
    for index in range(count):
        control = controls.nth(index)
        if control.evaluate("(c) => c.tagName") == "SELECT":
            last = control.locator("option").last.get_attribute("value")
            control.select_option(last)
        else:
            control.press_sequentially(f"half a thought {index} 😊 שלום")
    return controls.evaluate_all(VALUES)


@pytest.mark.parametrize("name", list(WIDGETS))
def test_a_draft_in_every_field_survives_a_reload_and_a_browser_restart(
    visit, browser, book_url, name
):
    widget = WIDGETS[name]
    root = open_widget(visit.page, book_url, widget)
    typed = type_a_draft(root, widget)
    # No pause, no blur: the page goes as a tab a phone discards would.
    visit.page.reload()
    root = open_widget(visit.page, book_url, widget)
    assert root.locator(widget["fields"]).evaluate_all(VALUES) == typed

    # A browser restart: a new browser context that starts from this one's storage.
    restarted = Visit(browser.new_context(storage_state=visit.context.storage_state()))
    try:
        root = open_widget(restarted.page, book_url, widget)
        assert root.locator(widget["fields"]).evaluate_all(VALUES) == typed
        raw = restarted.page.evaluate("(key) => localStorage.getItem(key)", widget["key"])
        assert "half a thought 0" in raw
    finally:
        restarted.context.close()


@pytest.mark.parametrize("name", ["timeline", "pattern finder"])
def test_my_journal_shows_a_draft_and_deletes_only_the_draft(visit, book_url, name):
    widget = WIDGETS[name]
    root = open_widget(visit.page, book_url, widget)
    type_a_draft(root, widget)
    visit.page.goto(f"{book_url}/book/my_journal.html")
    journal = visit.page.locator(".pdc-journal")
    draft = journal.locator(".pdc-journal-draft")
    expect(draft).to_have_count(1, timeout=20_000)
    expect(draft).to_contain_text("Not yet added: a draft, kept as you typed it.")
    expect(draft).to_contain_text("half a thought 0")
    # What My journal shows reads as text, not as Markdown list lines.
    lines = journal.locator(".pdc-journal-body").first.inner_text().splitlines()
    assert not [line for line in lines if line.startswith("- ")]

    draft.get_by_role("button", name="Delete this draft").click()
    expect(draft).to_have_count(0)
    expect(journal.locator(".pdc-status")).to_contain_text("was deleted")
    saved = json.loads(visit.page.evaluate("(key) => localStorage.getItem(key)", widget["key"]))
    assert "draft" not in saved["data"]

    # Back in the widget, the form is empty again.
    root = open_widget(visit.page, book_url, widget)
    values = root.locator(widget["fields"]).evaluate_all(VALUES)
    assert not any("half a thought" in value for value in values)


def test_adding_the_entry_ends_its_draft(visit, book_url):
    widget = WIDGETS["timeline"]
    root = open_widget(visit.page, book_url, widget)
    root.get_by_label("Age at the time").fill("12")
    root.get_by_label("What happened (a short label)").fill("Moved house")
    root.get_by_label("Category").select_option("moves")
    root.get_by_label("How it felt").select_option("0")
    saved = json.loads(visit.page.evaluate("(key) => localStorage.getItem(key)", widget["key"]))
    assert saved["data"]["draft"]["fields"]["label"] == "Moved house"
    root.get_by_role("button", name="Add event").click()
    expect(root.locator(".pdc-timeline-item")).to_have_count(1)
    saved = json.loads(visit.page.evaluate("(key) => localStorage.getItem(key)", widget["key"]))
    assert "draft" not in saved["data"]
    assert [event["label"] for event in saved["data"]["events"]] == ["Moved house"]


def test_undo_survives_a_reload_but_not_a_closed_tab(visit, browser, book_url):
    widget = WIDGETS["timeline"]
    root = open_widget(visit.page, book_url, widget)
    root.get_by_label("Age at the time").fill("12")
    root.get_by_label("What happened (a short label)").fill("Moved house")
    root.get_by_label("Category").select_option("moves")
    root.get_by_label("How it felt").select_option("0")
    root.get_by_role("button", name="Add event").click()
    root.get_by_role("button", name="Delete: Moved house").click()
    expect(root.locator(".pdc-timeline-item")).to_have_count(0)

    visit.page.reload()
    root = open_widget(visit.page, book_url, widget)
    root.get_by_role("button", name=re.compile("^Undo: delete")).click()
    expect(root.locator(".pdc-timeline-item")).to_have_count(1)

    # A new tab (sessionStorage is per tab) has no undo steps: deleted text does not linger.
    other = visit.context.new_page()
    root = open_widget(other, book_url, widget)
    expect(root.get_by_role("button", name=re.compile("^Undo"))).to_be_disabled()
