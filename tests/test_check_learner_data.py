import json
import shutil

from check_learner_data import (
    ROOT,
    file_problems,
    learner_data_problems,
    main,
    notebook_problems,
    page_problems,
)

from psychodynamic_course.learner_data.journal_format import make_entry

ANSWER = "I was nine when we moved and nobody asked me."


def anywidget_state(**traits) -> dict:
    state = {"widget_id": "ch01-r", "course_id": "c", "prompt": "Think of a move.", **traits}
    return {
        "state": {"m1": {"model_module": "anywidget", "model_name": "AnyModel", "state": state}}
    }


def page_with(state: dict) -> str:
    block = json.dumps(state)
    return f'<p>x</p><script type="application/vnd.jupyter.widget-state+json">{block}</script>'


def test_configuration_only_passes():
    assert learner_data_problems(anywidget_state()) == []
    assert page_problems(page_with(anywidget_state())) == []


def test_a_synced_answer_in_a_course_widget_is_found():
    assert learner_data_problems(anywidget_state(text=ANSWER)) == [
        "widget m1 syncs text, which is not configuration"
    ]
    assert page_problems(page_with(anywidget_state(answer=ANSWER))) != []


def test_a_saved_entry_hidden_in_a_configuration_trait_is_found():
    entry = make_entry("ch01-r", "reflection", {"text": ANSWER, "mode": "own"})
    problems = learner_data_problems(anywidget_state(notes=[entry]))
    assert problems == ["widget m1: a saved psychodynamic-course-entry"]


def test_a_text_box_with_typed_text_is_found_and_an_empty_one_is_not():
    def text_box(value):
        model = {"model_module": "@jupyter-widgets/controls", "model_name": "TextareaModel"}
        return {"state": {"t": {**model, "state": {"value": value}}}}

    assert learner_data_problems(text_box(ANSWER)) == ["widget t is a text box holding typed text"]
    assert learner_data_problems(text_box("")) == []


def test_notebook_widget_metadata_and_outputs_are_both_read():
    saved = {"application/vnd.jupyter.widget-state+json": anywidget_state(text=ANSWER)}
    in_metadata = {"metadata": {"widgets": saved}, "cells": []}
    entry = make_entry("x", "reflection", {"text": ANSWER, "mode": "own"})
    in_output = {
        "metadata": {},
        "cells": [{"cell_type": "code", "outputs": [{"data": {"application/json": entry}}]}],
    }
    assert notebook_problems(in_metadata) == [
        "metadata.widgets: widget m1 syncs text, which is not configuration"
    ]
    assert notebook_problems(in_output) == ["cell 0: a saved psychodynamic-course-entry"]


def test_an_exported_journal_dropped_in_the_build_is_found(tmp_path):
    journal = {"format": "psychodynamic-course-journal", "version": 1, "entries": {}}
    (tmp_path / "my-journal.json").write_text(json.dumps(journal))
    assert file_problems(tmp_path / "my-journal.json") == ["a saved psychodynamic-course-journal"]


def test_the_command_fails_on_a_planted_page_and_names_it(tmp_path, capsys):
    # A real built page with its real widget state, plus one learner answer synced.
    built = ROOT / "book" / "chapter_01.ipynb"
    notebook = json.loads(built.read_text(encoding="utf-8"))
    notebook["metadata"]["widgets"] = {
        "application/vnd.jupyter.widget-state+json": anywidget_state(text=ANSWER)
    }
    (tmp_path / "book").mkdir()
    (tmp_path / "book" / "chapter_01.ipynb").write_text(json.dumps(notebook))
    shutil.copy(built, tmp_path / "clean.ipynb")
    assert main([str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "chapter_01.ipynb: metadata.widgets: widget m1 syncs text" in out
    assert "clean.ipynb" not in out


def test_the_committed_notebooks_carry_no_learner_data(capsys):
    assert main([]) == 0
    assert "No learner data" in capsys.readouterr().out


def test_a_missing_build_folder_is_an_error_not_a_pass(tmp_path, capsys):
    assert main([str(tmp_path / "nothing")]) == 1
    assert "build the book first" in capsys.readouterr().out
