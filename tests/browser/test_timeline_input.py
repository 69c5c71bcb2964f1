"""The life timeline in the built book against bad input: messages beside the fields, any
script kept as typed, a script payload shown as text."""

import pytest
from playwright.sync_api import expect

from .timeline_page import (
    PAYLOAD,
    WIDGET,
    add_event,
    field,
    fill_event,
    list_labels,
    message,
    open_timeline,
    stored_labels,
    stored_list,
    theme_lines,
)

pytestmark = pytest.mark.browser


def test_several_bad_fields_at_once_each_get_their_message_and_saved_events_stay(visit, book_url):
    # One bad input per field, with every other case, is in test_bad_input_catalog.py.
    widget = open_timeline(visit, book_url)
    page = visit.page
    add_event(widget, age="10", label="Kept safe", category="family", feeling="0")
    saved_before = stored_list(page)

    long_label = "x" * 81
    fill_event(widget, age="abc", label=long_label, themes="a, b, c, d, e, f")
    widget.get_by_role("button", name="Add event", exact=True).click()
    expected = {
        "age": "Age must be a whole number from 0 to 120.",
        "label": "Give the event a short label (1 to 80 characters).",
        "category": "Choose a category from the list.",
        "feeling": "How it felt must be a whole number from -2 (very hard) to +2 (very good).",
        "themes": "Use up to 5 theme words, each 1 to 30 characters.",
    }
    for name, text in expected.items():
        expect(message(widget, name)).to_have_text(text)
        control = field(widget, name)
        expect(control).to_have_attribute("aria-invalid", "true")
        error_id = message(widget, name).get_attribute("id")
        assert error_id in control.get_attribute("aria-describedby").split()
    expect(message(widget, "year")).to_be_hidden()
    # What was typed stays; nothing saved changed; focus is on the first field to fix.
    expect(field(widget, "age")).to_have_value("abc")
    expect(field(widget, "label")).to_have_value(long_label)
    expect(field(widget, "age")).to_be_focused()
    assert list_labels(widget) == ["Kept safe"]
    assert stored_list(page) == saved_before

    # Fixing the input clears the messages and adds the event.
    fill_event(widget, age="5", label="A label", category="health", feeling="1")
    widget.get_by_role("button", name="Add event", exact=True).click()
    expect(widget.locator(".pdc-field-error:visible")).to_have_count(0)
    assert list_labels(widget) == ["A label", "Kept safe"]
    expect(field(widget, "age")).not_to_have_attribute("aria-invalid", "true")


def test_any_script_emoji_and_combining_marks_are_kept_as_typed(visit, book_url):
    widget = open_timeline(visit, book_url)
    labels = [
        "Moved to Lisbon 🏠🌧️ 👩‍👩‍👧",
        "انتقلنا إلى بيت جديد",
        "Cafe\u0301 with Zoe\u0308",
        "🙂" * 80,
    ]
    for age, label in enumerate(labels, start=1):
        add_event(widget, age=str(age), label=label, category="moves", feeling="0", themes="בית")
    assert list_labels(widget) == labels
    assert stored_labels(visit.page) == labels
    expect(theme_lines(widget)).to_have_count(1)
    expect(widget.locator(".pdc-timeline-theme-label")).to_have_text("בית")


def test_a_script_payload_is_shown_as_text_and_never_runs(visit, book_url):
    dialogs = []
    visit.page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    widget = open_timeline(visit, book_url)
    add_event(widget, age="3", label=PAYLOAD, category="other", feeling="0", themes=f"{PAYLOAD}, a")
    add_event(widget, age="4", label="Second", category="other", feeling="0", themes=PAYLOAD)
    expect(widget.locator(".pdc-timeline-item-label").first).to_have_text(PAYLOAD)
    expect(widget.locator(".pdc-timeline-theme-label")).to_have_text(PAYLOAD)
    assert widget.locator("img").count() == 0
    visit.page.reload()
    widget = visit.page.locator(WIDGET)
    expect(widget.locator(".pdc-timeline-item-label").first).to_have_text(PAYLOAD)
    visit.page.wait_for_timeout(300)
    assert widget.locator("img").count() == 0
    assert dialogs == []
