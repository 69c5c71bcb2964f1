import json

import pytest

from psychodynamic_course.content import read_data, reflection_files
from psychodynamic_course.learner_data.journal import Journal
from psychodynamic_course.learner_data.journal_format import make_entry
from psychodynamic_course.widgets.base import STATIC
from psychodynamic_course.widgets.reflection import (
    ReflectionPrompt,
    load_reflection,
    reflection_ids,
)


class FrontEnd:
    """Plays the browser's part: sends messages to the widget and records its replies."""

    def __init__(self, widget):
        self.widget = widget
        self.replies = []
        widget.send = self.replies.append

    def say(self, content):
        self.widget._on_front_end_message(self.widget, content, [])
        return self.replies


def prompt(tmp_path, **kwargs):
    kwargs.setdefault("prompt", "What brought you here?")
    return ReflectionPrompt("demo-reflection", journal=Journal(tmp_path / "j.json"), **kwargs)


def test_configuration_traits_are_synced_and_learner_text_is_not(tmp_path):
    widget = prompt(tmp_path, hint="A hint", content_note="Loss.", fictional_prompt="Nadia?")
    for name in ("prompt", "hint", "content_note", "fictional_prompt", "schema", "widget_id"):
        assert widget.trait_metadata(name, "sync") is True, name
    entry = make_entry("demo-reflection", "reflection", {"text": "my secret words", "mode": "own"})
    FrontEnd(widget).say({"type": "save", "entry": entry})
    assert widget.text == "my secret words"
    assert "my secret words" not in json.dumps(widget.get_state(), default=str)


def test_saved_text_survives_a_new_kernel_via_the_journal_file(tmp_path):
    widget = prompt(tmp_path)
    entry = make_entry("demo-reflection", "reflection", {"text": "still here", "mode": "own"})
    FrontEnd(widget).say({"type": "save", "entry": entry})
    fresh = prompt(tmp_path)  # as after a kernel restart
    assert fresh.text == "still here"
    replies = FrontEnd(fresh).say({"type": "load"})
    assert replies == [{"type": "loaded", "entry": entry}]


def test_load_with_nothing_saved_replies_null(tmp_path):
    assert FrontEnd(prompt(tmp_path)).say({"type": "load"}) == [{"type": "loaded", "entry": None}]


def test_invalid_save_is_refused_with_a_message_and_keeps_the_old_text(tmp_path):
    widget = prompt(tmp_path)
    front_end = FrontEnd(widget)
    good = make_entry("demo-reflection", "reflection", {"text": "kept", "mode": "own"})
    front_end.say({"type": "save", "entry": good})
    too_long = make_entry("demo-reflection", "reflection", {"text": "x" * 5001, "mode": "own"})
    replies = front_end.say({"type": "save", "entry": too_long})
    assert replies[-1]["type"] == "problem" and "5,000" in replies[-1]["message"]
    assert prompt(tmp_path).text == "kept"


def test_unwritable_journal_is_reported_not_raised(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    widget = ReflectionPrompt("r", prompt="P", journal=Journal(blocker / "j.json"))
    entry = make_entry("r", "reflection", {"text": "x", "mode": "own"})
    replies = FrontEnd(widget).say({"type": "save", "entry": entry})
    assert replies[-1]["type"] == "problem"
    assert "still saved in this browser" in replies[-1]["message"]


def test_clear_forgets_the_answer(tmp_path):
    widget = prompt(tmp_path)
    entry = make_entry("demo-reflection", "reflection", {"text": "x", "mode": "own"})
    FrontEnd(widget).say({"type": "save", "entry": entry})
    FrontEnd(widget).say({"type": "clear"})
    assert prompt(tmp_path).text == ""


def test_a_fictional_alternative_needs_a_content_note():
    with pytest.raises(ValueError, match="content note"):
        ReflectionPrompt("r", prompt="P", fictional_prompt="About Nadia?")
    with pytest.raises(ValueError, match="prompt"):
        ReflectionPrompt("r", prompt="  ")


def test_front_end_is_the_bundle_of_reflection_js():
    widget = ReflectionPrompt("r", prompt="P")
    assert widget._esm == (STATIC / "reflection.js").read_text(encoding="utf-8")
    assert widget._esm.startswith("// Generated from frontend/widgets/reflection.js")
    assert "innerHTML" not in widget._esm


def test_each_reflection_id_is_defined_in_one_file_only():
    ids = [widget_id for name in reflection_files() for widget_id in read_data(name)]
    assert sorted(ids) == reflection_ids()


@pytest.mark.parametrize("widget_id", reflection_ids())
def test_every_course_reflection_loads_with_a_chapter(widget_id):
    widget = load_reflection(widget_id)
    assert widget.chapter
    if widget.fictional_prompt:
        assert widget.content_note


def test_fallback_names_the_prompt():
    assert (
        "What brought you here?"
        in ReflectionPrompt("r", prompt="What brought you here?").fallback_text()
    )
