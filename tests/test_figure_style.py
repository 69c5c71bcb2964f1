import re

import pytest

from psychodynamic_course.figures.style import (
    PALETTE,
    AccessibleFigure,
    course_style,
    figure_to_svg,
    new_figure,
)


def make_figure():
    with course_style():
        fig, ax = new_figure(3, 2)
        ax.plot([0, 1, 2], [1, 0, 1], color=PALETTE["blue"])
        ax.set_title("A title")
    return fig


def test_course_style_applies_to_artists_drawn_inside_it():
    fig = make_figure()
    axes = fig.axes[0]
    assert axes.title.get_fontsize() == 13
    assert not axes.spines["top"].get_visible()


def test_svg_is_identical_across_renders_and_has_no_date():
    first, second = figure_to_svg(make_figure()), figure_to_svg(make_figure())
    assert first == second
    assert "<dc:date>" not in first


def test_html_carries_alt_text_as_svg_title_and_a_caption():
    figure = AccessibleFigure(
        make_figure(), alt="A dip & a rise.", caption="Caption <here>.", figure_id="fig-x"
    )
    html = figure.to_html()
    assert html.startswith('<figure class="pdc-figure" id="fig-x" style="background: #ffffff;')
    assert '><svg role="img"' in html
    assert 'aria-labelledby="fig-x-title"' in html
    # The title is the svg's first child and its text is escaped.
    assert re.search(r'<svg [^>]*><title id="fig-x-title">A dip &amp; a rise\.</title>', html)
    assert '<figcaption style="color: #1f1f1f">Caption &lt;here&gt;.</figcaption>' in html
    assert "<?xml" not in html and "<!DOCTYPE" not in html
    assert 'width="100%"' in html


def test_plain_text_fallback_is_the_alt_text():
    bundle = AccessibleFigure(make_figure(), alt="Two lines.", caption="c")._repr_mimebundle_()
    assert bundle["text/plain"] == "Figure: Two lines."


def test_alt_text_is_required():
    with pytest.raises(ValueError, match="alt text"):
        AccessibleFigure(make_figure(), alt="  ", caption="c")


def test_palette_is_okabe_ito():
    assert PALETTE["blue"] == "#0072B2"
    assert PALETTE["vermillion"] == "#D55E00"
