"""Class demos: labelled, saved nowhere, in Python as in the browser (test_class_demo.py there)."""

from __future__ import annotations

import pytest

from psychodynamic_course import class_demo_patterns, class_demo_timeline
from psychodynamic_course.learner_data.journal import Journal

DEMOS = [class_demo_patterns, class_demo_timeline]


@pytest.mark.parametrize("make", DEMOS)
def test_a_class_demo_is_labelled_and_never_writes_a_journal(make, tmp_path):
    journal = Journal(tmp_path / "journal.json")
    demo = make()
    demo._journal = journal
    assert demo.class_demo is True and demo.title.startswith("Class demo")
    sent = []
    demo.send = sent.append
    entry = {"widget_id": demo.widget_id, "kind": demo.data_kind, "data": {}}
    learner = journal.learner_id
    for message in ({"type": "load"}, {"type": "save", "entry": entry}, {"type": "clear"}):
        demo._on_message(demo, {**message, "learner": learner}, [])
    assert sent == [] and demo.data is None
    assert not (tmp_path / "journal.json").exists() or journal.entries() == {}


@pytest.mark.parametrize("make", DEMOS)
def test_a_class_demo_has_its_own_id_apart_from_the_learners_widgets(make):
    assert make().widget_id.startswith("class-demo-")
