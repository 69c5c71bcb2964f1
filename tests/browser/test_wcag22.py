"""WCAG 2.2 AA beyond what axe checks (issue 16): every control at least 24 by 24 CSS px
(2.5.8), keyboard focus never hidden under the sticky header (2.4.11), nothing moves when
the reader asks for reduced motion, and every control, focus ring and chart marker still
shows when Windows forces its high-contrast colours.

A context per way of reading, reused across pages (see test_every_page.py)."""

import pytest
from playwright.sync_api import expect

from .conftest import BUILD, PHONE, Visit
from .target_size import small_targets
from .test_every_page import AUDITED_PAGES, DESKTOP, WIDGET_VIEW

pytestmark = pytest.mark.browser

CONTEXTS = {
    "desktop": {"viewport": DESKTOP, "color_scheme": "light"},
    "phone": PHONE,
    "reduced motion": {"viewport": DESKTOP, "reduced_motion": "reduce"},
    "forced colours": {"viewport": DESKTOP, "forced_colors": "active"},
}


@pytest.fixture(scope="module")
def open_page(browser, book_url):
    """Open a page in the named context (made once) and wait for its widgets."""
    visits: dict[str, Visit] = {}

    def open_in(name: str, page: str):
        if name not in visits:
            visits[name] = Visit(browser.new_context(**CONTEXTS[name]))
        tab = visits[name].page
        tab.goto(f"{book_url}/{page}")
        source = (BUILD / page.split("?")[0]).read_text(encoding="utf-8")
        expect(tab.locator(".pdc-widget")).to_have_count(source.count(WIDGET_VIEW))
        return tab

    yield open_in
    for visit in visits.values():
        visit.context.close()


@pytest.mark.parametrize("page", AUDITED_PAGES)
def test_every_control_is_at_least_24_px(open_page, page):
    assert small_targets(open_page("desktop", page), "body", 24, spacing=True) == [], page


# Where the focused element is, against the sticky header and the window: what the reader
# can see of it. Elements in the header itself (and the skip link) are always in view.
FOCUS_IN_VIEW = """() => {
  const focused = document.activeElement;
  if (!focused || focused === document.body) return null;
  const header = document.querySelector(".bd-header-article").getBoundingClientRect();
  const box = focused.getBoundingClientRect();
  const inHeader = !!focused.closest(".bd-header-article, .bd-header, dialog, .skip-link");
  // The header spans the article's column: a sidebar beside it is never under it.
  const beside = box.right <= header.left || box.left >= header.right;
  const below = box.top >= header.bottom - 1 && box.top < window.innerHeight;
  // Taller than the space under the header (a scrolling output): some of it shows there.
  const tall = box.height > window.innerHeight - header.bottom;
  const shows = box.bottom > header.bottom + 8 && box.top < window.innerHeight;
  const seen = inHeader || beside || below || (tall && shows);
  return { name: focused.outerHTML.slice(0, 90), seen };
}"""


@pytest.mark.parametrize("mode", ["phone", "desktop"])
def test_keyboard_focus_is_never_under_the_sticky_header(open_page, mode):
    page = open_page(mode, "book/chapter_05.html")
    # Start from the end of the page too: Shift+Tab scrolls upwards, where the header is.
    hidden = []
    for key, start in (("Tab", "start"), ("Shift+Tab", "end")):
        page.evaluate(f"() => window.scrollTo(0, {'0' if start == 'start' else '1e6'})")
        page.evaluate("() => document.activeElement && document.activeElement.blur()")
        seen = 0
        for _ in range(400):
            page.keyboard.press(key)
            where = page.evaluate(FOCUS_IN_VIEW)
            if where is None:
                break
            seen += 1
            if not where["seen"]:
                hidden.append((key, where["name"]))
        assert seen > 30, (mode, key)
    assert hidden == [], mode


MOTION = """() => [...document.querySelectorAll("*")].flatMap((element) => {
  const style = getComputedStyle(element);
  const durations = [style.transitionDuration, style.animationDuration, style.transitionDelay]
    .join(",").split(",").map((value) => parseFloat(value) || 0);
  return durations.some((seconds) => seconds > 0) ? [element.outerHTML.slice(0, 80)] : [];
})"""


@pytest.mark.parametrize("page", ["book/chapter_05.html", "book/my_journal.html"])
def test_nothing_moves_with_reduced_motion(open_page, page):
    tab = open_page("reduced motion", page)
    assert tab.evaluate(MOTION) == [], page
    assert tab.evaluate("() => getComputedStyle(document.documentElement).scrollBehavior") == (
        "auto"
    )


# In forced colours: controls without a border or outline (backgrounds are dropped), and
# chart markers without a stroke or fill.
UNMARKED = """() => {
  const shown = (e) => e.checkVisibility({ visibilityProperty: true });
  const lined = (style, side) =>
    style[`border${side}Style`] !== "none" && parseFloat(style[`border${side}Width`]) > 0;
  const buttons = [...document.querySelectorAll(".pdc-widget button, .bd-header-article .btn")]
    .filter(shown)
    .filter((e) => {
      const style = getComputedStyle(e);
      return !["Top", "Left"].some((side) => lined(style, side)) && style.outlineStyle === "none";
    });
  const painted = (value) => value && value !== "none" && !/rgba\\(.*, 0\\)$/.test(value);
  const markers = [...document.querySelectorAll(".pdc-widget svg :is(circle, rect, path, polygon)")]
    .filter((e) => !e.closest("text, defs, clipPath, mask"))
    .filter((e) => {
      const style = getComputedStyle(e);
      return !painted(style.stroke) && !painted(style.fill);
    });
  return [...buttons, ...markers].map((e) => e.outerHTML.slice(0, 90));
}"""


@pytest.mark.parametrize("page", ["book/chapter_05.html", "book/try_the_tools.html"])
def test_controls_and_markers_show_in_forced_colours(open_page, page):
    tab = open_page("forced colours", page)
    assert tab.evaluate(UNMARKED) == [], page
    # Every focused control carries a visible outline (box shadows are dropped).
    for _ in range(25):
        tab.keyboard.press("Tab")
        outline = tab.evaluate(
            """() => { const s = getComputedStyle(document.activeElement);
                       return [document.activeElement.outerHTML.slice(0, 80),
                               s.outlineStyle, parseFloat(s.outlineWidth)]; }"""
        )
        assert outline[1] != "none" and outline[2] > 0, outline
