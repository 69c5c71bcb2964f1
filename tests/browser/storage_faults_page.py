"""Storage faults in the browser, against every component that saves (issue 8): the
faults, the components' adapters and the helpers shared by test_storage_faults_*.py.

Four faults, each injected for real in Chromium: storage disabled (reading
``window.localStorage`` throws a SecurityError, as it does when site data is blocked),
storage full (localStorage truly filled to its quota), saved data corrupted by hand
(garbage written to the widget's key before the page loads) and the same widget open in
two tabs of one browser (one shared localStorage). Each component gets, for each fault:
a clear message beside it in a live region; what the learner typed or chose stays on
screen; nothing saved before is lost; and once the fault is gone, a new change saves.

The quiz, reflection, timeline and pattern finder are all on ``try_the_tools.html`` and
run through one table of small adapters (``COMPONENTS``); the journal page works
differently (it lists, imports and deletes) and has its own test in each fault's file.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect

COURSE = "psychodynamic-course"
TOOLS = "book/try_the_tools.html"
JOURNAL = "book/my_journal.html"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE_TEXT = (FIXTURES / "journal_fixture.json").read_text()

# Blocks storage only while this cookie is set, so one test can save first, block, and
# then lift the block again on the same browser data, as a learner changing the setting.
BLOCK_COOKIE = "pdc-test-block-storage"
BLOCK_STORAGE = f"""
if (document.cookie.split("; ").includes("{BLOCK_COOKIE}=1")) {{
  Object.defineProperty(window, "localStorage", {{
    get() {{ throw new DOMException("Access is denied for this document.", "SecurityError"); }},
  }});
}}"""

# Fill localStorage to its quota with big, then smaller and smaller values (about 0.1 s).
FILL = """() => {
  let size = 1 << 20, index = 0;
  while (size >= 1) {
    try { localStorage.setItem(`filler-${index++}`, "x".repeat(size)); }
    catch (error) { size = Math.floor(size / 2); }
  }
}"""
EMPTY = """() => Object.keys(localStorage).filter((key) => key.startsWith("filler-"))
    .forEach((key) => localStorage.removeItem(key))"""
HUGE = "{" * 500_000  # a big damaged value; all four, and a copy of each, fit in the quota

QUIZ_QUESTIONS = ("where-saved", "what-quizzes-do", "skip-choices", "keep-a-copy")


def texts(n: int) -> str:
    """The reflection's text after change n: each change writes more, as typing does."""
    return ", then ".join(f"change {i}" for i in range(n + 1))


# -- one adapter per component -----------------------------------------------------------


@dataclass(frozen=True)
class Component:
    name: str
    widget_id: str
    kind: str
    selector: str
    message: str  # where its storage messages appear, inside the widget
    change: Callable[[Locator, int], None]  # the learner's change number n
    shown: Callable[[Locator, int], None]  # expect change n on screen
    has: Callable[[dict], Callable[[int], bool]]  # saved data -> does it hold change n?
    other_kind: tuple[str, dict]  # a valid envelope's kind and data, of another component

    @property
    def key(self) -> str:
        return f"{COURSE}:{self.widget_id}"


def quiz_change(widget, n):
    widget.locator("fieldset.pdc-quiz-question").nth(n).locator("input").first.check()


def quiz_shown(widget, n):
    question = widget.locator("fieldset.pdc-quiz-question").nth(n)
    expect(question.locator("input").first).to_be_checked()


def reflection_change(widget, n):
    box = widget.locator("textarea")
    box.fill(texts(n))
    # Leaving the box saves at once. (Sent as an event: Playwright's blur() can take a
    # quarter of a second, and the two-tab checks race the half-second save delay.)
    box.dispatch_event("blur")


def timeline_change(widget, n):
    widget.locator(".pdc-timeline-field-age input").fill(str(10 + n))
    widget.locator(".pdc-timeline-field-label input").fill(f"Event {n}")
    widget.locator(".pdc-timeline-field-category select").select_option("family")
    widget.locator(".pdc-timeline-field-feeling select").select_option("1")
    widget.get_by_role("button", name="Add event", exact=True).click()


def patterns_change(widget, n, submit=True):
    for label, value in (
        ("Who was it with?", f"Person {n}"),
        ("What did I want?", "to be heard"),
        ("How did they respond?", "they listened"),
        ("How did I respond?", "I relaxed"),
    ):
        widget.get_by_label(label, exact=True).fill(value)
    if submit:
        widget.get_by_role("button", name="Add episode").click()


COMPONENTS = {
    "quiz": Component(
        "quiz",
        "try-the-tools-quiz",
        "quiz",
        ".pdc-quiz",
        ".pdc-quiz-storage-note",
        quiz_change,
        quiz_shown,
        lambda data: lambda n: data["selections"].get(QUIZ_QUESTIONS[n]) == [0],
        ("reflection", {"text": "not a quiz", "mode": "own"}),
    ),
    "reflection": Component(
        "reflection",
        "try-the-tools-reflection",
        "reflection",
        ".pdc-reflection",
        ".pdc-reflection-warning",
        reflection_change,
        lambda widget, n: expect(widget.locator("textarea")).to_have_value(texts(n)),
        lambda data: lambda n: data["text"] == texts(n),
        ("timeline", {"events": []}),
    ),
    "timeline": Component(
        "timeline",
        "try-the-tools-timeline",
        "timeline",
        '.pdc-timeline[data-widget-id="try-the-tools-timeline"]',
        ".pdc-timeline-warnings",
        timeline_change,
        lambda widget, n: expect(
            widget.locator(".pdc-timeline-item-label", has_text=f"Event {n}")
        ).to_have_count(1),
        lambda data: lambda n: f"Event {n}" in [e["label"] for e in data["events"]],
        ("reflection", {"text": "not a timeline", "mode": "own"}),
    ),
    "pattern finder": Component(
        "pattern finder",
        "try-the-tools-patterns",
        "episodes",
        ".pdc-patterns:not(.pdc-patterns-sample)",
        ".pdc-warning[role=status]",
        patterns_change,
        lambda widget, n: expect(
            widget.locator(".pdc-patterns-episode", has_text=f"Person {n}")
        ).to_have_count(1),
        lambda data: lambda n: f"Person {n}" in [e["who"] for e in data["episodes"]],
        ("timeline", {"events": []}),
    ),
}


