"""Storage faults in the browser, against every component that saves (issue 8).

Four faults, each injected for real in Chromium: storage disabled (reading
``window.localStorage`` throws a SecurityError, as it does when site data is blocked),
storage full (localStorage truly filled to its quota), saved data corrupted by hand
(garbage written to the widget's key before the page loads) and the same widget open in
two tabs of one browser (one shared localStorage). Each component gets, for each fault:
a clear message beside it in a live region; what the learner typed or chose stays on
screen; nothing saved before is lost; and once the fault is gone, a new change saves.

The quiz, reflection, timeline and pattern finder are all on ``try_the_tools.html`` and
run through one table of small adapters (``COMPONENTS``); the journal page works
differently (it lists, imports and deletes) and has its own four tests at the end.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect

pytestmark = pytest.mark.browser

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


# -- the four faults, each run once for all four components on one page ------------------------


@pytest.fixture(scope="module")
def storage_disabled(browser, book_url):
    context, page = fresh_page(browser, BLOCK_STORAGE)
    each = Each()
    w = open_tools(page, book_url)
    each("change 0", lambda c: c.change(w[c.name], 0))
    each("change 0 saved", lambda c: expect_saved(page, c, 0))
    before = {name: raw(page, c.key) for name, c in COMPONENTS.items()}

    context.add_cookies([{"name": BLOCK_COOKIE, "value": "1", "url": book_url}])
    open_tools(page, book_url, reload=True)
    each("message", lambda c: expect_message(w[c.name], c.message, "not letting the book save"))
    each("change 1", lambda c: c.change(w[c.name], 1))
    each("change 1 stays on screen", lambda c: c.shown(w[c.name], 1))

    context.clear_cookies()
    open_tools(page, book_url, reload=True)

    def nothing_lost(c):
        assert raw(page, c.key) == before[c.name]
        c.shown(w[c.name], 0)

    each("the copy saved before is unchanged and shown", nothing_lost)
    each("change 2", lambda c: c.change(w[c.name], 2))
    each("change 2 saved", lambda c: expect_saved(page, c, 0, 2))
    context.close()
    return each.failures


@pytest.fixture(scope="module")
def storage_full(browser, book_url):
    context, page = fresh_page(browser)
    each = Each()
    w = open_tools(page, book_url)
    each("change 0", lambda c: c.change(w[c.name], 0))
    each("change 0 saved", lambda c: expect_saved(page, c, 0))
    before = {name: raw(page, c.key) for name, c in COMPONENTS.items()}

    page.evaluate(FILL)
    # Full storage still shows what was saved: it is not mistaken for disabled storage.
    open_tools(page, book_url, reload=True)
    each("saved copy shown", lambda c: c.shown(w[c.name], 0))
    each("change 1", lambda c: c.change(w[c.name], 1))
    each("message", lambda c: expect_message(w[c.name], c.message, "storage is full"))
    each("change 1 stays on screen", lambda c: c.shown(w[c.name], 1))

    def unchanged(c):
        assert raw(page, c.key) == before[c.name], "the copy saved before changed"

    each("saved copy unchanged", unchanged)

    page.evaluate(EMPTY)
    each("change 2", lambda c: c.change(w[c.name], 2))
    # What stayed on screen is saved with the next change.
    each("changes 1 and 2 saved", lambda c: expect_saved(page, c, 0, 1, 2))
    # ...and the warning is taken back: none may go on saying a change was not saved.
    each(
        "no stale warning",
        lambda c: expect(w[c.name].get_by_text("storage is full", exact=False)).to_be_hidden(),
    )
    context.close()
    return each.failures


def damaged_copies(component: Component) -> list[str]:
    return [
        "{broken",  # not JSON
        json.dumps({"version": 1, "kind": component.kind, "data": {"unexpected": [1, 2]}}),
        envelope(component, *component.other_kind),  # a valid entry of another kind
        HUGE,
    ]


@pytest.fixture(scope="module")
def corrupted(browser, book_url):
    context, page = fresh_page(browser)
    each = Each()
    w = open_tools(page, book_url)
    damaged = {name: damaged_copies(c) for name, c in COMPONENTS.items()}
    for number in range(1, len(damaged["quiz"]) + 1):
        page.evaluate(
            "(items) => items.forEach(([key, text]) => localStorage.setItem(key, text))",
            [[c.key, damaged[name][number - 1]] for name, c in COMPONENTS.items()],
        )
        open_tools(page, book_url, reload=True)
        each(
            f"damaged copy {number}: message",
            lambda c: expect_message(w[c.name], c.message, "could not be read"),
        )

        # Each one is kept aside, and a later one never replaces an earlier one.
        def kept(c, number=number):
            assert set_aside(page, c.key) == damaged[c.name][:number], "not kept aside as it was"

        each(f"damaged copy {number}: kept aside", kept)

    # The same damaged copy seen again is not kept twice.
    open_tools(page, book_url, reload=True)
    each("seen twice: message", lambda c: expect_message(w[c.name], c.message, "could not be read"))

    def kept_once(c):
        assert set_aside(page, c.key) == damaged[c.name], "kept aside twice, or changed"

    each("seen twice: kept once", kept_once)
    each("change 0", lambda c: c.change(w[c.name], 0))
    each("change 0 saved", lambda c: expect_saved(page, c, 0))
    open_tools(page, book_url, reload=True)
    each("change 0 restored", lambda c: c.shown(w[c.name], 0))
    each(
        "no message after a good load",
        lambda c: expect(w[c.name].locator(c.message)).to_be_hidden(),
    )
    each("still kept aside", kept_once)

    # Damaged again, with no room to keep that copy aside: it is left where it is, not
    # saved over, until there is room.
    page.evaluate(
        "(keys) => keys.forEach((key) => localStorage.setItem(key, '{no room'))",
        [c.key for c in COMPONENTS.values()],
    )
    page.evaluate(FILL)
    open_tools(page, book_url, reload=True)
    each(
        "no room: message",
        lambda c: expect_message(w[c.name], c.message, "no room to keep a copy of it aside"),
    )
    each("no room: change 1", lambda c: c.change(w[c.name], 1))
    each("no room: change 1 on screen", lambda c: c.shown(w[c.name], 1))

    def left_in_place(c):
        assert raw(page, c.key) == "{no room", "the damaged copy was saved over"

    each("no room: damaged copy left in place", left_in_place)
    page.evaluate(EMPTY)
    each("room again: change 2", lambda c: c.change(w[c.name], 2))
    each("room again: change 2 saved", lambda c: expect_saved(page, c, 2))

    def all_kept(c):
        assert set_aside(page, c.key) == [*damaged[c.name], "{no room"]

    each("room again: the damaged copy kept aside", all_kept)
    context.close()
    return each.failures


ADD = {"timeline": "Add event", "pattern finder": "Add episode"}
ASKS = ".pdc-other-tab [role=alert]"
NOTE = ".pdc-other-tab-note"


def fill_form_only(component: Component, widget: Locator, n: int):
    """Type a new item into a list component's form without adding it."""
    if component.name == "pattern finder":
        patterns_change(widget, n, submit=False)
    else:
        widget.locator(".pdc-timeline-field-age input").fill(str(10 + n))
        widget.locator(".pdc-timeline-field-label input").fill(f"Event {n}")
        widget.locator(".pdc-timeline-field-category select").select_option("family")
        widget.locator(".pdc-timeline-field-feeling select").select_option("1")


