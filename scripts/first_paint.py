"""Sphinx extension: a page's first paint waits for its stylesheets and nothing else.

What the theme and Sphinx put in each page's ``<head>``, and what this changes, for the
``html`` and ``singlehtml`` builders:

- Script files block the page until each is fetched and run. Every one gets ``defer``
  (it runs once the page is parsed, in the same order) except
  ``documentation_options.js``, which the pages' inline scripts use at once.
- pydata-sphinx-theme loads Sphinx's search index (``searchtools.js``,
  ``language_data.js``, ``searchindex.js``, 30 KiB sent) on every page for
  search-as-you-type, which the book does not use: the search box on every page submits to
  ``search.html``. They are left only on the search page (deferred: they need
  ``doctools.js``'s ``_ready``). ``sphinx_highlight.js`` goes with them: on any other page
  it highlights the last search's words only where ``searchtools.js`` is absent, which it
  never was, so it did nothing there; alone it would start highlighting, in a colour that
  fails contrast checks.
- The theme's ``<link rel="preload">`` of its two scripts made them compete with the
  stylesheets on a slow connection; they still load (``defer``) from the end of the body.
- The theme's ``theme.css`` is only ``@import "../basic.css"``: linking ``basic.css``
  itself saves a round trip before the first paint.

Script attributes are set in ``html-page-context``; the rest is in the theme's macros and
templates, so the finished pages are rewritten in ``build-finished`` (before
``content_security_policy.py``, which hashes their inline scripts). It is loaded from
``_config.yml`` (``sphinx.local_extensions``); ``inline_icons.py`` removes the theme's icon
script and fonts.
"""

from __future__ import annotations

import re
from pathlib import Path

from content_security_policy import pages
from sphinx.builders.html._assets import _JavaScript

# Used by the inline scripts Sphinx writes in each page (DOCUMENTATION_OPTIONS.pagename).
NOT_DEFERRED = {"documentation_options.js"}
PRELOAD = re.compile(
    r"[ \t]*<!-- Pre-loaded scripts[^>]*-->\n|<link rel=\"preload\" as=\"script\"[^>]*>\n"
)
SEARCH_SCRIPTS = re.compile(
    r"[ \t]*<script\b[^>]*\bsrc=\"[^\"]*"
    r"(?:_static/searchtools|_static/language_data|_static/sphinx_highlight|searchindex)"
    r"\.js[^\"]*\"[^>]*></script>\n"
)
BASIC_CSS_IMPORT = '@import "../basic.css";'
THEME_CSS_LINK = re.compile(
    r'<link href="([^"]*)_static/styles/theme\.css\?digest=[^"]*" rel="stylesheet" />'
)


def deferred(script: _JavaScript) -> _JavaScript:
    """A script file with ``defer``, unless it is inline, already async or deferred, a
    module, or in ``NOT_DEFERRED``.

    Example:
        >>> deferred(_JavaScript("_static/doctools.js")).attributes
        {'defer': 'defer'}
        >>> deferred(_JavaScript("_static/documentation_options.js")).attributes
        {}
    """
    wait = {"defer", "async", "body", "type"} & set(script.attributes)
    if not script.filename or wait or Path(str(script.filename)).name in NOT_DEFERRED:
        return script
    extra = {**script.attributes, "defer": "defer"}
    return _JavaScript(script.filename, priority=script.priority, **extra)


def defer_scripts(app, pagename, templatename, context, doctree):
    # In place: the list is the builder's own, which handlers may still add to (Sphinx
    # restores it after each page).
    if "script_files" in context:
        context["script_files"][:] = [
            deferred(script) if isinstance(script, _JavaScript) else script
            for script in context["script_files"]
        ]


def deferred_tag(match: re.Match) -> str:
    tag = match.group(0)
    return tag if " defer" in tag else tag.replace("<script ", "<script defer ", 1)


def faster_page(html: str, search_page: bool, basic_css_direct: bool = True) -> str:
    r"""``html`` without the theme's script preloads, linking ``basic.css`` directly, and,
    unless it is the search page, without the search scripts (deferred there).

    Example:
        >>> head = (
        ...     '<link href="../_static/styles/theme.css?digest=1" rel="stylesheet" />\n'
        ...     '<link rel="preload" as="script" href="../_static/scripts/bootstrap.js" />\n'
        ...     '    <script src="../searchindex.js"></script>\n'
        ... )
        >>> print(faster_page(head, search_page=False))
        <link href="../_static/basic.css" rel="stylesheet" />
        <BLANKLINE>
        >>> print(faster_page(head, search_page=True, basic_css_direct=False))
        <link href="../_static/styles/theme.css?digest=1" rel="stylesheet" />
            <script defer src="../searchindex.js"></script>
        <BLANKLINE>
    """
    html = PRELOAD.sub("", html)
    html = SEARCH_SCRIPTS.sub(deferred_tag if search_page else "", html)
    if basic_css_direct:
        html = THEME_CSS_LINK.sub(r'<link href="\1_static/basic.css" rel="stylesheet" />', html)
    return html


def rewrite_pages(app, exception):
    if exception is not None or app.builder.format != "html":
        return
    outdir = Path(app.outdir)
    # Only while theme.css is the one import (a newer theme might add rules to it).
    imports = (outdir / "_static" / "styles" / "theme.css").read_text(encoding="utf-8")
    direct = re.sub(r"/\*.*?\*/", "", imports, flags=re.S).strip() == BASIC_CSS_IMPORT
    for path in pages(outdir):
        html = path.read_text(encoding="utf-8")
        new = faster_page(html, path == outdir / "search.html", direct)
        if new != html:
            path.write_text(new, encoding="utf-8")


def setup(app):
    # After the handlers that add scripts to a page (singlehtml_widgets.py: 600).
    app.connect("html-page-context", defer_scripts, priority=900)
    # Before content_security_policy (900), which hashes the pages' inline scripts.
    app.connect("build-finished", rewrite_pages, priority=800)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
