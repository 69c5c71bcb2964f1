"""The book's own widget runtime (widget_runtime/widget-loader.js) in the built pages.

The loader draws each anywidget from the state the build embeds in the page, with no
kernel, no require.js and no HTML manager. These tests drive it through real built pages;
where a test needs a widget that behaves differently (a broken module, another export
form), it changes that page's embedded state on the way to the browser (page.route), so
everything else on the page stays the build's own.
"""

import json
import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from .conftest import BUILD

pytestmark = pytest.mark.browser

LOADER = BUILD / "_static" / "widget-runtime" / "widget-loader.js"
STATE = re.compile(
    r'(<script type="application/vnd.jupyter.widget-state\+json">)(.*?)(</script>)', re.S
)
FALLBACK = "could not be shown in this browser"


def serve_with_changed_state(page, book_url, path, change):
    """Serve the built page at ``path`` with its widget state passed through ``change``.

    ``change`` receives the page's models ({model_id: model}) and edits them in place.
    """

    def replace(match):
        state = json.loads(match.group(2))
        change(state["state"])
        body = json.dumps(state).replace("</", "<\\/")
        return match.group(1) + body + match.group(3)

    def handle(route):
        response = route.fetch()
        route.fulfill(response=response, body=STATE.sub(replace, response.text(), count=1))

    page.route(f"{book_url}/{path}", handle)


def models_of(state, anywidget_id):
    return [
        model
        for model in state.values()
        if model["state"].get("_anywidget_id", "").endswith(anywidget_id)
    ]


def loader_ready(page):
    page.wait_for_function("() => window.pdcWidgetLoader && window.pdcWidgetLoader.ready")
    page.evaluate("() => window.pdcWidgetLoader.ready")


def test_pages_load_the_small_deferred_loader_and_each_module_they_use_once(visit, book_url):
    page = visit.page
    page.goto(f"{book_url}/book/chapter_05.html")
    expect(page.locator(".pdc-timeline")).to_have_count(2, timeout=20_000)
    expect(page.locator(".pdc-quiz")).to_be_visible()
    page.wait_for_load_state("networkidle")
    paths = [urlsplit(url).path for url in visit.requests]
    runtime = [p for p in paths if "/widget-runtime/" in p]
    assert runtime[0] == "/_static/widget-runtime/widget-loader.js"
    modules = [p.removeprefix("/_static/widget-runtime/modules/") for p in runtime[1:]]
    # Two timelines, a quiz and a reflection: three widget modules and the shared chunks,
    # each fetched once.
    assert len(modules) == len(set(modules))
    assert {"timeline.js", "quiz.js", "reflection.js"} <= set(modules)
    assert {m for m in modules if not m.startswith("chunk-")} == {
        "timeline.js",
        "quiz.js",
        "reflection.js",
    }
    assert not [p for p in paths if p.endswith(("embed-amd.js", "require.js"))]
    # defer: it never blocks the page from being parsed and shown.
    assert page.locator('script[src*="widget-loader.js"]').get_attribute("defer") is not None
    assert LOADER.stat().st_size < 16_000
    # Nothing of the HTML manager runtime is published with the book.
    assert sorted(p.name for p in LOADER.parent.iterdir()) == ["modules", "widget-loader.js"]


def test_every_view_is_drawn_from_the_embedded_state_where_its_script_is(visit, book_url):
    page = visit.page
    page.goto(f"{book_url}/book/try_the_tools.html")
    loader_ready(page)
    views = page.evaluate(
        """() => [...document.querySelectorAll(
                'script[type="application/vnd.jupyter.widget-view+json"]')].map((script) => {
            const modelId = JSON.parse(script.textContent).model_id;
            const model = window.pdcWidgetLoader.models.get(modelId);
            const area = script.previousElementSibling;
            return {
                module: model.module,
                name: model.name,
                widgetId: model.get("widget_id"),
                inOutput: script.parentElement.classList.contains("cell_output"),
                area: area.className,
                drawn: area.querySelectorAll(":scope > .jupyter-widgets > .pdc-widget").length,
            };
        })"""
    )
    assert len(views) == 6
    for view in views:
        assert view["module"] == "anywidget" and view["name"] == "AnyModel", view
        assert view["widgetId"], view
        assert view["inOutput"] and view["area"] == "widget-subarea", view
        assert view["drawn"] == 1, view
    # Each widget class's stylesheet is added once, however many views use it.
    styles = page.evaluate(
        "() => [...document.querySelectorAll('style[data-anywidget-id]')]"
        ".map((s) => s.dataset.anywidgetId)"
    )
    assert sorted(styles) == sorted(set(styles))
    assert len(styles) == 4  # pattern finder, timeline, reflection, quiz
    assert visit.errors == []


def test_model_set_reaches_change_listeners_and_the_widget(visit, book_url):
    page = visit.page
    page.goto(f"{book_url}/book/chapter_04.html")
    slider = page.locator(".pdc-dose input[type=range]")
    expect(slider).to_be_visible(timeout=20_000)
    loader_ready(page)
    heard = page.evaluate(
        """() => {
            const model = [...window.pdcWidgetLoader.models.values()]
                .find((m) => m.get("_anywidget_id")?.endsWith("DoseEffectExplorer"));
            const heard = [];
            model.on("change:sessions", (m, value) => {
                heard.push(["change:sessions", value, m === model]);
            });
            model.on("change", () => heard.push(["change"]));
            model.set("sessions", 40);
            model.set("sessions", 40);  // no change, no event
            model.save_changes();
            return heard;
        }"""
    )
    assert heard == [["change:sessions", 40, True], ["change"]]
    # The explorer's own change:sessions listener moved its slider.
    expect(slider).to_have_value("40")


