"""Chapter 7's course-of-sessions figure in the built book: its alt text names the seven
features and its labels name the moments (what every chapter shares is in
test_chapters.py)."""

import pytest
from playwright.sync_api import expect

from psychodynamic_course.figures.course_of_sessions import MOMENTS, SEVEN_FEATURES

from .test_chapters import BY_NUMBER, open_chapter

pytestmark = pytest.mark.browser

CHAPTER = BY_NUMBER[7]

FIGURE = "figure#fig-course-of-sessions"


def test_the_course_of_sessions_has_alt_text_labels_and_caption(visit, book_url):
    page = open_chapter(visit, book_url, CHAPTER)
    svg = page.locator(f"{FIGURE} svg[role=img]")
    expect(svg).to_be_visible()
    assert svg.get_attribute("aria-labelledby") == "fig-course-of-sessions-title"
    title = svg.locator("title").text_content()
    assert "fictional" in title.lower()
    for feature in SEVEN_FEATURES:
        assert feature.lower() in title.lower(), feature
    assert svg.bounding_box()["height"] > 250
    expect(page.locator(f"{FIGURE} figcaption")).to_contain_text("not data")
    # The moments are labelled in words in the SVG, not only by colour.
    text = svg.text_content()
    for moment in MOMENTS:
        assert moment.title.split("\n")[0].split(":")[0] in text
    assert "Shows: Fantasy life" in text
