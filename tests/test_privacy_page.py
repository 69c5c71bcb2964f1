"""The privacy page describes what the robustness tests actually try."""

import re
from pathlib import Path

from robustness import BAD_INPUTS

PAGE = (Path(__file__).resolve().parent.parent / "book" / "privacy.md").read_text()


def test_the_page_gives_the_size_of_the_shared_table_of_bad_inputs():
    stated = re.search(r"A shared table of (\d+) kinds of awkward input", PAGE)
    assert stated, "the privacy page no longer says how many bad inputs are tried"
    assert int(stated.group(1)) == len(BAD_INPUTS)


def test_the_page_names_every_component_and_fault_the_tests_cover():
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
        ".git/info/exclude",
    ):
        assert words in PAGE, words
