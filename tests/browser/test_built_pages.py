"""The built pages carry no learner data: widget state holds configuration only
(scripts/check_learner_data.py says what that allows)."""

import json
import re

import pytest
from check_learner_data import page_problems

from .conftest import BUILD

pytestmark = pytest.mark.browser

STATE = re.compile(
    r'<script type="application/vnd.jupyter.widget-state\+json">(.*?)</script>', re.S
)


def anywidget_states():
    for page in sorted(BUILD.rglob("*.html")):
        for block in STATE.findall(page.read_text(encoding="utf-8")):
            for model in json.loads(block)["state"].values():
                if model["model_module"] == "anywidget":
                    yield page.relative_to(BUILD), model["state"]


def test_every_page_with_widgets_embeds_only_configuration():
    # `make learner-data` runs the same check over every file of the build; here it is
    # also proven to have had widget state to look at.
    states = list(anywidget_states())
    assert len(states) >= 4  # chapter 1 (quiz, reflection), try the tools, my journal
    for page in sorted(BUILD.rglob("*.html")):
        assert page_problems(page.read_text(encoding="utf-8")) == [], page


VIEW = re.compile(r'<script type="application/vnd.jupyter.widget-view\+json">(.*?)</script>', re.S)


def test_every_widget_shown_is_an_anywidget_the_lean_loader_can_draw():
    # widget-loader.js draws anywidgets only. Besides them the state holds one
    # LayoutModel per anywidget (ipywidgets' `layout` trait), which is never shown.
    pages = 0
    for page in sorted(BUILD.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        models = {}
        for block in STATE.findall(html):
            models.update(json.loads(block)["state"])
        views = [json.loads(view)["model_id"] for view in VIEW.findall(html)]
        if not views:
            continue
        pages += 1
        for model_id in views:
            assert (models[model_id]["model_module"], models[model_id]["model_name"]) == (
                "anywidget",
                "AnyModel",
            ), (page, model_id)
        layouts = {
            model["state"]["layout"].removeprefix("IPY_MODEL_")
            for model in models.values()
            if model["model_module"] == "anywidget"
        }
        for model_id, model in models.items():
            if model["model_module"] != "anywidget":
                assert model["model_name"] == "LayoutModel" and model_id in layouts, (page, model)
    assert pages >= 10


MODULES = BUILD / "_static" / "widget-runtime" / "modules"


def test_every_widget_refers_to_a_served_module_and_no_page_embeds_a_bundle():
    # Each widget's code is served once beside the loader (scripts/widget_modules.py): the
    # state names the module; no page carries a bundle, let alone one per widget.
    pages: dict = {}
    for page, state in anywidget_states():
        name = state["_esm"].removeprefix("pdc-module:")
        assert state["_esm"] == f"pdc-module:{name}", (page, state["_esm"][:80])
        assert (MODULES / name).is_file(), (page, name)
        pages.setdefault(page, []).append(name)
    # Chapter 5's two timelines share one module.
    assert (
        pages[BUILD.joinpath("book/chapter_05.html").relative_to(BUILD)].count("timeline.js") == 2
    )
    for page in sorted(BUILD.rglob("*.html")):
        assert "Generated from frontend/widgets" not in page.read_text(encoding="utf-8"), page
