"""Tests for Vaillant's ladder of defences: its content, the widget and the figure."""

import re

import pytest
import traitlets
from frontend_in_node import FRONTEND
from matplotlib.patches import FancyBboxPatch
from matplotlib.text import Annotation

from psychodynamic_course.content import defence_levels
from psychodynamic_course.figures.defence_ladder import defence_ladder_figure
from psychodynamic_course.figures.style import AccessibleFigure
from psychodynamic_course.widgets.base import STATIC
from psychodynamic_course.widgets.defence_ladder import DefenceLadder, defence_ladder

LEVELS = defence_levels()

# Vaillant (1994), top rung first, exactly as the chapter teaches it.
VAILLANT = {
    "mature": ["Altruism", "Humour", "Suppression", "Anticipation", "Sublimation"],
    "neurotic": ["Intellectualization", "Repression", "Displacement", "Reaction formation"],
    "immature": ["Projection", "Fantasy", "Hypochondriasis", "Passive aggression", "Acting out"],
    "pathological": ["Delusional projection", "Psychotic denial", "Distortion"],
}
# Everyone in an example is fictional: the book's fictional case, her circle, or a
# one-line invented person.
FICTIONAL_PEOPLE = {
    "Nadia", "Dr Cole", "Priya", "Leo", "Sam", "Dev", "Carmen", "Jonah", "Mr Haddad",
    "Rosa", "Mr Ortiz", "Walter", "Ines",
}  # fmt: skip
ALL_DEFENCES = [name for names in VAILLANT.values() for name in names]


# -- content ------------------------------------------------------------------------------


def test_four_levels_in_order_top_rung_first():
    assert [level["id"] for level in LEVELS] == list(VAILLANT)
    assert [level["rung"] for level in LEVELS] == [4, 3, 2, 1]


@pytest.mark.parametrize("level", LEVELS, ids=lambda level: level["id"])
def test_each_level_holds_exactly_vaillants_defences(level):
    assert [d["name"] for d in level["defences"]] == VAILLANT[level["id"]]


def test_dissociation_is_left_off_the_ladder():
    # Sources place it differently; the chapter says so in the text instead.
    assert "Dissociation" not in ALL_DEFENCES
    assert not any("dissociation" in d["name"].lower() for lv in LEVELS for d in lv["defences"])


@pytest.mark.parametrize("level", LEVELS, ids=lambda level: level["id"])
def test_each_level_says_what_it_protects_and_costs(level):
    for field in ("name", "summary", "protects", "costs"):
        assert level[field].strip(), field


@pytest.mark.parametrize(
    "defence",
    [d for level in LEVELS for d in level["defences"]],
    ids=lambda d: d["name"],
)
def test_every_defence_has_a_definition_and_a_fictional_example(defence):
    assert set(defence) == {"name", "definition", "example"}
    assert len(defence["definition"].split()) >= 6
    assert len(defence["example"].split()) >= 10
    assert any(person in defence["example"] for person in FICTIONAL_PEOPLE), defence["example"]


def test_nadia_is_not_an_example_of_the_pathological_level():
    pathological = next(level for level in LEVELS if level["id"] == "pathological")
    assert not any("Nadia" in d["example"] for d in pathological["defences"])


def test_suppression_is_a_conscious_decision_and_repression_is_not():
    by_name = {d["name"]: d for level in LEVELS for d in level["defences"]}
    assert "consciously" in by_name["Suppression"]["definition"]
    assert "without deciding" in by_name["Repression"]["definition"]


def test_defence_levels_returns_a_fresh_json_ready_copy():
    copy = defence_levels()
    assert isinstance(copy, list) and isinstance(copy[0]["defences"], list)
    copy[0]["defences"][0]["name"] = "changed"
    assert defence_levels()[0]["defences"][0]["name"] == "Altruism"


# -- the widget ---------------------------------------------------------------------------


def test_widget_syncs_the_ladder_and_the_shown_rung():
    ladder = defence_ladder()
    for name in ("levels", "level", "title", "widget_id", "course_id"):
        assert ladder.trait_metadata(name, "sync") is True, name
    assert ladder.widget_id == "chapter-02-defence-ladder"
    assert ladder.level == "neurotic"
    assert [lv["id"] for lv in ladder.levels] == list(VAILLANT)
    assert ladder.levels == LEVELS


def test_the_shown_rung_can_be_changed_from_python_but_only_to_a_real_level():
    ladder = defence_ladder(level="mature")
    assert ladder.current()["name"] == "Mature"
    ladder.level = "pathological"
    assert [d["name"] for d in ladder.current()["defences"]] == VAILLANT["pathological"]
    with pytest.raises(traitlets.TraitError, match="level must be one of"):
        ladder.level = "your level"


