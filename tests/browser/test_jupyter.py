"""The chapters with a live kernel, the way instructors and self-learners use them.

Each test starts a real Jupyter server (JupyterLab, or Notebook 7; ``jupyter_server.py``)
and drives it with Debian's Chromium like a person would: the menus to run all cells, the
widgets' own fields and buttons. The kernel's side is checked from Python through a
second client on the same kernel, so "Python sees it" means the kernel the page is
talking to.
"""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

from .conftest import ROOT
from .jupyter_server import (
    JupyterServer,
    error_outputs,
    eventually,
    in_kernel,
    open_notebook,
    restart_kernel,
    run_all_cells,
    wait_for_idle_kernel,
    widget_cells,
)
from .saving_widgets import add_timeline_event

NOTEBOOKS = sorted(path.relative_to(ROOT).as_posix() for path in (ROOT / "book").glob("*.ipynb"))
MYST_ERROR = re.compile(r"Unknown (Directive|Role)|Unknown directive|Unknown role")

pytestmark = pytest.mark.browser

# Emoji and an accent, as learners really type.
TYPED = "I learned to expect help to come late, so I stopped asking. Café 😊"
REFLECTION_ID = "chapter-05-early-expectations"
TIMELINE_ID = "chapter-05-my-timeline"
EVENT_LABEL = "Moved to a new school"
LEARNER_ID = """
import json
from psychodynamic_course.learner_data.journal import Journal
print(json.dumps(Journal().learner_id))
"""


def test_chapter_end_to_end_in_jupyterlab(jupyter, visit):
    server = jupyter("lab")
    notebook = "book/chapter_05.ipynb"
    page = open_notebook(visit, server, notebook)
    # jupyterlab-myst renders the chapter's MyST: the not-therapy note is an admonition.
    expect(page.locator(".jp-MarkdownCell aside.myst-admonition").first).to_be_visible()

    run_all_cells(page)
    widgets = page.locator(".jp-OutputArea .pdc-widget")
    expect(widgets).to_have_count(widget_cells(ROOT / notebook), timeout=60_000)
    wait_for_idle_kernel(page)
    expect(error_outputs(page)).to_have_count(0)

    # A reflection typed in the page reaches Python, and the journal file.
    reflection = page.locator(".jp-OutputArea .pdc-reflection")
    reflection.get_by_label("Write about my own experience").check()
    reflection.locator("textarea").fill(TYPED)
    # In a kernel the save says where the copies are: this browser and the journal file.
    expect(reflection.locator(".pdc-status")).to_have_text(
        "Saved in this browser and in your journal file."
    )
    seen_by_python = f"""
import json
from psychodynamic_course.widgets.reflection import ReflectionPrompt
prompts = [o for o in Out.values()
           if isinstance(o, ReflectionPrompt) and o.widget_id == {REFLECTION_ID!r}]
print(json.dumps(prompts[-1].text))
"""
    assert eventually(lambda: in_kernel(server, notebook, seen_by_python) == TYPED) == True  # noqa: E712

    # A timeline event added in the widget is drawn by to_figure() in the kernel.
    timeline = page.locator(f'.pdc-timeline[data-widget-id="{TIMELINE_ID}"]')
    add_timeline_event(timeline, EVENT_LABEL, age="9", category="school or work", feeling="-1")
    expect(timeline.locator(".pdc-timeline-item-label")).to_have_text([EVENT_LABEL])
    drawn = f"""
import json
from psychodynamic_course.widgets.timeline import LifeTimeline
timelines = [o for o in Out.values()
             if isinstance(o, LifeTimeline) and o.widget_id == {TIMELINE_ID!r}]
drawing = timelines[-1].to_figure()
points = [point for line in drawing.figure.axes[0].lines
          if line.get_gid() == "category:school or work" for point in line.get_xydata().tolist()]
print(json.dumps({{"alt": drawing.alt, "points": points}}))
"""
    # One marker, at age 9 and feeling -1, and the alt text describes that one event.
    assert eventually(lambda: in_kernel(server, notebook, drawn)["points"] == [[9, -1]])
    assert in_kernel(server, notebook, drawn)["alt"].startswith("A life timeline of 1 event")

    # Restart the kernel (Kernel > Restart Kernel…): the reflection is still in the journal.
    restart_kernel(page)
    from_file = f"""
import json
from psychodynamic_course.learner_data.journal import Journal
print(json.dumps(Journal().get({REFLECTION_ID!r})["data"]["text"]))
"""
    assert in_kernel(server, notebook, from_file) == TYPED
    # With this browser's copy gone, the widget gets the answer back from the journal file.
    # In a kernel the browser keeps it under this Jupyter user's own name (journal.py).
    learner = in_kernel(server, notebook, LEARNER_ID)
    key = f"psychodynamic-course@{learner}:{REFLECTION_ID}"
    assert page.evaluate("(key) => localStorage.getItem(key)", key) is not None
    page.evaluate("(key) => localStorage.removeItem(key)", key)
    run_all_cells(page)
    expect(reflection.locator("textarea")).to_have_value(TYPED, timeout=60_000)
    expect(reflection.locator(".pdc-status")).to_have_text("Restored from your journal file.")

    # Save (File > Save Notebook) and reload: the widgets come back from the running
    # kernel, answer included, and the saved notebook holds no trace of the answer.
    page.get_by_role("menuitem", name="File", exact=True).click()
    page.get_by_role("menuitem", name=re.compile(r"^Save Notebook(?! As)")).click()
    saved = server.root / notebook
    page.wait_for_function("() => !window.jupyterapp.shell.currentWidget.context.model.dirty")
    assert eventually(lambda: "application/vnd.jupyter.widget-view+json" in saved.read_text())
    assert "stopped asking" not in saved.read_text()
    page.reload()
    wait_for_idle_kernel(page)
    expect(reflection.locator("textarea")).to_have_value(TYPED, timeout=60_000)
    assert json.loads(server.journal.read_text())["entries"][REFLECTION_ID]["data"]["text"] == TYPED
    assert visit.outside_requests() == []


