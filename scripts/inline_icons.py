"""Sphinx extension: the theme's icons as small inline SVGs; no Font Awesome script or font.

pydata-sphinx-theme 0.17 puts ``fontawesome.js`` (1.5 MB, about 530 KiB gzipped) in every
page to turn its ``<i class="fa-solid fa-bars">`` elements into SVGs, and draws admonition
and link icons in CSS with the Font Awesome web fonts (another 270 KiB). A book page shows
about twenty icons. The theme release with a small icon bundle, pydata-sphinx-theme 0.24.0
(issue pydata/pydata-sphinx-theme#2379, pull request #2494), needs Sphinx 8.2, and Jupyter
Book 1 pins Sphinx 7 (sphinx-book-theme 1.4 pins pydata-sphinx-theme 0.20, which still has
the big script), so the book cannot upgrade. Instead this extension, for the ``html`` and
``singlehtml`` builders:

- writes each ``fa-*`` icon element of every page as the SVG that ``fontawesome.js`` would
  have made of it (same classes, ``aria-hidden``, ``fill="currentColor"``, one text line
  high), from the table ``ICONS`` below, and removes the script;
- writes ``_static/inline-icons.css``: the few rules of Font Awesome's own stylesheet those
  SVGs need, and the theme's CSS icons (admonition titles, external links...) as
  ``mask-image`` data URIs in the text colour, with the theme's ``--pst-icon-*`` glyphs
  emptied so that nothing asks for a Font Awesome font;
- writes the theme's stylesheet again without Font Awesome's 1,881 glyph rules and its
  ``@font-face`` rules (``_static/styles/pydata-sphinx-theme-lean.css``), and links that.

The pages are rewritten in a ``build-finished`` handler, like
``content_security_policy.py`` does and before it, because the theme writes the script and
the icons from macros and Python as well as templates (``first_paint.py`` does the rest of
what makes pages lighter to load); an ``fa-*`` icon that ``ICONS`` does
not know fails the build with a warning naming it (``make book`` builds with ``-W`` in the
tests). It is loaded from ``_config.yml`` (``sphinx.local_extensions``).
"""

from __future__ import annotations

import json
import re
import zlib
from html import escape
from pathlib import Path
from urllib.parse import quote

from content_security_policy import attributes, pages
from sphinx.util import logging

logger = logging.getLogger(__name__)

# The SVG of each Font Awesome icon the theme uses: name -> (width, height, path). Font
# Awesome Free icons by Fonticons, Inc. (https://fontawesome.com), CC BY 4.0; the JSON file
# says which release they are from.
ICONS = {
    name: tuple(icon)
    for name, icon in json.loads(
        (Path(__file__).with_name("inline_icons.json")).read_text(encoding="utf-8")
    )["icons"].items()
}
# Names the themes write that Font Awesome 6 renamed (sphinx-book-theme uses the old ones).
ALIASES = {
    "pencil-alt": "pencil",
    "home": "house",
    "search": "magnifying-glass",
    "search-minus": "magnifying-glass-minus",
    "external-link": "arrow-up-right-from-square",
    "info-circle": "circle-info",
    "times": "xmark",
}
# Classes that say a style or size, not an icon.
STYLE_CLASSES = {"fa", "fas", "far", "fab", "fa-solid", "fa-regular", "fa-brands", "fa-fw"}
SIZE_CLASS = re.compile(r"fa-(?:\d?x[sl]|sm|lg|\d+x)")

# The theme's CSS icons (pseudo-elements, pydata-sphinx-theme.css): which element draws
# which icon. Later rows win over earlier ones for the same element, as in the theme.
_TITLE = ".admonition{kind}>.admonition-title:after, div.admonition{kind}>.admonition-title:after"
CSS_ICONS = [
    (_TITLE.format(kind=""), "bell"),
    *(
        (_TITLE.format(kind=f".{kind}"), icon)
        for kind, icon in [
            ("attention", "circle-exclamation"),
            ("caution", "triangle-exclamation"),
            ("warning", "triangle-exclamation"),
            ("danger", "triangle-exclamation"),
            ("error", "circle-xmark"),
            ("hint", "lightbulb"),
            ("tip", "lightbulb"),
            ("important", "circle-exclamation"),
            ("note", "circle-info"),
            ("seealso", "share"),
            ("admonition-todo", "pencil"),
        ]
    ),
    (".nav-link.nav-external:after", "arrow-up-right-from-square"),
    ("nav.bd-links li>a.reference.external:after", "arrow-up-right-from-square"),
    ("ul.bd-breadcrumbs li.breadcrumb-item:not(.breadcrumb-home):before", "angle-right"),
    ("div#searchbox p.highlight-link a:before", "magnifying-glass-minus"),
    ("span.versionmodified:before", "circle-exclamation"),
    ("a.reference.download:before", "download"),
    ("a.github:before", "github"),
]
# Everything above draws as a mask in the element's text colour; the inline ones (all but
# admonition titles, which the theme sizes and places itself) are one letter square.
CSS_BASE = """\
/* Written by scripts/inline_icons.py: the theme's icons without Font Awesome's fonts. */
.svg-inline--fa { box-sizing: content-box; display: var(--fa-display, inline-block);
  height: 1em; overflow: visible; vertical-align: -0.125em; }
.svg-inline--fa.fa-lg { vertical-align: -0.2em; }
html { --pst-icon-angle-left: ""; --pst-icon-angle-right: ""; --pst-icon-bell: "";
  --pst-icon-check-circle: ""; --pst-icon-download: ""; --pst-icon-exclamation-circle: "";
  --pst-icon-exclamation-triangle: ""; --pst-icon-external-link: ""; --pst-icon-github: "";
  --pst-icon-gitlab: ""; --pst-icon-info-circle: ""; --pst-icon-lightbulb: "";
  --pst-icon-pencil: ""; --pst-icon-search-minus: ""; --pst-icon-share: "";
  --pst-icon-times-circle: ""; --pst-breadcrumb-divider: ""; }
{all} { content: ""; font-family: inherit; background-color: currentColor;
  -webkit-mask: no-repeat center / contain; mask: no-repeat center / contain; }
{inline} { display: inline-block; width: 1em; height: 1em; vertical-align: -0.125em; }
"""

