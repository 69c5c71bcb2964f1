"""Chapter 9 in the built book: the effect-size figure's group and study labels, and help
linked prominently (what every chapter shares is in test_chapters.py)."""

import pytest
from playwright.sync_api import expect

from psychodynamic_course.figures.effect_sizes import EFFECT_SIZES, GROUPS

from .test_chapters import BY_NUMBER, open_chapter

pytestmark = pytest.mark.browser

CHAPTER = BY_NUMBER[9]

FIGURE = "figure#fig-effect-sizes"


def test_figure_has_alt_text_labels_and_the_comparability_note(visit, book_url):
    page = open_chapter(visit, book_url, CHAPTER)
    svg = page.locator(f"{FIGURE} svg[role=img]")
    expect(svg).to_be_visible()
    assert svg.bounding_box()["height"] > 300
    assert svg.get_attribute("aria-labelledby") == "fig-effect-sizes-title"
    title = svg.locator("title").text_content()
    assert "not directly comparable" in title and "0.97" in title and "1.51" in title
    text = " ".join(svg.locator("text").all_text_contents())
    for group in GROUPS:
        assert group["heading"] in text
    for entry in EFFECT_SIZES:
        assert entry["label"] in text
    assert "not directly comparable" in text
    expect(page.locator(f"{FIGURE} figcaption")).to_contain_text("not directly comparable")


def test_getting_help_is_linked_prominently(visit, book_url):
    page = open_chapter(visit, book_url, CHAPTER)
    # In the opening note and in the "important" box near the end, not only in widgets.
    assert page.locator(".admonition.note a[href$='getting_help.html']").count() >= 1
    assert page.locator(".admonition.important a[href$='getting_help.html']").count() == 1
