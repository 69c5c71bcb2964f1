"""The book's and the widgets' stylesheets are whole: an unclosed rule makes the browser
drop every rule after it without a word (a merge once lost one closing brace, and with it
every phone and WCAG 2.2 style that followed)."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
STYLESHEETS = sorted(
    [*(ROOT / "book" / "_static").glob("*.css"), *(ROOT / "src").rglob("static/*.css")]
)


def braces(text: str) -> list[int]:
    """The nesting depth after each brace, comments and strings left out.

    Example:
        >>> braces('a { b: "}" } /* { */ @media x { c { } }')
        [1, 0, 1, 2, 1, 0]
    """
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    text = re.sub(r'"[^"]*"|\'[^\']*\'', "", text)
    depths, depth = [], 0
    for character in re.findall(r"[{}]", text):
        depth += 1 if character == "{" else -1
        depths.append(depth)
    return depths


@pytest.mark.parametrize("stylesheet", STYLESHEETS, ids=lambda path: path.name)
def test_every_rule_is_closed_and_none_closes_twice(stylesheet):
    depths = braces(stylesheet.read_text(encoding="utf-8"))
    assert depths and depths[-1] == 0, f"{stylesheet.name}: a rule is left open"
    assert min(depths) >= 0, f"{stylesheet.name}: a brace closes nothing"
