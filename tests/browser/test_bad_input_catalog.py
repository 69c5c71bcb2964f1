"""A catalog of bad input: every input field of every component gets the shared table.

Each component is one page load; the test then tries every bad input of
``robustness.BAD_INPUTS`` in each of its fields (and, for the journal page, bad files),
collects every (field, input) pair that misbehaves and fails once at the end, so one
failure shows all the others too. What each field must do with each input is written
out in ``OUTCOMES`` below:

- "refused": a specific message beside the field (the field's own message element, linked
  by aria-describedby, visible, the field marked aria-invalid); the typed value stays on
  screen; the saved JSON of the widget is identical before and after, apart from the
  form's draft (the timeline's and pattern finder's `draft` keeps what is typed, on purpose);
- "kept": legitimate writing, saved and shown back exactly as typed (after a reload too),
  as text;
- "blank": an optional field left empty: accepted, and saved without a value.

For every pair: no script ran (``window.__pdcInjected`` stays undefined and no script,
image, frame, unstyled svg or on* attribute appears in the widget), no console or page
error, and a valid value in the same field is accepted and saved afterwards.

Fields without typing, and so without these inputs: the quiz's options and the
reflection's own/fictional/skip choice (radio buttons and checkboxes; no quiz item is
free text), the dose-effect slider (a range input with no typed number), and the
category selects, which offer only the schema's values: for those the test checks that
every option is in the schema and tries the one bad choice they allow, the blank one.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import expect
from robustness import BAD_INPUTS, INJECTION_FLAG, BadInput

from psychodynamic_course.learner_data.data_model import CONTROL_CHARACTERS_MESSAGE, load_schema

pytestmark = pytest.mark.browser

PAGE = "book/try_the_tools.html"
COURSE = "psychodynamic-course"

# What each kind of field does with each bad input; "-" means the input is not tried there
# (number troubles are only trouble in a number field). Why these choices:
# - a reflection is free writing that saves as it is typed: an empty or blank answer is a
#   legitimate state (the learner deleted what they wrote), so it is kept as typed;
# - short required text (a timeline label, who/wish/other/self) must say something;
# - theme words are optional and at most 30 characters each, so the longer payloads are
#   refused for their length, not for what they look like;
# - the year of birth is optional: emptying it removes it;
# - control characters, NUL and lone surrogates are invisible paste garbage (see the
#   x-no-control-characters keyword in data_model.py); everything else a person can write
#   (emoji, right-to-left text and marks, combining accents, text that looks like HTML or
#   script) is kept exactly, and is only ever shown as text.
COLUMNS = ("free-text", "short-text", "themes", "number", "optional-number", "file")
OUTCOMES_TABLE = """
empty                   kept     refused  blank    refused  blank    refused
whitespace only         kept     refused  blank    refused  blank    refused
over-long               refused  refused  refused  refused  refused  refused
very large paste        refused  refused  refused  refused  refused  refused
emoji                   kept     kept     kept     refused  refused  refused
right-to-left text      kept     kept     kept     refused  refused  refused
right-to-left override  kept     kept     kept     refused  refused  refused
combining characters    kept     kept     kept     refused  refused  refused
control characters      refused  refused  refused  refused  refused  refused
NUL                     refused  refused  refused  refused  refused  refused
lone surrogate          refused  refused  refused  refused  refused  refused
HTML markup             kept     kept     refused  refused  refused  refused
script tag              kept     kept     refused  refused  refused  refused
image onerror           kept     kept     refused  refused  refused  refused
attribute break-out     kept     kept     refused  refused  refused  refused
javascript URL          kept     kept     refused  refused  refused  refused
negative number         -        -        -        refused  refused  refused
out-of-range number     -        -        -        refused  refused  refused
huge number             -        -        -        refused  refused  refused
decimal number          -        -        -        refused  refused  refused
non-numeric             -        -        -        refused  refused  refused
not a number            -        -        -        refused  refused  refused
infinity                -        -        -        refused  refused  refused
hexadecimal             -        -        -        refused  refused  refused
non-Latin digits        -        -        -        refused  refused  refused
future year             -        -        -        refused  refused  refused
far future year         -        -        -        refused  refused  refused
year before 1900        -        -        -        refused  refused  refused
"""


def _outcomes() -> dict[tuple[str, str], str]:
    table = {}
    for line in OUTCOMES_TABLE.strip().splitlines():
        words = line.split()
        name = " ".join(words[: -len(COLUMNS)])
        for column, outcome in zip(COLUMNS, words[-len(COLUMNS) :], strict=True):
            if outcome != "-":
                table[(column, name)] = outcome
    return table


OUTCOMES = _outcomes()
# The table covers the shared table exactly: a new bad input needs a row here.
assert {name for _, name in OUTCOMES} == {bad.name for bad in BAD_INPUTS}


def inputs_for(column: str) -> list[BadInput]:
    return [bad for bad in BAD_INPUTS if (column, bad.name) in OUTCOMES]


# A few pairs are typed key by key, as a learner would; the rest are set with fill().
KEYBOARD = {
    ("reflection", "right-to-left text"),
    ("age", "non-numeric"),
    ("who", "script tag"),
}
# The very large paste is a real Ctrl+V in one field of each kind of widget, and fill()
# elsewhere: each costs seconds, whichever way the megabyte arrives.
PASTED = {"reflection", "label", "wish"}
CONTROL_NAMES = {"control characters", "NUL", "lone surrogate"}


# -- what the page is asked, in one round trip per check ------------------------------------

# The state of one field and its widget. Values are compared in the page, because a lone
# surrogate does not survive the trip back to Python.
STATE = """([root, control, messageControl, typed, key]) => {
    const widget = document.querySelector(root);
    const field = widget.querySelector(control);
    const marked = widget.querySelector(messageControl);
    const shown = (node) => !node.hidden && node.getClientRects().length > 0;
    const messages = (marked.getAttribute("aria-describedby") || "").split(/\\s+/)
        .map((id) => id && document.getElementById(id))
        .filter((node) => node && node.classList.contains("pdc-field-error") && shown(node))
        .map((node) => node.textContent)
        .filter((text) => text.trim());
    // Messages anywhere else in the widget: a problem in one field speaks only beside it.
    const elsewhere = [...widget.querySelectorAll(".pdc-field-error")]
        .filter((node) => shown(node) && node.textContent.trim())
        .map((node) => node.textContent)
        .filter((text) => !messages.includes(text));
    const onScreen = field.type === "file" ? field.files.length === 1
        // A one-line input turns a typed line break into a space.
        : field.value === (field.tagName === "INPUT" ? typed.replace(/\\r?\\n/g, " ") : typed);
    const made = "script, img, iframe, object, embed, svg:not([class])";
    const planted = [...widget.querySelectorAll(made)]
        .map((node) => node.outerHTML.slice(0, 80))
        .concat([...widget.querySelectorAll("*")]
            .filter((node) => [...node.attributes].some((a) => a.name.startsWith("on")))
            .map((node) => node.outerHTML.slice(0, 80)));
    return {
        invalid: marked.getAttribute("aria-invalid") === "true",
        messages,
        elsewhere,
        onScreen,
        maxlength: field.hasAttribute("maxlength"),
        planted,
        injected: window.__pdcInjected !== undefined,
        saved: key === null
            ? JSON.stringify(Object.keys(localStorage).sort().map((k) => [k, localStorage[k]]))
            : localStorage.getItem(key),
    };
}"""

# Set several controls at once the way fill() and select_option() do (value, then the
# event the widget listens to): the fields not under test, to keep the module fast.
SET_VALUES = """([root, values]) => {
    const widget = document.querySelector(root);
    for (const [selector, value] of Object.entries(values)) {
        const control = widget.querySelector(selector);
        control.value = value;
        const type = control.tagName === "SELECT" ? "change" : "input";
        control.dispatchEvent(new Event(type, { bubbles: true }));
    }
}"""


def without_draft(saved: str | None):
    """The saved JSON without the form's draft and the time of saving, both of which a
    draft kept from the first keystroke renews; the list itself must not change.

    >>> without_draft('{"saved_at": 2, "data": {"events": [], "draft": {"fields": {}}}}')
    {'data': {'events': []}}
    """
    if not saved:
        return saved
    entry = json.loads(saved)
    if isinstance(entry, dict) and isinstance(entry.get("data"), dict):
        entry["data"].pop("draft", None)
        entry.pop("saved_at", None)
    return entry


class Catalog:
    """Runs the pairs of one component and collects what went wrong, pair by pair."""

    def __init__(self, visit, root: str, key: str | None):
        self.visit = visit
        self.page = visit.page
        self.root = root
        self.key = key
        self.failures: list[str] = []
        self.pairs = 0
        self.errors_seen = 0

    def loaded(self):
        expect(self.page.locator(self.root)).to_be_visible(timeout=20_000)
        # Page-load noise (the theme's own scripts) is not what this test is about.
        self.errors_seen = len(self.visit.errors)

    def fail(self, field: str, bad: str, problem: str):
        self.failures.append(f"{field} / {bad}: {problem}")

    def state(self, control: str, typed: str, message_control: str | None = None) -> dict:
        return self.page.evaluate(
            STATE, [self.root, control, message_control or control, typed, self.key]
        )

    def set_values(self, values: dict[str, str]):
        self.page.evaluate(SET_VALUES, [self.root, values])

    def enter(self, component: str, field: str, control: str, bad: BadInput):
        """Put a bad value into a field: pasted, typed key by key, or filled."""
        locator = self.page.locator(self.root).locator(control)
        if bad.name == "very large paste" and field in PASTED:
            paste(self.page, locator, bad.value)
        elif bad.name == "lone surrogate":
            # fill() sends its text through the DevTools protocol's JSON, which turns a lone
            # surrogate into U+FFFD; an argument of evaluate() arrives intact.
            self.set_values({control: bad.value})
        elif (component, bad.name) in KEYBOARD or (field, bad.name) in KEYBOARD:
            locator.fill("")
            locator.press_sequentially(bad.value)
        else:
            locator.fill(bad.value)
        # Right-to-left writing turns its field right to left as it is typed (as dir="auto"
        # would, without its cost on a large paste); other writing leaves it left to right.
        wanted = {"right-to-left text": "rtl", "emoji": "ltr"}.get(bad.name)
        if wanted and field not in ("age", "year", "birth year"):
            direction = locator.evaluate("(field) => field.dir")
            if direction != wanted:
                self.fail(field, bad.name, f"the field's direction is {direction!r}, not {wanted}")

    def check_safe(self, field: str, bad: str, state: dict):
        """No script ran, nothing was planted, no error was logged."""
        self.pairs += 1
        if state["injected"]:
            self.fail(field, bad, f"a script ran (window.{INJECTION_FLAG} is set)")
        if state["planted"]:
            self.fail(field, bad, f"elements made from the input: {state['planted']}")
        new_errors = self.visit.errors[self.errors_seen :]
        if new_errors:
            self.fail(field, bad, f"console or page errors: {new_errors}")
            self.errors_seen = len(self.visit.errors)

    def check_refused(self, field, bad, state, saved_before, message):
        if not state["invalid"]:
            self.fail(field, bad, "not marked aria-invalid")
        if not state["messages"]:
            self.fail(field, bad, "no visible message linked by aria-describedby")
        elif message is not None and not any(message in text for text in state["messages"]):
            self.fail(field, bad, f"message {state['messages']} lacks {message!r}")
        if state["elsewhere"]:
            self.fail(field, bad, f"messages beside other fields too: {state['elsewhere']}")
        if not state["onScreen"]:
            self.fail(field, bad, "what was typed is no longer on screen")
        if state["maxlength"]:
            self.fail(field, bad, "a maxlength attribute would cut a paste silently")
        if without_draft(state["saved"]) != without_draft(saved_before):
            self.fail(field, bad, "the saved data changed")

    def check_accepted(self, field, bad, state):
        if state["invalid"] or state["messages"] or state["elsewhere"]:
            problem = state["messages"] + state["elsewhere"]
            self.fail(field, bad, f"refused with {problem}, expected it kept")


def paste(page, locator, text):
    """A real paste (Ctrl+V from the clipboard), then one keystroke that must be handled."""
    locator.fill("")
    locator.focus()
    page.evaluate("(text) => navigator.clipboard.writeText(text)", text)
    page.keyboard.press("ControlOrMeta+V")
    expect(locator).to_have_js_property("selectionStart", len(text), timeout=10_000)
    # Still responsive: a Backspace right after the paste is handled promptly, then the
    # pasted text is put back whole (the paste itself is what is being tried).
    page.keyboard.press("Backspace")
    expect(locator).to_have_js_property("selectionStart", len(text) - 1, timeout=5_000)
    page.keyboard.insert_text(text[-1])


def expected_message(schema: dict, bad: BadInput) -> str:
    if schema.get("x-no-control-characters") and bad.name in CONTROL_NAMES:
        return CONTROL_CHARACTERS_MESSAGE
    return schema["x-message"]


@pytest.fixture
def clipboard(visit, book_url):
    visit.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=book_url)


# -- the reflection ---------------------------------------------------------------------------


def run_reflection(catalog: Catalog, book_url: str):
    page = catalog.page
    schema = load_schema("reflection")["properties"]["text"]
    box = page.locator(catalog.root).locator("textarea")
    status = page.locator(catalog.root).locator(".pdc-status")

    def save_now():
        # Leaving the field saves at once (no waiting for the typing pause).
        page.locator(catalog.root).locator("h3").click()

    page.locator(catalog.root).get_by_label("Write about my own experience").check()
    box.fill("my saved answer")
    save_now()
    for number, bad in enumerate(inputs_for("free-text")):
        outcome = OUTCOMES[("free-text", bad.name)]
        before = catalog.state("textarea", "")["saved"]
        catalog.enter("reflection", "reflection", "textarea", bad)
        save_now()
        state = catalog.state("textarea", bad.value)
        catalog.check_safe("reflection", bad.name, state)
        if outcome == "refused":
            catalog.check_refused(
                "reflection", bad.name, state, before, expected_message(schema, bad)
            )
            if "Not saved" not in status.text_content():
                catalog.fail("reflection", bad.name, "the status does not say it was not saved")
        else:
            catalog.check_accepted("reflection", bad.name, state)
            saved = json.loads(state["saved"] or "null")
            if not saved or saved["data"]["text"] != bad.value:
                catalog.fail("reflection", bad.name, "not saved exactly as typed")
            page.reload()
            catalog.loaded()
            state = catalog.state("textarea", bad.value)
            if not state["onScreen"]:
                catalog.fail("reflection", bad.name, "not shown back exactly after a reload")
            catalog.check_safe("reflection", bad.name, state)
            catalog.pairs -= 1  # the same pair, checked again after the reload
        valid = f"A valid answer, number {number}."
        box.fill(valid)
        save_now()
        saved = json.loads(catalog.state("textarea", valid)["saved"] or "null")
        if not saved or saved["data"]["text"] != valid:
            catalog.fail("reflection", bad.name, "a valid answer afterwards was not saved")


# -- the timeline ---------------------------------------------------------------------------

TIMELINE_ROOT = '.pdc-timeline[data-widget-id="try-the-tools-timeline"]'
EVENT = load_schema("timeline")["properties"]["events"]["items"]


def tl(name: str) -> str:
    return f".pdc-timeline-field-{name} input, .pdc-timeline-field-{name} select"


def run_timeline(catalog: Catalog, book_url: str):
    page = catalog.page
    widget = page.locator(catalog.root)
    # CSS rather than role locators: working out every accessible name of this long page
    # for each click would take most of the module's time.
    add = widget.locator(".pdc-timeline-form button[type=submit]")
    undo = widget.locator(".pdc-timeline-tools button").first  # "Undo: <what>"
    baseline = {
        tl("age"): "30",
        tl("year"): "",
        tl("label"): "A valid event",
        tl("category"): "other",
        tl("feeling"): "0",
        tl("themes"): "",
    }
    valid_value = {"age": "31", "year": "2001", "label": "Valid label", "themes": "valid"}
    column_of = {"age": "number", "year": "number", "label": "short-text", "themes": "themes"}
    kept: list[tuple[str, str]] = []
    events = lambda: json.loads(catalog.state(tl("age"), "")["saved"])["data"]["events"]  # noqa: E731

    catalog.set_values(baseline)
    add.click()
    expect(widget.locator(".pdc-timeline-item")).to_have_count(1)

    for name, column in column_of.items():
        for bad in inputs_for(column):
            outcome = OUTCOMES[(column, bad.name)]
            # The year is tried with no age, so the year is what places the event.
            catalog.set_values({**baseline, **({tl("age"): ""} if name == "year" else {})})
            before = catalog.state(tl(name), "")["saved"]
            catalog.enter("timeline", name, tl(name), bad)
            if (name, bad.name) in KEYBOARD:
                widget.locator(tl(name)).press("Enter")
            else:
                add.click()
            # With neither age nor year, the "age or year" message speaks beside the age.
            blank = not bad.value.strip()
            beside = tl("age") if name in ("age", "year") and blank else tl(name)
            state = catalog.state(tl(name), bad.value, beside)
            catalog.check_safe(name, bad.name, state)
            if outcome == "refused":
                if name in ("age", "year") and blank:
                    message = EVENT["x-message"]
                elif name == "themes":
                    message = expected_message(EVENT["properties"]["themes"]["items"], bad)
                else:
                    message = expected_message(EVENT["properties"][name], bad)
                catalog.check_refused(name, bad.name, state, before, message)
                catalog.set_values({tl(name): valid_value[name]})
                add.click()
                last = events()[-1]
                wanted = last.get(name) if name != "themes" else ",".join(last.get("themes", []))
                if str(wanted) != valid_value[name]:
                    catalog.fail(name, bad.name, "a valid value afterwards was not saved")
                undo.click()
            else:
                catalog.check_accepted(name, bad.name, state)
                last = events()[-1]
                if outcome == "blank":
                    if "themes" in last:
                        catalog.fail(name, bad.name, "a blank optional field was saved")
                    undo.click()
                    continue
                shown = last["label"] if name == "label" else ", ".join(last.get("themes", []))
                if shown != bad.value:
                    catalog.fail(name, bad.name, f"saved as {shown!r}, not as typed")
                kept.append((name, bad.value))
        expect(widget.locator(".pdc-timeline-item")).to_have_count(1 + len(kept))

    # The year of birth: its own form, optional.
    birth_schema = load_schema("timeline")["properties"]["birth_year"]
    birth = ".pdc-timeline-birth input"
    set_birth = widget.locator(".pdc-timeline-birth button[type=submit]")
    for bad in inputs_for("optional-number"):
        page.locator(catalog.root).locator(birth).fill("1980")
        set_birth.click()
        before = catalog.state(birth, "")["saved"]
        catalog.enter("timeline", "birth year", birth, bad)
        set_birth.click()
        state = catalog.state(birth, bad.value)
        catalog.check_safe("birth year", bad.name, state)
        saved = json.loads(state["saved"])["data"]
        if OUTCOMES[("optional-number", bad.name)] == "refused":
            catalog.check_refused(
                "birth year", bad.name, state, before, expected_message(birth_schema, bad)
            )
        else:
            catalog.check_accepted("birth year", bad.name, state)
            if "birth_year" in saved:
                catalog.fail("birth year", bad.name, "emptying it did not remove it")
        widget.locator(birth).fill("1981")
        set_birth.click()
        if json.loads(catalog.state(birth, "1981")["saved"])["data"].get("birth_year") != 1981:
            catalog.fail("birth year", bad.name, "a valid year afterwards was not saved")

    # The selects offer only the schema's values; their one bad choice is the blank one.
    for name in ("category", "feeling"):
        offered = widget.locator(tl(name)).evaluate(
            "(select) => [...select.options].map((o) => o.value).filter(Boolean)"
        )
        allowed = [str(v) for v in EVENT["properties"][name].get("enum", [])] or [
            str(v) for v in range(-2, 3)
        ]
        if sorted(offered) != sorted(allowed):
            catalog.fail(name, "options", f"offers {offered}, the schema allows {allowed}")
        catalog.set_values(baseline)
        before = catalog.state(tl(name), "")["saved"]
        widget.locator(tl(name)).select_option("")
        add.click()
        state = catalog.state(tl(name), "")
        catalog.check_safe(name, "blank choice", state)
        catalog.check_refused(
            name, "blank choice", state, before, EVENT["properties"][name]["x-message"]
        )

    # Kept text survives a reload exactly, as text.
    page.reload()
    catalog.loaded()
    labels = widget.locator(".pdc-timeline-item-label").all_text_contents()
    # Each label is isolated, so a right-to-left override in one cannot reverse its line.
    isolation = widget.locator(".pdc-timeline-item-label").evaluate_all(
        "(labels) => labels.map((label) => getComputedStyle(label).unicodeBidi)"
    )
    if set(isolation) != {"isolate"}:
        catalog.fail("label", "right-to-left override", f"labels shown with {set(isolation)}")
    details = " ".join(widget.locator(".pdc-timeline-item-details").all_text_contents())
    for name, value in kept:
        if (name == "label" and value not in labels) or (name == "themes" and value not in details):
            catalog.fail(name, value[:20], "not shown back exactly after a reload")
    catalog.check_safe("timeline", "after reload", catalog.state(tl("age"), ""))
    catalog.pairs -= 1


# -- the pattern finder ---------------------------------------------------------------------

FINDER_ROOT = ".pdc-patterns:not(.pdc-patterns-sample)"
EPISODE = load_schema("episodes")["properties"]["episodes"]["items"]["properties"]


def pf(name: str) -> str:
    return f'[name="{name}"]'


def run_pattern_finder(catalog: Catalog, book_url: str):
    page = catalog.page
    widget = page.locator(catalog.root)
    add = widget.locator("form button[type=submit]")
    undo = widget.locator(".pdc-patterns-buttons button").first  # "Undo: <what>"
    texts = ("who", "wish", "other", "self")
    baseline = {pf("who"): "my friend", pf("wish"): "to be heard", pf("other"): "listened"}
    baseline[pf("self")] = "relieved"
    kept: list[tuple[str, str]] = []

    def episodes():
        return json.loads(catalog.state(pf("who"), "")["saved"])["data"]["episodes"]

    catalog.set_values(baseline)
    add.click()
    expect(widget.locator(".pdc-patterns-episode")).to_have_count(1)
    for name in texts:
        for bad in inputs_for("short-text"):
            outcome = OUTCOMES[("short-text", bad.name)]
            catalog.set_values(baseline)
            before = catalog.state(pf(name), "")["saved"]
            catalog.enter("pattern finder", name, pf(name), bad)
            add.click()
            state = catalog.state(pf(name), bad.value)
            catalog.check_safe(name, bad.name, state)
            if outcome == "refused":
                catalog.check_refused(
                    name, bad.name, state, before, expected_message(EPISODE[name], bad)
                )
                valid = f"valid {name}"
                catalog.set_values({pf(name): valid})
                add.click()
                if episodes()[-1][name] != valid:
                    catalog.fail(name, bad.name, "a valid value afterwards was not saved")
                undo.click()
            else:
                catalog.check_accepted(name, bad.name, state)
                if episodes()[-1][name] != bad.value:
                    catalog.fail(name, bad.name, "not saved exactly as typed")
                kept.append((name, bad.value))
    expect(widget.locator(".pdc-patterns-episode")).to_have_count(1 + len(kept))

    # The category selects: only the schema's names, and the blank choice is legitimate.
    for name in ("wish_category", "other_category", "self_category"):
        offered = widget.locator(pf(name)).evaluate(
            "(select) => [...select.options].map((o) => o.value)"
        )
        if sorted(offered) != sorted(EPISODE[name]["enum"]):
            catalog.fail(name, "options", f"offers {offered}, not the schema's list")
        catalog.set_values({**baseline, pf(name): ""})
        add.click()
        state = catalog.state(pf(name), "")
        catalog.check_safe(name, "blank choice", state)
        catalog.check_accepted(name, "blank choice", state)
        if episodes()[-1][name] != "":
            catalog.fail(name, "blank choice", "not saved as no category")
        undo.click()

    page.reload()
    catalog.loaded()
    shown = widget.locator(".pdc-patterns-episode span[dir=auto]").all_text_contents()
    for name, value in kept:
        if value not in shown:
            catalog.fail(name, value[:20], "not shown back exactly after a reload")
    catalog.check_safe("pattern finder", "after reload", catalog.state(pf("who"), ""))
    catalog.pairs -= 1


# -- the journal page's import ----------------------------------------------------------------

FIXTURE_TEXT = (
    Path(__file__).resolve().parents[1] / "fixtures" / "journal_fixture.json"
).read_text()
FIXTURE = json.loads(FIXTURE_TEXT)
PAYLOADS = {bad.name: bad.value for bad in BAD_INPUTS if INJECTION_FLAG in bad.value}


def journal_with(change) -> bytes:
    journal = json.loads(FIXTURE_TEXT)
    change(journal)
    return json.dumps(journal).encode()


def _payload_entries(journal):
    entries = journal["entries"]
    entries["chapter-01-first-thoughts"]["data"]["text"] = PAYLOADS["script tag"]
    entries["chapter-01-first-thoughts"]["title"] = PAYLOADS["attribute break-out"]
    entries["chapter-05-my-timeline"]["data"]["events"][0]["label"] = PAYLOADS["image onerror"]
    entries["chapter-06-my-episodes"]["data"]["episodes"][0]["who"] = PAYLOADS["javascript URL"]


# Bad files besides the table's values as file contents: (name, content, message or None
# when the file is a good export whose text only looks like markup, and is kept).
BAD_FILES = [
    ("not JSON", b"{not json", "not valid JSON"),
    ("cut short", FIXTURE_TEXT[: len(FIXTURE_TEXT) // 2].encode(), "not valid JSON"),
    ("not UTF-8", b"\xff\xfe{\x00", "not valid JSON"),
    ("wrong format", b'{"hello": 1}', "not a journal exported from this book"),
    ("other version", journal_with(lambda j: j.update(version=2)), "different version"),
    ("other course", journal_with(lambda j: j.update(course_id="another")), "different course"),
    (
        "entry out of range",
        journal_with(
            lambda j: j["entries"]["chapter-05-my-timeline"]["data"]["events"][0].update(age=-3)
        ),
        "0 to 120",
    ),
    (
        "control characters in an entry",
        journal_with(
            lambda j: j["entries"]["chapter-01-first-thoughts"]["data"].update(text="a\u0000b")
        ),
        CONTROL_CHARACTERS_MESSAGE,
    ),
    ("huge file", b" " * 5_000_001, "too large"),
    ("script payloads inside entries", journal_with(_payload_entries), None),
]


def valid_journal(number: int) -> bytes:
    entry = dict(FIXTURE["entries"]["try-the-tools-reflection"])
    entry.update(
        saved_at=1_700_000_000_000 + number, data={"text": f"valid {number}", "mode": "own"}
    )
    journal = {**FIXTURE, "entries": {entry["widget_id"]: entry}}
    return json.dumps(journal).encode()


def strict_json(text: str) -> bool:
    """Whether JSON.parse in a browser accepts it (Python also takes NaN and Infinity)."""
    try:
        json.loads(text, parse_constant=lambda name: 1 / 0)
    except (ValueError, ZeroDivisionError):
        return False
    return True


def run_journal(catalog: Catalog, book_url: str):
    page = catalog.page
    widget = page.locator(catalog.root)
    field = 'input[type="file"]'
    chooser = widget.locator(field)
    error = widget.locator(".pdc-journal-import .pdc-field-error")
    files = [
        (
            bad.name,
            bad.value.encode("utf-8", "surrogatepass"),
            "not a journal exported" if strict_json(bad.value) else "not valid JSON",
        )
        for bad in inputs_for("file")
    ] + BAD_FILES

    def choose(name: str, content: bytes):
        chooser.set_input_files(
            files={"name": f"{name}.json", "mimeType": "application/json", "buffer": content}
        )

    def import_valid(number: int):
        choose("valid", valid_journal(number))
        widget.get_by_role("button", name="Yes, import").click()
        expect(widget.locator(".pdc-status")).to_have_text("Imported 1 item.")

    import_valid(0)
    for number, (name, content, message) in enumerate(files, start=1):
        before = catalog.state(field, "")["saved"]
        choose(name, content)
        if message is None:
            widget.get_by_role("button", name="Yes, import").click()
            expect(widget.locator(".pdc-status")).to_contain_text("Imported")
        else:
            expect(error).not_to_have_text("", timeout=10_000)
        state = catalog.state(field, "")
        catalog.check_safe("journal import", name, state)
        if message is not None:
            catalog.check_refused("journal import", name, state, before, message)
            if "Nothing was changed" not in error.text_content():
                catalog.fail("journal import", name, "the message does not say nothing changed")
        else:
            catalog.check_accepted("journal import", name, state)
        import_valid(number)
        if f'"valid {number}"' not in catalog.state(field, "")["saved"].replace("\\", ""):
            catalog.fail("journal import", name, "a valid file afterwards was not imported")

    # The payloads were imported as text: shown exactly, here and after a reload.
    for reload in (False, True):
        if reload:
            page.reload()
            catalog.loaded()
        texts = widget.locator(".pdc-journal-entries :is(p, h5, li, dt, dd)").all_text_contents()
        for name, payload in PAYLOADS.items():
            if not any(payload in text for text in texts):
                catalog.fail("journal page", name, f"not shown as text (reload: {reload})")
        catalog.check_safe("journal page", f"payloads (reload: {reload})", catalog.state(field, ""))
    catalog.pairs -= 2


COMPONENTS = {
    # Chapter 1's reflection, with its content note: a lighter page to reload after each
    # kept answer (one reflection holds one answer, so each needs its own reload).
    "reflection": (
        "book/chapter_01.html",
        ".pdc-reflection",
        f"{COURSE}:chapter-01-first-thoughts",
        run_reflection,
    ),
    "timeline": (PAGE, TIMELINE_ROOT, f"{COURSE}:try-the-tools-timeline", run_timeline),
    "pattern finder": (PAGE, FINDER_ROOT, f"{COURSE}:try-the-tools-patterns", run_pattern_finder),
    "journal": ("book/my_journal.html", ".pdc-journal", None, run_journal),
}


@pytest.mark.parametrize("component", COMPONENTS)
def test_every_field_refuses_bad_input_beside_it_or_keeps_it_exactly_and_loses_nothing(
    visit, book_url, clipboard, robustness, component
):
    page_path, root, key, run = COMPONENTS[component]
    visit.page.goto(f"{book_url}/{page_path}")
    catalog = Catalog(visit, root, key)
    catalog.loaded()
    run(catalog, book_url)
    robustness(component, "bad input", catalog.pairs)
    assert visit.outside_requests() == []
    assert catalog.failures == [], "\n".join(catalog.failures)
    assert catalog.pairs > 0
