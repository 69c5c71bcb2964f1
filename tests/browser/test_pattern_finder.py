"""The pattern finder in the built book: typed episodes, the tally, editing, the case.

The page ``book/try_the_tools.html`` has a pattern finder the reader can write in (and
may also show the read-only fictional case). The known episodes in
``tests/fixtures/pattern_finder_episodes.json`` are typed into it, and the tally the
widget shows must match :func:`psychodynamic_course.widgets.pattern_finder.tally` for them.

Bad input is in test_pattern_finder_input.py, the keyboard alone in
test_pattern_finder_keyboard.py; the page helpers in pattern_finder_page.py.
"""

import re

import pytest
from playwright.sync_api import expect

from psychodynamic_course.widgets.pattern_finder import nadia_episodes

from .pattern_finder_page import (
    FINDER,
    FIXTURE,
    assert_tally_shown,
    control,
    enter_episode,
    open_finder,
    saved_entry,
    saved_raw,
    undo_button,
    without_ids,
)

pytestmark = pytest.mark.browser


# -- the tally ---------------------------------------------------------------------------------


def test_typed_episodes_give_the_tally_python_computes(visit, book_url):
    finder = open_finder(visit, book_url)
    for episode in FIXTURE:
        enter_episode(finder, episode, typing=True)
    expect(finder.locator(".pdc-patterns-episode")).to_have_count(len(FIXTURE))

    result = assert_tally_shown(finder, FIXTURE)
    # Each part counted on its own: a tie in how they responded, one winner elsewhere.
    assert len(result["most_frequent"]["other"]["categories"]) == 2
    summary = finder.locator(".pdc-patterns-summary")
    expect(summary).to_contain_text(
        "how they responded was most often \u201crejecting and opposing\u201d or "
        "\u201chelpful\u201d (2 of 7 each)"
    )
    expect(summary).to_contain_text("core conflictual relationship theme (CCRT)")
    chart = finder.locator("svg[role=img]")
    assert "chosen in 7 episodes" in chart.get_attribute("aria-label")
    assert "rejecting and opposing and helpful (2 episodes each, a tie)" in chart.get_attribute(
        "aria-label"
    )
    expect(finder.locator(".pdc-patterns-reminder")).to_contain_text(
        "not a diagnosis, a test or a score"
    )

    # Emoji, right-to-left text and a combining character arrive unchanged.
    saved = saved_entry(visit.page)
    assert without_ids(saved["data"]["episodes"]) == without_ids(FIXTURE)
    assert saved["data"]["case"] == "own"
    expect(finder.locator(".pdc-patterns-who").nth(1)).to_have_text("With: مريم")
    expect(finder.locator(".pdc-patterns-who").nth(4)).to_have_text("With: Zoe\u0308, my coach")


def test_a_single_winner_in_each_part_is_named_with_its_count(visit, book_url):
    finder = open_finder(visit, book_url)
    episodes = [*FIXTURE[:3], {**FIXTURE[0], "who": "my aunt"}]
    for episode in episodes:
        enter_episode(finder, episode)
    expect(finder.locator(".pdc-patterns-episode")).to_have_count(4)
    assert_tally_shown(finder, episodes)
    expect(finder.locator(".pdc-patterns-sentence")).to_contain_text(
        "what I wanted was most often \u201cto be close and accepting\u201d (3 of 4)"
    )


# -- edit, delete, undo ----------------------------------------------------------------------


