"""The Content Security Policy every page carries (scripts/content_security_policy.py)."""

import base64
import hashlib
from pathlib import Path
from types import SimpleNamespace

import yaml
from content_security_policy import (
    POLICY,
    add_policy_to_pages,
    csp_hash,
    event_handlers,
    inline_scripts,
    page_policy,
    with_policy,
)

CONFIG = yaml.safe_load((Path(__file__).resolve().parent.parent / "_config.yml").read_text())
SPHINX = CONFIG["sphinx"]["config"]

# A page head as the theme writes it, cut down: the charset, an inline script, data
# scripts that never run, a stylesheet, a script file, and one button with a handler.
PAGE = """<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>A chapter</title>
  <script data-cfasync="false">
    document.documentElement.dataset.mode = localStorage.getItem("mode") || "auto";
  </script>
    <link rel="stylesheet" href="../_static/screen.css" />
    <script src="../_static/doctools.js"></script>
    <script type="application/vnd.jupyter.widget-state+json">{"state": {}}</script>
    <script>DOCUMENTATION_OPTIONS.pagename = 'book/chapter_01';</script>
  </head>
  <body>
    <button class="btn" onclick="window.print()">Print</button>
    <script type="application/vnd.jupyter.widget-view+json">{"model_id": "x"}</script>
  </body>
</html>
"""
THEME_SCRIPT = (
    '\n    document.documentElement.dataset.mode = localStorage.getItem("mode") || "auto";\n  '
)


def directives(policy: str) -> dict[str, list[str]]:
    parsed = {}
    for directive in policy.split(";"):
        name, *sources = directive.split()
        parsed[name] = sources
    return parsed


def test_the_policy_keeps_every_kind_of_request_on_the_site():
    policy = directives(POLICY)
    assert policy["default-src"] == ["'self'"]
    assert policy["connect-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'", "blob:", "'report-sample'"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["img-src"] == ["'self'", "data:", "blob:"]
    assert policy["font-src"] == ["'self'", "data:"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"] and policy["form-action"] == ["'self'"]
    # Nothing a meta policy ignores, and no source that opens a way out.
    assert not {"frame-ancestors", "report-uri", "sandbox"} & set(policy)
    for sources in policy.values():
        assert not {"*", "http:", "https:", "ws:", "wss:", "'unsafe-eval'"} & set(sources)


def test_the_hash_is_the_browsers_sha256_of_the_utf8_text():
    text = "let hint = 'Cliquez ici';"
    digest = base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
    assert csp_hash(text) == f"'sha256-{digest}'"
    # The HTML parser turns CR LF into LF before the browser hashes the script.
    assert csp_hash("a()\r\nb()") == csp_hash("a()\nb()")


def test_only_scripts_the_browser_runs_are_inline_scripts():
    assert inline_scripts(PAGE) == [
        THEME_SCRIPT,
        "DOCUMENTATION_OPTIONS.pagename = 'book/chapter_01';",
    ]
    assert inline_scripts('<script type="module">m()</script>') == ["m()"]
    assert inline_scripts('<SCRIPT TYPE="text/javascript">j()</SCRIPT>') == ["j()"]
    assert inline_scripts('<script type="application/json">{"a": 1}</script>') == []
    assert inline_scripts('<script defer src="a.js"></script>') == []


def test_handlers_are_found_in_tags_only_and_decoded():
    assert event_handlers(PAGE) == ["window.print()"]
    assert event_handlers('<a onmouseover="f(&quot;x&quot;)">') == ['f("x")']
    # Text that only looks like a handler: in a script, or escaped in the page's prose.
    assert event_handlers("<script>x = '<b onclick=\"y()\">';</script>") == []
    assert event_handlers("<code>&lt;b onclick=&quot;y()&quot;&gt;</code>") == []


def test_each_inline_script_and_handler_is_allowed_by_its_hash_alone():
    policy = directives(page_policy(PAGE))
    assert policy["script-src"] == [
        "'self'",
        "blob:",
        "'report-sample'",
        *sorted(
            [
                csp_hash(THEME_SCRIPT),
                csp_hash("DOCUMENTATION_OPTIONS.pagename = 'book/chapter_01';"),
            ]
        ),
        "'unsafe-hashes'",
        csp_hash("window.print()"),
    ]
    assert "'unsafe-inline'" not in policy["script-src"]
    # A page without handlers needs no 'unsafe-hashes'; handlers of other pages are listed.
    assert "'unsafe-hashes'" not in page_policy("<p>text</p>")
    other = directives(page_policy("<p>text</p>", ["toggleFullScreen()"]))
    assert other["script-src"][-2:] == ["'unsafe-hashes'", csp_hash("toggleFullScreen()")]


def test_the_policy_comes_right_after_the_charset_before_any_script_or_link():
    page = with_policy(PAGE)
    head = page.split("<head>")[1]
    assert head.index('<meta charset="utf-8" />') < head.index("Content-Security-Policy")
    assert head.index("Content-Security-Policy") < min(head.index("<script"), head.index("<link"))
    assert page.count('http-equiv="Content-Security-Policy"') == 1
    assert f'content="{page_policy(PAGE)}"' in page
    # Rewritten again (an incremental build), it is the same page.
    assert with_policy(page) == page


def test_a_page_without_a_head_gets_the_policy_first():
    redirect = '<meta http-equiv="Refresh" content="0; url=book/intro.html" />\n'
    page = with_policy(redirect)
    assert page.startswith('<meta http-equiv="Content-Security-Policy" content="default-src')
    assert page.endswith(redirect)
    assert with_policy(page) == page


def test_build_finished_rewrites_every_page_but_the_themes_fragments(tmp_path):
    (tmp_path / "book").mkdir()
    (tmp_path / "_static").mkdir()
    (tmp_path / "book" / "chapter.html").write_text(PAGE, encoding="utf-8")
    search = "<html><head><meta charset='utf-8'></head><body>results</body></html>"
    (tmp_path / "search.html").write_text(search, encoding="utf-8")
    fragment = "{% macro head_pre_assets() %}<link>{% endmacro %}"
    (tmp_path / "_static" / "webpack-macros.html").write_text(fragment, encoding="utf-8")
    app = SimpleNamespace(outdir=str(tmp_path), builder=SimpleNamespace(format="html"))

    add_policy_to_pages(app, None)

    assert (tmp_path / "book" / "chapter.html").read_text(encoding="utf-8") == with_policy(PAGE)
    # The search page shows excerpts of other pages, so it lists their handlers too.
    assert csp_hash("window.print()") in (tmp_path / "search.html").read_text(encoding="utf-8")
    assert (tmp_path / "_static" / "webpack-macros.html").read_text(encoding="utf-8") == fragment


def test_a_failed_build_is_left_alone(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    app = SimpleNamespace(outdir=str(tmp_path), builder=SimpleNamespace(format="html"))
    add_policy_to_pages(app, RuntimeError("the build failed"))
    assert (tmp_path / "page.html").read_text(encoding="utf-8") == PAGE


def test_the_book_loads_the_extension():
    assert CONFIG["sphinx"]["local_extensions"]["content_security_policy"] == "scripts"
    assert "content_security_policy" in SPHINX["extensions"]
