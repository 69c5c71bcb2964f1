"""The catalog of bad input: what each kind of field must do with each bad input of the
shared table (``OUTCOMES``), and the runner that tries a pair and collects what went wrong
(``Catalog``). Used by test_bad_input_catalog.py and the widgets' cases in
bad_input_widgets.py and bad_input_journal.py.
"""

from __future__ import annotations

import json

from playwright.sync_api import expect
from robustness import BAD_INPUTS, INJECTION_FLAG, BadInput

from psychodynamic_course.learner_data.data_model import CONTROL_CHARACTERS_MESSAGE

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
