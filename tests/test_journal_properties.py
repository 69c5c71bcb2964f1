"""Property tests of the journal: parsing never crashes, export/import is exact, import asks first.

Each example uses a journal file in a fresh temporary folder (pytest's ``tmp_path`` is one
per test, not per example).
"""

import json
import os
import tempfile
from pathlib import Path

import pytest
from data_strategies import any_text, json_like, near_miss, valid_entry
from hypothesis import given, settings
from hypothesis import strategies as st

from psychodynamic_course.learner_data.data_model import DataError, load_schema
from psychodynamic_course.learner_data.journal import Journal
from psychodynamic_course.learner_data.journal_format import empty_journal, parse_journal


def journal_in_temporary_folder():
    folder = tempfile.TemporaryDirectory()
    return folder, Journal(Path(folder.name) / "journal.json")


def export_of(entries) -> str:
    journal = empty_journal()
    journal["entries"] = {entry["widget_id"]: entry for entry in entries}
    return json.dumps(journal, ensure_ascii=False)


def parses_or_refuses_with_messages(text):
    try:
        return parse_journal(text)
    except DataError as error:
        assert error.problems
        assert all(problem.message.strip() for problem in error.problems)
        return None


@st.composite
def damaged_export(draw):
    """A valid export cut short, with bytes changed, or with one rule of an entry broken."""
    entries = draw(st.lists(valid_entry(), min_size=1, max_size=3))
    how = draw(st.sampled_from(["cut", "byte", "rule"]))
    if how == "rule":
        entry, _path, _what = draw(near_miss(load_schema("entry"), entries[0]))
        journal = json.loads(export_of(entries[1:]))
        journal["entries"][entries[0]["widget_id"]] = entry
        return json.dumps(journal).encode()
    raw = export_of(entries).encode()
    at = draw(st.integers(0, len(raw) - 1))
    if how == "cut":
        return raw[:at]
    return raw[:at] + bytes([draw(st.integers(0, 255))]) + raw[at + 1 :]


def test_any_text_or_bytes_parses_or_is_refused_with_messages(robustness):
    tried = 0

    @settings(max_examples=200)
    @given(
        text=any_text
        | st.binary(max_size=200)
        | json_like.map(lambda value: json.dumps(value))
        | damaged_export()
    )
    def parses_or_refuses(text):
        nonlocal tried
        tried += 1
        parses_or_refuses_with_messages(text)

    parses_or_refuses()
    # Numbers of thousands of digits make Python's json module raise a plain ValueError.
    parses_or_refuses_with_messages('{"entries": ' + "9" * 5000 + "}")
    parses_or_refuses_with_messages("[" * 100_000)
    robustness("journal import", "generated files", tried + 2)


def test_export_then_import_gives_back_exactly_what_was_saved(robustness):
    tried = 0

    @settings(max_examples=40)
    @given(entries=st.lists(valid_entry(), max_size=5))
    def round_trip(entries):
        nonlocal tried
        tried += 1
        source_folder, source = journal_in_temporary_folder()
        target_folder, target = journal_in_temporary_folder()
        with source_folder, target_folder:
            for entry in entries:
                source.save(entry)
            exported = source.export_json()
            target.import_json(exported, confirm=True)
            assert target.entries() == {entry["widget_id"]: entry for entry in entries}
            assert target.export_json() == exported
            assert target.export_markdown() == source.export_markdown()

    round_trip()
    robustness("journal", "generated round trips", tried)


def test_import_changes_nothing_unless_valid_and_confirmed(robustness):
    tried = 0

    @settings(max_examples=40)
    @given(
        saved=st.lists(valid_entry(), min_size=1, max_size=3),
        incoming=st.lists(valid_entry(), max_size=3),
        damaged=damaged_export(),
    )
    def asks_first(saved, incoming, damaged):
        nonlocal tried
        tried += 1
        folder, journal = journal_in_temporary_folder()
        with folder:
            for entry in saved:
                journal.save(entry)
            current = journal.entries()
            # An old modification time, so a rewrite of the same bytes would still show.
            os.utime(journal.path, ns=(10**9, 10**9))
            before = (journal.path.read_bytes(), journal.path.stat().st_mtime_ns)

            text = export_of(incoming)
            plan = journal.import_json(text)
            news = json.loads(text)["entries"]
            assert plan == {
                "added": sorted(set(news) - set(current)),
                "replaced": sorted(i for i in news if i in current and current[i] != news[i]),
                "unchanged": sorted(i for i in news if i in current and current[i] == news[i]),
            }
            if parses_or_refuses_with_messages(damaged) is None:
                with pytest.raises(DataError):
                    journal.import_json(damaged, confirm=True)
            assert (journal.path.read_bytes(), journal.path.stat().st_mtime_ns) == before

    asks_first()
    robustness("journal import", "unconfirmed or invalid imports", tried)
