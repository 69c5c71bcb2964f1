"""The pattern finder in the built book: typed episodes, the tally, bad input, keyboard use.

The page ``book/try_the_tools.html`` has a pattern finder the reader can write in (and
may also show the read-only fictional case). The known episodes in
``tests/fixtures/pattern_finder_episodes.json`` are typed into it, and the tally the
widget shows must match :func:`psychodynamic_course.widgets.pattern_finder.tally` for them.
"""

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect
from test_pattern_finder_words import run_front_end

from psychodynamic_course.learner_data.data_model import load_schema
from psychodynamic_course.widgets.pattern_finder import nadia_episodes, tally

pytestmark = pytest.mark.browser

PAGE = "book/try_the_tools.html"
FINDER = ".pdc-patterns:not(.pdc-patterns-sample)"
FIXTURE = json.loads(
    (Path(__file__).resolve().parents[1] / "fixtures" / "pattern_finder_episodes.json").read_text(
        encoding="utf-8"
    )
)["episodes"]
ITEM = load_schema("episodes")["properties"]["episodes"]["items"]["properties"]
MESSAGE = {name: ITEM[name]["x-message"] for name in ITEM}
# Plain words first, Luborsky's terms beside them: the table's and the chart's part names.
PART_NAMES = {
    "wish": "What I wanted (wish, W)",
    "other": "How they responded (response of other, RO)",
    "self": "How I responded (response of self, RS)",
}
TEXT_LABELS = {
    "who": "Who was it with?",
    "wish": "What did I want?",
    "other": "How did they respond?",
    "self": "How did I respond?",
}
CATEGORY_LABELS = {
    "wish_category": "Category for what I wanted (optional)",
    "other_category": "Category for how they responded (optional)",
    "self_category": "Category for how I responded (optional)",
}
FIELDS = ("who", "wish", "wish_category", "other", "other_category", "self", "self_category")


def open_finder(visit, book_url):
    visit.page.goto(f"{book_url}/{PAGE}")
    finder = visit.page.locator(FINDER)
    expect(finder).to_be_visible(timeout=20_000)
    return finder


def control(finder, name):
    label = TEXT_LABELS.get(name) or CATEGORY_LABELS[name]
    return finder.get_by_label(label, exact=True)


def enter_episode(finder, episode, *, typing=False, submit=True):
    """Fill the form with an episode (typing key by key if asked) and add it."""
    for name in TEXT_LABELS:
        field = control(finder, name)
        field.fill("")
        if typing:
            field.press_sequentially(episode[name])
        else:
            field.fill(episode[name])
    for name in CATEGORY_LABELS:
        control(finder, name).select_option(value=episode.get(name, ""))
    if submit:
        finder.locator("form").get_by_role(
            "button", name=re.compile("Add episode|Save changes")
        ).click()


def saved_entry(page):
    """The pattern finder's saved envelope in localStorage (None when nothing is saved)."""
    entries = page.evaluate(
        """() => Object.keys(localStorage).flatMap((key) => {
            try {
                const value = JSON.parse(localStorage.getItem(key));
                return value && value.kind === "episodes" ? [[key, value]] : [];
            } catch (error) { return []; }
        })"""
    )
    assert len(entries) <= 1, entries
    return entries[0][1] if entries else None


def saved_raw(page):
    """The saved episodes as text, without the form's draft and the time of saving, which a
    draft kept from the first keystroke renews: what must not change when nothing is saved."""
    return page.evaluate(
        """() => Object.keys(localStorage).filter((key) => {
            try { return JSON.parse(localStorage.getItem(key)).kind === "episodes"; }
            catch (error) { return false; }
        }).map((key) => {
            const { saved_at, ...entry } = JSON.parse(localStorage.getItem(key));
            if (entry.data) delete entry.data.draft;
            return JSON.stringify(entry);
        }).join("")"""
    )


def without_ids(episodes):
    return [{name: episode.get(name, "") for name in FIELDS} for episode in episodes]


def shown_counts(finder):
    """The counts table as (part, category, count) rows."""
    rows = finder.locator(".pdc-patterns-table tbody tr")
    found = []
    for index in range(rows.count()):
        row = rows.nth(index)
        cells = row.locator("th, td")
        found.append(tuple(cells.nth(i).text_content().strip() for i in range(3)))
    return found


def expected_counts(result):
    rows = []
    for part, name in PART_NAMES.items():
        if result[part]:
            rows.extend((name, category, str(count)) for category, count in result[part].items())
        else:
            rows.append((name, "none chosen yet", "0"))
    return rows


