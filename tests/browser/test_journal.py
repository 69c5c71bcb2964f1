"""The journal page in the built book: listing, export, import and delete-all."""

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from psychodynamic_course.learner_data.journal_markdown import journal_to_markdown

from .conftest import BUILD

pytestmark = pytest.mark.browser

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE_TEXT = (FIXTURES / "journal_fixture.json").read_text()
FIXTURE = json.loads(FIXTURE_TEXT)


def open_journal(visit, book_url):
    visit.page.goto(f"{book_url}/book/my_journal.html")
    journal = visit.page.locator(".pdc-journal")
    expect(journal).to_be_visible(timeout=20_000)
    return journal


def import_file(journal, name, text, tmp_path):
    path = tmp_path / name
    path.write_text(text) if isinstance(text, str) else path.write_bytes(text)
    journal.get_by_label("Import a journal exported as JSON").set_input_files(str(path))


def saved_keys(visit):
    return visit.page.evaluate(
        "() => Object.keys(localStorage)"
        ".filter((k) => k.startsWith('psychodynamic-course:')).sort()"
    )


def test_entries_made_in_chapters_appear_grouped_by_chapter(visit, book_url):
    visit.page.goto(f"{book_url}/book/try_the_tools.html")
    reflection = visit.page.locator(".pdc-reflection")
    expect(reflection).to_be_visible(timeout=20_000)
    reflection.locator("textarea").fill("I hope to understand myself better.")
    expect(reflection.locator(".pdc-status")).to_have_text("Saved on this device.")
    quiz = visit.page.locator(".pdc-quiz")
    quiz.locator("fieldset").first.locator("input").first.check()
    quiz.locator("fieldset").first.get_by_role("button", name="Check answer").click()

    journal = open_journal(visit, book_url)
    chapter = journal.locator(".pdc-journal-chapter", has_text="Try the tools")
    expect(chapter.get_by_text("I hope to understand myself better.")).to_be_visible()
    expect(chapter.get_by_text("Questions checked: 1.")).to_be_visible()
    expect(journal).to_contain_text("2 saved items")


def test_import_shows_the_plan_asks_first_then_markdown_export_matches_python(
    visit, book_url, tmp_path
):
    journal = open_journal(visit, book_url)
    import_file(journal, "journal.json", FIXTURE_TEXT, tmp_path)
    plan = journal.locator(".pdc-journal-import .pdc-warning")
    expect(plan).to_contain_text("add 6")
    assert saved_keys(visit) == []  # nothing written before the learner agrees
    plan.get_by_role("button", name="Yes, import").click()
    expect(journal.locator(".pdc-status")).to_have_text("Imported 6 items.")
    assert len(saved_keys(visit)) == 6

    with visit.page.expect_download() as download:
        journal.get_by_role("button", name="Export as Markdown").click()
    markdown = Path(download.value.path()).read_text()
    assert markdown == journal_to_markdown(FIXTURE)

    with visit.page.expect_download() as download:
        journal.get_by_role("button", name="Export as JSON (to import later)").click()
    exported = json.loads(Path(download.value.path()).read_text())
    assert exported.pop("exported_at")
    assert exported == FIXTURE


def test_cancelled_import_changes_nothing(visit, book_url, tmp_path):
    journal = open_journal(visit, book_url)
    import_file(journal, "journal.json", FIXTURE_TEXT, tmp_path)
    journal.get_by_role("button", name="Cancel").click()
    expect(journal.locator(".pdc-status")).to_contain_text("Nothing was changed")
    assert saved_keys(visit) == []


def test_delete_everything_asks_first(visit, book_url, tmp_path):
    journal = open_journal(visit, book_url)
    import_file(journal, "journal.json", FIXTURE_TEXT, tmp_path)
    journal.get_by_role("button", name="Yes, import").click()
    journal.get_by_role("button", name="Delete everything").first.click()
    journal.get_by_role("button", name="Cancel").click()
    assert len(saved_keys(visit)) == 6
    journal.get_by_role("button", name="Delete everything").first.click()
    journal.locator(".pdc-warning").get_by_role("button", name="Delete everything").click()
    expect(journal.locator(".pdc-status")).to_contain_text("was deleted")
    assert saved_keys(visit) == []
    expect(journal).to_contain_text("Nothing is saved yet")


def test_journal_by_keyboard_and_axe(visit, book_url, tmp_path, axe_violations):
    journal = open_journal(visit, book_url)
    import_file(journal, "journal.json", FIXTURE_TEXT, tmp_path)
    # The plan's Import button takes focus, so Enter confirms.
    expect(journal.get_by_role("button", name="Yes, import")).to_be_focused()
    visit.page.keyboard.press("Enter")
    expect(journal.locator(".pdc-status")).to_have_text("Imported 6 items.")
    assert axe_violations(visit.page, ".pdc-journal") == []
    assert visit.outside_requests() == []


