import json
from pathlib import Path

from psychodynamic_course.journal import empty_journal, journal_problems
from psychodynamic_course.journal_markdown import journal_to_markdown

FIXTURES = Path(__file__).parent / "fixtures"


def test_fixture_journal_renders_to_the_expected_markdown():
    journal = json.loads((FIXTURES / "journal_fixture.json").read_text())
    assert journal_problems(journal) == []
    assert journal_to_markdown(journal) == (FIXTURES / "journal_fixture.md").read_text()


def test_an_empty_journal_says_so():
    assert "(Nothing saved yet.)" in journal_to_markdown(empty_journal())
