"""A catalog of bad input: every input field of every component gets the shared table.

Each component is one page load; the test then tries every bad input of
``robustness.BAD_INPUTS`` in each of its fields (and, for the journal page, bad files),
collects every (field, input) pair that misbehaves and fails once at the end, so one
failure shows all the others too. What each field must do with each input is written
out in ``OUTCOMES`` (in ``bad_input_catalog.py``):

- "refused": a specific message beside the field (the field's own message element, linked
  by aria-describedby, visible, the field marked aria-invalid); the typed value stays on
  screen; the saved JSON of the widget is identical before and after, apart from the
  form's draft (the timeline's and pattern finder's `draft` keeps what is typed, on purpose);
- "kept": legitimate writing, saved and shown back exactly as typed (after a reload too),
  as text;
- "blank": an optional field left empty: accepted, and saved without a value.

For every pair: no script ran (``window.__pdcInjected`` stays undefined and no script,
image, frame, unstyled svg or on* attribute appears in the widget), no console or page
error, and a valid value in the same field is accepted and saved afterwards.

Fields without typing, and so without these inputs: the quiz's options and the
reflection's own/fictional/skip choice (radio buttons and checkboxes; no quiz item is
free text), the dose-effect slider (a range input with no typed number), and the
category selects, which offer only the schema's values: for those the test checks that
every option is in the schema and tries the one bad choice they allow, the blank one.

The table and the runner that checks each pair are in ``bad_input_catalog.py``; what is
tried in each widget in ``bad_input_widgets.py`` (reflection, timeline, pattern finder)
and ``bad_input_journal.py`` (the journal page's import).
"""

from __future__ import annotations

import pytest

from .bad_input_catalog import Catalog
from .bad_input_journal import run_journal
from .bad_input_widgets import (
    FINDER_ROOT,
    TIMELINE_ROOT,
    run_pattern_finder,
    run_reflection,
    run_timeline,
)

pytestmark = pytest.mark.browser

PAGE = "book/try_the_tools.html"
COURSE = "psychodynamic-course"


@pytest.fixture
def clipboard(visit, book_url):
    visit.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=book_url)


COMPONENTS = {
    # Chapter 1's reflection, with its content note: a lighter page to reload after each
    # kept answer (one reflection holds one answer, so each needs its own reload).
    "reflection": (
        "book/chapter_01.html",
        ".pdc-reflection",
        f"{COURSE}:chapter-01-first-thoughts",
        run_reflection,
    ),
    "timeline": (PAGE, TIMELINE_ROOT, f"{COURSE}:try-the-tools-timeline", run_timeline),
    "pattern finder": (PAGE, FINDER_ROOT, f"{COURSE}:try-the-tools-patterns", run_pattern_finder),
    "journal": ("book/my_journal.html", ".pdc-journal", None, run_journal),
}


@pytest.mark.parametrize("component", COMPONENTS)
def test_every_field_refuses_bad_input_beside_it_or_keeps_it_exactly_and_loses_nothing(
    visit, book_url, clipboard, robustness, component
):
    page_path, root, key, run = COMPONENTS[component]
    visit.page.goto(f"{book_url}/{page_path}")
    catalog = Catalog(visit, root, key)
    catalog.loaded()
    run(catalog, book_url)
    robustness(component, "bad input", catalog.pairs)
    assert visit.outside_requests() == []
    assert catalog.failures == [], "\n".join(catalog.failures)
    assert catalog.pairs > 0
