"""Every component that saves, driven as a learner would, on the "Try the tools" page.

That page has one of each: a quiz, a reflection, a life timeline and a pattern finder (and
Nadia's read-only timeline and episodes, which save nothing). The same moves work in the
static book and in JupyterLab, since the widgets draw the same page in both; the tests
that follow a learner's data across users (``test_two_learners.py``) use them.
"""

from __future__ import annotations

import re

from playwright.sync_api import expect

QUIZ = ".pdc-quiz"
REFLECTION = ".pdc-reflection"
TIMELINE = ".pdc-timeline:not(.pdc-timeline-read-only)"
EPISODES = ".pdc-patterns:not(.pdc-patterns-sample)"
EPISODE_FIELDS = (
    "Who was it with?",
    "What did I want?",
    "How did they respond?",
    "How did I respond?",
)
# The widget ids of the saving components on that page (book/try_the_tools.ipynb).
SAVING_IDS = {
    "try-the-tools-quiz",
    "try-the-tools-reflection",
    "try-the-tools-timeline",
    "try-the-tools-patterns",
}


def write_in_every_widget(page, words: str, question: int) -> None:
    """Leave ``words`` in the reflection, a timeline event and an episode, and check the
    quiz's question number ``question`` (0-based) with its first option; wait until each
    says it is saved."""
    quiz = page.locator(QUIZ).locator("fieldset.pdc-quiz-question").nth(question)
    quiz.locator("input").first.check()
    quiz.get_by_role("button", name="Check answer").click()
    expect(quiz.locator(".pdc-quiz-feedback")).not_to_be_empty()

    reflection = page.locator(REFLECTION)
    reflection.locator("textarea").fill(words)
    # "Saved on this device." in the static book; in a kernel it names the journal file too.
    expect(reflection.locator(".pdc-status")).to_have_text(
        re.compile(r"^Saved (on this device|in this browser and in your journal file)\.$")
    )

    timeline = page.locator(TIMELINE)
    add_timeline_event(timeline, words, age="12", category="other", feeling="1")
    expect(timeline.locator(".pdc-timeline-item-label")).to_have_text([words])

    episodes = page.locator(EPISODES)
    for label in (
        "Who was it with?",
        "What did I want?",
        "How did they respond?",
        "How did I respond?",
    ):
        episodes.get_by_label(label, exact=True).fill(words)
    episodes.locator("form").get_by_role("button", name="Add episode").click()
    expect(episodes.locator(".pdc-patterns-episode")).to_have_count(1)


def add_timeline_event(timeline, label, *, category, feeling, age="", year="", themes=""):
    """Fill a life timeline's form (an age or a year) and press Add event."""
    for name, value in (("age", age), ("year", year), ("label", label), ("themes", themes)):
        timeline.locator(f".pdc-timeline-field-{name} input").fill(value)
    timeline.locator(".pdc-timeline-field-category select").select_option(category)
    timeline.locator(".pdc-timeline-field-feeling select").select_option(feeling)
    timeline.get_by_role("button", name="Add event", exact=True).click()


def shown_answers(page) -> dict:
    """What the saving widgets on the page show of a learner: typed text, events,
    episodes and the quiz questions with a choice made."""
    return {
        "reflection": page.locator(f"{REFLECTION} textarea").input_value(),
        "events": page.locator(f"{TIMELINE} .pdc-timeline-item-label").all_text_contents(),
        "episodes": page.locator(f"{EPISODES} .pdc-patterns-episode").all_text_contents(),
        "quiz": [
            index
            for index, question in enumerate(page.locator(f"{QUIZ} fieldset").all())
            if question.locator("input:checked").count()
        ],
    }


def anywhere_on_page(page, words: str) -> bool:
    """Whether ``words`` shows anywhere: in the page's text or in any field's value."""
    return page.evaluate(
        """(words) => document.body.textContent.includes(words)
            || [...document.querySelectorAll("input, textarea")]
                .some((field) => field.value.includes(words))""",
        words,
    )
