"""What every teaching figure promises, checked over the registry ``figures.FIGURES``.

Each figure is an AccessibleFigure with its fixed id, alt text and a caption, renders as
labelled inline SVG, is byte-for-byte the same on every run (no date, fixed ids, so
committed notebook outputs do not churn), keeps every text on the figure and no text
too small to read. What only one figure shows lives in its own test file.
"""

import html
import re

import pytest
from matplotlib.text import Text

from psychodynamic_course.figures import FIGURES
from psychodynamic_course.figures.style import (
    PHONE_FIGURE_PX,
    READABLE_PX,
    AccessibleFigure,
    figure_to_svg,
    inline_svg_images,
    notebook_html,
)

# The smallest text any figure may use, in points: the SVG is scaled to the page width,
# so anything smaller is hard to read on a phone.
MIN_FONT_SIZE = 8

# Figures drawn for phones: their text is READABLE_PX or more on the page itself. The
# others open full size on tap (tests/browser/test_figures_phone.py taps them).
DRAWN_FOR_PHONES = {"fig-effect-sizes"}


@pytest.fixture(scope="module", params=sorted(FIGURES))
def drawn(request):
    """``(figure id, the AccessibleFigure)``, made once per figure for the whole module."""
    return request.param, FIGURES[request.param]()


def _texts(drawing) -> list[Text]:
    """The visible texts of one matplotlib figure (a figure's panel, or the whole one)."""
    return [
        text for text in drawing.findobj(Text) if text.get_visible() and text.get_text().strip()
    ]


def test_the_registry_lists_each_figure_once_under_its_own_id():
    assert len(set(FIGURES.values())) == len(FIGURES) == 9
    assert all(re.fullmatch(r"fig-[a-z-]+", figure_id) for figure_id in FIGURES)


def test_is_an_accessible_figure_with_its_id(drawn):
    figure_id, figure = drawn
    assert isinstance(figure, AccessibleFigure)
    assert figure.figure_id == figure_id


def test_has_alt_text_and_a_caption_of_whole_sentences(drawn):
    _, figure = drawn
    assert len(figure.alt) > 200, "alt text says what the figure shows, not just its name"
    assert figure.caption.strip().endswith(".")
    assert figure.alt.strip().endswith((".", "'", '"'))


def test_html_is_labelled_for_assistive_technology(drawn):
    figure_id, figure = drawn
    html = figure.to_html()
    assert html.startswith(f'<figure class="pdc-figure" id="{figure_id}"')
    # One labelled image per drawing (a panelled figure has several), the first
    # labelled by the figure's own title.
    labels = re.findall(r'<svg role="img" aria-labelledby="([^"]+)"', html)
    assert len(labels) == len(figure.figures) and labels[0] == f"{figure_id}-title"
    for label in labels:
        assert f'<title id="{label}">' in html
    assert "<figcaption" in html


def test_no_two_drawings_share_an_id_and_each_finds_its_references(drawn):
    # A panelled figure's SVGs share a page: matplotlib's ids (axes_1, clip paths) would
    # collide between them, and a url(#...) would find another panel's clip path.
    _, figure = drawn
    drawings = [svg.split("</svg>")[0] for svg in figure.to_html().split('<svg role="img"')[1:]]
    ids = [set(re.findall(r' id="([^"]+)"', svg)) for svg in drawings]
    assert sum(map(len, ids)) == len(set().union(*ids))
    for svg, own in zip(drawings, ids, strict=True):
        assert set(re.findall(r'(?:href="#|url\(#)([^")]+)', svg)) <= own


def test_rendering_is_deterministic_and_has_no_date(drawn):
    figure_id, _ = drawn
    first = [figure_to_svg(drawing) for drawing in FIGURES[figure_id]().figures]
    assert first == [figure_to_svg(drawing) for drawing in FIGURES[figure_id]().figures]
    assert not any("<dc:date>" in svg for svg in first)


def test_text_stays_inside_the_figure(drawn):
    _, figure = drawn
    for drawing in figure.figures:
        # Lay out at screen resolution first: an SVG export in another test changes the dpi.
        drawing.draw_without_rendering()
        bounds = drawing.bbox
        for text in _texts(drawing):
            extent = text.get_window_extent()
            assert bounds.x0 <= extent.x0 and extent.x1 <= bounds.x1, text.get_text()
            assert bounds.y0 <= extent.y0 and extent.y1 <= bounds.y1, text.get_text()


def test_no_text_is_too_small_to_read(drawn):
    _, figure = drawn
    texts = [text for drawing in figure.figures for text in _texts(drawing)]
    small = [t.get_text() for t in texts if t.get_fontsize() < MIN_FONT_SIZE]
    assert not small


def test_text_is_readable_on_a_phone_on_the_page_or_full_size(drawn):
    figure_id, figure = drawn
    html = figure.to_html()
    on_the_page = figure.text_px_at(PHONE_FIGURE_PX)
    if figure_id in DRAWN_FOR_PHONES:
        assert on_the_page >= READABLE_PX
        assert "pdc-figure-open" not in html
    else:
        # Too small on the page, so it opens full size, where its smallest text is readable.
        assert on_the_page < READABLE_PX
        assert f'href="#{figure_id}-full"' in html and f'id="{figure_id}-full"' in html
        full = figure.full_size_px()
        assert f"--pdc-figure-full-width: {full}px" in html
        assert figure.text_px_at(full) >= READABLE_PX


def test_a_figure_is_not_blown_up_past_its_size_on_a_wide_screen(drawn):
    _, figure = drawn
    images = re.findall(r'<svg role="img"[^>]*max-width: (\d+)px', figure.to_html())
    caps = [float(cap) for cap in images]
    assert len(caps) == len(figure.figures)
    for drawing, cap in zip(figure.figures, caps, strict=True):
        width_px = drawing.get_size_inches()[0] * 96
        assert width_px <= cap <= 1.25 * width_px


def test_a_notebook_keeps_each_drawing_as_an_image_with_alt_text_and_the_book_inlines_it(drawn):
    figure_id, figure = drawn
    page = figure.to_html()
    kept = notebook_html(page)
    assert figure._repr_mimebundle_()["text/html"].startswith(kept[:200])
    # Before a notebook is trusted, JupyterLab strips inline SVG: none is left to strip.
    assert "<svg" not in kept, figure_id
    images = re.findall(r'<img class="pdc-svg-image" alt="([^"]+)"', kept)
    assert len(images) == len(figure.figures), figure_id
    if len(figure.figures) == 1:  # a panelled figure's images are named by their panels
        assert images[0] == html.escape(figure.alt), figure_id
    # The book gets back exactly the page it had.
    assert inline_svg_images(kept) == page, figure_id
