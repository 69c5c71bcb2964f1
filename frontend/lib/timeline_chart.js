// The life timeline's drawing: an SVG chart of events by time and feeling, with theme lines,
// its legend, and its export as SVG or PNG. The logic (placing, themes, summary) is
// timeline_layout.js.
//
// Why keyed: a full redraw of a 200-event timeline took about 60 ms per change. update()
// works out every marker's place (cheap arithmetic) and touches in the page only the
// markers whose place or words changed; the axis and its ticks are redrawn only when the
// range changes, the theme lines only when a theme's points change.
//
//   const chart = createTimelineChart();
//   figure.append(chart.svg, chart.legend);
//   chart.update(events, birthYear);   // -> { layout, summary }
import { element } from "./elements.js";
import { svgElement } from "./svg.js";
import { CATEGORIES, FEELINGS, categoryOf, feelingText, placeEvents, sharedThemes, timelineSummary, whenText } from "./timeline_layout.js";

// Theme lines differ by dash pattern as well as by their text label.
const DASHES = ["7 4", "2 3", "10 3 2 3", "4 3", "12 4", "1 3 6 3"];
const SVG_NS = "http://www.w3.org/2000/svg";
// Size of the drawing in SVG units; it scales with the page.
export const WIDTH = 640;
export const HEIGHT = 340;
const MARGIN = { left: 150, right: 18, top: 30, bottom: 50 };
const PLOT_W = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_H = HEIGHT - MARGIN.top - MARGIN.bottom;
const yOf = (feeling) => MARGIN.top + ((2 - feeling) / 4) * PLOT_H;

const polygon = (points) => `M${points.map(([x, y]) => `${x.toFixed(1)} ${y.toFixed(1)}`).join(" L")} Z`;

/** The path of a marker of `shape` centred on (x, y), about 2r wide. */
export function markerPath(shape, x, y, r) {
  const around = (count, radius, inner = null) => {
    const points = [];
    const steps = inner === null ? count : count * 2;
    for (let i = 0; i < steps; i += 1) {
      const angle = ((-90 + (360 / steps) * i) * Math.PI) / 180;
      const rr = inner !== null && i % 2 === 1 ? inner : radius;
      points.push([x + rr * Math.cos(angle), y + rr * Math.sin(angle)]);
    }
    return polygon(points);
  };
  switch (shape) {
    case "circle":
      return `M${x - r} ${y} a${r} ${r} 0 1 0 ${2 * r} 0 a${r} ${r} 0 1 0 ${-2 * r} 0 Z`;
    case "square": {
      const s = r * 0.88;
      return polygon([[x - s, y - s], [x + s, y - s], [x + s, y + s], [x - s, y + s]]);
    }
    case "triangle-up":
      return polygon([[x, y - r * 1.2], [x + r * 1.1, y + r * 0.8], [x - r * 1.1, y + r * 0.8]]);
    case "triangle-down":
      return polygon([[x, y + r * 1.2], [x + r * 1.1, y - r * 0.8], [x - r * 1.1, y - r * 0.8]]);
    case "diamond":
      return polygon([[x, y - r * 1.3], [x + r, y], [x, y + r * 1.3], [x - r, y]]);
    case "pentagon":
      return around(5, r * 1.1);
    case "star":
      return around(5, r * 1.4, r * 0.6);
    default: {
      // A thick plus sign.
      const a = r * 0.38;
      const b = r * 1.1;
      return polygon([
        [x - a, y - b], [x + a, y - b], [x + a, y - a], [x + b, y - a], [x + b, y + a], [x + a, y + a],
        [x + a, y + b], [x - a, y + b], [x - a, y + a], [x - b, y + a], [x - b, y - a], [x - a, y - a],
      ]);
    }
  }
}

/** A small marker icon for the legend and the list (decorative: the text says the same). */
export function categoryIcon(categoryName) {
  const category = categoryOf(categoryName);
  const icon = svgElement("svg", { viewBox: "0 0 20 20", width: 18, height: 18, "aria-hidden": "true", focusable: "false", class: "pdc-timeline-icon" });
  icon.append(svgElement("path", { d: markerPath(category.shape, 10, 10, 6), fill: category.colour, class: "pdc-timeline-marker" }));
  return icon;
}

/** The legend: each category's marker and name, and what a theme line is. */
function buildLegend() {
  const legend = element("ul", { class: "pdc-timeline-legend", "aria-label": "Legend" });
  for (const category of CATEGORIES) {
    const item = element("li");
    item.append(categoryIcon(category.name), element("span", {}, category.name));
    legend.append(item);
  }
  const themeKey = element("li");
  const themeIcon = svgElement("svg", { viewBox: "0 0 30 10", width: 30, height: 10, "aria-hidden": "true", focusable: "false", class: "pdc-timeline-icon" });
  themeIcon.append(svgElement("line", { x1: 1, y1: 5, x2: 29, y2: 5, class: "pdc-timeline-theme-line", "stroke-dasharray": DASHES[0] }));
  themeKey.append(themeIcon, element("span", {}, "line: events sharing a theme (labelled)"));
  legend.append(themeKey);
  return legend;
}

