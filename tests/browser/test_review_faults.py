"""The Review page when storage fails or another tab saves: nothing saved is lost, and the
learner is told (the same rules as every saving widget: storage.js)."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from .storage_faults_page import BLOCK_COOKIE, BLOCK_STORAGE, EMPTY, FILL
from .test_review import (
    DAY_ONE,
    KEY,
    QUESTIONS_3,
    open_review,
    right_option,
    saved,
    store_review,
)

pytestmark = pytest.mark.browser

STORED = {"chapters": ["chapter-03"], "cards": []}


def test_another_tab_answering_is_followed_here(visit, book_url):
    page = visit.page
    store_review(page, book_url, STORED)
    first = open_review(page, book_url, DAY_ONE)
    other = visit.context.new_page()
    second = open_review(other, book_url, DAY_ONE)
    card = second.locator(".pdc-review-card-body")
    card.locator("input").nth(right_option(QUESTIONS_3[0])).check()
    card.get_by_role("button", name="Check answer").click()
    # The first tab takes the other's version and says so; nothing answered is lost.
    expect(first.locator(".pdc-other-tab-note")).to_have_text(
        "Updated with the version saved in another tab of this book."
    )
    expect(first.locator(".pdc-review-card-body")).to_contain_text(
        QUESTIONS_3[1]["question"]["prompt"][:60]
    )
    assert [card["id"] for card in saved(page)["cards"]] == [QUESTIONS_3[0]["id"]]


def test_an_unreadable_saved_review_is_kept_aside_and_said(visit, book_url):
    page = visit.page
    store_review(page, book_url, '{"not": "a review"')
    widget = open_review(page, book_url, DAY_ONE)
    expect(widget.locator(".pdc-quiz-storage-note")).to_contain_text(
        "could not be read, so this starts empty"
    )
    assert page.evaluate("(key) => localStorage.getItem(key + ':unreadable')", KEY) == (
        '{"not": "a review"'
    )
    expect(widget.locator(".pdc-review-today")).to_have_text(
        "Choose at least one chapter to start."
    )


def test_full_storage_is_said_and_what_was_saved_survives(visit, book_url):
    page = visit.page
    store_review(page, book_url, STORED)
    widget = open_review(page, book_url, DAY_ONE)
    before = page.evaluate("(key) => localStorage.getItem(key)", KEY)
    page.evaluate(FILL)
    try:
        card = widget.locator(".pdc-review-card-body")
        card.locator("input").first.check()
        expect(widget.locator(".pdc-quiz-storage-note")).to_contain_text("storage is full")
        assert page.evaluate("(key) => localStorage.getItem(key)", KEY) == before
    finally:
        page.evaluate(EMPTY)


def test_with_storage_refused_the_review_still_works_on_the_page(browser, book_url):
    context = browser.new_context()
    context.add_init_script(BLOCK_STORAGE)
    context.add_cookies([{"name": BLOCK_COOKIE, "value": "1", "url": book_url}])
    page = context.new_page()
    try:
        widget = open_review(page, book_url, DAY_ONE)
        expect(widget.locator(".pdc-quiz-storage-note")).to_contain_text(
            "not letting the book save anything"
        )
        widget.get_by_label("Chapter 3:", exact=False).check()
        expect(widget.locator(".pdc-review-today")).to_have_text("Due today: 10 cards.")
    finally:
        context.close()


def test_a_saved_quiz_with_unknown_question_ids_schedules_only_the_courses_questions(
    visit, book_url
):
    page = visit.page
    first = QUESTIONS_3[0]
    quiz = {
        "format": "psychodynamic-course-entry",
        "version": 1,
        "course_id": "psychodynamic-course",
        "widget_id": first["quiz"],
        "kind": "quiz",
        "title": "Check your understanding",
        "chapter": "Chapter 3",
        "saved_at": 1,
        "data": {
            "selections": {},
            "status": {first["question"]["id"]: "checked", "not a question!": "checked"},
        },
    }
    store_review(page, book_url, STORED)
    page.evaluate(
        "([key, text]) => localStorage.setItem(key, text)",
        [f"psychodynamic-course:{first['quiz']}", json.dumps(quiz)],
    )
    widget = open_review(page, book_url, DAY_ONE)
    expect(widget.locator(".pdc-review-today")).to_contain_text("Due today")
    assert [card["id"] for card in saved(page)["cards"]] == [first["id"]]
    # What was saved is still a readable review: a reload keeps it, nothing set aside.
    widget = open_review(page, book_url, DAY_ONE)
    expect(widget.locator(".pdc-quiz-storage-note")).to_be_hidden()
    assert page.evaluate("(key) => localStorage.getItem(key + ':unreadable')", KEY) is None