def assert_tally_shown(finder, episodes):
    """The counts table and bars are what tally() says; the sentences are the front end's
    own words for these episodes, computed in Node (tests/test_pattern_finder_words.py holds
    those words to a table)."""
    result = tally(episodes)
    assert shown_counts(finder) == expected_counts(result)
    words = run_front_end([episodes])[0][1]
    summary = finder.locator(".pdc-patterns-summary")
    expect(summary.locator(".pdc-patterns-sentence")).to_have_text(words["summary"])
    for kind in ("note", "secondary"):
        selector = ".pdc-patterns-theme-note" if kind == "note" else ".pdc-patterns-secondary"
        expect(summary.locator(selector)).to_have_count(1 if words[kind] else 0)
        if words[kind]:
            expect(summary.locator(selector)).to_have_text(words[kind])
    assert "combination" not in summary.text_content()
    # The bars carry their numbers as text, in the same order as the table.
    numbers = finder.locator("svg .pdc-patterns-chart-count").all_text_contents()
    assert numbers == [str(c) for part in PART_NAMES for c in result[part].values()]
    return result


def undo_button(finder):
    """The Undo button: "Undo" when there is nothing to undo, else "Undo: <what>"."""
    return finder.get_by_role("button", name=re.compile(r"^Undo(: |$)"))


def tab_until(page, script, limit=40):
    """Press Tab until the focused element satisfies ``script`` (a JS predicate on it)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"() => ({script})(document.activeElement)"):
            return
    pytest.fail(f"Tab never reached an element matching {script}")


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


# -- bad input -----------------------------------------------------------------------------------


def assert_message_beside(finder, name, message):
    field = control(finder, name)
    expect(field).to_have_attribute("aria-invalid", "true")
    error = field.locator("xpath=following-sibling::*[1]")
    expect(error).to_have_class(re.compile("pdc-field-error"))
    expect(error).to_have_text(message)
    assert error.get_attribute("id") in field.get_attribute("aria-describedby").split()


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


# -- keyboard, privacy, accessibility --------------------------------------------------------------


def test_a_full_pass_by_keyboard_alone(visit, book_url):
    finder = open_finder(visit, book_url)
    page = visit.page
    keyboard = page.keyboard
    # Start on the page before the widget, then only keys.
    finder.locator("h3").first.evaluate("(heading) => { heading.tabIndex = -1; heading.focus(); }")
    tab_until(page, "(el) => el.textContent === 'Work on the fictional case: Nadia'")
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "the focused button has no visible outline"

    tab_until(page, "(el) => el.name === 'who'")
    keyboard.type("my flatmate")
    keyboard.press("Tab")
    keyboard.type("I wanted a quiet evening together.")
    keyboard.press("Tab")  # the wish's category: type-ahead chooses an option
    keyboard.type("to be close")
    keyboard.press("Tab")
    keyboard.type("She invited friends over without asking.")
    keyboard.press("Tab")
    keyboard.type("rejecting")
    keyboard.press("Tab")
    keyboard.type("I stayed in my room.")
    keyboard.press("Tab")
    keyboard.type("disappointed")
    keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.textContent") == "Add episode"
    keyboard.press("Enter")
    expect(finder.locator(".pdc-patterns-episode")).to_have_count(1)
    expect(control(finder, "who")).to_be_focused()
    saved = saved_entry(page)["data"]["episodes"][0]
    assert (saved["wish_category"], saved["other_category"], saved["self_category"]) == (
        "to be close and accepting",
        "rejecting and opposing",
        "disappointed and depressed",
    )
    expect(finder.locator(".pdc-status")).to_have_text(
        "Added \u201cmy flatmate\u201d. 1 episode. Saved on this device."
    )

    # Enter in an empty form shows the messages, and nothing is saved.
    keyboard.press("Enter")
    assert_message_beside(finder, "who", MESSAGE["who"])
    assert len(saved_entry(page)["data"]["episodes"]) == 1

    # Edit by keyboard.
    tab_until(page, "(el) => el.getAttribute('aria-label') === 'Edit: my flatmate'")
    keyboard.press("Enter")
    expect(control(finder, "who")).to_be_focused()
    keyboard.press("Control+a")
    keyboard.type("Ana, my flatmate")
    tab_until(page, "(el) => el.textContent === 'Save changes'")
    keyboard.press("Enter")
    expect(finder.locator(".pdc-patterns-who").first).to_have_text("With: Ana, my flatmate")
    expect(finder.get_by_role("button", name="Edit: Ana, my flatmate")).to_be_focused()

    # Delete, then undo, by keyboard.
    keyboard.press("Tab")
    focused_label = "() => document.activeElement.getAttribute('aria-label')"
    assert page.evaluate(focused_label) == "Delete: Ana, my flatmate"
    keyboard.press("Enter")
    expect(finder.locator(".pdc-patterns-episode")).to_have_count(0)
    expect(undo_button(finder)).to_be_focused()
    keyboard.press("Enter")
    expect(finder.locator(".pdc-patterns-who").first).to_have_text("With: Ana, my flatmate")

    # The fictional case, confirmed by keyboard: its button comes right after Undo.
    tab_until(page, "(el) => el.textContent === 'Work on the fictional case: Nadia'", limit=1)
    keyboard.press("Enter")
    expect(finder.get_by_role("button", name="Delete mine and use Nadia\u2019s")).to_be_focused()
    keyboard.press("Enter")
    expect(finder.locator(".pdc-patterns-episode")).to_have_count(6)
    assert saved_entry(page)["data"]["case"] == "fictional"


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
