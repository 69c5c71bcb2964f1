"""Two learners, one browser: nothing one writes reaches the other, in either direction.

Tried as two students on one lab computer would: one browser profile, one server address
(a hub gives all its users one), and two accounts with home folders of their own. Ada
runs "Try the tools" and writes in every component that saves; her server stops; Grace's
starts on the same address and she opens the same page in the same browser; then Ada
comes back. The browser holds both learners' copies all along (each under its owner's
journal id), yet each page shows only its own learner's, and each journal file receives
only its own learner's entries.
"""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from .jupyter_server import free_port, open_notebook, run_all_cells, wait_for_idle_kernel
from .saving_widgets import SAVING_IDS, anywhere_on_page, shown_answers, write_in_every_widget

pytestmark = pytest.mark.browser

TOOLS = "book/try_the_tools.ipynb"
JOURNAL_PAGE = "book/my_journal.ipynb"
WIDGETS_ON_TOOLS = 6  # four that save, Nadia's timeline and episodes
ADA = "Ada wrote this about the lighthouse"
GRACE = "Grace wrote this about the harbour"
NOTHING = {"reflection": "", "events": [], "episodes": [], "quiz": []}


def open_tools(visit, server):
    page = open_notebook(visit, server, TOOLS)
    run_all_cells(page)
    expect(page.locator(".jp-OutputArea .pdc-widget")).to_have_count(
        WIDGETS_ON_TOOLS, timeout=60_000
    )
    wait_for_idle_kernel(page)
    return page


def journal_page_text(visit, server) -> str:
    page = open_notebook(visit, server, JOURNAL_PAGE)
    run_all_cells(page)
    journal = page.locator(".jp-OutputArea .pdc-journal")
    expect(journal.locator(".pdc-journal-entry")).to_have_count(len(SAVING_IDS), timeout=60_000)
    return journal.text_content()


def learner_namespaces(page) -> set[str]:
    return set(
        page.evaluate(
            """() => Object.keys(localStorage)
                .filter((key) => key.startsWith("psychodynamic-course"))
                .map((key) => key.split(":")[0])"""
        )
    )


def journal_file(server) -> tuple[dict, str]:
    text = server.journal.read_text(encoding="utf-8")
    return json.loads(text)["entries"], text


def test_two_jupyter_users_of_one_browser_never_see_each_others_entries(jupyter, visit, tmp_path):
    port = free_port()  # one address for both, as a hub's users have
    ada = jupyter("lab", tmp_path / "ada", port)
    page = open_tools(visit, ada)
    write_in_every_widget(page, ADA, question=0)
    assert eventually_saved(ada, ADA)
    ada.stop()

    # Grace, same browser, same address, her own home folder: nothing of Ada's shows.
    grace = jupyter("lab", tmp_path / "grace", port)
    page = open_tools(visit, grace)
    assert shown_answers(page) == NOTHING
    assert not anywhere_on_page(page, ADA)
    write_in_every_widget(page, GRACE, question=1)
    assert eventually_saved(grace, GRACE)
    # The browser holds both copies, each under its own learner's journal id.
    assert len(learner_namespaces(page) - {"psychodynamic-course"}) == 2
    shown = journal_page_text(visit, grace)
    assert GRACE in shown and ADA not in shown
    entries, raw = journal_file(grace)
    assert set(entries) == SAVING_IDS and ADA not in raw
    grace.stop()

    # Ada again: her own entries, and nothing of Grace's, on the page and in her file.
    ada = jupyter("lab", tmp_path / "ada", port)
    page = open_tools(visit, ada)
    answers = shown_answers(page)
    assert (answers["reflection"], answers["events"], answers["quiz"]) == (ADA, [ADA], [0])
    assert len(answers["episodes"]) == 1 and ADA in answers["episodes"][0]
    assert not anywhere_on_page(page, GRACE)
    shown = journal_page_text(visit, ada)
    assert ADA in shown and GRACE not in shown
    entries, raw = journal_file(ada)
    assert set(entries) == SAVING_IDS and GRACE not in raw
    assert visit.outside_requests() == []


def eventually_saved(server, words: str, timeout: float = 20) -> bool:
    """Whether the server's journal file holds every saving widget's entry, with ``words``
    in each that takes text, within ``timeout`` seconds (messages arrive a moment later)."""
    from .jupyter_server import eventually

    def saved():
        if not server.journal.is_file():
            return False
        entries, _ = journal_file(server)
        typed = [entries.get(widget_id, {}) for widget_id in SAVING_IDS - {"try-the-tools-quiz"}]
        return set(entries) == SAVING_IDS and all(words in json.dumps(e) for e in typed)

    return bool(eventually(saved, timeout))