def test_front_end_state_change_is_accepted_like_the_browser_sends_it():
    ladder = defence_ladder()
    ladder.set_state({"level": "immature"})
    assert ladder.level == "immature"


def test_widget_holds_no_learner_data_traits():
    ladder = DefenceLadder(widget_id="x")
    synced = {name for name in ladder.traits(sync=True) if not name.startswith("_")}
    app = {"levels", "level", "title", "widget_id", "course_id"}
    assert app <= synced
    # Nothing a reader could type travels in the state.
    assert not synced & {"text", "data", "answers", "entries"}


def test_fallback_names_every_level_and_defence():
    text = defence_ladder()._repr_mimebundle_()[0]["text/plain"]
    assert text.startswith("[Defence ladder")
    for name in ALL_DEFENCES:
        assert name.lower() in text


def test_front_end_is_keyboard_operable_and_never_parses_html():
    script = (FRONTEND / "widgets" / "defence_ladder.js").read_text(encoding="utf-8")
    assert 'role: "tablist"' in script and 'role: "tab"' in script
    assert '"aria-orientation": "vertical"' in script
    for key in ("ArrowUp", "ArrowDown", "Home", "End"):
        assert key in script
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script
    bundle = defence_ladder()._esm
    assert "function element(" in bundle and "Example (fictional)" in bundle


def test_selected_rung_is_not_marked_by_colour_alone():
    css = (STATIC / "defence_ladder.css").read_text(encoding="utf-8")
    selected = re.findall(r'\[aria-selected="true"\][^{]*\{([^}]*)\}', css)
    joined = " ".join(selected)
    assert "border-width" in joined and "font-weight: 700" in joined and "content:" in joined


# -- the figure ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def figure():
    return defence_ladder_figure()


def _texts(figure: AccessibleFigure) -> list[str]:
    return [" ".join(text.get_text().split()) for text in figure.figure.axes[0].texts]


def test_one_rung_per_level_top_to_bottom(figure):
    axes = figure.figure.axes[0]
    rungs = [p for p in axes.patches if isinstance(p, FancyBboxPatch)]
    assert len(rungs) == 4
    heights = [rung.get_y() for rung in rungs]
    assert heights == sorted(heights, reverse=True)
    texts = _texts(figure)
    for level in LEVELS:
        assert f"Level {level['rung']}: {level['name']}" in texts


def test_levels_differ_by_outline_not_only_colour(figure):
    rungs = [p for p in figure.figure.axes[0].patches if isinstance(p, FancyBboxPatch)]
    styles = {(str(r.get_linestyle()), r.get_linewidth()) for r in rungs}
    assert len(styles) == 4


def test_every_defence_is_printed_on_its_rung(figure):
    texts = _texts(figure)
    for names in VAILLANT.values():
        assert " · ".join(names) in texts


def test_arrow_shows_the_direction_of_flexibility(figure):
    axes = figure.figure.axes[0]
    arrows = [a for a in axes.texts if isinstance(a, Annotation) and a.arrow_patch is not None]
    assert len(arrows) == 1
    (arrow,) = arrows
    assert arrow.xy[1] > arrow.xyann[1]  # points upwards
    assert "more flexible, less distortion of reality" in _texts(figure)


def test_figure_says_it_sorts_defences_not_people(figure):
    assert any("not people" in text for text in _texts(figure))
    assert "not people" in figure.caption


def test_text_stays_inside_its_rung(figure):
    fig = figure.figure
    fig.draw_without_rendering()
    axes = fig.axes[0]
    boxes = [p.get_window_extent() for p in axes.patches if isinstance(p, FancyBboxPatch)]
    checked = 0
    for text in axes.texts:
        extent = text.get_window_extent()
        centre = ((extent.x0 + extent.x1) / 2, (extent.y0 + extent.y1) / 2)
        for box in boxes:
            if box.contains(*centre):
                checked += 1
                assert box.x0 < extent.x0 and extent.x1 < box.x1, text.get_text()
                assert box.y0 < extent.y0 and extent.y1 < box.y1, text.get_text()
    assert checked == 3 * len(boxes)


def test_alt_text_names_every_level_and_defence(figure):
    alt = figure.alt.lower()
    for level in LEVELS:
        assert level["name"].lower() in alt
    for name in ALL_DEFENCES:
        assert name.lower() in alt, name
    assert "not people" in alt
