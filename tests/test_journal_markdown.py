import json
from pathlib import Path

import pytest

from psychodynamic_course.learner_data.journal_format import empty_journal, journal_problems
from psychodynamic_course.learner_data.journal_markdown import journal_to_markdown

FIXTURES = Path(__file__).parent / "fixtures"


def test_fixture_journal_renders_to_the_expected_markdown():
    journal = json.loads((FIXTURES / "journal_fixture.json").read_text())
    assert journal_problems(journal) == []
    assert journal_to_markdown(journal) == (FIXTURES / "journal_fixture.md").read_text()


def test_an_empty_journal_says_so():
    assert "(Nothing saved yet.)" in journal_to_markdown(empty_journal())


def markdown_of(kind, data):
    from psychodynamic_course.learner_data.journal_format import make_entry

    journal = empty_journal()
    journal["entries"]["x"] = make_entry("x", kind, data, title="T", chapter="C", saved_at=1)
    return journal_to_markdown(journal).split("### T\n\n", 1)[1]


# Everything an entry holds is shown: an export never carries what the learner cannot see.
@pytest.mark.parametrize(
    ("kind", "data", "shown"),
    [
        ("reflection", {"text": "", "mode": "skipped"}, "(You chose to skip this reflection.)\n"),
        (
            "reflection",
            {"text": "kept", "mode": "skipped"},
            "(You chose to skip this reflection.)\n\n"
            "What you wrote before choosing to skip, kept at your choice:\n\nkept\n",
        ),
        ("quiz", {"selections": {}, "status": {}}, "Questions checked: 0. (Self-checks"),
        (
            "quiz",
            {"selections": {"a": [], "b": [1]}, "status": {}},
            "Questions checked: 0. Your choices are kept for 1 question,",
        ),
        ("timeline", {"events": [], "birth_year": 1990}, "Year of birth: 1990\n\n(No events.)\n"),
    ],
)
def test_each_kind_shows_everything_it_holds(kind, data, shown):
    assert markdown_of(kind, data).startswith(shown)
