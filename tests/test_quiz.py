import copy
import json

import pytest

from psychodynamic_course.learner_data.journal import Journal
from psychodynamic_course.learner_data.journal_format import make_entry
from psychodynamic_course.widgets.base import STATIC
from psychodynamic_course.widgets.quiz import (
    Quiz,
    QuizDataError,
    load_quiz,
    quiz_names,
    validate_quiz,
)

GOOD = {
    "id": "demo-quiz",
    "title": "Demo",
    "questions": [
        {
            "id": "one",
            "kind": "single",
            "prompt": "Which one?",
            "options": [
                {"text": "A", "correct": True, "explanation": "Because."},
                {"text": "B", "correct": False, "explanation": "Not this."},
            ],
        },
        {
            "id": "two",
            "kind": "multiple",
            "prompt": "Which ones?",
            "options": [
                {"text": "A", "correct": True, "explanation": "Yes."},
                {"text": "B", "correct": True, "explanation": "Also yes."},
                {"text": "C", "correct": False, "explanation": "No."},
            ],
        },
    ],
}


def broken(change):
    data = copy.deepcopy(GOOD)
    change(data)
    return data


def test_quiz_syncs_its_data_and_its_progress_schema():
    quiz = Quiz(GOOD)
    assert quiz.widget_id == "demo-quiz"
    assert quiz.title == "Demo"
    assert quiz.quiz == GOOD
    assert quiz.trait_metadata("quiz", "sync") is True
    assert quiz.trait_metadata("schema", "sync") is True
    assert quiz.schema["title"] == "Quiz progress"


def test_front_end_files_are_real_files_in_the_package():
    quiz = Quiz(GOOD)
    assert quiz._esm == (STATIC / "quiz.js").read_text(encoding="utf-8")
    assert quiz._esm.startswith("// Generated from frontend/widgets/quiz.js")
    assert "function createStore(" in quiz._esm and "export {" in quiz._esm
    assert ".pdc-quiz" in (STATIC / "quiz.css").read_text()


def test_choices_sent_by_the_front_end_reach_python_and_the_journal(tmp_path):
    journal = Journal(tmp_path / "journal.json")
    quiz = Quiz(GOOD, journal=journal)
    progress = {"selections": {"one": [0], "two": [0, 1]}, "status": {"one": "checked"}}
    entry = make_entry("demo-quiz", "quiz", progress, title="Demo")
    quiz._on_front_end_message(quiz, {"type": "save", "entry": entry}, [])
    assert quiz.data == progress
    assert Quiz(GOOD, journal=journal).data == progress
    # Learner choices never sit in synced widget state (the schema and code name the field).
    state = {k: v for k, v in quiz.get_state().items() if k not in ("_esm", "schema")}
    assert "selections" not in json.dumps(state, default=str)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["questions"][0]["options"][1].update(correct=True), "exactly 1"),
        (
            lambda d: (
                d["questions"][1]["options"][0].update(correct=False)
                or d["questions"][1]["options"][1].update(correct=False)
            ),
            "no correct option",
        ),
        (lambda d: d["questions"][1].update(id="one"), "appears twice"),
        (lambda d: d["questions"][0]["options"][0].pop("explanation"), "explanation"),
        (lambda d: d["questions"][0].update(kind="essay"), "essay"),
        (lambda d: d["questions"][0].update(options=d["questions"][0]["options"][:1]), "short"),
        (lambda d: d.update(id="Has Spaces"), "expected form. \\(found 'Has Spaces'\\)"),
    ],
)
def test_bad_quiz_data_is_refused_with_a_message_that_says_why(change, message):
    with pytest.raises(QuizDataError, match=message):
        validate_quiz(broken(change))


def test_fallback_names_the_quiz_and_how_to_use_it():
    text = Quiz(GOOD).fallback_text()
    assert "'Demo'" in text and "2 questions" in text and "Jupyter" in text


def test_from_file_reads_yaml_and_json(tmp_path):
    path = tmp_path / "quiz.json"
    path.write_text(json.dumps(GOOD))
    assert Quiz.from_file(path).quiz == GOOD


@pytest.mark.parametrize("name", quiz_names())
def test_every_course_quiz_is_valid_and_explains_every_option(name):
    quiz = load_quiz(name)
    assert validate_quiz(quiz.quiz) is quiz.quiz
    for question in quiz.quiz["questions"]:
        assert all(option["explanation"].strip() for option in question["options"])
    assert len(quiz.quiz["questions"]) >= 4


def test_unknown_quiz_name_lists_the_real_ones():
    with pytest.raises(QuizDataError, match="chapter-01"):
        load_quiz("chapter-99")