@pytest.fixture(scope="module")
def two_tabs(browser, book_url):
    context, tab_a = fresh_page(browser)
    each = Each()
    a = open_tools(tab_a, book_url)
    tab_b = context.new_page()
    tab_b.set_default_timeout(10_000)
    b = open_tools(tab_b, book_url)

    # A tab with nothing unsaved follows the other one, and says so; both ways.
    each("A: change 0", lambda c: c.change(a[c.name], 0))
    each("A: change 0 saved", lambda c: expect_saved(tab_a, c, 0))
    each("B follows A", lambda c: c.shown(b[c.name], 0))
    each("B says so", lambda c: expect_message(b[c.name], NOTE, "another tab"))
    each("B: change 1", lambda c: c.change(b[c.name], 1))
    each("A follows B", lambda c: c.shown(a[c.name], 1))
    each("A says so", lambda c: expect_message(a[c.name], NOTE, "another tab"))

    # Both at once: B has work that is not saved when A saves. The quiz, timeline and
    # pattern finder save every change at once, so theirs is unsaved because the storage
    # was full at that moment; the reflection saves half a second after typing stops.
    tab_b.evaluate(FILL)
    lists = {name: c for name, c in COMPONENTS.items() if name != "reflection"}
    for name, component in lists.items():
        component.change(b[name], 2)
    tab_b.evaluate(EMPTY)
    b["reflection"].locator("textarea").fill(texts(2))
    COMPONENTS["reflection"].change(a["reflection"], 3)  # well within that half second
    each("A: change 3", lambda c: c.name == "reflection" or c.change(a[c.name], 3))
    each("A: change 3 saved", lambda c: expect_saved(tab_a, c, 3, without=(2,)))
    each("B asks", lambda c: expect_message(b[c.name], ASKS, "also changed in another tab"))
    each("B keeps its own on screen", lambda c: c.shown(b[c.name], 2))
    tab_b.wait_for_timeout(600)  # longer than the reflection's save delay: it still asks
    each("A's version not replaced", lambda c: expect_saved(tab_a, c, 3, without=(2,)))
    # Keeping B's version saves it; A, with nothing unsaved, follows and says so.
    each(
        "B keeps its version",
        lambda c: b[c.name].get_by_role("button", name="Keep the version in this tab").click(),
    )
    each("B's version saved", lambda c: expect_saved(tab_a, c, 2))
    each("B's question closed", lambda c: expect(b[c.name].locator(ASKS)).to_be_hidden())
    each("A follows", lambda c: c.shown(a[c.name], 2))
    each("A says so", lambda c: expect_message(a[c.name], NOTE, "another tab"))

    # Typing a new item in B's form while A adds one: B's list follows, the form keeps
    # what is typed, and adding it keeps both.
    def typing_while_the_other_adds(c):
        if c.name not in ADD:
            return
        fill_form_only(c, b[c.name], 4)
        c.change(a[c.name], 5)
        c.shown(b[c.name], 5)
        b[c.name].get_by_role("button", name=ADD[c.name], exact=True).click()
        expect_saved(tab_a, c, 2, 4, 5)
        c.shown(a[c.name], 4)

    each("typing in B's form while A adds", typing_while_the_other_adds)
    context.close()
    return each.failures


