"""The Review page in the built book: the schedule over days, keyboard use, saving.

Days move with Playwright's clock (``page.clock.set_fixed_time``), which moves the
review's one clock (``frontend/lib/clock.js`` reads ``Date.now()``).
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta

import pytest
from playwright.sync_api import expect

from psychodynamic_course.content.review_cards import review_cards

from .conftest import PHONE, Visit

pytestmark = pytest.mark.browser

KEY = "psychodynamic-course:review"
QUIZ_KEY = "psychodynamic-course:chapter-03-self-check"
DAY_ONE = datetime(2026, 12, 5, 10, 0)
CARDS = review_cards()
CHAPTER_3 = [card for card in CARDS if card["chapter"] == "chapter-03"]
QUESTIONS_3 = [card for card in CHAPTER_3 if card["kind"] == "question"]
TERMS_3 = [card for card in CHAPTER_3 if card["kind"] == "term"]


def open_review(page, book_url, day: datetime):
    page.clock.set_fixed_time(day)
    page.goto(f"{book_url}/book/review.html")
    widget = page.locator(".pdc-review")
    expect(widget).to_be_visible(timeout=20_000)
    return widget


def saved(page) -> dict | None:
    raw = page.evaluate("(key) => localStorage.getItem(key)", KEY)
    return json.loads(raw)["data"] if raw else None


def store_review(page, book_url, data: dict | str):
    """Put a saved review (data in an entry's envelope, or raw text) in this browser."""
    page.clock.set_fixed_time(DAY_ONE)
    page.goto(f"{book_url}/book/intro.html")
    envelope = {
        "format": "psychodynamic-course-entry",
        "version": 1,
        "course_id": "psychodynamic-course",
        "widget_id": "review",
        "kind": "review",
        "title": "Spaced review",
        "chapter": "Review",
        "saved_at": 1,
        "data": data,
    }
    text = data if isinstance(data, str) else json.dumps(envelope)
    page.evaluate("([key, text]) => localStorage.setItem(key, text)", [KEY, text])


def right_option(card) -> int:
    return next(i for i, option in enumerate(card["question"]["options"]) if option["correct"])


def wrong_option(card) -> int:
    return next(i for i, option in enumerate(card["question"]["options"]) if not option["correct"])


def answer_question(widget, card, option: int):
    body = widget.locator(".pdc-review-card-body")
    expect(body).to_contain_text(card["question"]["prompt"][:60])
    body.locator("input").nth(option).check()
    body.get_by_role("button", name="Check answer").click()
    return body.locator(".pdc-quiz-feedback")


def test_a_recalled_card_comes_back_after_its_interval_and_a_missed_one_tomorrow(visit, book_url):
    page = visit.page
    widget = open_review(page, book_url, DAY_ONE)
    expect(widget.locator(".pdc-review-today")).to_have_text(
        "Choose at least one chapter to start."
    )
    widget.get_by_label("Chapter 3:", exact=False).check()
    expect(widget.locator(".pdc-review-today")).to_have_text("Due today: 10 cards.")

    first, second = QUESTIONS_3[0], QUESTIONS_3[1]
    feedback = answer_question(widget, first, right_option(first))
    expect(feedback).to_contain_text("Correct. Comes back in 3 days, on Tuesday 8 December.")
    # Choosing another chapter now moves on: an answered card is never drawn again unanswered.
    widget.get_by_label("Chapter 4:", exact=False).check()
    widget.get_by_label("Chapter 4:", exact=False).uncheck()
    expect(widget.locator(".pdc-review-card-body")).to_contain_text(
        second["question"]["prompt"][:60]
    )
    feedback = answer_question(widget, second, wrong_option(second))
    expect(feedback).to_contain_text("Not quite.")
    expect(feedback).to_contain_text("comes back tomorrow (Sunday 6 December)")
    # Every option's explanation is shown once a question is answered, as in the chapter.
    expect(widget.locator(".pdc-quiz-explanation:visible")).to_have_count(
        len(second["question"]["options"])
    )
    boxes = {card["id"]: (card["box"], card["due"]) for card in saved(page)["cards"]}
    assert boxes == {first["id"]: (2, "2026-12-08"), second["id"]: (1, "2026-12-06")}
    # When a card returns, never a grade: no percentage, score or label of the learner.
    assert not re.search(r"\d\s*%|\bscore\b|\bgrade\b|\bstreak\b", widget.inner_text(), re.I)

    # The next day: the missed card first, then new ones; the recalled one is not due.
    widget = open_review(page, book_url, DAY_ONE + timedelta(days=1))
    expect(widget.locator(".pdc-review-card-body")).to_contain_text(
        second["question"]["prompt"][:60]
    )
    expect(widget.locator(".pdc-review-next")).to_contain_text("1 card on Tuesday 8 December")
    # Three days on it is back.
    widget = open_review(page, book_url, DAY_ONE + timedelta(days=3))
    expect(widget.locator(".pdc-review-card-body")).to_contain_text(
        second["question"]["prompt"][:60]
    )
    answer_question(widget, second, right_option(second))
    widget.get_by_role("button", name="Next card").click()
    expect(widget.locator(".pdc-review-card-body")).to_contain_text(
        first["question"]["prompt"][:60]
    )
    assert visit.errors == [] and visit.outside_requests() == []


def test_a_whole_session_by_keyboard_with_focus_and_announcements(visit, book_url):
    page = visit.page
    # Every chapter 3 question already met and not due: today brings term cards.
    met = [
        {
            "id": card["id"],
            "chapter": "chapter-03",
            "box": 3,
            "due": "2026-12-20",
            "seen": "2026-12-01",
        }
        for card in QUESTIONS_3
    ]
    store_review(page, book_url, {"chapters": ["chapter-03"], "cards": met})
    widget = open_review(page, book_url, DAY_ONE)
    expect(widget.get_by_label("Chapter 3:", exact=False)).to_be_checked()
    term = TERMS_3[0]
    body = widget.locator(".pdc-review-card-body")
    expect(body).to_contain_text(term["prompt"])
    # Tab from the last chapter's box reaches "Show the answer".
    widget.get_by_label("Chapter 9:", exact=False).focus()
    page.keyboard.press("Tab")
    expect(body.get_by_role("button", name="Show the answer")).to_be_focused()
    page.keyboard.press("Enter")
    expect(body.locator(".pdc-review-answer")).to_have_text(term["answer"])
    expect(body.get_by_role("button", name="I recalled it")).to_be_focused()
    page.keyboard.press("Enter")
    status = widget.locator(".pdc-review-status")
    expect(status).to_have_text("Recalled. Comes back in 3 days, on Tuesday 8 December.")
    # Focus goes to the next card's heading, which names what it asks.
    heading = widget.locator(".pdc-review-card-heading")
    expect(heading).to_be_focused()
    expect(body).to_contain_text(TERMS_3[1]["prompt"][:40])
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # Show the answer
    page.keyboard.press("Tab")
    expect(body.get_by_role("button", name="Not yet")).to_be_focused()
    page.keyboard.press("Enter")
    expect(status).to_have_text("Not yet: it comes back tomorrow (Sunday 6 December).")
    expect(heading).to_be_focused()
    assert {card["id"]: card["box"] for card in saved(page)["cards"]}[TERMS_3[1]["id"]] == 1


def test_a_self_check_answered_in_the_chapter_comes_back_the_next_day(visit, book_url):
    page = visit.page
    page.clock.set_fixed_time(DAY_ONE)
    page.goto(f"{book_url}/book/chapter_03.html")
    quiz = page.locator(".pdc-quiz")
    expect(quiz).to_be_visible(timeout=20_000)
    question = quiz.locator("fieldset").first
    question.locator("input").first.check()
    question.get_by_role("button", name="Check answer").click()

    widget = open_review(page, book_url, DAY_ONE)
    widget.get_by_label("Chapter 3:", exact=False).check()
    first = QUESTIONS_3[0]
    card = next(card for card in saved(page)["cards"] if card["id"] == first["id"])
    assert (card["box"], card["due"]) == (1, "2026-12-06")
    # Not today: it is not among today's new cards either.
    expect(widget.locator(".pdc-review-card-body")).to_contain_text(
        QUESTIONS_3[1]["question"]["prompt"][:60]
    )
    widget = open_review(page, book_url, DAY_ONE + timedelta(days=1))
    expect(widget.locator(".pdc-review-card-body")).to_contain_text(
        first["question"]["prompt"][:60]
    )


def test_choices_and_a_half_answered_card_survive_a_reload_and_a_browser_restart(
    visit, browser, book_url
):
    page = visit.page
    widget = open_review(page, book_url, DAY_ONE)
    widget.get_by_label("Chapter 3:", exact=False).check()
    widget.locator(".pdc-review-card-body input").nth(1).check()
    assert saved(page)["draft"] == {"card": QUESTIONS_3[0]["id"], "choices": [1]}
    widget = open_review(page, book_url, DAY_ONE)
    expect(widget.locator(".pdc-review-card-body input").nth(1)).to_be_checked()

    restarted = Visit(browser.new_context(storage_state=visit.context.storage_state()))
    try:
        widget = open_review(restarted.page, book_url, DAY_ONE)
        expect(widget.get_by_label("Chapter 3:", exact=False)).to_be_checked()
        expect(widget.locator(".pdc-review-card-body input").nth(1)).to_be_checked()
    finally:
        restarted.context.close()


def test_exported_review_imports_into_a_fresh_browser(visit, browser, book_url, tmp_path):
    page = visit.page
    widget = open_review(page, book_url, DAY_ONE)
    widget.get_by_label("Chapter 3:", exact=False).check()
    answer_question(widget, QUESTIONS_3[0], right_option(QUESTIONS_3[0]))
    page.goto(f"{book_url}/book/my_journal.html")
    journal = page.locator(".pdc-journal")
    expect(journal).to_contain_text("Chapters chosen for review: 3. Cards met: 1 (box 2: 1).")
    with page.expect_download() as download:
        journal.get_by_role("button", name="Export as JSON").click()
    exported = tmp_path / "journal.json"
    download.value.save_as(exported)
    assert json.loads(exported.read_text())["entries"]["review"]["kind"] == "review"

    fresh = Visit(browser.new_context())
    try:
        fresh.page.goto(f"{book_url}/book/my_journal.html")
        journal = fresh.page.locator(".pdc-journal")
        expect(journal).to_be_visible(timeout=20_000)
        journal.get_by_label("Import a journal exported as JSON").set_input_files(str(exported))
        journal.get_by_role("button", name="Yes, import").click()
        widget = open_review(fresh.page, book_url, DAY_ONE + timedelta(days=3))
        expect(widget.get_by_label("Chapter 3:", exact=False)).to_be_checked()
        expect(widget.locator(".pdc-review-card-body")).to_contain_text(
            QUESTIONS_3[0]["question"]["prompt"][:60]
        )
    finally:
        fresh.context.close()


def test_works_on_a_phone(browser, book_url):
    phone = Visit(browser.new_context(**PHONE))
    try:
        widget = open_review(phone.page, book_url, DAY_ONE)
        widget.get_by_label("Chapter 1:", exact=False).tap()
        expect(widget.locator(".pdc-review-today")).to_have_text("Due today: 10 cards.")
        overflow = phone.page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0
        button = widget.get_by_role("button", name="Check answer")
        assert button.bounding_box()["height"] >= 44
    finally:
        phone.context.close()
