"""Property tests of the validators: any value is accepted or refused with a message, never a crash.

Hypothesis generates the values (``data_strategies.py``); each test counts what it tried
and records it in the robustness summary.
"""

import pytest
from data_strategies import json_like, near_miss, schema_of, valid_data, valid_entry
from hypothesis import given, settings
from hypothesis import strategies as st

from psychodynamic_course.learner_data.data_model import (
    KINDS,
    Problem,
    check,
    load_schema,
    validate,
)
from psychodynamic_course.learner_data.journal_format import entry_problems

# The schemas a validator is run against: every kind of data, the entry envelope, the journal.
SCHEMAS = [*KINDS, "entry", "journal"]


def assert_well_formed(problems):
    """Problems a learner can be shown: a JSON-pointer path and a sentence each."""
    assert isinstance(problems, list)
    for problem in problems:
        assert isinstance(problem, Problem)
        assert problem.path == "" or problem.path.startswith("/"), problem
        assert isinstance(problem.message, str) and problem.message.strip(), problem


def run_schema(name, value):
    return validate(name, value) if name in KINDS else check(load_schema(name), value)


@pytest.mark.parametrize("name", SCHEMAS)
def test_any_value_is_accepted_or_refused_with_messages_never_a_crash(name, robustness):
    tried = 0

    # Also objects with the right field names, so the rules inside are reached too.
    near_objects = st.dictionaries(st.sampled_from(["text", "mode", "events", "data"]), json_like)

    @settings(max_examples=100)
    @given(value=json_like | near_objects)
    def accepted_or_refused(value):
        nonlocal tried
        tried += 1
        assert_well_formed(run_schema(name, value))

    accepted_or_refused()
    robustness("data model", "generated values", tried)


@pytest.mark.parametrize("kind", KINDS)
def test_valid_data_is_always_accepted(kind, robustness):
    tried = 0

    @settings(max_examples=60)
    @given(data=valid_data(kind))
    def accepted(data):
        nonlocal tried
        tried += 1
        assert validate(kind, data) == []

    accepted()
    robustness("data model", "generated valid data", tried)


def test_valid_entries_are_always_accepted(robustness):
    tried = 0

    @settings(max_examples=60)
    @given(entry=valid_entry())
    def accepted(entry):
        nonlocal tried
        tried += 1
        assert entry_problems(entry) == []

    accepted()
    robustness("data model", "generated valid data", tried)


@pytest.mark.parametrize("kind", KINDS)
def test_one_broken_rule_is_refused_at_the_field_that_broke_it(kind, robustness):
    tried = 0

    @settings(max_examples=60)
    @given(st.data())
    def refused_there(data):
        nonlocal tried
        tried += 1
        valid = data.draw(valid_data(kind))
        value, path, what = data.draw(near_miss(schema_of(kind), valid))
        problems = validate(kind, value)
        assert_well_formed(problems)
        assert path in [problem.path for problem in problems], (what, problems)

    refused_there()
    robustness("data model", "near-valid mutations", tried)


def test_unknown_kind_is_refused_for_any_name(robustness):
    tried = 0

    @settings(max_examples=100)
    @given(kind=st.text(), value=json_like)
    def refused(kind, value):
        nonlocal tried
        tried += 1
        problems = validate(kind, value)
        assert_well_formed(problems)
        assert problems or kind in KINDS

    refused()
    robustness("data model", "generated kinds", tried)