ICON_ELEMENT = re.compile(r"<(i|span)\b([^>]*)>\s*</\1>")
FONTAWESOME_SCRIPT = re.compile(
    r"[ \t]*<!-- So that users can add custom icons -->\n"
    r"|[ \t]*<script defer src=\"[^\"]*_static/scripts/fontawesome\.js[^\"]*\"></script>\n"
)
# Font Awesome's part of the theme's stylesheet that nothing uses once the icons are SVGs:
# 1,881 glyph rules (.fa-bars:before{content:"\f0c9"}), which only its fonts could draw,
# and its @font-face rules. Without them the stylesheet every page waits for is 20 KiB
# (a third) smaller sent. Its .fa-lg and .fa-solid rules stay: the SVGs keep those classes.
FONT_AWESOME_GLYPHS = re.compile(
    r'(?<=\})(?:\.fa-[a-z0-9-]+:(?:before|after),?)+\{content:"[^"]*"\}'
)
FONT_AWESOME_FACES = re.compile(r"@font-face\{[^}]*Font Awesome[^}]*\}")
SOURCE_MAP = re.compile(r"/\*# sourceMappingURL=[^*]*\*/")
LEAN_THEME_CSS = "_static/styles/pydata-sphinx-theme-lean.css"
THEME_STYLESHEET = re.compile(
    r'<link href="([^"]*)_static/styles/pydata-sphinx-theme\.css\?digest=[^"]*" rel="stylesheet" />'
)


def icon_name(classes: list[str]) -> str | None:
    """The Font Awesome icon an element's classes ask for, or None if none does.

    Example:
        >>> icon_name(["theme-switch", "fa-solid", "fa-sun", "fa-lg"]), icon_name(["btn"])
        ('sun', None)
        >>> icon_name(["fas", "fa-pencil-alt"])
        'pencil'
    """
    for name in classes:
        if name.startswith("fa-") and name not in STYLE_CLASSES and not SIZE_CLASS.fullmatch(name):
            return ALIASES.get(name[3:], name[3:])
    return None


def svg_icon(name: str, element_attributes: dict[str, str]) -> str:
    """The inline SVG of icon ``name`` with an icon element's other attributes and classes.

    Example:
        >>> svg = svg_icon("bars", {"class": "fa-solid fa-bars", "data-mode": "x"})
        >>> print(svg[: svg.index("<path")].replace('" ', '"\\n'))
        <svg class="svg-inline--fa fa-solid fa-bars"
        data-mode="x"
        aria-hidden="true"
        focusable="false"
        fill="currentColor"
        viewBox="0 0 448 512"
        width="0.875em"
        height="1em">
    """
    width, height, path = ICONS[name]
    kept = {
        key: value for key, value in element_attributes.items() if key not in {"class", "title"}
    }
    kept |= {"aria-hidden": "true", "focusable": "false", "fill": "currentColor"}
    extra = "".join(f' {key}="{escape(value)}"' for key, value in kept.items())
    classes = " ".join(["svg-inline--fa", *element_attributes.get("class", "").split()])
    return (
        f'<svg class="{classes}"{extra} viewBox="0 0 {width} {height}"'
        f' width="{width / height:.4g}em" height="1em"><path d="{path}"/></svg>'
    )


def with_svg_icons(html: str, unknown: set[str] | None = None) -> str:
    """``html`` with each empty ``<i>`` or ``<span>`` icon element written as its SVG.

    An icon not in ``ICONS`` is left as it is and its name added to ``unknown``.

    Example:
        >>> page = '<button><i class="fa-solid fa-arrow-up"></i>Back to top</button>'
        >>> with_svg_icons(page).startswith('<button><svg class="svg-inline--fa fa-solid')
        True
        >>> missing = set()
        >>> with_svg_icons('<i class="fa fa-ghost"></i><span class="x"></span>', missing)
        '<i class="fa fa-ghost"></i><span class="x"></span>'
        >>> missing
        {'ghost'}
    """

    def replace(match: re.Match) -> str:
        found = attributes(match.group(2))
        name = icon_name(found.get("class", "").split())
        if name is None:
            return match.group(0)
        if name not in ICONS:
            if unknown is not None:
                unknown.add(name)
            return match.group(0)
        return svg_icon(name, found)

    return ICON_ELEMENT.sub(replace, html)


