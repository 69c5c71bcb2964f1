"""Sphinx extension: every page of the book carries a Content Security Policy.

The book keeps what a learner writes in their own browser (localStorage), and the policy
makes the browser itself refuse to send anything anywhere else: ``fetch``,
``XMLHttpRequest``, ``navigator.sendBeacon``, WebSockets, and images, scripts, styles and
fonts from any other origin are blocked, and each attempt is reported to the page as a
``securitypolicyviolation`` event (the browser tests listen for those).

The policy is a ``<meta http-equiv="Content-Security-Policy">`` in each page, because the
book is static files that any host serves (or a reader opens from disk): there are no
response headers we control. A meta policy covers only what comes after it, so it is put
at the top of ``<head>``, before every script, stylesheet and link. The one element left
before it is ``<meta charset>``: HTML requires that within the first 1,024 bytes of the
file, and the policy, with its hashes, is about that long. A meta policy ignores
``frame-ancestors``, ``report-uri`` and ``sandbox``, so the policy does not use them.

Inline scripts run only if their SHA-256 hash is listed (no ``'unsafe-inline'`` for
scripts), so a script that an injected piece of HTML smuggled into a page would not run.
The hashes can only be known from the finished HTML (the theme's templates write some of
the scripts), so the extension rewrites every page the build wrote in a ``build-finished``
handler, for the ``html`` builder (``make book``) and the ``singlehtml`` one (``make pdf``,
whose ``print.html`` is the same page with its links changed, scripts untouched). Two
theme buttons have inline click handlers (``onclick="toggleFullScreen()"`` and
``onclick="window.print()"``); CSP allows handler attributes only with
``'unsafe-hashes'`` and the hash of each exact handler text, which is what the policy
lists: an injected ``onclick`` with any other text still does not run. Every page lists
the handler hashes of the whole build, not only its own: the search page reads the pages
it finds (with ``DOMParser``) to show an excerpt of each, and Chromium checks each handler
in them against the search page's policy, reporting a violation for any it does not list.

It is loaded from ``_config.yml`` (``sphinx.local_extensions``).
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable
from html import escape, unescape
from pathlib import Path

# The policy, one directive per line; ``script-src`` gets each page's hashes appended.
POLICY = "; ".join(
    [
        # Anything not named below (frames, media, workers, manifests): only the book's
        # own site.
        "default-src 'self'",
        # fetch, XMLHttpRequest, sendBeacon, WebSocket, EventSource: only the site the page
        # came from, so learner data has no way out to anywhere else.
        "connect-src 'self'",
        # The book's own scripts; blob: because the widget loader
        # (widget_runtime/widget-loader.js) imports each widget's module from a blob: URL
        # made from the page's own embedded state. Inline scripts: by hash (appended).
        # 'report-sample' puts the start of a blocked script in the violation event, so a
        # test failure says which script it was.
        "script-src 'self' blob: 'report-sample'",
        # The book's own stylesheets; inline because the widget loader adds each widget's
        # CSS as a <style> element and the theme and widgets set style attributes. CSS
        # cannot send anything out: url() loads are held to img-src and font-src.
        "style-src 'self' 'unsafe-inline'",
        # The book's own images; data: for inline SVG and data-URL images (the timeline
        # draws its PNG export from one), blob: for images made in the page.
        "img-src 'self' data: blob:",
        # Fonts only from the book itself (it loads none since inline_icons.py replaced
        # the theme's icon fonts); data: for fonts embedded in CSS.
        "font-src 'self' data:",
        # No plugins (<object>, <embed>) at all.
        "object-src 'none'",
        # A <base> element could point every relative address at another site.
        "base-uri 'self'",
        # The only form, the search box, submits to the book's own search page.
        "form-action 'self'",
    ]
)
# What the browser runs of a <script> element: no type, or a JavaScript one. Others (the
# widget state and views, application/vnd.jupyter.widget-*+json) are data it never runs.
EXECUTABLE_TYPES = {
    "",
    "module",
    "text/javascript",
    "application/javascript",
    "application/ecmascript",
    "text/ecmascript",
}
SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.S | re.I)
ATTRIBUTE = re.compile(r"""([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
TAG = re.compile(r"<[a-zA-Z][^<>]*>")
HANDLER = re.compile(r"on[a-z]+", re.I)
# A policy this extension wrote, with the line end it added before (in a head) or after it.
_META = r'<meta http-equiv="Content-Security-Policy" content="[^"]*" />'
POLICY_META = re.compile(rf"\n{_META}|{_META}\n")
HEAD = re.compile(r"<head\b[^>]*>", re.I)
CHARSET = re.compile(r"\s*<meta charset=[^>]*>", re.I)


def csp_hash(text: str) -> str:
    """The CSP source expression that allows an inline script (or handler) ``text``.

    Browsers hash the script's text as UTF-8, after the HTML parser has turned CR LF
    line ends into LF.

    Example:
        >>> csp_hash("window.print()")
        "'sha256-MguIPR6qNR8D3B+eAlK+bIRTZe8t3wkOY4B/56Me9FU='"
    """
    digest = hashlib.sha256(text.replace("\r\n", "\n").encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def attributes(tag_inside: str) -> dict[str, str]:
    """The attributes of a start tag (what is between its name and ``>``), decoded.

    Example:
        >>> attributes(' type="module" defer src=a.js')
        {'type': 'module', 'src': 'a.js'}
    """
    found = {}
    for name, double, single, bare in ATTRIBUTE.findall(tag_inside):
        found.setdefault(name.lower(), unescape(double or single or bare))
    return found


def inline_scripts(html: str) -> list[str]:
    """The text of every inline ``<script>`` in ``html`` that the browser would run.

    Example:
        >>> inline_scripts(
        ...     '<script>a()</script><script src="b.js"></script>'
        ...     '<script type="application/vnd.jupyter.widget-state+json">{}</script>'
        ... )
        ['a()']
    """
    scripts = []
    for inside, text in SCRIPT.findall(html):
        found = attributes(inside)
        if "src" not in found and found.get("type", "").strip().lower() in EXECUTABLE_TYPES:
            scripts.append(text)
    return scripts


def event_handlers(html: str) -> list[str]:
    """The text of every inline event handler attribute (``onclick="..."``) in ``html``.

    Example:
        >>> event_handlers('<button class="b" onclick="window.print()">Print</button>')
        ['window.print()']
    """
    handlers = []
    for tag in TAG.findall(SCRIPT.sub("", html)):
        name_end = re.match(r"<[a-zA-Z][^\s>/]*", tag).end()
        for name, value in attributes(tag[name_end:]).items():
            if HANDLER.fullmatch(name):
                handlers.append(value)
    return handlers


def page_policy(html: str, handlers: Iterable[str] = ()) -> str:
    """``POLICY`` with the hashes of the inline scripts and handlers ``html`` has, and of
    the other event ``handlers`` given (the texts of those in the rest of the build).

    Example:
        >>> policy = page_policy("<script>a()</script>")
        >>> "script-src 'self' blob: 'report-sample' 'sha256-" in policy
        True
        >>> "'unsafe-hashes'" in policy, "'unsafe-inline'" in policy.split("style-src")[0]
        (False, False)
    """
    scripts = sorted({csp_hash(text) for text in inline_scripts(html)})
    handler_hashes = sorted({csp_hash(text) for text in [*event_handlers(html), *handlers]})
    extra = scripts + (["'unsafe-hashes'", *handler_hashes] if handler_hashes else [])
    directives = [
        " ".join([directive, *extra]) if directive.startswith("script-src ") else directive
        for directive in POLICY.split("; ")
    ]
    return "; ".join(directives)


def with_policy(html: str, handlers: Iterable[str] = ()) -> str:
    """``html`` with its own policy as the first element of ``<head>`` after the charset.

    A policy already there (from an earlier build of an unchanged page) is replaced, so
    rewriting a page twice gives the same page. A page without ``<head>`` (the index's
    redirect) gets the policy as its first element, which the parser puts in the head.

    Example:
        >>> page = with_policy('<html><head><meta charset="utf-8" /><script>a()</script>')
        >>> print(page.replace(page_policy("<script>a()</script>"), "..."))
        <html><head><meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="..." /><script>a()</script>
        >>> with_policy(page) == page
        True
    """
    html = POLICY_META.sub("", html)
    policy = escape(page_policy(html, handlers), quote=False)
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}" />'
    head = HEAD.search(html)
    if head is None:
        return f"{meta}\n{html}"
    at = head.end()
    charset = CHARSET.match(html, at)
    if charset:
        at = charset.end()
    return f"{html[:at]}\n{meta}{html[at:]}"


def pages(outdir: Path) -> list[Path]:
    """The HTML pages a build wrote in ``outdir``: every ``.html`` file but the theme's
    template fragments under ``_static`` (never served as pages)."""
    return sorted(
        path for path in outdir.rglob("*.html") if "_static" not in path.relative_to(outdir).parts
    )


def add_policy_to_pages(app, exception):
    if exception is not None or app.builder.format != "html":
        return
    texts = {path: path.read_text(encoding="utf-8") for path in pages(Path(app.outdir))}
    handlers = {handler for html in texts.values() for handler in event_handlers(html)}
    for path, html in texts.items():
        new = with_policy(html, handlers)
        if new != html:
            path.write_text(new, encoding="utf-8")


def setup(app):
    # After every other build-finished handler (default priority 500): sphinx-external-toc
    # writes the index.html redirect in one.
    app.connect("build-finished", add_policy_to_pages, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
