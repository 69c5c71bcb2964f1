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
    # One SVG per panel, each labelled by its own title; the first is the figure's.
    panels = page.locator(f"{FIGURE} .pdc-figure-panel svg[role=img]")
    expect(panels).to_have_count(len(GROUPS))
    assert panels.first.get_attribute("aria-labelledby") == "fig-effect-sizes-title"
    first_title = panels.first.locator("title").text_content()
    assert "not directly comparable" in first_title and "0.97" in first_title
    for letter, svg in zip("ABCD", panels.all(), strict=True):
        expect(svg).to_be_visible()
        assert svg.bounding_box()["height"] > 150
        title = svg.locator("title").text_content()
        assert f"Panel {letter} of four" in title
    text = " ".join(panels.locator("text").all_text_contents())
    for group in GROUPS:
        assert group["heading"] in text
    for entry in EFFECT_SIZES:
        assert entry["label"] in text
    # The legend and the note are text below the panels, in the figure.
    expect(page.locator(f"{FIGURE} .pdc-figure-legend")).to_contain_text("open diamond")
    expect(page.locator(f"{FIGURE} .pdc-figure-note")).to_contain_text("not directly comparable")
    expect(page.locator(f"{FIGURE} figcaption")).to_contain_text("not directly comparable")


def test_each_panel_prints_on_one_page_and_the_figure_breaks_between_them(visit, book_url):
    page = open_chapter(visit, book_url, CHAPTER)
    page.emulate_media(media="print")
    try:
        figure = page.locator(FIGURE)
        assert figure.evaluate("(f) => getComputedStyle(f).breakInside") == "auto"
        for panel in figure.locator(".pdc-figure-panel").all():
            assert panel.evaluate("(p) => getComputedStyle(p).breakInside") == "avoid"
    finally:
        page.emulate_media(media="screen")


def test_getting_help_is_linked_prominently(visit, book_url):
    page = open_chapter(visit, book_url, CHAPTER)
    # In the opening note and in the "important" box near the end, not only in widgets.
    assert page.locator(".admonition.note a[href$='getting_help.html']").count() >= 1
    assert page.locator(".admonition.important a[href$='getting_help.html']").count() == 1
