"""The bad files tried in the journal page's import, for test_bad_input_catalog.py."""

from __future__ import annotations

import json
from pathlib import Path

from playwright.sync_api import expect
from robustness import BAD_INPUTS, INJECTION_FLAG

from psychodynamic_course.learner_data.data_model import CONTROL_CHARACTERS_MESSAGE

from .bad_input_catalog import (
    Catalog,
    inputs_for,
)

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
