"""Tests for the effect sizes of chapter 9 as data: the checked numbers, their sources, and
one kind of comparison per panel."""

import re
from pathlib import Path

import pytest

from psychodynamic_course.content.effect_size_data import (
    EFFECT_SIZES,
    GROUPS,
    NOT_COMPARABLE_NOTE,
    entries_in,
    numbers,
    shown,
)

# The checked numbers, written out by hand so that a changed number in the module fails here.
EXPECTED = {
    "abbass-end": (0.97,),
    "abbass-follow-up": (1.51,),
    "haby-cbt": (0.68,),
    "turner-antidepressants": (0.31,),
    "keefe-anxiety": (0.64,),
    "leichsenring-2003-pdt": (1.46,),
    "leichsenring-2003-cbt": (1.00,),
    "leichsenring-2008-ltpp": (0.96,),
    "leichsenring-2008-comparison": (0.47,),
    "leichsenring-2008-between": (1.8, 0.7, 3.4),
    "leichsenring-2011-difference": (0.44, 0.68),
}
# Numbers CONTENT.md marks as unconfirmed, or that could not be checked for this book.
UNCONFIRMED = (1.12, 0.41)
# The design documents sit beside the checkout (../shared), here and in CI.
CONTENT = Path(__file__).resolve().parents[2] / "shared" / "design" / "CONTENT.md"
BIB = Path(__file__).resolve().parents[1] / "book" / "references.bib"
# Which panel each row belongs to: the kind of comparison decides it, not the topic.
PANEL_OF = {
    "shedler": {"abbass-end", "abbass-follow-up", "haby-cbt", "turner-antidepressants"},
    "keefe": {"keefe-anxiety"},
    "within": {
        "leichsenring-2003-pdt",
        "leichsenring-2003-cbt",
        "leichsenring-2008-ltpp",
        "leichsenring-2008-comparison",
    },
    "long-term": {"leichsenring-2008-between", "leichsenring-2011-difference"},
}


def test_every_number_matches_the_checked_facts():
    assert {entry["id"]: numbers(entry) for entry in EFFECT_SIZES} == EXPECTED


def test_no_unconfirmed_number_is_used():
    used = {number for entry in EFFECT_SIZES for number in numbers(entry)}
    assert not used & set(UNCONFIRMED)


@pytest.mark.skipif(not CONTENT.is_file(), reason="the design notes are not on this machine")
def test_numbers_checked_in_content_md_appear_there():
    text = CONTENT.read_text(encoding="utf-8")
    for entry in EFFECT_SIZES:
        if entry["checked"] != "CONTENT.md":
            continue
        for number in numbers(entry):
            assert re.search(rf"(?<![\d.]){number:.2f}(?!\d)", text), (entry["id"], number)


def test_numbers_checked_elsewhere_say_where_and_quote_the_numbers():
    for entry in EFFECT_SIZES:
        if entry["checked"] == "CONTENT.md":
            continue
        for number in numbers(entry):
            assert shown(number, entry) in entry["checked"], (entry["id"], number)


def test_each_panel_holds_one_kind_of_comparison():
    assert {group["id"]: {e["id"] for e in entries_in(group)} for group in GROUPS} == PANEL_OF
    within = next(group for group in GROUPS if group["id"] == "within")
    assert "Within-group" in within["heading"] and "before" in within["axis"]
    for group in GROUPS:
        if group is not within:
            assert group["axis"].startswith("Between-group"), group["id"]
    for entry in entries_in(within):
        assert "before" in entry["comparison"], entry["id"]


def test_shedler_set_three_numbers_side_by_side_and_keefe_is_apart():
    shedler = GROUPS[0]
    assert "0.97, 0.68 and 0.31" in shedler["note"]
    for entry_id in ("abbass-end", "abbass-follow-up", "haby-cbt", "turner-antidepressants"):
        entry = next(e for e in EFFECT_SIZES if e["id"] == entry_id)
        assert "as reported by Shedler (2010)" in entry["source"]
    keefe = next(group for group in GROUPS if group["id"] == "keefe")
    assert "later" in keefe["heading"] and "not part of Shedler" in keefe["heading"]


def test_the_publication_mismatch_is_on_the_figure():
    turner = next(e for e in EFFECT_SIZES if e["id"] == "turner-antidepressants")
    assert "unpublished included" in turner["comparison"]


def test_the_challenged_2008_figure_names_its_challenger():
    entry = next(e for e in EFFECT_SIZES if e["id"] == "leichsenring-2008-between")
    assert "Bhar et al. (2010)" in entry["source"]
    assert entry["low"] < entry["value"] < entry["high"]


def test_every_entry_names_its_source_comparison_and_a_reference_in_the_book():
    keys = set(re.findall(r"@\w+\{(\w+),", BIB.read_text(encoding="utf-8")))
    for entry in EFFECT_SIZES:
        assert entry["source"].strip() and entry["comparison"].strip() and entry["label"]
        assert entry["cite"] in keys, entry["cite"]


def test_the_note_says_the_numbers_are_not_directly_comparable():
    assert "not directly comparable" in " ".join(NOT_COMPARABLE_NOTE.split())


def test_numbers_are_shown_to_the_precision_reported():
    between = next(e for e in EFFECT_SIZES if e["id"] == "leichsenring-2008-between")
    cbt = next(e for e in EFFECT_SIZES if e["id"] == "leichsenring-2003-cbt")
    assert [shown(n, between) for n in numbers(between)] == ["1.8", "0.7", "3.4"]
    assert shown(1.0, cbt) == "1.00"
