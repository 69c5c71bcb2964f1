"""The life timeline on the "Try the tools" page, driven as a learner would: shared by the
timeline's browser tests (test_timeline.py, test_timeline_input.py, test_timeline_keyboard.py).
"""

import json

from playwright.sync_api import expect

PAGE = "book/try_the_tools.html"
WIDGET_ID = "try-the-tools-timeline"
WIDGET = f'.pdc-timeline[data-widget-id="{WIDGET_ID}"]'
KEY = f"psychodynamic-course:{WIDGET_ID}"
PAYLOAD = "<img src=x onerror=alert(1)>"


def open_timeline(visit, book_url):
    visit.page.goto(f"{book_url}/{PAGE}")
    widget = visit.page.locator(WIDGET)
    expect(widget).to_be_visible(timeout=20_000)
    return widget


def field(widget, name):
    return widget.locator(f".pdc-timeline-field-{name}").locator("input, select")


def message(widget, name):
    return widget.locator(f".pdc-timeline-field-{name} .pdc-field-error")


def fill_event(widget, *, age="", year="", label="", category="", feeling="", themes=""):
    field(widget, "age").fill(age)
    field(widget, "year").fill(year)
    field(widget, "label").fill(label)
    field(widget, "category").select_option(category)
    field(widget, "feeling").select_option(feeling)
    field(widget, "themes").fill(themes)


def add_event(widget, **values):
    before = widget.locator(".pdc-timeline-item").count()
    fill_event(widget, **values)
    widget.get_by_role("button", name="Add event", exact=True).click()
    expect(widget.locator(".pdc-timeline-item")).to_have_count(before + 1)


def stored(page):
    raw = page.evaluate(f"() => localStorage.getItem({json.dumps(KEY)})")
    return None if raw is None else json.loads(raw)


def stored_list(page):
    """The saved envelope without the form's draft and the time of saving, which a draft
    kept from the first keystroke renews: what must not change when input is refused."""
    saved = stored(page)
    if saved is not None:
        saved.pop("saved_at", None)
        saved["data"].pop("draft", None)
    return saved


def stored_labels(page):
    saved = stored(page)
    return [] if saved is None else [event["label"] for event in saved["data"]["events"]]


def markers(widget):
    return widget.locator("svg.pdc-timeline-svg .pdc-timeline-marker")


def theme_lines(widget):
    return widget.locator("svg.pdc-timeline-svg .pdc-timeline-theme-line")


def list_labels(widget):
    return widget.locator(".pdc-timeline-item-label").all_text_contents()
