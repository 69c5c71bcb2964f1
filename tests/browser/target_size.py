"""Which controls on a page are smaller than a target size (WCAG 2.2, 2.5.8; issue 16).

Used by ``test_phone.py`` (44 by 44 CSS px, a fingertip) and ``test_wcag22.py`` (24 by 24,
every page). A radio button or checkbox is measured with its labels, which take the tap
too. A link inside a sentence is exempt (2.5.8's inline exception: its size is the line's).
"""

from __future__ import annotations

CONTROLS = "a[href], button, input, select, summary, textarea, [role=button], [tabindex='0']"

_SMALL_TARGETS = """([scope, controls, minimum]) => {
  const boxOf = (element) => {
    const parts = [element, ...(element.labels || [])].map((e) => e.getBoundingClientRect());
    const width = Math.max(...parts.map((r) => r.right)) - Math.min(...parts.map((r) => r.left));
    const height = Math.max(...parts.map((r) => r.bottom)) - Math.min(...parts.map((r) => r.top));
    return { width, height };
  };
  // A link in running text: shown inline, in a block that has other words than its own.
  const inSentence = (element) => {
    if (element.tagName !== "A" || getComputedStyle(element).display !== "inline") return false;
    let block = element.parentElement;
    while (block && getComputedStyle(block).display === "inline") block = block.parentElement;
    return block && block.textContent.trim().length > element.textContent.trim().length + 1;
  };
  const shown = (e) =>
    e.checkVisibility({ visibilityProperty: true, opacityProperty: true }) &&
    !e.closest(".pdc-visually-hidden, .visually-hidden, .sr-only, .skip-link");
  const small = [];
  for (const area of document.querySelectorAll(scope)) {
    for (const element of area.querySelectorAll(controls)) {
      if (!shown(element) || inSentence(element)) continue;
      const { width, height } = boxOf(element);
      if (width >= minimum - 0.5 && height >= minimum - 0.5) continue;
      const size = `${Math.round(width)}x${Math.round(height)}`;
      small.push(`${element.outerHTML.slice(0, 90)} ${size}`);
    }
  }
  return small;
}"""


def small_targets(page, scope: str, minimum: float, controls: str = CONTROLS) -> list[str]:
    """The controls inside ``scope`` whose box is under ``minimum`` CSS px either way, each
    as the start of its HTML and its size (empty when all are large enough)."""
    return page.evaluate(_SMALL_TARGETS, [scope, controls, minimum])
