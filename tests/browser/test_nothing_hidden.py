"""No export holds anything the learner cannot see on My journal, in any widget or mode.

A learner who shares an export (with a tutor, say) must be able to see all of it first.
This walks every component that saves through its modes in the built book, as a learner
would: a reflection written about oneself, switched to the fictional person, skipped
with the text kept, skipped with it deleted; quiz questions checked and revealed; a
timeline with a year of birth and themes, then Nadia's sample; relationship episodes of
one's own, then the fictional case. After each round it opens My journal, downloads both
exports, and checks that the JSON export holds exactly what this browser saved and that
every entry in it shows on the page and in the Markdown: each piece of text written or
chosen, each number given, and the mode it was written in.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from psychodynamic_course.learner_data.journal_markdown import journal_to_markdown
from psychodynamic_course.widgets.quiz import load_quiz

from .saving_widgets import EPISODE_FIELDS, EPISODES, QUIZ, TIMELINE, add_timeline_event

pytestmark = pytest.mark.browser

COURSE = "psychodynamic-course"
QUIZ_DATA = load_quiz("try-the-tools").quiz
# What each mode of a reflection or a list of episodes says about itself.
MODE_SHOWN = {
    ("mode", "own"): None,
    ("mode", "fictional"): "(Written about the fictional person, not about yourself.)",
    ("mode", "skipped"): "(You chose to skip this reflection.)",
    ("case", "own"): None,
    ("case", "fictional"): "(The fictional case, not your own episodes.)",
}


def must_show(entry: dict) -> list[str]:
    """Everything of one entry's data that must be visible under its title: every piece of
    text that is not blank, every number (a feeling with its sign), the mode it was
    written in, and for a quiz how many questions were checked and kept a choice. Ids are
    the book's, not the learner's. Any field a schema gains is covered without change."""
    data = entry["data"]
    if entry["kind"] == "quiz":
        chosen = sum(1 for choice in data["selections"].values() if choice)
        counts = [f"Questions checked: {len(data['status'])}."]
        return [*counts, *([f"kept for {chosen} question"] if chosen else [])]
    shown = []

    def walk(value, key=None):
        if isinstance(value, dict):
            for name, item in value.items():
                walk(item, name)
        elif isinstance(value, list):
            for item in value:
                walk(item, key)
        elif key in ("mode", "case"):
            shown.append(MODE_SHOWN[(key, value)])
        elif key == "feeling":
            shown.append(f"felt {value:+d}" if value else "felt 0")
        elif isinstance(value, int):
            shown.append(str(value))
        elif key != "id" and value.strip():
            shown.append(value)

    walk(data)
    return [text for text in shown if text]


def saved_here(page) -> dict:
    """This browser's entries of the book, as the widgets saved them."""
    return page.evaluate(
        """(prefix) => Object.fromEntries(Object.keys(localStorage)
            .filter((key) => key.startsWith(prefix) && !key.slice(prefix.length).includes(":"))
            .map((key) => [key.slice(prefix.length), JSON.parse(localStorage.getItem(key))]))""",
        f"{COURSE}:",
    )


def download(page, button: str) -> str:
    with page.expect_download() as downloading:
        page.locator(".pdc-journal").get_by_role("button", name=button).click()
    return Path(downloading.value.path()).read_text(encoding="utf-8")


def check_exports_show_everything(visit, book_url) -> int:
    """Open My journal and hold both exports against it; return how many entries."""
    page = visit.page
    page.goto(f"{book_url}/book/my_journal.html")
    journal = page.locator(".pdc-journal")
    exported = json.loads(download(page, "Export as JSON (to import later)"))
    markdown = download(page, "Export as Markdown")
    assert exported["entries"] == saved_here(page)
    assert markdown == journal_to_markdown(exported)
    articles = journal.locator(".pdc-journal-entry")
    expect(articles).to_have_count(len(exported["entries"]))
    for entry in exported["entries"].values():
        on_page = articles.filter(has=page.get_by_role("heading", name=entry["title"]))
        shown = on_page.text_content()
        section = markdown.split(f"### {entry['title']}\n", 1)[1].split("\n### ", 1)[0]
        for text in must_show(entry):
            assert text in shown, (entry["widget_id"], text, "My journal")
            assert text in section, (entry["widget_id"], text, "Markdown")
    return len(exported["entries"])