# -- helpers -----------------------------------------------------------------------------


def open_tools(page: Page, book_url: str, reload=False) -> dict[str, Locator]:
    """The page with all four components, loaded once for all of them."""
    if reload:
        page.reload()
    else:
        page.goto(f"{book_url}/{TOOLS}")
    widgets = {name: page.locator(c.selector) for name, c in COMPONENTS.items()}
    for widget in widgets.values():
        expect(widget).to_be_visible(timeout=20_000)
    return widgets


def raw(page: Page, key: str) -> str | None:
    return page.evaluate("(key) => localStorage.getItem(key)", key)


def expect_saved(page: Page, component: Component, *changes: int, without=()):
    """Wait until storage holds each of `changes` (and none of `without`).

    The reflection holds one text, so for it only the last change counts.
    """
    if component.name == "reflection":
        changes = changes[-1:]
    text = None
    for _ in range(30):
        text = raw(page, component.key)
        if text is not None:
            has = component.has(json.loads(text)["data"])
            if all(has(n) for n in changes) and not any(has(n) for n in without):
                return
        page.wait_for_timeout(100)
    raise AssertionError(f"storage never held {changes} without {without}: {text}")


def expect_message(widget: Locator, selector: str, words: str):
    """A visible message with these words, inside a live region, beside the widget."""
    message = widget.locator(selector)
    expect(message).to_be_visible()
    expect(message).to_contain_text(words)
    announced = message.evaluate(
        "(node) => Boolean(node.closest('[role=alert], [role=status], [aria-live]'))"
    )
    assert announced, f"{selector} is not in a live region"


def set_aside(page: Page, key: str) -> list[str]:
    """The copies kept aside for `key`, in the order they were kept."""
    return page.evaluate(
        """(key) => {
            const found = [];
            for (let n = 1; ; n += 1) {
                const aside = n === 1 ? `${key}:unreadable` : `${key}:unreadable-${n}`;
                const value = localStorage.getItem(aside);
                if (value === null) return found;
                found.push(value);
            }
        }""",
        key,
    )


def envelope(component: Component, kind: str, data: dict) -> str:
    return json.dumps(
        {
            "format": "psychodynamic-course-entry",
            "version": 1,
            "course_id": COURSE,
            "widget_id": component.widget_id,
            "kind": kind,
            "title": "Written by hand",
            "chapter": "Try the tools",
            "saved_at": 1_790_000_000_000,
            "data": data,
        }
    )


class Each:
    """Run each step of a scenario for every component that has passed so far.

    The four components share one page, so one page load serves them all (the module
    stays within its time budget); a failed check marks only its own component, whose
    test then fails with the step and the reason.
    """

    def __init__(self):
        self.failures: dict[str, str | None] = dict.fromkeys(COMPONENTS)

    def __call__(self, what: str, step: Callable[[Component], None]):
        for name, component in COMPONENTS.items():
            if self.failures[name] is None:
                try:
                    step(component)
                except Exception as error:  # reported by that component's own test
                    self.failures[name] = f"{what}: {error}"


def fresh_page(browser, init_script: str | None = None):
    context = browser.new_context()
    if init_script:
        context.add_init_script(init_script)
    page = context.new_page()
    page.set_default_timeout(10_000)
    return context, page


components = pytest.mark.parametrize("component", COMPONENTS.values(), ids=list(COMPONENTS))


# -- the journal page ----------------------------------------------------------------------

REFLECTION_KEY = f"{COURSE}:try-the-tools-reflection"
SAVED_BEFORE = envelope(
    COMPONENTS["reflection"], "reflection", {"text": "saved before", "mode": "own"}
)


def open_journal(page: Page, book_url: str, reload=False) -> Locator:
    if reload:
        page.reload()
    else:
        page.goto(f"{book_url}/{JOURNAL}")
    journal = page.locator(".pdc-journal")
    expect(journal).to_be_visible(timeout=20_000)
    return journal


def choose_file(journal: Locator, tmp_path: Path):
    path = tmp_path / "my-journal.json"
    path.write_text(FIXTURE_TEXT)
    journal.get_by_label("Import a journal exported as JSON").set_input_files(str(path))


def delete_everything(journal: Locator):
    journal.get_by_role("button", name="Delete everything").first.click()
    journal.locator(".pdc-journal-delete").get_by_role("button", name="Delete everything").click()


def journal_with_one_entry(page: Page, book_url: str) -> Locator:
    page.goto(f"{book_url}/book/intro.html")
    page.evaluate("([k, text]) => localStorage.setItem(k, text)", [REFLECTION_KEY, SAVED_BEFORE])
    journal = open_journal(page, book_url)
    expect(journal.get_by_text("saved before", exact=True)).to_be_visible()
    return journal