/** Feeling levels: faint guides with their words, so height is never the only cue. */
function buildGuides() {
  const { left, right, top } = MARGIN;
  const guides = svgElement("g", { class: "pdc-timeline-guides" });
  for (const [value] of FEELINGS) {
    const y = yOf(value);
    guides.append(
      svgElement("line", { x1: left, x2: WIDTH - right, y1: y, y2: y, class: value === 0 ? "pdc-timeline-axis" : "pdc-timeline-guide" }),
      svgElement("text", { x: left - 10, y: y + 4, "text-anchor": "end", class: "pdc-timeline-tick" }, feelingText(value)),
    );
  }
  guides.append(svgElement("text", { x: left - 10, y: top - 14, "text-anchor": "end", class: "pdc-timeline-axis-label" }, "How it felt"));
  return guides;
}

/** The time axis: about eight round numbers between `low` and `high` (padded). */
function drawTicks(ticks, axis, low, high, pad, xOf) {
  const { top, left } = MARGIN;
  ticks.replaceChildren();
  const rough = (high - low + 2 * pad) / 8;
  const step = [1, 2, 5, 10, 20, 25, 50, 100].find((s) => s >= rough) || 100;
  for (let value = Math.ceil((low - pad) / step) * step; value <= high + pad; value += step) {
    const x = xOf(value);
    ticks.append(
      svgElement("line", { x1: x, x2: x, y1: top + PLOT_H, y2: top + PLOT_H + 5, class: "pdc-timeline-guide" }),
      svgElement("text", { x, y: top + PLOT_H + 19, "text-anchor": "middle", class: "pdc-timeline-tick" }, String(value)),
    );
  }
  const label = axis === "age" ? "Age (years)" : "Year";
  ticks.append(svgElement("text", { x: left + PLOT_W / 2, y: HEIGHT - 8, "text-anchor": "middle", class: "pdc-timeline-axis-label" }, label));
}

/** One theme's line and its label, on the theme's longest segment where it has most room. */
function themeGroup(theme, index) {
  const group = svgElement("g", { class: "pdc-timeline-theme", "data-theme": theme.key });
  const points = theme.items.map((item) => `${item.cx.toFixed(1)},${item.cy.toFixed(1)}`).join(" ");
  group.append(svgElement("polyline", { points, class: "pdc-timeline-theme-line", "stroke-dasharray": DASHES[index % DASHES.length] }));
  let segment = 0;
  let longest = -1;
  for (let i = 0; i + 1 < theme.items.length; i += 1) {
    const length = Math.hypot(theme.items[i + 1].cx - theme.items[i].cx, theme.items[i + 1].cy - theme.items[i].cy);
    if (length > longest) {
      longest = length;
      segment = i;
    }
  }
  const a = theme.items[segment];
  const b = theme.items[segment + 1];
  const labelY = (a.cy + b.cy) / 2 + (a.cy === b.cy ? -8 : 0);
  group.append(svgElement("text", { x: (a.cx + b.cx) / 2, y: labelY, "text-anchor": "middle", class: "pdc-timeline-theme-label" }, theme.name));
  return group;
}

