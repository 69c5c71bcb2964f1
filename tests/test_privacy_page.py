"""The privacy page tells a learner plainly what is kept where, and ends with a short
"How we check this" section that describes what the robustness tests actually try."""

import re
from pathlib import Path

from robustness import BAD_INPUTS

PAGE = (Path(__file__).resolve().parent.parent / "book" / "privacy.md").read_text()
CHECKS_HEADING = "## How we check this"
# The learner's part: everything before the proof, without the label that targets it.
LEARNER_VIEW = re.sub(r"^\(privacy-tests\)=$", "", PAGE.split(CHECKS_HEADING)[0], flags=re.M)
CHECKS = PAGE.split(CHECKS_HEADING)[-1]


def prose(markdown: str) -> str:
    """The text with its line breaks undone, so a phrase may wrap anywhere in the file."""
    return " ".join(markdown.split())


def test_the_proof_is_one_section_at_the_end():
    assert PAGE.count(CHECKS_HEADING) == 1, "the page needs one 'How we check this' section"
    assert not re.search(r"^#{1,2} ", CHECKS, re.M), "'How we check this' must be the last section"


def test_the_learners_part_does_not_talk_about_tests():
    # A learner reads what is kept, where, and how to delete it; the proof waits at the end.
    assert not re.search(r"\btest", LEARNER_VIEW, re.I)
    for plain in ("My journal", "private window", "This is a shared computer", "journal.json"):
        assert plain in prose(LEARNER_VIEW), plain


def test_the_checks_give_the_size_of_the_shared_table_of_bad_inputs():
    stated = re.search(r"A shared table of (\d+) kinds of awkward input", prose(CHECKS))
    assert stated, "the privacy page no longer says how many bad inputs are tried"
    assert int(stated.group(1)) == len(BAD_INPUTS)


def test_the_checks_name_every_component_and_fault_the_tests_cover():
    for words in (
        "Content Security Policy",
        "the quiz, the reflection, the timeline, the pattern finder and the My journal page",
        "storage switched off",
        "storage full",
        "damaged by hand",
        "two tabs",
        "unreadable",
        "cannot be written to",
        "at the same moment",
    ):
        assert words in prose(CHECKS), words


def test_the_page_says_a_journal_inside_a_repository_ignores_itself():
    assert ".git/info/exclude" in LEARNER_VIEW