components = pytest.mark.parametrize("component", COMPONENTS.values(), ids=list(COMPONENTS))


@components
def test_storage_disabled_is_reported_and_nothing_saved_is_lost(
    storage_disabled, component, robustness
):
    robustness(component.name, "fault: storage disabled", 1)
    assert storage_disabled[component.name] is None, storage_disabled[component.name]


@components
def test_storage_full_is_reported_the_change_stays_and_the_saved_copy_is_unchanged(
    storage_full, component, robustness
):
    robustness(component.name, "fault: storage full", 1)
    assert storage_full[component.name] is None, storage_full[component.name]


@components
def test_corrupted_saved_data_is_kept_aside_byte_for_byte_never_overwritten(
    corrupted, component, robustness
):
    robustness(component.name, "fault: corrupted saved data", len(damaged_copies(component)) + 1)
    assert corrupted[component.name] is None, corrupted[component.name]


@components
def test_two_tabs_follow_each_other_and_ask_before_either_version_is_lost(
    two_tabs, component, robustness
):
    robustness(component.name, "fault: two tabs editing", 1)
    assert two_tabs[component.name] is None, two_tabs[component.name]


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


def test_journal_page_with_storage_disabled_says_so_and_refuses_to_import(
    visit, book_url, tmp_path, robustness
):
    robustness("journal page", "fault: storage disabled", 1)
    page = visit.page
    visit.context.add_init_script(BLOCK_STORAGE)
    journal_with_one_entry(page, book_url)
    visit.context.add_cookies([{"name": BLOCK_COOKIE, "value": "1", "url": book_url}])
    journal = open_journal(page, book_url, reload=True)
    expect_message(journal, ".pdc-warning[role=status]", "not letting the book save")
    choose_file(journal, tmp_path)
    expect(journal.locator(".pdc-journal-import .pdc-field-error")).to_contain_text(
        "nothing can be imported"
    )
    # The choice stays, so the learner sees which file was refused.
    assert journal.get_by_label("Import a journal exported as JSON").input_value()

    visit.context.clear_cookies()
    journal = open_journal(page, book_url, reload=True)
    expect(journal.get_by_text("saved before", exact=True)).to_be_visible()
    assert raw(page, REFLECTION_KEY) == SAVED_BEFORE
    choose_file(journal, tmp_path)
    journal.get_by_role("button", name="Yes, import").click()
    expect(journal.locator(".pdc-status")).to_contain_text("Imported 5 items")


