"""The book on a 390 px phone (issue 16): the menu and on-this-page buttons open their
panels by touch and by keyboard and close again, every header button and widget control
is a fingertip's size (44 by 44 CSS px), and nothing floats over a form's hints.

One phone context serves the whole module (a context costs more than a page load)."""

import pytest
from playwright.sync_api import expect

from .conftest import BUILD, PHONE, Visit
from .target_size import small_targets
from .test_every_page import WIDGET_VIEW

pytestmark = pytest.mark.browser

PAGE_TYPES = {
    "welcome": "book/intro.html",
    "text chapter": "book/chapter_01.html",
    "widget chapter": "book/chapter_05.html",
    "journal": "book/my_journal.html",
    "glossary": "book/glossary.html",
    "search": "search.html?q=transference",
}
# The two panels: the toggle's selector and the <dialog> pydata-sphinx-theme opens it in.
PANELS = {
    "book contents": (".primary-toggle", "#pst-primary-sidebar-modal"),
    "page sections": (".secondary-toggle", "#pst-secondary-sidebar-modal"),
}
# Each way of opening is paired with a way of closing; together they try all of them.
OPEN_THEN_CLOSE = [("tap", "Escape"), ("Enter", "tap outside"), ("Space", "Escape")]


@pytest.fixture(scope="module")
def phone(browser):
    visit = Visit(browser.new_context(**PHONE))
    yield visit
    visit.context.close()


def open_page(visit, book_url, page):
    visit.page.goto(f"{book_url}/{page}")
    source = (BUILD / page.split("?")[0]).read_text(encoding="utf-8")
    expect(visit.page.locator(".pdc-widget")).to_have_count(source.count(WIDGET_VIEW))
    return visit.page


def tap_outside(page, dialog):
    """Tap the backdrop beside the dialog, on whichever side has room."""
    box = dialog.bounding_box()
    width = PHONE["viewport"]["width"]
    x = box["x"] + box["width"] + 10 if box["x"] + box["width"] < width - 20 else box["x"] - 10
    page.touchscreen.tap(x, 400)


@pytest.mark.parametrize("panel", PANELS)
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_the_menu_buttons_open_and_close_their_panels(phone, book_url, page_type, panel):
    page = open_page(phone, book_url, PAGE_TYPES[page_type])
    selector, dialog_selector = PANELS[panel]
    # The cause of the bug: a second, hidden pair of toggles that the theme's script bound.
    assert page.locator(selector).count() <= 1, page_type
    button = page.locator(selector)
    if panel == "page sections" and not button.count():
        # Pages with no sections to list (the welcome page, search) have no such button.
        assert page_type in ("welcome", "search"), page_type
        return
    expect(button).to_be_visible()
    dialog = page.locator(dialog_selector)
    for opener, closer in OPEN_THEN_CLOSE:
        if opener == "tap":
            button.tap()
        else:
            button.focus()
            page.keyboard.press(opener)
        expect(dialog).to_be_visible()
        expect(dialog.locator("a").first).to_be_visible()
        expect(button).to_have_attribute("aria-expanded", "true")
        assert dialog.evaluate("(d) => d.contains(document.activeElement)"), (opener, panel)
        if closer == "Escape":
            page.keyboard.press("Escape")
        else:
            tap_outside(page, dialog)
        expect(dialog).to_be_hidden()
        expect(button).to_have_attribute("aria-expanded", "false")
        expect(button).to_be_focused()
    assert phone.errors == [], page_type


# Every control a finger can touch in the header and the widgets (links in a widget's text
# are read, not tapped as buttons: the 24 px rule in test_wcag22.py covers them).
PHONE_CONTROLS = "button, input, select, summary, textarea, [role=button], a.btn"


@pytest.mark.parametrize(
    "page", ["book/chapter_05.html", "book/my_journal.html", "book/try_the_tools.html"]
)
def test_header_buttons_and_widget_controls_are_44_px_on_a_phone(phone, book_url, page):
    open_page(phone, book_url, page)
    scope = ".bd-header-article, .pdc-widget"
    assert phone.page.locator(f".pdc-widget :is({PHONE_CONTROLS})").count() > 5, page
    assert small_targets(phone.page, scope, 44, PHONE_CONTROLS) == [], page


def test_nothing_floats_over_a_forms_hints(phone, book_url):
    page = open_page(phone, book_url, "book/try_the_tools.html")
    hints = page.locator(".pdc-widget .pdc-list-hint, .pdc-widget .pdc-muted")
    assert hints.count() > 3
    for hint in hints.all():
        if not hint.is_visible():
            continue
        # The bottom of the screen, where the theme's "back to top" button floated.
        hint.evaluate("(e) => e.scrollIntoView({ block: 'end' })")
        covering = hint.evaluate(
            """(e) => {
              const r = e.getBoundingClientRect();
              const points = [[r.left + 2, r.bottom - 2], [r.right - 2, r.bottom - 2],
                              [(r.left + r.right) / 2, (r.top + r.bottom) / 2]];
              return points.map(([x, y]) => document.elementFromPoint(x, y))
                .filter((found) => found && !e.contains(found) && !found.contains(e))
                .map((found) => found.outerHTML.slice(0, 80));
            }"""
        )
        assert covering == [], hint.text_content()
    expect(page.locator("#pst-back-to-top")).to_be_hidden()
