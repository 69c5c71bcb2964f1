"""Chapter 8 in the built book: the link to getting help before the reflection (what every
chapter shares is in test_chapters.py)."""

import pytest
from playwright.sync_api import expect

from .test_chapters import BY_NUMBER, open_chapter

pytestmark = pytest.mark.browser

CHAPTER = BY_NUMBER[8]


def test_chapter_text_links_to_getting_help_before_the_reflection(visit, book_url):
    page = open_chapter(visit, book_url, CHAPTER)
    section = page.locator("section#private-reflection")
    expect(section.locator(":scope > p a[href$='getting_help.html']")).to_have_count(1)