def test_edit_delete_and_undo(visit, book_url):
    finder = open_finder(visit, book_url)
    page = visit.page
    enter_episode(finder, FIXTURE[0])
    enter_episode(finder, FIXTURE[2])
    expect(finder.locator(".pdc-patterns-episode")).to_have_count(2)

    finder.get_by_role("button", name=f"Edit: {FIXTURE[0]['who']}").click()
    expect(control(finder, "who")).to_be_focused()
    expect(control(finder, "who")).to_have_value(FIXTURE[0]["who"])
    expect(finder.locator("form legend").first).to_have_text(
        f"Edit the episode \u201c{FIXTURE[0]['who']}\u201d"
    )
    control(finder, "who").fill("my older sister")
    control(finder, "self_category").select_option("helpless")
    finder.get_by_role("button", name="Save changes").click()
    first = finder.locator(".pdc-patterns-episode").first
    expect(first.locator(".pdc-patterns-who")).to_have_text("With: my older sister")
    expect(first).to_contain_text("(category: helpless)")
    edited = saved_entry(page)["data"]["episodes"]
    assert [e["who"] for e in edited] == ["my older sister", FIXTURE[2]["who"]]
    assert edited[0]["id"] == saved_entry(page)["data"]["episodes"][0]["id"]
    assert_tally_shown(finder, edited)

    deleted = FIXTURE[2]["who"]
    finder.get_by_role("button", name=f"Delete: {deleted}").click()
    expect(finder.locator(".pdc-patterns-episode")).to_have_count(1)
    undo = undo_button(finder)
    expect(undo).to_be_focused()
    expect(undo).to_have_text(f"Undo: delete \u201c{deleted}\u201d")
    expect(finder.locator(".pdc-status")).to_contain_text(
        f"Deleted \u201c{deleted}\u201d; Undo brings it back."
    )
    assert [e["who"] for e in saved_entry(page)["data"]["episodes"]] == ["my older sister"]

    undo.click()
    expect(finder.locator(".pdc-patterns-episode")).to_have_count(2)
    assert saved_entry(page)["data"]["episodes"] == edited
    undo.click()  # the edit
    expect(finder.locator(".pdc-patterns-who").first).to_have_text(f"With: {FIXTURE[0]['who']}")
    assert saved_entry(page)["data"]["episodes"][0]["who"] == FIXTURE[0]["who"]
    undo.click()
    undo.click()
    expect(finder.locator(".pdc-patterns-episode")).to_have_count(0)
    expect(undo).to_be_disabled()
    assert saved_entry(page)["data"]["episodes"] == []


def test_cancel_editing_changes_nothing(visit, book_url):
    finder = open_finder(visit, book_url)
    enter_episode(finder, FIXTURE[0])
    before = saved_raw(visit.page)
    edit = finder.get_by_role("button", name=f"Edit: {FIXTURE[0]['who']}")
    edit.click()
    control(finder, "wish").fill("something else")
    finder.get_by_role("button", name="Cancel editing").click()
    expect(edit).to_be_focused()
    expect(control(finder, "wish")).to_have_value("")
    assert saved_raw(visit.page) == before


# -- persistence, the fictional case ---------------------------------------------------------------


def test_reload_keeps_episodes(visit, book_url):
    finder = open_finder(visit, book_url)
    for episode in FIXTURE[:3]:
        enter_episode(finder, episode)
    expect(finder.locator(".pdc-patterns-episode")).to_have_count(3)
    visit.page.reload()
    finder = visit.page.locator(FINDER)
    expect(finder.locator(".pdc-patterns-episode")).to_have_count(3, timeout=20_000)
    expect(finder.locator(".pdc-patterns-who").first).to_have_text(f"With: {FIXTURE[0]['who']}")
    assert_tally_shown(finder, FIXTURE[:3])