def test_send_without_a_kernel_throws_and_the_widgets_treat_it_as_no_kernel(visit, book_url):
    page = visit.page
    page.goto(f"{book_url}/book/try_the_tools.html")
    reflection = page.locator(".pdc-reflection")
    expect(reflection).to_be_visible(timeout=20_000)
    loader_ready(page)
    message = page.evaluate(
        """() => {
            const model = [...window.pdcWidgetLoader.models.values()]
                .find((m) => m.get("_anywidget_id")?.endsWith("ReflectionPrompt"));
            try {
                model.send({ type: "load" });
                return "sent";
            } catch (error) {
                return error.message;
            }
        }"""
    )
    assert message.startswith("No kernel")
    # pdcKernelBridge sent "load" on render and sends "save" now: the widget carries on
    # and keeps the text in this browser.
    reflection.get_by_role("textbox").first.fill("A thought that stays in this browser.")
    expect(reflection.locator(".pdc-status")).to_have_text("Saved on this device.")
    assert visit.errors == []


BREAKAGES = {
    "a syntax error": lambda model: model["state"].update(_esm="export default {"),
    "no default export": lambda model: model["state"].update(_esm="export const x = 1;"),
    "no render": lambda model: model["state"].update(_esm="export default {};"),
    "render throws": lambda model: model["state"].update(
        _esm="export default { render() { throw new Error('broken on purpose'); } };"
    ),
    "not an anywidget": lambda model: model.update(
        model_module="@jupyter-widgets/controls", model_name="IntSliderModel"
    ),
}


@pytest.mark.parametrize("breakage", BREAKAGES)
def test_a_widget_that_cannot_be_drawn_shows_a_sentence_in_its_place(visit, book_url, breakage):
    def change(state):
        (quiz,) = models_of(state, "Quiz")
        BREAKAGES[breakage](quiz)

    page = visit.page
    serve_with_changed_state(page, book_url, "book/chapter_01.html", change)
    page.goto(f"{book_url}/book/chapter_01.html")
    expect(page.locator(".pdc-reflection")).to_be_visible(timeout=20_000)
    loader_ready(page)
    fallback = page.locator(".cell_output .widget-subarea .pdc-widget-fallback")
    expect(fallback).to_have_count(1)
    expect(fallback).to_contain_text(FALLBACK)
    assert fallback.bounding_box()["height"] > 10
    assert page.locator(".pdc-quiz").count() == 0
    assert any("[widget-loader]" in e for e in visit.errors), visit.errors


def test_a_view_of_a_model_missing_from_the_state_shows_the_sentence(visit, book_url):
    def change(state):
        (quiz,) = models_of(state, "Quiz")
        del state[next(key for key, model in state.items() if model is quiz)]

    page = visit.page
    serve_with_changed_state(page, book_url, "book/chapter_01.html", change)
    page.goto(f"{book_url}/book/chapter_01.html")
    loader_ready(page)
    expect(page.locator(".pdc-widget-fallback")).to_contain_text(FALLBACK)
    expect(page.locator(".pdc-reflection")).to_be_visible()


# The export forms anywidget 0.11 accepts. Each draws the model's title and how often
# initialize() ran (never more than once per model).
EXPORT_FORMS = {
    "object": "export default { initialize, render };",
    "function": "export default () => ({ initialize, render });",
    "async function": "export default async () => ({ initialize, render });",
    "named render": "export { render };",
}
WIDGET_BODY = """
let runs = 0;
function initialize({ model }) { runs += 1; model.set("title", "initialized"); }
function render({ model, el }) {
  const p = document.createElement("p");
  p.className = "loader-form-test";
  p.textContent = `${model.get("title")} ${runs}`;
  el.append(p);
}
"""


@pytest.mark.parametrize("form", EXPORT_FORMS)
def test_every_anywidget_export_form_renders(visit, book_url, form):
    def change(state):
        (quiz,) = models_of(state, "Quiz")
        quiz["state"]["_esm"] = WIDGET_BODY + EXPORT_FORMS[form]
        quiz["state"]["title"] = "not initialized"

    page = visit.page
    serve_with_changed_state(page, book_url, "book/chapter_01.html", change)
    page.goto(f"{book_url}/book/chapter_01.html")
    loader_ready(page)
    # The old `export function render` form has no initialize().
    expected = "not initialized 0" if form == "named render" else "initialized 1"
    expect(page.locator(".loader-form-test")).to_have_text(expected)


def test_the_book_works_opened_from_disk(browser):
    # No server: file:// pages (a downloaded copy of the book) draw their widgets too.
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto((BUILD / "book" / "chapter_01.html").as_uri())
        expect(page.locator(".pdc-quiz")).to_be_visible(timeout=20_000)
        expect(page.locator(".pdc-reflection")).to_be_visible()
        assert page.locator(".pdc-widget-fallback").count() == 0
    finally:
        context.close()
