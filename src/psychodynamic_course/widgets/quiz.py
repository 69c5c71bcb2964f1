"""Self-check quizzes: questions from data, feedback and explanations in the browser.

A quiz is data (a YAML file in ``content/quizzes/``, checked against ``schemas/quiz.schema.json``
and a few rules a schema cannot say) shown by the :class:`Quiz` widget. Checking an
answer, the explanations, "try again" and "show the answer" all happen in the widget's
JavaScript (``frontend/widgets/quiz.js``), so the quiz works in the static book with no kernel.
The learner's choices are kept in their browser only. Quizzes are about fictional
people and course facts: nothing here scores or labels the learner.

Example:
    >>> quiz = load_quiz("chapter-01")
    >>> quiz.widget_id
    'chapter-01-self-check'
"""

from __future__ import annotations

from pathlib import Path

import traitlets
import yaml

from ..content import quiz_names, read_quiz
from ..learner_data.data_model import check, load_schema
from .base import LearnerWidget, styles, widget_module

QUIZ_SCHEMA = load_schema("quiz")


class QuizDataError(ValueError):
    """Quiz data that cannot be shown: the message names the question and the problem."""


def validate_quiz(data: dict) -> dict:
    """Return ``data`` if it is a well-formed quiz, else raise :class:`QuizDataError`.

    Beyond the schema: question ids are unique, a ``single`` question has exactly one
    correct option and a ``multiple`` question at least one.

    Example:
        >>> try:
        ...     validate_quiz({"id": "q", "title": "T", "questions": []})
        ... except QuizDataError as error:
        ...     print(error)
        questions: This list is too short. (found [])
    """
    # The course's own validator, not jsonschema: importing jsonschema costs about 1.5 s
    # (its format checkers compile a grammar), paid by every chapter's kernel.
    problems = check(QUIZ_SCHEMA, data)
    if problems:
        first = problems[0]
        found = _value_at(data, first.path)
        where = first.path.strip("/") or "quiz"
        raise QuizDataError(f"{where}: {first.message} (found {found!r})")
    seen = set()
    for question in data["questions"]:
        name = question["id"]
        if name in seen:
            raise QuizDataError(f"question {name!r} appears twice; ids must be unique")
        seen.add(name)
        correct = sum(option["correct"] for option in question["options"])
        if question["kind"] == "single" and correct != 1:
            raise QuizDataError(
                f"question {name!r} is 'single' but has {correct} correct options; "
                "it needs exactly 1"
            )
        if question["kind"] == "multiple" and correct < 1:
            raise QuizDataError(f"question {name!r} has no correct option")
    return data


def _value_at(data, path: str):
    """The value a problem's path (``/questions/0/kind``) points at, or None if missing."""
    value = data
    for part in filter(None, path.split("/")):
        try:
            value = value[int(part)] if isinstance(value, list) else value[part]
        except (KeyError, IndexError, ValueError, TypeError):
            return None
    return value


class Quiz(LearnerWidget):
    """A self-check quiz widget.

    What the learner chose is saved like every learner's work (browser, and in a kernel
    the journal file); ``data`` gives it as ``{"selections": {question id: [option
    indexes]}, "status": {question id: "checked" | "revealed"}}``. It is never scored.

    Example:
        >>> quiz = Quiz({"id": "demo", "title": "Demo", "questions": [{
        ...     "id": "one", "kind": "single", "prompt": "Which?",
        ...     "options": [
        ...         {"text": "A", "correct": True, "explanation": "Because."},
        ...         {"text": "B", "correct": False, "explanation": "Not this."}]}]})
        >>> quiz.storage_key
        'psychodynamic-course:demo'
    """

    kind = "self-check quiz"
    data_kind = "quiz"
    _esm = widget_module("quiz")
    _css = styles("quiz.css")

    quiz = traitlets.Dict().tag(sync=True)

    def __init__(self, quiz: dict, *, validate: bool = True, **kwargs):
        # A quiz written elsewhere is checked here; the course's own quizzes are checked
        # once, by tests/test_quiz.py, so load_quiz() skips it.
        if validate:
            validate_quiz(quiz)
        kwargs.setdefault("chapter", quiz.get("chapter", ""))
        super().__init__(quiz=quiz, widget_id=quiz["id"], title=quiz["title"], **kwargs)

    @classmethod
    def from_file(cls, path: str | Path) -> Quiz:
        """Build a quiz from a YAML (or JSON) file."""
        text = Path(path).read_text(encoding="utf-8")
        return cls(yaml.safe_load(text))

    def fallback_text(self) -> str:
        count = len(self.quiz["questions"])
        return (
            f"[Self-check quiz, {self.quiz['title']!r}, {count} questions: run this notebook "
            "in Jupyter to use it, or open this chapter in the online book.]"
        )


def load_quiz(name: str) -> Quiz:
    """Return the course quiz ``name`` (a file ``quizzes/<name>.yml`` in the package).

    Example:
        >>> "chapter-01" in quiz_names()
        True
    """
    if name not in quiz_names():
        raise QuizDataError(f"no quiz named {name!r}; the course has {quiz_names()}")
    return Quiz(read_quiz(name), validate=False)


__all__ = ["Quiz", "QuizDataError", "load_quiz", "quiz_names", "validate_quiz"]
