// The one SVG element helper of the drawings (timeline, pattern finder, dose-effect).

export const SVG_NS = "http://www.w3.org/2000/svg";

/** An SVG element with attributes and plain text (never parsed as markup). Attributes whose
 * value is null or undefined are left out. */
export function svgElement(tag, attributes = {}, text) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined) node.setAttribute(name, String(value));
  }
  if (text !== undefined) node.textContent = text;
  return node;
}