def test_another_book_on_the_same_site_is_neither_shown_nor_touched(visit, book_url):
    other_key = "another-course:try-the-tools-reflection"
    other_entry = json.dumps({**FIXTURE["entries"]["try-the-tools-reflection"], "course_id": "x"})
    visit.page.goto(f"{book_url}/book/intro.html")
    visit.page.evaluate("([k, v]) => localStorage.setItem(k, v)", [other_key, other_entry])
    journal = open_journal(visit, book_url)
    expect(journal).to_contain_text("Nothing is saved yet")
    visit.page.goto(f"{book_url}/book/try_the_tools.html")
    reflection = visit.page.locator(".pdc-reflection")
    expect(reflection.locator("textarea")).to_have_value("", timeout=20_000)
    reflection.locator("textarea").fill("mine")
    expect(reflection.locator(".pdc-status")).to_have_text("Saved on this device.")
    journal = open_journal(visit, book_url)
    journal.get_by_role("button", name="Delete everything").first.click()
    journal.locator(".pdc-warning").get_by_role("button", name="Delete everything").click()
    kept = visit.page.evaluate("(k) => localStorage.getItem(k)", other_key)
    assert kept == other_entry


def write_practice_reflection(visit, book_url, text):
    visit.page.goto(f"{book_url}/book/try_the_tools.html")
    reflection = visit.page.locator(".pdc-reflection")
    reflection.locator("textarea").fill(text, timeout=20_000)
    expect(reflection.locator(".pdc-status")).to_have_text("Saved on this device.")
    return reflection


def test_on_a_shared_computer_everything_goes_once_the_browser_is_closed(visit, book_url):
    journal = open_journal(visit, book_url)
    expect(journal).to_contain_text("Anyone who uses this browser on this device can open")
    shared = journal.get_by_label(re.compile("^This is a shared computer"))
    shared.check()
    expect(journal.locator(".pdc-status")).to_contain_text("Once this browser is closed")
    write_practice_reflection(visit, book_url, "Only for this session")
    visit.page.reload()  # the same browser session: all still there
    expect(visit.page.locator(".pdc-reflection textarea")).to_have_value("Only for this session")

    # Closing the browser ends its session cookies; the next page of the book deletes all.
    visit.context.clear_cookies()
    visit.page.reload()
    expect(visit.page.locator(".pdc-reflection textarea")).to_have_value("", timeout=20_000)
    journal = open_journal(visit, book_url)
    expect(journal).to_contain_text("Nothing is saved yet")
    assert saved_keys(visit) == []
    expect(shared).to_be_checked()  # the computer is still shared: the choice stays

    # Turned off, what is saved outlasts the browser again.
    shared.uncheck()
    write_practice_reflection(visit, book_url, "Kept after closing")
    visit.context.clear_cookies()
    visit.page.reload()
    expect(visit.page.locator(".pdc-reflection textarea")).to_have_value("Kept after closing")


def test_a_book_opened_from_a_file_never_guesses_when_the_browser_closed(browser):
    # Chromium keeps no cookies for file:// pages, so the book cannot tell a new browser
    # session from the next page: it says so and deletes nothing.
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto((BUILD / "book" / "my_journal.html").as_uri())
        shared = page.get_by_label(re.compile("^This is a shared computer"))
        shared.click(timeout=20_000)  # it does not stay ticked
        expect(shared).not_to_be_checked()
        expect(shared).to_have_attribute("aria-invalid", "true")
        expect(page.locator(".pdc-journal-shared .pdc-field-error")).to_contain_text(
            "Use a private window, or delete everything before you leave."
        )
    finally:
        context.close()


def test_progress_at_a_glance_per_chapter_without_a_score(visit, book_url):
    page = visit.page
    page.goto(f"{book_url}/book/chapter_03.html")
    quiz = page.locator(".pdc-quiz")
    expect(quiz).to_be_visible(timeout=20_000)
    quiz.locator("fieldset").first.locator("input").first.check()
    quiz.locator("fieldset").first.get_by_role("button", name="Check answer").click()
    page.goto(f"{book_url}/book/review.html")
    review = page.locator(".pdc-review")
    expect(review).to_be_visible(timeout=20_000)
    review.get_by_label("Chapter 5:", exact=False).check()

    journal = open_journal(visit, book_url)
    table = journal.get_by_role("table", name="At a glance, chapter by chapter")
    rows = {
        row.locator("th").inner_text(): row.locator("td").all_inner_texts()
        for row in table.locator("tbody tr").all()
    }
    assert len(rows) == 9
    assert rows["Chapter 3"] == ["1 question checked", "None written yet", "Nothing due today"]
    assert rows["Chapter 5"] == ["Not tried yet", "None written yet", "Nothing due today"]
    assert rows["Chapter 4"] == ["Not tried yet", "None written yet", "Not chosen for review"]
    assert not re.search(r"\d\s*%|score:|grade", table.inner_text(), re.I)
