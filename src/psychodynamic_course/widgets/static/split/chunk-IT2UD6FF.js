// Generated from frontend/widgets/ (the static book's split build) by `make frontend`: do not edit it, edit the source and run that.

// frontend/lib/svg.js
var SVG_NS = "http://www.w3.org/2000/svg";
function svgElement(tag, attributes = {}, text) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== void 0) node.setAttribute(name, String(value));
  }
  if (text !== void 0) node.textContent = text;
  return node;
}

export {
  svgElement
};
