"""Tests for figures/panels.py: a figure drawn as one SVG per panel in one <figure>."""

import re

import pytest

from psychodynamic_course.figures.panels import PanelledFigure
from psychodynamic_course.figures.style import course_style, new_figure


def _panel(title: str):
    with course_style():
        figure, axes = new_figure(2, 1)
        axes.plot([0, 1], [0, 1])  # a clip path, referenced by url(#...)
    return figure, title


@pytest.fixture
def three_panels():
    return PanelledFigure(
        [_panel("Three panels. Panel A: a line."), _panel("Panel B."), _panel("Panel C.")],
        caption="Three lines.",
        figure_id="fig-lines",
        after_panels='<p class="note">Read each panel alone.</p>',
    )


def test_each_panel_is_an_image_with_its_own_title_the_first_the_figures(three_panels):
    html = three_panels.to_html()
    assert re.findall(r'aria-labelledby="([^"]+)"', html) == [
        "fig-lines-title",
        "fig-lines-b-title",
        "fig-lines-c-title",
    ]
    assert '<title id="fig-lines-b-title">Panel B.</title>' in html
    assert html.count('<div class="pdc-figure-panel">') == 3
    assert three_panels.alt == "Three panels. Panel A: a line. Panel B. Panel C."


def test_panels_ids_do_not_collide_and_references_stay_in_their_panel(three_panels):
    html = three_panels.to_html()
    for letter in "abc":
        assert f'id="fig-lines-{letter}-axes_1"' in html
        assert re.search(rf'clip-path="url\(#fig-lines-{letter}-p[0-9a-f]+\)"', html)
    assert 'id="axes_1"' not in html


def test_text_after_the_panels_comes_before_the_caption(three_panels):
    html = three_panels.to_html()
    last_panel = html.rindex("pdc-figure-panel")
    assert last_panel < html.index('class="note"') < html.index("<figcaption")
    assert html.endswith('<figcaption style="color: #1f1f1f">Three lines.</figcaption></figure>')


@pytest.mark.parametrize("panels", [[], [(_panel("A.")[0], " ")]], ids=["none", "untitled"])
def test_every_panel_needs_a_title(panels):
    with pytest.raises(ValueError, match="title"):
        PanelledFigure(panels, caption="Nothing.", figure_id="fig-none")
