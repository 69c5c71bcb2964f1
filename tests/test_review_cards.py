"""The spaced review's cards: each self-check question once, each glossary term both ways."""

from __future__ import annotations

import json
import re
from pathlib import Path

from psychodynamic_course.content import read_quiz
from psychodynamic_course.content.review_cards import (
    REVIEWED_QUIZZES,
    TERMS_FILE,
    glossary_terms,
    review_cards,
    term_cards,
)
from psychodynamic_course.learner_data.data_model import load_schema

ROOT = Path(__file__).resolve().parent.parent
CARDS = review_cards()
CARD_SCHEMA = load_schema("review")["properties"]["cards"]["items"]["properties"]


def test_the_package_copy_of_the_term_cards_is_made_from_this_book():
    packaged = json.loads((ROOT / "src/psychodynamic_course/content" / TERMS_FILE).read_text())
    assert packaged == term_cards(ROOT / "book"), (
        "book/glossary.md or a chapter's {term} links changed: run "
        "`python -m psychodynamic_course.content.review_cards`"
    )


def test_every_self_check_question_of_chapters_1_to_9_is_a_card_once():
    expected = [
        f"q:{read_quiz(name)['id']}:{question['id']}"
        for name in REVIEWED_QUIZZES
        for question in read_quiz(name)["questions"]
    ]
    assert [card["id"] for card in CARDS if card["kind"] == "question"] == expected
    assert not any("try-the-tools" in card["id"] for card in CARDS)


def test_every_glossary_term_is_reviewed_both_ways():
    terms = [term for term, _ in glossary_terms((ROOT / "book/glossary.md").read_text())]
    reviewed = {card["term"] for card in CARDS if card["kind"] == "term"}
    # Every term of the glossary is linked from a chapter today; a new term that is not
    # would be left out of the review, and this says which.
    assert set(terms) - reviewed == set()
    directions = [card["direction"] for card in CARDS if card["kind"] == "term"]
    assert directions.count("term") == directions.count("definition") == len(terms)


def test_ids_are_unique_and_fit_the_saved_data_rules():
    ids = [card["id"] for card in CARDS]
    assert len(ids) == len(set(ids))
    id_rule = re.compile(CARD_SCHEMA["id"]["pattern"])
    chapter_rule = re.compile(CARD_SCHEMA["chapter"]["pattern"])
    for card in CARDS:
        assert id_rule.search(card["id"]), card["id"]
        assert chapter_rule.search(card["chapter"]), card


def test_term_cards_read_as_plain_text_and_do_not_give_the_answer_away():
    for card in CARDS:
        if card["kind"] != "term":
            continue
        for text in (card["prompt"], card["answer"]):
            assert "{" not in text and "`" not in text, text
        if card["direction"] == "definition":
            assert card["term"].lower() not in card["prompt"].lower(), card["id"]


def test_a_term_belongs_to_the_first_chapter_that_links_it():
    transference = next(card for card in CARDS if card["id"] == "t:transference:term")
    assert transference["chapter"] == "chapter-03"