/** The chart; see the header of this file. */
export function createTimelineChart() {
  const svg = svgElement("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img", class: "pdc-timeline-svg", preserveAspectRatio: "xMidYMid meet" });
  const ticks = svgElement("g", { class: "pdc-timeline-ticks" });
  const emptyText = svgElement("text", { x: MARGIN.left + PLOT_W / 2, y: MARGIN.top + PLOT_H / 2 - 14, "text-anchor": "middle", class: "pdc-timeline-empty" });
  const themeLayer = svgElement("g", { class: "pdc-timeline-themes" });
  const markerLayer = svgElement("g", { class: "pdc-timeline-markers" });
  svg.append(buildGuides(), ticks, emptyText, themeLayer, markerLayer);
  const markers = new Map(); // event id -> { node, d, title }
  let frame = null; // the axis and range drawn, as text: a new one redraws the ticks
  let themesDrawn = null; // the themes and their points drawn, as text

  /** Bring the drawing up to date with `events`; returns { layout, summary }. */
  function update(events, birthYear) {
    const layout = placeEvents(events, birthYear);
    const { placed, axis } = layout;
    const low = placed.length ? placed[0].x : 0;
    const high = placed.length ? placed[placed.length - 1].x : 0;
    const pad = Math.max((high - low) * 0.04, 1);
    const xOf = (value) => MARGIN.left + ((value - (low - pad)) / (high - low + 2 * pad)) * PLOT_W;
    const nextFrame = placed.length ? `${axis}|${low}|${high}` : `empty|${events.length}`;
    if (nextFrame !== frame) {
      frame = nextFrame;
      if (placed.length) drawTicks(ticks, axis, low, high, pad, xOf);
      else ticks.replaceChildren();
      emptyText.textContent = placed.length
        ? ""
        : events.length === 0
          ? "No events yet: add one below, or load the fictional sample."
          : "Add your year of birth to place events given by year.";
    }
    // Events at the same spot are set a little apart so none hides another.
    const spots = new Map();
    for (const item of placed) {
      const key = `${item.x}|${item.event.feeling}`;
      if (!spots.has(key)) spots.set(key, []);
      spots.get(key).push(item);
    }
    for (const group of spots.values()) {
      group.forEach((item, rank) => {
        item.cx = xOf(item.x) + (rank - (group.length - 1) / 2) * 16;
        item.cy = yOf(item.event.feeling);
      });
    }
    const themes = sharedThemes(placed);
    const themeText = JSON.stringify(themes.map((theme) => [theme.key, theme.name, theme.items.map((item) => [item.cx, item.cy])]));
    if (themeText !== themesDrawn) {
      themesDrawn = themeText;
      themeLayer.replaceChildren(...themes.map(themeGroup));
    }
    updateMarkers(placed, axis, birthYear);
    const summary = timelineSummary(layout, themes, events);
    svg.setAttribute("aria-label", summary);
    return { layout, summary };
  }

  /** Add, move or remove only the markers whose place or words changed. */
  function updateMarkers(placed, axis, birthYear) {
    const present = new Set();
    for (const { event, cx, cy } of placed) {
      present.add(event.id);
      const category = categoryOf(event.category);
      const d = markerPath(category.shape, cx, cy, 7);
      // A tooltip for pointer users; the list below is the accessible equivalent.
      const title = `${whenText(event, axis, birthYear)}: ${event.label} (${category.name}, ${feelingText(event.feeling)})`;
      const known = markers.get(event.id);
      if (known && known.d === d && known.title === title && known.category === category.name) continue;
      const node = svgElement("path", { d, fill: category.colour, class: "pdc-timeline-marker", "data-category": category.name, "data-id": event.id });
      node.append(svgElement("title", {}, title));
      if (known) known.node.replaceWith(node);
      else markerLayer.append(node);
      markers.set(event.id, { node, d, title, category: category.name });
    }
    for (const [id, marker] of markers) {
      if (present.has(id)) continue;
      marker.node.remove();
      markers.delete(id);
    }
  }

  return { svg, legend: buildLegend(), update };
}

// Light-mode colours written into exported images, which carry no page stylesheet.
const EXPORT_STYLE = `
.pdc-timeline-guide { stroke: #1f1f1f; stroke-opacity: 0.2; }
.pdc-timeline-axis { stroke: #1f1f1f; stroke-width: 2; }
.pdc-timeline-tick, .pdc-timeline-axis-label, .pdc-timeline-empty { fill: #1f1f1f; font: 13px sans-serif; }
.pdc-timeline-axis-label { font-weight: bold; }
.pdc-timeline-theme-line { fill: none; stroke: #4d4d4d; stroke-width: 1.6; }
.pdc-timeline-theme-label { fill: #1f1f1f; font: italic 12px sans-serif; paint-order: stroke; stroke: #ffffff; stroke-width: 4px; }
.pdc-timeline-marker { stroke: #1f1f1f; stroke-width: 1; }
`;

/** The chart as a standalone SVG file's text, with its title, summary and colours. */
export function exportSvgText(svg, titleText) {
  const copy = svg.cloneNode(true);
  copy.setAttribute("xmlns", SVG_NS);
  copy.setAttribute("width", String(WIDTH));
  copy.setAttribute("height", String(HEIGHT));
  copy.removeAttribute("class");
  copy.removeAttribute("aria-label");
  copy.insertBefore(svgElement("style", {}, EXPORT_STYLE), copy.firstChild);
  copy.insertBefore(svgElement("rect", { x: 0, y: 0, width: WIDTH, height: HEIGHT, fill: "#ffffff" }), copy.firstChild.nextSibling);
  copy.insertBefore(svgElement("desc", {}, svg.getAttribute("aria-label") || ""), copy.firstChild);
  copy.insertBefore(svgElement("title", {}, titleText), copy.firstChild);
  return new XMLSerializer().serializeToString(copy);
}

/**
 * Draw the chart into a PNG at twice its size and hand it to `done(blob)`; `done(null)`
 * when this browser cannot.
 */
export function exportPng(svg, titleText, done) {
  const image = new Image();
  image.onload = () => {
    const canvas = element("canvas", { width: WIDTH * 2, height: HEIGHT * 2 });
    const context = canvas.getContext("2d");
    context.scale(2, 2);
    context.drawImage(image, 0, 0, WIDTH, HEIGHT);
    canvas.toBlob((blob) => done(blob || null), "image/png");
  };
  image.onerror = () => done(null);
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(exportSvgText(svg, titleText))}`;
}

/** Offer `blob` as a download called `filename`. */
export function downloadBlob(filename, blob) {
  const url = URL.createObjectURL(blob);
  const link = element("a", { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