def without_font_awesome(html: str, lean_css: str, unknown: set[str] | None = None) -> str:
    r"""``html`` without the icon script, with its icons as SVGs, and linking the theme's
    stylesheet at ``lean_css`` (relative to the output folder) instead of the full one.

    Example:
        >>> head = (
        ...     '  <script defer src="../_static/scripts/fontawesome.js?digest=1"></script>\n'
        ...     '<link href="../_static/styles/pydata-sphinx-theme.css?digest=1"'
        ...     ' rel="stylesheet" />'
        ... )
        >>> without_font_awesome(head, "_static/lean.css?v=2")
        '<link href="../_static/lean.css?v=2" rel="stylesheet" />'
    """
    html = FONTAWESOME_SCRIPT.sub("", html)
    html = THEME_STYLESHEET.sub(
        lambda match: f'<link href="{match.group(1)}{lean_css}" rel="stylesheet" />', html
    )
    return with_svg_icons(html, unknown)


def mask_url(name: str) -> str:
    """A CSS ``url()`` of icon ``name`` as an SVG data URI (for ``mask-image``).

    Example:
        >>> mask_url("angle-right").startswith('url("data:image/svg+xml,%3Csvg xmlns=')
        True
    """
    width, height, path = ICONS[name]
    svg = (
        f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {width} {height}'>"
        f"<path d='{path}'/></svg>"
    )
    # Quoted in the url(), so only <, >, quotes and % need escaping.
    return 'url("data:image/svg+xml,' + quote(svg, safe=" /:='.,-") + '")'


def icon_css() -> str:
    """The stylesheet ``_static/inline-icons.css``: see the module docstring.

    Example:
        >>> css = icon_css()
        >>> "font-awesome" in css.lower(), "mask-image: url(" in css
        (False, True)
    """
    selectors = [selector for selector, _ in CSS_ICONS]
    inline = [selector for selector in selectors if "admonition-title" not in selector]
    rules = [
        CSS_BASE.replace("{all}", ",\n".join(selectors)).replace("{inline}", ",\n".join(inline))
    ]
    for selector, name in CSS_ICONS:
        url = mask_url(name)
        rules.append(f"{selector} {{ -webkit-mask-image: {url}; mask-image: {url}; }}\n")
    return "".join(rules)


def write_icon_css(app):
    static = Path(app.outdir) / "_static"
    static.mkdir(parents=True, exist_ok=True)
    (static / "inline-icons.css").write_text(icon_css(), encoding="utf-8")


def lean_theme_css(css: str) -> str:
    """The theme's stylesheet without Font Awesome's glyph and font rules.

    Example:
        >>> lean_theme_css(
        ...     '.fa-lg{font-size:1.25em}.fa-0:before{content:"\\30 "}'
        ...     '.fa-a:before,.fa-b:before{content:"\\f000"}.x,.fa-c:before{content:"y"}'
        ...     '@font-face{font-family:"Font Awesome 6 Free";src:url(a.woff2)}'
        ... )
        '.fa-lg{font-size:1.25em}.x,.fa-c:before{content:"y"}'
    """
    return SOURCE_MAP.sub("", FONT_AWESOME_FACES.sub("", FONT_AWESOME_GLYPHS.sub("", css)))


def checksum(path: Path) -> str:
    """Sphinx's cache-busting query value for a file (``?v=``): its CRC-32 in hex."""
    return f"{zlib.crc32(path.read_bytes()):08x}"


def write_lean_theme_css(outdir: Path) -> str:
    """Write the lean theme stylesheet into ``outdir``; its address there, with ``?v=``."""
    full = outdir / "_static" / "styles" / "pydata-sphinx-theme.css"
    lean = outdir / LEAN_THEME_CSS
    lean.write_text(lean_theme_css(full.read_text(encoding="utf-8")), encoding="utf-8")
    return f"{LEAN_THEME_CSS}?v={checksum(lean)}"


def rewrite_pages(app, exception):
    if exception is not None or app.builder.format != "html":
        return
    outdir = Path(app.outdir)
    lean_css = write_lean_theme_css(outdir)
    unknown: set[str] = set()
    for path in pages(outdir):
        html = path.read_text(encoding="utf-8")
        new = without_font_awesome(html, lean_css, unknown)
        if new != html:
            path.write_text(new, encoding="utf-8")
    for name in sorted(unknown):
        logger.warning("inline_icons: no SVG for the Font Awesome icon %r: add it to ICONS", name)


def setup(app):
    app.add_css_file("inline-icons.css")
    app.connect("builder-inited", write_icon_css)
    # Before content_security_policy (900), which hashes the pages' inline scripts.
    app.connect("build-finished", rewrite_pages, priority=800)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
