"""Chapter 4's dose-effect explorer in the built book: what it draws, and its slider by
keyboard (what every chapter shares is in test_chapters.py)."""

import pytest
from playwright.sync_api import expect

from psychodynamic_course.figures.dose_effect import FINDINGS, illustrative_curve

from .test_chapters import BY_NUMBER, open_chapter

pytestmark = pytest.mark.browser

CHAPTER = BY_NUMBER[4]

EXPLORER = ".pdc-dose"


def open_explorer(visit, book_url):
    return open_chapter(visit, book_url, CHAPTER).locator(EXPLORER)


def test_explorer_draws_the_synced_findings(visit, book_url):
    explorer = open_explorer(visit, book_url)
    chart = explorer.locator("svg.pdc-dose-chart")
    assert chart.get_attribute("role") == "img"
    assert "not data" in chart.get_attribute("aria-label")
    assert chart.bounding_box()["height"] > 200
    shown = explorer.locator("g.pdc-dose-finding")
    assert sorted(
        shown.nth(i).get_attribute("data-finding") for i in range(shown.count())
    ) == sorted(f["id"] for f in FINDINGS)
    assert explorer.locator("g.pdc-dose-point circle").count() == 2
    assert explorer.locator("g.pdc-dose-range rect").count() == 1
    assert "illustration" in chart.text_content() and "not data" in chart.text_content()
    expect(explorer.locator(".pdc-dose-limits")).to_contain_text("not a prediction")


def test_slider_works_by_keyboard_and_readout_follows(visit, book_url):
    explorer = open_explorer(visit, book_url)
    page = visit.page
    slider = explorer.get_by_label("Number of sessions", exact=True)
    readout = explorer.locator(".pdc-dose-readout")
    assert readout.get_attribute("aria-live") == "polite"
    marker = explorer.locator("g.pdc-dose-marker line.pdc-dose-marker-line")

    expect(slider).to_have_value("8")
    expect(readout).to_contain_text("about 50% had improved by the 8th session")
    expect(readout).to_contain_text("not a study result")
    start_x = float(marker.get_attribute("x1"))

    slider.focus()
    for _ in range(5):
        page.keyboard.press("ArrowRight")
    expect(slider).to_have_value("13")
    assert slider.get_attribute("aria-valuetext") == "13 sessions"
    expect(explorer.locator(".pdc-dose-value")).to_contain_text("13 sessions")
    expect(readout).to_contain_text("between 13 and 18")
    assert float(marker.get_attribute("x1")) > start_x

    for _ in range(13):
        page.keyboard.press("ArrowRight")
    expect(slider).to_have_value("26")
    expect(readout).to_contain_text("about 75%")
    curve_at_26 = round(dict((s, p) for s, p in illustrative_curve())[26])
    expect(readout).to_contain_text(f"The dashed curve is at about {curve_at_26}% here")

    page.keyboard.press("End")
    expect(slider).to_have_value("52")
    expect(readout).to_contain_text("Past session 26")
    expect(readout).to_contain_text("None of the studies shown here reported a figure")
    assert "85%" not in readout.text_content()

    page.keyboard.press("Home")
    expect(slider).to_have_value("1")
    expect(readout).to_contain_text("under 5")
