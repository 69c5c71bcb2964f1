"""The built pages carry no learner data: widget state holds configuration only."""

import json
import re

import pytest

from .conftest import BUILD

pytestmark = pytest.mark.browser

# Everything a course widget may sync. Learner data travels in messages, never in traits,
# so a new trait here needs a reason that is not "it holds what the learner wrote".
CONFIGURATION_TRAITS = {
    "course_id",
    "widget_id",
    "title",
    "chapter",
    "schema",
    "schemas",
    "quiz",
    "prompt",
    "hint",
    "content_note",
    "fictional_prompt",
    # Fictional sample content and display switches, never the learner's own data.
    "sample_episodes",
    "sample_events",
    "sample_name",
    "read_only",
    # Teaching widgets: authored content and which part of it is on show.
    "levels",  # defence ladder
    "level",
    "findings",  # dose-effect explorer
    "notes",
    "caveats",
    "curve",
    "curve_label",
    "sessions",
    "max_sessions",
    "near",
}
# What every ipywidgets DOMWidget syncs, whatever it shows.
DOM_WIDGET_TRAITS = {"layout", "tabbable", "tooltip"}
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
    states = list(anywidget_states())
    assert len(states) >= 4  # chapter 1 (quiz, reflection), try the tools, my journal
    for page, state in states:
        extra = {
            name for name in state if not name.startswith("_") and name not in DOM_WIDGET_TRAITS
        } - CONFIGURATION_TRAITS
        assert not extra, (page, extra)