def open_page(visit, book_url, name):
    visit.page.goto(f"{book_url}/book/{name}.html")
    expect(visit.page.locator(".pdc-widget").first).to_be_visible(timeout=20_000)
    return visit.page


def switch_reflection(page, choice: str, answer: str | None = None) -> None:
    """Choose how to answer chapter 1's reflection; answer the keep-or-delete question."""
    reflection = page.locator(".pdc-reflection")
    reflection.get_by_label(choice).check()
    if answer:
        reflection.get_by_role("button", name=answer).click()
    expect(reflection.locator(".pdc-status")).to_contain_text(
        re.compile("saved on this device", re.IGNORECASE)
    )


def test_every_export_shows_on_my_journal_in_every_mode(visit, book_url):
    page = open_page(visit, book_url, "chapter_01")
    reflection = page.locator(".pdc-reflection")
    reflection.get_by_label("Write about my own experience").check()
    reflection.locator("textarea").fill("When plans change\nI go quiet.")
    expect(reflection.locator(".pdc-status")).to_have_text("Saved on this device.")

    page = open_page(visit, book_url, "try_the_tools")
    # One question checked, one answered wrongly then revealed, one chosen but not checked.
    questions = page.locator(QUIZ).locator("fieldset.pdc-quiz-question")
    questions.nth(0).locator("input").first.check()
    questions.nth(0).get_by_role("button", name="Check answer").click()
    wrong = next(i for i, o in enumerate(QUIZ_DATA["questions"][1]["options"]) if not o["correct"])
    questions.nth(1).locator("input").nth(wrong).check()
    questions.nth(1).get_by_role("button", name="Check answer").click()
    questions.nth(1).get_by_role("button", name="Show the answer").click()
    questions.nth(3).locator("input").first.check()
    timeline = page.locator(TIMELINE)
    timeline.get_by_label("Year of birth (optional)").fill("1999")
    timeline.get_by_role("button", name="Set year of birth").click()
    add_timeline_event(
        timeline,
        "Moved to the coast",
        year="2011",
        category="moves",
        feeling="-1",
        themes="leaving, the sea",
    )
    episodes = page.locator(EPISODES)
    episode = ("my sister", "to be heard", "laughed", "joked")
    for label, text in zip(EPISODE_FIELDS, episode, strict=True):
        episodes.get_by_label(label, exact=True).fill(text)
    episodes.get_by_label("Category for what I wanted (optional)").select_option(
        "to be loved and understood"
    )
    episodes.locator("form").get_by_role("button", name="Add episode").click()
    expect(episodes.locator(".pdc-patterns-episode")).to_have_count(1)
    assert check_exports_show_everything(visit, book_url) == 4

    # Skip with the text kept; Nadia's sample and the fictional case replace the learner's.
    switch_reflection(
        open_page(visit, book_url, "chapter_01"), "Skip this reflection", "Keep what I wrote"
    )
    page = open_page(visit, book_url, "try_the_tools")
    page.locator(TIMELINE).get_by_role("button", name="Use the fictional sample: Nadia").click()
    page.locator(TIMELINE).get_by_role("button", name="Delete mine and show Nadia's").click()
    page.locator(EPISODES).get_by_role("button", name="Work on the fictional case: Nadia").click()
    page.locator(EPISODES).get_by_role("button", name="Delete mine and use Nadia\u2019s").click()
    expect(page.locator(EPISODES).locator(".pdc-patterns-case-note")).to_be_visible()
    check_exports_show_everything(visit, book_url)
    assert "I go quiet." in saved_here(page)["chapter-01-first-thoughts"]["data"]["text"]

    # The kept text under the fictional prompt, then skipped again with the text deleted.
    page = open_page(visit, book_url, "chapter_01")
    switch_reflection(page, "Write about the fictional person instead", "Keep what I wrote")
    check_exports_show_everything(visit, book_url)
    page = open_page(visit, book_url, "chapter_01")
    switch_reflection(page, "Skip this reflection", "Delete what I wrote")
    check_exports_show_everything(visit, book_url)
    assert saved_here(page)["chapter-01-first-thoughts"]["data"] == {"text": "", "mode": "skipped"}
