"""The journal's print view: "Print my journal" and what a printed journal page shows.

The real print dialog cannot open in a headless browser, so window.print is replaced
before the page loads by a function that counts its calls."""

import json
from pathlib import Path

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

FIXTURE = json.loads(
    (Path(__file__).resolve().parents[1] / "fixtures" / "journal_fixture.json").read_text()
)
# Long enough to run over several printed lines and, were it cut off, to lose its end.
LONG_TEXT = " ".join(f"Sentence {n} of what I wrote about the week." for n in range(1, 80))
RECORD_PRINT = "window.print = () => { window.pdcPrintCalls = (window.pdcPrintCalls || 0) + 1; };"


@pytest.fixture
def journal(visit, book_url):
    """The journal page with the fixture's entries (one with a long text) saved."""
    entries = dict(FIXTURE["entries"])
    long_entry = json.loads(json.dumps(entries["chapter-01-first-thoughts"]))
    long_entry.update(widget_id="chapter-02-long", title="A long reflection")
    long_entry["data"]["text"] = LONG_TEXT
    entries["chapter-02-long"] = long_entry
    visit.context.add_init_script(RECORD_PRINT)
    visit.page.goto(f"{book_url}/book/intro.html")
    visit.page.evaluate(
        """(entries) => {
            for (const [id, entry] of Object.entries(entries)) {
                localStorage.setItem(`psychodynamic-course:${id}`, JSON.stringify(entry));
            }
        }""",
        entries,
    )
    visit.page.goto(f"{book_url}/book/my_journal.html")
    journal = visit.page.locator(".pdc-journal")
    expect(journal).to_contain_text(f"{len(entries)} saved items", timeout=20_000)
    return journal


def test_print_button_is_labelled_reached_by_keyboard_and_prints(visit, journal):
    button = journal.get_by_role("button", name="Print my journal")
    expect(button).to_be_enabled()
    # In the tab order right after the JSON export, beside the other export buttons.
    journal.get_by_role("button", name="Export as JSON (to import later)").focus()
    visit.page.keyboard.press("Tab")
    expect(button).to_be_focused()
    visit.page.keyboard.press("Enter")
    assert visit.page.evaluate("() => window.pdcPrintCalls") == 1
    assert button.get_attribute("class") == journal.get_by_role(
        "button", name="Export as Markdown"
    ).get_attribute("class")


def test_print_button_is_disabled_when_nothing_is_saved(visit, book_url):
    visit.page.goto(f"{book_url}/book/my_journal.html")
    journal = visit.page.locator(".pdc-journal")
    expect(journal).to_contain_text("Nothing is saved yet", timeout=20_000)
    expect(journal.get_by_role("button", name="Print my journal")).to_be_disabled()


def test_printed_journal_shows_the_entries_as_text_and_no_controls(visit, journal):
    page = visit.page
    page.emulate_media(media="print")
    # No controls of any kind, and none of the site around the journal.
    for control in journal.locator("button, input, textarea, select").all():
        expect(control).to_be_hidden()
    for chrome in (".bd-header", ".bd-sidebar-primary", ".bd-sidebar-secondary", ".bd-footer"):
        expect(page.locator(chrome).first).to_be_hidden()
    expect(page.locator(".prev-next-area")).to_be_hidden()
    expect(journal.locator(".pdc-print-note")).to_have_count(0)
    # The entries: chapter, title, date and the learner's own words, all of them.
    chapter = journal.locator(".pdc-journal-chapter", has_text="Chapter 1: What psychodynamic")
    expect(
        chapter.get_by_role("heading", name="Chapter 1: What psychodynamic therapy is")
    ).to_be_visible()
    entry = chapter.locator(".pdc-journal-entry", has_text="a pattern you have noticed")
    expect(entry.locator("time")).to_be_visible()
    assert entry.locator("time").get_attribute("datetime") == "2026-09-21T14:13:20.000Z"
    expect(entry.get_by_text("When plans change I go quiet.")).to_be_visible()
    expect(journal.get_by_text("Age 7: Father moves away", exact=False)).to_be_visible()
    long_text = journal.locator(".pdc-journal-body p", has_text="Sentence 79 of")
    expect(long_text).to_be_visible()
    expect(long_text).to_have_text(LONG_TEXT)
    # Wrapped to the width of the page, not cut off at a box edge.
    assert long_text.evaluate("(p) => p.scrollWidth <= p.clientWidth")
    assert long_text.bounding_box()["height"] > 3 * 16


def test_on_screen_the_journal_keeps_its_controls(visit, journal):
    visit.page.emulate_media(media="screen")
    expect(journal.get_by_role("button", name="Print my journal")).to_be_visible()
    expect(journal.get_by_label("Import a journal exported as JSON")).to_be_visible()
