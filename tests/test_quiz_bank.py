"""The whole quiz bank tests understanding, not test-taking tricks.

A reader who always picks the same position, or always the longest or the shortest option,
must do no better than chance across the book, and no such habit may pay off within one
quiz either. Each chapter quiz applies its chapter to new fictional scenes, and the people
in them have names of their own: never a name from Nadia's story, never one another quiz
uses. Failures name the quiz and what to change.
"""

import math
import re
from fractions import Fraction

import pytest

from psychodynamic_course.content import quiz_names, read_quiz
from psychodynamic_course.content.story import reserved_names

QUIZZES = {name: read_quiz(name) for name in quiz_names()}
CHAPTER_QUIZZES = [name for name in QUIZZES if name.startswith("chapter-")]
# How much better than chance a habit may do across the whole bank: rounding, not a trick.
BANK_MARGIN = Fraction(11, 10)
# "Halima (a fictional student)", "Jonah (fictional)": how a quiz introduces a person.
INTRODUCED = re.compile(r"\b([A-Z][\w'-]+) \((?:a |an )?fictional\b")


def single_questions(quiz: dict) -> list[dict]:
    return [q for q in quiz["questions"] if q["kind"] == "single"]


def hits(question: dict, habit: str) -> Fraction:
    """How often a reader with ``habit`` picks the right answer (ties split evenly)."""
    options = question["options"]
    lengths = [len(option["text"]) for option in options]
    if habit.startswith("position "):
        index = int(habit.split()[1]) - 1
        picked = [index] if index < len(options) else []
    else:
        best = max(lengths) if habit == "longest" else min(lengths)
        picked = [i for i, length in enumerate(lengths) if length == best]
    if not picked:
        return Fraction(0)
    right = sum(1 for i in picked if options[i]["correct"])
    return Fraction(right, len(picked))


def chance(question: dict) -> Fraction:
    return Fraction(1, len(question["options"]))


HABITS = ["position 1", "position 2", "position 3", "position 4", "longest", "shortest"]


@pytest.mark.parametrize("habit", HABITS)
def test_no_habit_beats_chance_across_the_book(habit):
    questions = [q for quiz in QUIZZES.values() for q in single_questions(quiz)]
    expected = sum(chance(q) for q in questions)
    got = sum(hits(q, habit) for q in questions)
    assert got <= expected * BANK_MARGIN, (
        f"always choosing the {habit} option gets {float(got):.1f} of {len(questions)} "
        f"single-answer questions right; chance is {float(expected):.1f}. Worst quizzes: "
        + ", ".join(
            f"{name} ({float(sum(hits(q, habit) for q in single_questions(quiz))):.0f})"
            for name, quiz in sorted(
                QUIZZES.items(),
                key=lambda item: -sum(hits(q, habit) for q in single_questions(item[1])),
            )[:3]
        )
    )


@pytest.mark.parametrize("name", sorted(QUIZZES))
def test_no_habit_pays_off_within_a_quiz(name):
    questions = single_questions(QUIZZES[name])
    if not questions:
        return
    fewest_options = min(len(q["options"]) for q in questions)
    limits = {f"position {i}": math.ceil(len(questions) / fewest_options) for i in range(1, 5)}
    limits["longest"] = limits["shortest"] = max(1, len(questions) // 4)
    for habit, limit in limits.items():
        got = sum(hits(q, habit) for q in questions)
        right_there = [q["id"] for q in questions if hits(q, habit)]
        assert got <= limit, (
            f"quiz {name}: the right answer is the {habit} option in {right_there} "
            f"({float(got):.1f} of {len(questions)} single-answer questions; at most {limit}). "
            "Move right answers to other positions, or even out option lengths."
        )


def introduced_people(quiz: dict) -> set[str]:
    prompts = " ".join(q["prompt"] for q in quiz["questions"])
    return set(INTRODUCED.findall(prompts))


@pytest.mark.parametrize("name", CHAPTER_QUIZZES)
def test_each_chapter_quiz_applies_the_chapter_to_new_scenes(name):
    quiz = QUIZZES[name]
    new_scenes = [
        q["id"]
        for q in quiz["questions"]
        if set(INTRODUCED.findall(q["prompt"])) - reserved_names()
    ]
    assert len(new_scenes) >= 2, (
        f"quiz {name} has {len(new_scenes)} question(s) set in a new fictional scene "
        f"({new_scenes}); it needs at least two, each introducing someone as "
        "'Name (a fictional ...)'."
    )


def test_fictional_people_in_quizzes_have_names_of_their_own():
    owners: dict[str, list[str]] = {}
    for name, quiz in QUIZZES.items():
        for person in introduced_people(quiz):
            owners.setdefault(person, []).append(name)
    # Questions about Nadia herself name her, in every chapter, and that is right.
    owners.pop("Nadia", None)
    reused = {person: where for person, where in owners.items() if len(where) > 1}
    story = {person: where for person, where in owners.items() if person in reserved_names()}
    assert not reused, f"one name for different fictional people in: {reused}"
    assert not story, f"names that belong to Nadia's story used for someone else: {story}"


# Two full stops that are not part of an ellipsis, or a stop or semicolon the widget's own
# joining would double.
DOUBLED = re.compile(r"(?<!\.)\.\.(?!\.)|[.;]\s*;|;\s*$")


@pytest.mark.parametrize("name", sorted(QUIZZES))
def test_options_and_explanations_end_cleanly(name):
    for question in QUIZZES[name]["questions"]:
        for option in question["options"]:
            for field in ("text", "explanation"):
                text = option[field].strip()
                where = f"quiz {name}, question {question['id']}, {field} {text[:40]!r}"
                assert not DOUBLED.search(text), f"{where} has '..' or a stray ';'"
