"""The reflection prompt in the built book: saving, restoring, limits, choices, keyboard."""

import json

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

# Emoji, right-to-left text and a combining accent, as learners really type.
TYPED = "To understand why I go quiet. Café 😊 שלום e\u0301"
PRACTICE_KEY = "psychodynamic-course:try-the-tools-reflection"
CHAPTER_KEY = "psychodynamic-course:chapter-01-first-thoughts"


def open_practice(visit, book_url):
    visit.page.goto(f"{book_url}/book/try_the_tools.html")
    widget = visit.page.locator(".pdc-reflection")
    expect(widget).to_be_visible(timeout=20_000)
    return widget


def stored(visit, key):
    raw = visit.page.evaluate("(key) => localStorage.getItem(key)", key)
    return json.loads(raw) if raw else None


def test_typed_text_is_saved_and_restored_after_reload(visit, book_url):
    widget = open_practice(visit, book_url)
    box = widget.get_by_role("textbox", name="What would you like to get out of this course?")
    box.fill(TYPED)
    expect(widget.locator(".pdc-status")).to_have_text("Saved on this device.")
    expect(widget.locator(".pdc-reflection-count")).to_contain_text("10 words")
    entry = stored(visit, PRACTICE_KEY)
    assert entry["version"] == 1 and entry["kind"] == "reflection"
    assert entry["data"] == {"text": TYPED, "mode": "own"}

    visit.page.reload()
    widget = visit.page.locator(".pdc-reflection")
    expect(widget.locator("textarea")).to_have_value(TYPED, timeout=20_000)
    expect(widget.locator(".pdc-status")).to_contain_text("restored")
    assert visit.outside_requests() == []


def test_clear_asks_first_and_cancel_keeps_the_answer(visit, book_url):
    widget = open_practice(visit, book_url)
    widget.locator("textarea").fill("keep me")
    expect(widget.locator(".pdc-status")).to_have_text("Saved on this device.")
    widget.get_by_role("button", name="Clear answer").click()
    widget.get_by_role("button", name="Keep it").click()
    assert stored(visit, PRACTICE_KEY)["data"]["text"] == "keep me"
    widget.get_by_role("button", name="Clear answer").click()
    widget.get_by_role("button", name="Delete answer").click()
    expect(widget.locator("textarea")).to_have_value("")
    assert stored(visit, PRACTICE_KEY)["data"]["text"] == ""


def test_content_note_offers_own_fictional_or_skip_and_links_to_help(visit, book_url):
    visit.page.goto(f"{book_url}/book/chapter_01.html")
    widget = visit.page.locator(".pdc-reflection")
    expect(widget).to_be_visible(timeout=20_000)
    expect(widget.locator("[role=note]")).to_contain_text("Content note")
    expect(widget.locator("textarea")).to_be_hidden()  # a choice comes first
    help_link = widget.get_by_role("link", name="getting help now")
    assert help_link.get_attribute("href") == "getting_help.html"

    widget.get_by_label("Write about the fictional person instead").check()
    expect(widget.get_by_label("Nadia (fictional) cleaned the kitchen")).to_be_visible()
    widget.locator("textarea").fill("She might have been angry.")
    expect(widget.locator(".pdc-status")).to_have_text("Saved on this device.")
    assert stored(visit, CHAPTER_KEY)["data"]["mode"] == "fictional"

    # Skipping with something written asks first; what is kept stays visible.
    widget.get_by_label("Skip this reflection").check()
    expect(widget.get_by_role("group", name="You have written 5 words here.")).to_be_visible()
    assert stored(visit, CHAPTER_KEY)["data"]["mode"] == "fictional"  # nothing yet
    widget.get_by_role("button", name="Keep what I wrote").click()
    expect(widget.locator("textarea")).to_be_hidden()
    expect(widget.locator(".pdc-reflection-skipped")).to_contain_text("is kept on this device")
    expect(widget.get_by_label("Skip this reflection")).to_be_focused()
    assert stored(visit, CHAPTER_KEY)["data"] == {
        "text": "She might have been angry.",
        "mode": "skipped",
    }
    visit.page.reload()
    expect(visit.page.get_by_label("Skip this reflection")).to_be_checked(timeout=20_000)


@pytest.mark.parametrize(
    ("choice", "question", "answer", "kept"),
    [
        (
            "Skip this reflection",
            "about your own experience. Keep them on this device",
            "Keep what I wrote",
            True,
        ),
        (
            "Skip this reflection",
            "about your own experience. Keep them on this device",
            "Delete what I wrote",
            False,
        ),
        (
            "Write about the fictional person instead",
            "Keep them in the box for the fictional",
            "Keep what I wrote",
            True,
        ),
        (
            "Write about the fictional person instead",
            "Keep them in the box for the fictional",
            "Delete what I wrote",
            False,
        ),
    ],
)
def test_switching_away_from_your_own_answer_asks_to_keep_or_delete_it(
    visit, book_url, choice, question, answer, kept
):
    visit.page.goto(f"{book_url}/book/chapter_01.html")
    widget = visit.page.locator(".pdc-reflection")
    widget.get_by_label("Write about my own experience").check(timeout=20_000)
    widget.locator("textarea").fill("Private words about me.")
    expect(widget.locator(".pdc-status")).to_have_text("Saved on this device.")

    widget.get_by_label(choice).check()
    asked = widget.get_by_role("group", name="You have written 4 words")
    expect(asked).to_contain_text(question)
    asked.get_by_role("button", name=answer).click()
    expect(asked).to_be_hidden()
    data = stored(visit, CHAPTER_KEY)["data"]
    assert data["text"] == ("Private words about me." if kept else "")
    assert data["mode"] == ("skipped" if choice.startswith("Skip") else "fictional")
    expect(widget.locator(".pdc-status")).to_contain_text("kept." if kept else "deleted.")


def test_full_pass_by_keyboard_only(visit, book_url):
    visit.page.goto(f"{book_url}/book/chapter_01.html")
    widget = visit.page.locator(".pdc-reflection")
    expect(widget).to_be_visible(timeout=20_000)
    widget.get_by_label("Write about my own experience").focus()
    visit.page.keyboard.press("Space")
    visit.page.keyboard.press("Tab")
    assert visit.page.evaluate("() => document.activeElement.tagName") == "TEXTAREA"
    visit.page.keyboard.type("Typed with the keyboard.")
    visit.page.keyboard.press("Tab")  # leaving the box saves at once
    expect(widget.locator(".pdc-status")).to_have_text("Saved on this device.")
    assert visit.page.evaluate("() => document.activeElement.textContent") == "Clear answer"
    visit.page.keyboard.press("Enter")
    assert visit.page.evaluate("() => document.activeElement.textContent") == "Keep it"
    visit.page.keyboard.press("Enter")
    expect(widget.locator("textarea")).to_have_value("Typed with the keyboard.")


def test_reflection_passes_axe_with_an_error_showing(visit, book_url, axe_violations):
    widget = open_practice(visit, book_url)
    widget.locator("textarea").fill("x" * 5001)
    expect(widget.locator(".pdc-field-error")).not_to_have_text("")
    assert axe_violations(visit.page, ".pdc-reflection") == []
