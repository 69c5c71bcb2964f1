"""Which controls on a page are smaller than a target size (WCAG 2.2, 2.5.8; issue 16).

Used by ``test_phone.py`` (44 by 44 CSS px, a fingertip) and ``test_wcag22.py`` (24 by 24,
every page). A radio button or checkbox is measured with its labels, which take the tap
too. A link inside a sentence is exempt (2.5.8's inline exception: its size is the line's).
With ``spacing=True`` so is 2.5.8's spacing exception: an undersized target whose 24 px
circle (centred on it) touches no other target and no other undersized target's circle, as
in a list of one-line links.
"""

from __future__ import annotations

CONTROLS = "a[href], button, input, select, summary, textarea, [role=button], [tabindex='0']"

_SMALL_TARGETS = """([scope, controls, minimum, spacing]) => {
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
  const targets = [...document.querySelectorAll(scope)].flatMap((area) =>
    [...area.querySelectorAll(controls)].filter((e) => shown(e) && !inSentence(e)),
  );
  const undersized = targets.filter((element) => {
    const { width, height } = boxOf(element);
    return width < minimum - 0.5 || height < minimum - 0.5;
  });
  const centre = (e) => {
    const r = e.getBoundingClientRect();
    return [(r.left + r.right) / 2, (r.top + r.bottom) / 2];
  };
  // The spacing exception: a 24 px circle on the target's centre, clear of the others.
  const spaced = (element) => {
    const [x, y] = centre(element);
    const clearOf = (other) => {
      if (other === element || other.contains(element) || element.contains(other)) return true;
      const r = other.getBoundingClientRect();
      const dx = Math.max(r.left - x, 0, x - r.right), dy = Math.max(r.top - y, 0, y - r.bottom);
      return Math.hypot(dx, dy) >= 12 - 0.5;
    };
    const circleClearOf = (other) => {
      if (other === element) return true;
      const [ox, oy] = centre(other);
      return Math.hypot(ox - x, oy - y) >= 24 - 0.5;
    };
    return targets.every(clearOf) && undersized.every(circleClearOf);
  };
  const small = [];
  for (const element of undersized) {
    if (spacing && spaced(element)) continue;
    const { width, height } = boxOf(element);
    small.push(`${element.outerHTML.slice(0, 90)} ${Math.round(width)}x${Math.round(height)}`);
  }
  return small;
}"""


def small_targets(
    page, scope: str, minimum: float, controls: str = CONTROLS, spacing: bool = False
) -> list[str]:
    """The controls inside ``scope`` whose box is under ``minimum`` CSS px either way, each
    as the start of its HTML and its size (empty when all are large enough)."""
    return page.evaluate(_SMALL_TARGETS, [scope, controls, minimum, spacing])