def test_journal_page_with_storage_full_keeps_everything_saved_and_can_finish_later(
    visit, book_url, tmp_path, robustness
):
    robustness("journal page", "fault: storage full", 1)
    page = visit.page
    journal_with_one_entry(page, book_url)
    page.evaluate(FILL)
    journal = open_journal(page, book_url, reload=True)
    expect(journal.get_by_text("saved before", exact=True)).to_be_visible()  # full is not disabled
    choose_file(journal, tmp_path)
    journal.get_by_role("button", name="Yes, import").click()
    expect_message(journal, ".pdc-warning[role=status]", "storage is full")
    expect(journal.locator(".pdc-status")).to_contain_text("not saved yet")
    assert raw(page, REFLECTION_KEY) == SAVED_BEFORE
    expect(journal.get_by_text("saved before", exact=True)).to_be_visible()

    page.evaluate(EMPTY)
    journal.get_by_role("button", name="Yes, import").click()
    expect(journal.locator(".pdc-status")).to_contain_text("Imported")
    expect(journal).to_contain_text("5 saved items")
    expect(journal.get_by_text("storage is full", exact=False)).to_be_hidden()


def test_journal_page_lists_around_corrupted_entries_and_never_touches_them(
    visit, book_url, tmp_path, robustness
):
    robustness("journal page", "fault: corrupted saved data", 2)
    page = visit.page
    journal_with_one_entry(page, book_url)
    quiz = COMPONENTS["quiz"].key
    damaged = {quiz: "{broken", f"{quiz}:unreadable": HUGE}
    page.evaluate(
        "(items) => Object.entries(items).forEach(([k, v]) => localStorage.setItem(k, v))", damaged
    )
    journal = open_journal(page, book_url, reload=True)
    expect(journal.get_by_text("saved before", exact=True)).to_be_visible()
    expect_message(journal, ".pdc-warning[role=status]", "1 saved item(s) could not be read")
    expect(journal.locator(".pdc-warning[role=status]")).to_contain_text("1 older copy")
    expect(journal).to_contain_text("1 saved item,")

    delete_everything(journal)
    assert raw(page, REFLECTION_KEY) is None
    for key, text in damaged.items():
        assert raw(page, key) == text
    choose_file(journal, tmp_path)  # and it keeps working
    journal.get_by_role("button", name="Yes, import").click()
    expect(journal).to_contain_text("5 saved items")


def test_journal_page_follows_other_tabs_and_a_deletion_there_asks_before_losing_typing(
    visit, book_url, tmp_path, robustness
):
    robustness("journal page", "fault: two tabs editing", 1)
    reflection = COMPONENTS["reflection"]
    journal_tab = visit.page
    journal = open_journal(journal_tab, book_url)
    tools = visit.context.new_page()
    widget = open_tools(tools, book_url)["reflection"]

    reflection.change(widget, 0)
    expect(journal.get_by_text(texts(0))).to_be_visible()
    expect(journal.locator(".pdc-status")).to_contain_text("another tab")
    # A waiting import plan is worked out again against what the other tab saved.
    choose_file(journal, tmp_path)
    plan = journal.locator(".pdc-journal-import .pdc-warning")
    expect(plan).to_contain_text("replace 1")
    reflection.change(widget, 1)
    expect(journal.get_by_text(texts(1))).to_be_visible()
    expect(plan).to_contain_text("replace 1")
    journal.get_by_role("button", name="Cancel").click()

    # Deleting everything here clears the other tab, which had nothing unsaved ...
    delete_everything(journal)
    expect(widget.locator("textarea")).to_have_value("")
    expect_message(widget, ".pdc-other-tab-note", "deleted in another tab")
    # ... but text typed there and not saved yet (it saves half a second after typing
    # stops) stays, with a question.
    reflection.change(widget, 2)
    expect_saved(tools, reflection, 2)
    journal.get_by_role("button", name="Delete everything").first.click()
    widget.locator("textarea").fill("typed just now")
    # At once (a Playwright click may wait longer than the half second), as a learner's.
    confirm = journal.locator(".pdc-journal-delete").get_by_role("button", name="Delete everything")
    confirm.dispatch_event("click")
    expect_message(widget, ".pdc-other-tab [role=alert]", "deleted in another tab")
    expect(widget.locator("textarea")).to_have_value("typed just now")
    widget.get_by_role("button", name="Keep the version in this tab").click()
    expect(journal.get_by_text("typed just now")).to_be_visible()