def test_chapter_runs_in_notebook_7(jupyter, visit):
    server = jupyter("notebook")
    notebook = "book/chapter_01.ipynb"
    page = open_notebook(visit, server, notebook, app="notebook")
    run_all_cells(page)
    widgets = page.locator(".jp-OutputArea .pdc-widget")
    expect(widgets).to_have_count(widget_cells(ROOT / notebook), timeout=60_000)
    for index in range(widgets.count()):
        box = widgets.nth(index).bounding_box()
        assert box and box["height"] > 40, f"widget {index} did not render at real size"
    wait_for_idle_kernel(page)
    expect(error_outputs(page)).to_have_count(0)
    assert visit.outside_requests() == []


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """One JupyterLab for every notebook below (each test opens its own page)."""
    server = JupyterServer("lab", tmp_path_factory.mktemp("lab"))
    yield server
    server.stop()


def saved_cells(notebook: str) -> tuple[int, int]:
    """How many SVG images the saved outputs hold, and how many setup cells there are."""
    cells = json.loads((ROOT / notebook).read_text(encoding="utf-8"))["cells"]
    images = sum(
        "".join(output.get("data", {}).get("text/html", "")).count('class="pdc-svg-image"')
        for cell in cells
        for output in cell.get("outputs", [])
    )
    setup = sum("remove-cell" in cell["metadata"].get("tags", []) for cell in cells)
    return images, setup


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_every_notebook_looks_finished_in_jupyterlab_before_and_after_run_all(lab, visit, notebook):
    page = open_notebook(visit, lab, notebook)
    # The current notebook's panel: JupyterLab also restores the ones opened before.
    cells = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook")
    expect(cells.locator(".jp-MarkdownCell").first).to_be_visible()
    images, setup = saved_cells(notebook)
    # Opened from a file, the notebook is not trusted: each saved figure still shows, as
    # an image with its alt text, not as the text of a stripped SVG.
    figures = cells.locator(".jp-OutputArea-output img.pdc-svg-image")
    expect(figures).to_have_count(images)
    for index in range(images):
        figure = figures.nth(index)
        assert figure.get_attribute("alt"), (notebook, index)
        figure.scroll_into_view_if_needed()
        # Drawn at the output's width, with the height its viewBox gives.
        expect(figure).to_have_js_property("complete", True)
        box = figure.bounding_box()
        assert box and box["width"] > 200 and box["height"] > 20, (notebook, index, box)
    assert "Matplotlib v" not in cells.inner_text()
    # The Colab install and the imports are collapsed, as the book hides them.
    expect(cells.locator(".jp-InputPlaceholder")).to_have_count(setup)

    run_all_cells(page)
    page.wait_for_function(
        """() => window.jupyterapp.shell.currentWidget.content.widgets
            .filter((cell) => cell.model.type === "code")
            .every((cell) => cell.model.executionCount !== null)""",
        timeout=120_000,
    )
    wait_for_idle_kernel(page)
    expect(error_outputs(page)).to_have_count(0)
    expect(cells.get_by_text(MYST_ERROR)).to_have_count(0)
    if "chapter_" in notebook:
        # Citations read as author and year, and the chapter lists its references.
        expect(
            cells.get_by_role("link", name=re.compile(r"\(\d{4}\)|, \d{4}\)")).first
        ).to_be_visible()
        expect(cells.get_by_role("heading", name="References")).to_be_visible()
    assert visit.outside_requests() == []


def test_the_review_page_saves_to_the_journal_file_in_a_kernel(jupyter, visit):
    server = jupyter("lab")
    page = open_notebook(visit, server, "book/review.ipynb")
    run_all_cells(page)
    review = page.locator(".jp-OutputArea .pdc-review")
    expect(review).to_be_visible(timeout=60_000)
    review.get_by_label("Chapter 3:", exact=False).check()
    card = review.locator(".pdc-review-card-body")
    card.locator("input").first.check()
    card.get_by_role("button", name="Check answer").click()
    expect(card.locator(".pdc-quiz-feedback")).to_contain_text(re.compile("[Cc]omes back"))

    def answered():
        """The journal file's review once it holds the answered card (saves arrive in order)."""
        if not server.journal.is_file():
            return None
        entry = json.loads(server.journal.read_text())["entries"].get("review")
        return entry if entry and entry["data"]["cards"] else None

    entry = eventually(answered)
    assert entry and entry["kind"] == "review"
    assert entry["data"]["chapters"] == ["chapter-03"]
    assert len(entry["data"]["cards"]) == 1
    assert visit.outside_requests() == []
