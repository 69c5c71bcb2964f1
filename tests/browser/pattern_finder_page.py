"""The pattern finder on the "Try the tools" page, driven as a learner would, and what it
shows and saves: shared by the pattern finder's browser tests (test_pattern_finder.py,
test_pattern_finder_input.py, test_pattern_finder_keyboard.py).
"""

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect
from test_pattern_finder_words import run_front_end

from psychodynamic_course.learner_data.data_model import load_schema
from psychodynamic_course.widgets.pattern_finder import tally

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


def assert_message_beside(finder, name, message):
    field = control(finder, name)
    expect(field).to_have_attribute("aria-invalid", "true")
    error = field.locator("xpath=following-sibling::*[1]")
    expect(error).to_have_class(re.compile("pdc-field-error"))
    expect(error).to_have_text(message)
    assert error.get_attribute("id") in field.get_attribute("aria-describedby").split()