def test_the_fictional_case_loads_after_an_inline_confirmation_and_can_be_undone(visit, book_url):
    finder = open_finder(visit, book_url)
    page = visit.page
    enter_episode(finder, FIXTURE[0])
    before = saved_entry(page)["data"]

    finder.get_by_role("button", name="Work on the fictional case: Nadia").click()
    confirm = finder.locator(".pdc-confirm")
    expect(confirm).to_be_visible()
    expect(confirm).to_contain_text("This deletes the 1 episode here from this device")
    expect(confirm.get_by_role("button", name="Delete mine and use Nadia\u2019s")).to_be_focused()
    confirm.get_by_role("button", name="Keep these episodes").click()
    expect(confirm).to_be_hidden()
    assert saved_entry(page)["data"] == before

    finder.get_by_role("button", name="Work on the fictional case: Nadia").click()
    confirm.get_by_role("button", name="Delete mine and use Nadia\u2019s").click()
    expect(finder.locator(".pdc-patterns-episode")).to_have_count(6)
    expect(finder.locator(".pdc-patterns-case-note")).to_contain_text("fictional case of Nadia")
    saved = saved_entry(page)["data"]
    assert saved == {"episodes": nadia_episodes(), "case": "fictional"}
    assert_tally_shown(finder, nadia_episodes())
    expect(finder.locator(".pdc-patterns-sentence")).to_contain_text("Across these 6 episodes")

    expect(undo_button(finder)).to_have_text("Undo: use Nadia's sample")
    undo_button(finder).click()
    expect(finder.locator(".pdc-patterns-episode")).to_have_count(1)
    assert saved_entry(page)["data"] == before


def test_an_empty_finder_loads_the_case_without_asking(visit, book_url):
    finder = open_finder(visit, book_url)
    finder.get_by_role("button", name="Work on the fictional case: Nadia").click()
    expect(finder.locator(".pdc-patterns-episode")).to_have_count(6)
    expect(finder.locator(".pdc-confirm")).to_be_hidden()
    # Remove all, with its own confirmation, brings back an empty list of one's own.
    finder.get_by_role("button", name="Remove all episodes").click()
    finder.locator(".pdc-confirm").get_by_role("button", name="Remove all").click()
    expect(finder.locator(".pdc-patterns-episode")).to_have_count(0)
    assert saved_entry(visit.page)["data"] == {"episodes": [], "case": "own"}


def test_read_only_sample_shows_the_case_without_a_form(visit, book_url):
    open_finder(visit, book_url)
    sample = visit.page.locator(".pdc-patterns.pdc-patterns-sample")
    if sample.count() == 0:
        pytest.skip("this page shows no read-only sample (nadia_patterns())")
    sample = sample.first
    expect(sample.locator(".pdc-patterns-episode")).to_have_count(len(nadia_episodes()))
    assert sample.locator("form, button, input, textarea, select").count() == 0
    assert_tally_shown(sample, nadia_episodes())
    assert saved_entry(visit.page) is None


# -- privacy, accessibility --------------------------------------------------------------------


def test_nothing_leaves_the_page_and_no_errors(visit, book_url):
    finder = open_finder(visit, book_url)
    for episode in FIXTURE[:2]:
        enter_episode(finder, episode)
    finder.get_by_role("button", name="Work on the fictional case: Nadia").click()
    finder.locator(".pdc-confirm").get_by_role("button", name=re.compile("Delete mine")).click()
    visit.page.reload()
    expect(visit.page.locator(FINDER).locator(".pdc-patterns-episode")).to_have_count(
        6, timeout=20_000
    )
    visit.page.wait_for_load_state("networkidle")
    assert visit.outside_requests() == []
    assert not [e for e in visit.errors if "pattern" in e.lower() or "pdc" in e.lower()], (
        visit.errors
    )


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_axe_finds_no_violations(visit, book_url, axe_violations, theme):
    finder = open_finder(visit, book_url)
    visit.page.evaluate(f"() => {{ document.documentElement.dataset.theme = '{theme}'; }}")
    for episode in FIXTURE[:3]:
        enter_episode(finder, episode)
    # Audit with messages showing, an episode being edited and the confirmation open too.
    enter_episode(finder, {**FIXTURE[0], "who": "", "wish": "w" * 501})
    finder.get_by_role("button", name="Work on the fictional case: Nadia").click()
    expect(finder.locator(".pdc-confirm")).to_be_visible()
    assert axe_violations(visit.page, ".pdc-patterns") == []
