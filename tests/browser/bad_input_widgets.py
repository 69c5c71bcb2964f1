"""The bad input tried in each field of the reflection, the timeline and the pattern finder,
for test_bad_input_catalog.py.
"""

from __future__ import annotations

import json

from playwright.sync_api import expect

from psychodynamic_course.learner_data.data_model import load_schema

from .bad_input_catalog import (
    KEYBOARD,
    OUTCOMES,
    Catalog,
    expected_message,
    inputs_for,
)

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
