import json
from pathlib import Path

import pytest

from psychodynamic_course.learner_data.data_model import DataError
from psychodynamic_course.learner_data.journal_format import (
    MAX_IMPORT_BYTES,
    empty_journal,
    journal_problems,
    make_entry,
    parse_journal,
)

FIXTURE = (Path(__file__).parent / "fixtures" / "journal_fixture.json").read_text()


def test_parse_journal_accepts_the_fixture():
    assert len(parse_journal(FIXTURE)["entries"]) == 6


def test_an_entry_filed_under_another_widget_is_refused():
    journal = empty_journal()
    journal["entries"]["other"] = make_entry("mine", "reflection", {"text": "", "mode": "own"})
    assert journal_problems(journal)[0].message == "This entry belongs somewhere else."


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (" " * (MAX_IMPORT_BYTES + 1), "too large"),
        ("[1, 2", "not valid JSON"),
        (json.dumps({"format": "other"}), "not a journal exported from this book"),
    ],
)
def test_parse_journal_says_why_it_refuses(text, message):
    with pytest.raises(DataError, match=message):
        parse_journal(text)
