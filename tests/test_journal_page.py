import json
from pathlib import Path

from psychodynamic_course.learner_data.journal import Journal
from psychodynamic_course.widgets.journal_page import JournalPage

FIXTURE = json.loads((Path(__file__).parent / "fixtures" / "journal_fixture.json").read_text())


def page_with_replies(tmp_path):
    page = JournalPage(journal=Journal(tmp_path / "j.json"))
    replies = []
    page.send = replies.append
    return page, replies


def test_schemas_for_every_kind_are_synced():
    page = JournalPage()
    assert page.trait_metadata("schemas", "sync") is True
    assert {
        "entry",
        "journal",
        "reflection",
        "quiz-progress",
        "timeline",
        "episodes",
        "review",
    } == set(page.schemas)


def test_load_all_sends_the_journal_file(tmp_path):
    page, replies = page_with_replies(tmp_path)
    page.journal.import_json(json.dumps(FIXTURE), confirm=True)
    page._on_front_end_message(page, {"type": "load-all"}, [])
    assert replies == [{"type": "all", "journal": FIXTURE}]


def test_import_and_clear_all_reach_the_journal_file(tmp_path):
    page, replies = page_with_replies(tmp_path)
    page._on_front_end_message(page, {"type": "import", "journal": FIXTURE}, [])
    assert len(page.journal.entries()) == 6
    page._on_front_end_message(page, {"type": "clear-all"}, [])
    assert page.journal.entries() == {}
    assert replies == []


def test_a_bad_import_message_is_reported_and_changes_nothing(tmp_path):
    page, replies = page_with_replies(tmp_path)
    page._on_front_end_message(page, {"type": "import", "journal": {"format": "x"}}, [])
    assert replies[0]["type"] == "problem"
    assert page.journal.entries() == {}
