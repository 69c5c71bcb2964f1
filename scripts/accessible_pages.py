"""Sphinx extension: pieces of the book's HTML that fail WCAG checks, written correctly.

The book's browser tests run axe-core (WCAG 2.2 A and AA rules) on every page; these two
come from the toolchain's Python code rather than from templates, so they are fixed where
the HTML is written:

- myst-nb's toggle for hidden code cells is ``<summary aria-label="Toggle hidden
  content">`` around the visible words "Show code cell source". A name that leaves out
  the visible words fails WCAG 2.5.3, Label in Name (axe: label-content-name-mismatch),
  and a speech-input user saying "click show code cell source" gets nothing. Without the
  aria-label the summary's name is the words it shows.
- docutils gives each bibliography entry ``role="doc-biblioentry"`` inside a
  ``role="list"``. DPUB-ARIA 1.1 deprecated that role (axe: aria-deprecated-role), and a
  list whose items have it is a list without list items (axe: aria-required-children).
  Each entry is written as a ``listitem`` instead.

A third fix is a script, ``book/_static/sidebar_toggles.js``, added to every page here
(deferred, so it never holds up the first paint): the theme's sidebar toggles say whether
their panel is open (``aria-expanded``, WCAG 4.1.2) and give focus back when it closes.

It is loaded from ``_config.yml`` (``sphinx.local_extensions``). Everything else about
both elements stays as the toolchain writes it.
"""

from __future__ import annotations

from html import escape

from docutils import nodes
from docutils.writers._html_base import HTMLTranslator
from myst_nb.sphinx_ import HideCodeCellNode, depart_HideCellInput


def visit_hidden_code_cell(self, node):
    """myst-nb's ``visit_HideCellInput`` (myst-nb 1.4) without the summary's aria-label."""
    classes = " ".join(node["classes"])
    self.body.append(f'<details class="admonition hide {classes}">\n')
    self.body.append("<summary>\n")
    self.body.append(f'<p class="collapsed admonition-title">{escape(node["prompt_show"])}</p>\n')
    self.body.append(f'<p class="expanded admonition-title">{escape(node["prompt_hide"])}</p>\n')
    self.body.append("</summary>\n")


def visit_citation(self, node):
    """docutils' ``visit_citation`` (0.21) with ``listitem`` for ``doc-biblioentry``."""
    if not isinstance(node.previous_sibling(), type(node)):
        self.body.append('<div role="list" class="citation-list">\n')
    self.body.append(self.starttag(node, "div", classes=[node.tagname], role="listitem"))


def setup(app):
    # Handlers registered for the "html" format serve the html and singlehtml builders.
    app.add_node(
        HideCodeCellNode, override=True, html=(visit_hidden_code_cell, depart_HideCellInput)
    )
    app.add_node(
        nodes.citation, override=True, html=(visit_citation, HTMLTranslator.depart_citation)
    )
    app.add_js_file("sidebar_toggles.js", defer="defer")
    return {"parallel_read_safe": True, "parallel_write_safe": True}
