import pytest
import traitlets

from psychodynamic_course.widgets.base import COURSE_ID, CourseWidget


class Demo(CourseWidget):
    kind = "demo exercise"
    _esm = "export default { render() {} };"


def test_ids_are_synced_to_the_front_end():
    widget = Demo(widget_id="chapter-01-demo")
    assert widget.trait_metadata("course_id", "sync") is True
    assert widget.trait_metadata("widget_id", "sync") is True
    assert widget.course_id == COURSE_ID
    assert widget.storage_key == "psychodynamic-course:chapter-01-demo"


@pytest.mark.parametrize("bad_id", ["", "has space", "a:b", "slash/id"])
def test_widget_id_must_be_a_plain_id(bad_id):
    with pytest.raises(traitlets.TraitError, match="widget_id"):
        Demo(widget_id=bad_id)


def test_plain_text_fallback_explains_instead_of_showing_a_repr():
    bundle, _ = Demo(widget_id="x")._repr_mimebundle_()
    assert bundle["text/plain"].startswith("[Demo exercise: run this notebook in Jupyter")
    assert "application/vnd.jupyter.widget-view+json" in bundle


def test_a_front_end_learns_whose_journal_and_any_other_learner_is_refused(journal, sent):
    from psychodynamic_course.learner_data.journal_format import make_entry
    from psychodynamic_course.widgets.base import NOT_THIS_LEARNER
    from psychodynamic_course.widgets.reflection import ReflectionPrompt

    widget = ReflectionPrompt("demo-r", prompt="P", journal=journal)
    widget._on_message(widget, {"type": "learner"}, [])
    assert sent[-1] == {"type": "learner", "learner": journal.learner_id}

    entry = make_entry("demo-r", "reflection", {"text": "mine", "mode": "own"})
    for stranger in (None, "", "someone-else-entirely", journal.learner_id.upper() + "x"):
        widget._on_message(widget, {"type": "save", "entry": entry, "learner": stranger}, [])
        assert sent[-1] == {"type": "problem", "message": NOT_THIS_LEARNER}
        widget._on_message(widget, {"type": "load", "learner": stranger}, [])
        assert sent[-1]["type"] == "problem"
    assert journal.entries() == {}

    widget._on_message(widget, {"type": "save", "entry": entry, "learner": journal.learner_id}, [])
    assert journal.get("demo-r")["data"]["text"] == "mine"
    widget._on_message(widget, {"type": "load", "learner": journal.learner_id}, [])
    assert sent[-1] == {"type": "loaded", "entry": entry}
