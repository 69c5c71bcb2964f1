"""Sphinx extension: the book's figures as inline SVG, as the notebooks cannot keep them.

A figure's output in a notebook holds each SVG as an ``<img>`` of itself, so JupyterLab
shows it before the notebook is trusted (``figures.style.notebook_html``). In the book the
SVG belongs inline, labelled and styled by the page's CSS: this puts it back, byte for
byte, in every page's body (``inline_svg_images``), so the pages are as they were.

It is loaded from ``_config.yml`` (``sphinx.local_extensions``).
"""

from __future__ import annotations


def inline_page_figures(app, pagename, templatename, context, doctree):
    from psychodynamic_course.figures.style import inline_svg_images

    if "body" in context:
        context["body"] = inline_svg_images(context["body"])


def setup(app):
    app.connect("html-page-context", inline_page_figures)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
