"""The pattern finder in the built book against bad input: messages beside their fields,
any script kept as typed, the hundred and first episode refused."""

import json

import pytest
from playwright.sync_api import expect

from .pattern_finder_page import (
    FINDER,
    FIXTURE,
    MESSAGE,
    assert_message_beside,
    control,
    enter_episode,
    open_finder,
    saved_entry,
    saved_raw,
)

pytestmark = pytest.mark.browser


# -- bad input -----------------------------------------------------------------------------------


def test_several_problems_at_once_each_speak_beside_their_field_and_fixing_clears_them(
    visit, book_url
):
    # One bad input per field, with every other case, is in test_bad_input_catalog.py.
    finder = open_finder(visit, book_url)
    page = visit.page
    enter_episode(finder, FIXTURE[0])
    before = saved_raw(page)
    assert before

    # Several problems at once: each beside its own field, focus on the first.
    enter_episode(finder, {**FIXTURE[1], "who": "", "other": "", "self": "s" * 501})
    for name in ("who", "other", "self"):
        assert_message_beside(finder, name, MESSAGE[name])
    expect(control(finder, "who")).to_be_focused()
    # Fixing a field clears its message as it is typed.
    control(finder, "who").fill("my cousin")
    expect(control(finder, "who")).not_to_have_attribute("aria-invalid", "true")
    assert saved_raw(page) == before


def test_a_category_outside_the_list_is_refused_beside_its_select(visit, book_url):
    finder = open_finder(visit, book_url)
    enter_episode(finder, FIXTURE[0])
    before = saved_raw(visit.page)
    # Only a tampered page can offer this; the schema still refuses it.
    control(finder, "other_category").evaluate(
        """(select) => select.append(new Option("to be rescued", "to be rescued"))"""
    )
    enter_episode(finder, {**FIXTURE[1], "other_category": "to be rescued"})
    assert_message_beside(finder, "other_category", MESSAGE["other_category"])
    assert saved_raw(visit.page) == before


def test_emoji_right_to_left_and_combining_text_are_accepted(visit, book_url):
    finder = open_finder(visit, book_url)
    episode = {
        **FIXTURE[0],
        "who": "אמא שלי 👩🏽",
        "wish": "Ame\u0301lie " + "🌻" * 480,
        "other": "قالت لا",
    }
    enter_episode(finder, episode)
    expect(finder.locator(".pdc-patterns-episode")).to_have_count(1)
    saved = saved_entry(visit.page)["data"]["episodes"][0]
    assert (saved["who"], saved["wish"], saved["other"]) == (
        episode["who"],
        episode["wish"],
        episode["other"],
    )
    assert finder.locator(".pdc-patterns-who span[dir=auto]").get_attribute("dir") == "auto"


def test_the_hundred_and_first_episode_is_refused_with_a_message(visit, book_url):
    finder = open_finder(visit, book_url)
    many = [{**FIXTURE[0], "id": f"fx-many-{i}"} for i in range(100)]
    enter_episode(finder, FIXTURE[1])
    envelope = saved_entry(visit.page)
    key = f"{envelope['course_id']}:{envelope['widget_id']}"
    envelope["data"]["episodes"] = many
    visit.page.evaluate(
        "([key, value]) => localStorage.setItem(key, value)", [key, json.dumps(envelope)]
    )
    visit.page.reload()
    finder = visit.page.locator(FINDER)
    expect(finder.locator(".pdc-patterns-episode")).to_have_count(100, timeout=20_000)
    before = saved_raw(visit.page)
    enter_episode(finder, FIXTURE[1])
    expect(finder.locator("form .pdc-field-error").last).to_have_text(
        "The pattern finder can hold at most 100 episodes."
    )
    expect(finder.locator(".pdc-patterns-episode")).to_have_count(100)
    expect(control(finder, "who")).to_have_value(FIXTURE[1]["who"])
    assert saved_raw(visit.page) == before
