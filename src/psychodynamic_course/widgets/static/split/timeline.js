// Generated from frontend/widgets/ (the static book's split build) by `make frontend`: do not edit it, edit the source and run that.
import {
  download
} from "./chunk-VJBRCWH5.js";
import {
  CLASS_DEMO_WORDS,
  classDemoNote,
  createConfirm,
  createListEditor,
  draftOfSaved,
  draftTextOfSaved,
  isClassDemo,
  listEditorAsk,
  listSaving,
  undoStorage,
  withDraft,
  withoutDraft
} from "./chunk-XQBT576R.js";
import {
  svgElement
} from "./chunk-IT2UD6FF.js";
import {
  PRINT_NOTE,
  printAsShown,
  printNote
} from "./chunk-KYWU6LAD.js";
import {
  FORMAT_VERSION,
  createStore,
  forEachLearner,
  savedWhere,
  validate
} from "./chunk-QX3M5QOA.js";
import {
  element,
  pageHref,
  textDirection,
  uid
} from "./chunk-SLPQET2C.js";

// frontend/lib/timeline_layout.js
var CATEGORIES = [
  { name: "family", colour: "#E69F00", shape: "circle" },
  { name: "school or work", colour: "#56B4E9", shape: "square" },
  { name: "relationships", colour: "#D55E00", shape: "triangle-up" },
  { name: "loss", colour: "#000000", shape: "triangle-down" },
  { name: "health", colour: "#009E73", shape: "diamond" },
  { name: "moves", colour: "#F0E442", shape: "pentagon" },
  { name: "achievements", colour: "#0072B2", shape: "star" },
  { name: "other", colour: "#CC79A7", shape: "plus" }
];
var FEELINGS = [
  [2, "very good"],
  [1, "good"],
  [0, "mixed or neutral"],
  [-1, "hard"],
  [-2, "very hard"]
];
var EVENT_FIELDS = ["age", "year", "label", "category", "feeling", "themes"];
function categoryOf(name) {
  return CATEGORIES.find((category) => category.name === name) || CATEGORIES[7];
}
function feelingText(value) {
  const found = FEELINGS.find(([number]) => number === value);
  return `${value > 0 ? "+" : ""}${value} ${found ? found[1] : ""}`.trim();
}
function themeKey(theme) {
  return theme.trim().toLowerCase();
}
function placeEvents(events, birthYear) {
  const hasBirth = Number.isInteger(birthYear);
  const byYear = events.length > 0 && !hasBirth && events.every((event) => event.age === void 0);
  const axis = byYear ? "year" : "age";
  const placed = [];
  const unplaced = [];
  for (const event of events) {
    let x = null;
    if (axis === "year") x = event.year;
    else if (event.age !== void 0) x = event.age;
    else if (hasBirth && event.year !== void 0) x = event.year - birthYear;
    if (x === null) unplaced.push(event);
    else placed.push({ x, event });
  }
  placed.sort((a, b) => a.x - b.x);
  return { axis, placed, unplaced };
}
function sharedThemes(placed) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of placed) {
    const seen = /* @__PURE__ */ new Set();
    for (const theme of item.event.themes || []) {
      const key = themeKey(theme);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      if (!groups.has(key)) groups.set(key, { key, name: theme.trim(), items: [] });
      groups.get(key).items.push(item);
    }
  }
  return [...groups.values()].filter((group) => group.items.length >= 2).sort((a, b) => b.items.length - a.items.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
function whenText(event, axis, birthYear) {
  if (event.age !== void 0 && event.year !== void 0) return `Age ${event.age} (${event.year})`;
  if (event.age !== void 0) return `Age ${event.age}`;
  if (axis === "age" && Number.isInteger(birthYear)) return `${event.year} (age ${event.year - birthYear})`;
  return `${event.year}`;
}
function timelineSummary(layout, themes, events) {
  if (events.length === 0) return "An empty life timeline: no events yet.";
  const parts = [];
  const { placed, axis } = layout;
  if (placed.length > 0) {
    const unit = axis === "age" ? "age " : "";
    const count = placed.length;
    parts.push(`A life timeline of ${count} event${count === 1 ? "" : "s"} from ${unit}${placed[0].x} to ${placed[count - 1].x}.`);
    const feel = (test) => placed.filter((item) => test(item.event.feeling)).length;
    parts.push(`${feel((f) => f > 0)} felt good or very good, ${feel((f) => f < 0)} hard or very hard, ${feel((f) => f === 0)} mixed or neutral.`);
    if (themes.length > 0) {
      parts.push(`Themes that recur, joined by lines: ${themes.map((t) => `${t.name} (${t.items.length} events)`).join("; ")}.`);
    }
  }
  if (layout.unplaced.length > 0) {
    const count = layout.unplaced.length;
    parts.push(`${count} event${count === 1 ? "" : "s"} given by year cannot be placed without a year of birth.`);
  }
  parts.push("The list of events below gives each one in full.");
  return parts.join(" ");
}
function numberOrText(text) {
  const trimmed = text.trim();
  if (trimmed === "") return void 0;
  return /^[+-]?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}
function eventFromFields(fields) {
  const event = {};
  const age = numberOrText(fields.age || "");
  const year = numberOrText(fields.year || "");
  if (age !== void 0) event.age = age;
  if (year !== void 0) event.year = year;
  event.label = (fields.label || "").trim();
  event.category = fields.category || "";
  if ((fields.feeling || "") !== "") event.feeling = Number(fields.feeling);
  const seen = /* @__PURE__ */ new Set();
  const themes = [];
  for (const piece of (fields.themes || "").split(",")) {
    const theme = piece.trim();
    if (theme && !seen.has(themeKey(theme))) {
      seen.add(themeKey(theme));
      themes.push(theme);
    }
  }
  if (themes.length) event.themes = themes;
  return event;
}
function fieldsOfEvent(event) {
  return {
    age: event.age !== void 0 ? String(event.age) : "",
    year: event.year !== void 0 ? String(event.year) : "",
    label: event.label,
    category: event.category,
    feeling: String(event.feeling),
    themes: (event.themes || []).join(", ")
  };
}
function listOrder(events, birthYear) {
  const layout = placeEvents(events, birthYear);
  return [...layout.placed.map((item) => item.event), ...layout.unplaced];
}

// frontend/lib/timeline_chart.js
var DASHES = ["7 4", "2 3", "10 3 2 3", "4 3", "12 4", "1 3 6 3"];
var SVG_NS = "http://www.w3.org/2000/svg";
var WIDTH = 640;
var HEIGHT = 340;
var MARGIN = { left: 150, right: 18, top: 30, bottom: 50 };
var PLOT_W = WIDTH - MARGIN.left - MARGIN.right;
var PLOT_H = HEIGHT - MARGIN.top - MARGIN.bottom;
var yOf = (feeling) => MARGIN.top + (2 - feeling) / 4 * PLOT_H;
var polygon = (points) => `M${points.map(([x, y]) => `${x.toFixed(1)} ${y.toFixed(1)}`).join(" L")} Z`;
function markerPath(shape, x, y, r) {
  const around = (count, radius, inner = null) => {
    const points = [];
    const steps = inner === null ? count : count * 2;
    for (let i = 0; i < steps; i += 1) {
      const angle = (-90 + 360 / steps * i) * Math.PI / 180;
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
      const a = r * 0.38;
      const b = r * 1.1;
      return polygon([
        [x - a, y - b],
        [x + a, y - b],
        [x + a, y - a],
        [x + b, y - a],
        [x + b, y + a],
        [x + a, y + a],
        [x + a, y + b],
        [x - a, y + b],
        [x - a, y + a],
        [x - b, y + a],
        [x - b, y - a],
        [x - a, y - a]
      ]);
    }
  }
}
function categoryIcon(categoryName) {
  const category = categoryOf(categoryName);
  const icon = svgElement("svg", { viewBox: "0 0 20 20", width: 18, height: 18, "aria-hidden": "true", focusable: "false", class: "pdc-timeline-icon" });
  icon.append(svgElement("path", { d: markerPath(category.shape, 10, 10, 6), fill: category.colour, class: "pdc-timeline-marker" }));
  return icon;
}
function buildLegend() {
  const legend = element("ul", { class: "pdc-timeline-legend", "aria-label": "Legend" });
  for (const category of CATEGORIES) {
    const item = element("li");
    item.append(categoryIcon(category.name), element("span", {}, category.name));
    legend.append(item);
  }
  const themeKey2 = element("li");
  const themeIcon = svgElement("svg", { viewBox: "0 0 30 10", width: 30, height: 10, "aria-hidden": "true", focusable: "false", class: "pdc-timeline-icon" });
  themeIcon.append(svgElement("line", { x1: 1, y1: 5, x2: 29, y2: 5, class: "pdc-timeline-theme-line", "stroke-dasharray": DASHES[0] }));
  themeKey2.append(themeIcon, element("span", {}, "line: events sharing a theme (labelled)"));
  legend.append(themeKey2);
  return legend;
}
function buildGuides() {
  const { left, right, top } = MARGIN;
  const guides = svgElement("g", { class: "pdc-timeline-guides" });
  for (const [value] of FEELINGS) {
    const y = yOf(value);
    guides.append(
      svgElement("line", { x1: left, x2: WIDTH - right, y1: y, y2: y, class: value === 0 ? "pdc-timeline-axis" : "pdc-timeline-guide" }),
      svgElement("text", { x: left - 10, y: y + 4, "text-anchor": "end", class: "pdc-timeline-tick" }, feelingText(value))
    );
  }
  guides.append(svgElement("text", { x: left - 10, y: top - 14, "text-anchor": "end", class: "pdc-timeline-axis-label" }, "How it felt"));
  return guides;
}
function drawTicks(ticks, axis, low, high, pad, xOf) {
  const { top, left } = MARGIN;
  ticks.replaceChildren();
  const rough = (high - low + 2 * pad) / 8;
  const step = [1, 2, 5, 10, 20, 25, 50, 100].find((s) => s >= rough) || 100;
  for (let value = Math.ceil((low - pad) / step) * step; value <= high + pad; value += step) {
    const x = xOf(value);
    ticks.append(
      svgElement("line", { x1: x, x2: x, y1: top + PLOT_H, y2: top + PLOT_H + 5, class: "pdc-timeline-guide" }),
      svgElement("text", { x, y: top + PLOT_H + 19, "text-anchor": "middle", class: "pdc-timeline-tick" }, String(value))
    );
  }
  const label = axis === "age" ? "Age (years)" : "Year";
  ticks.append(svgElement("text", { x: left + PLOT_W / 2, y: HEIGHT - 8, "text-anchor": "middle", class: "pdc-timeline-axis-label" }, label));
}
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
function createTimelineChart() {
  const svg = svgElement("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img", class: "pdc-timeline-svg", preserveAspectRatio: "xMidYMid meet" });
  const ticks = svgElement("g", { class: "pdc-timeline-ticks" });
  const emptyText = svgElement("text", { x: MARGIN.left + PLOT_W / 2, y: MARGIN.top + PLOT_H / 2 - 14, "text-anchor": "middle", class: "pdc-timeline-empty" });
  const themeLayer = svgElement("g", { class: "pdc-timeline-themes" });
  const markerLayer = svgElement("g", { class: "pdc-timeline-markers" });
  svg.append(buildGuides(), ticks, emptyText, themeLayer, markerLayer);
  const markers = /* @__PURE__ */ new Map();
  let frame = null;
  let themesDrawn = null;
  function update(events, birthYear) {
    const layout = placeEvents(events, birthYear);
    const { placed, axis } = layout;
    const low = placed.length ? placed[0].x : 0;
    const high = placed.length ? placed[placed.length - 1].x : 0;
    const pad = Math.max((high - low) * 0.04, 1);
    const xOf = (value) => MARGIN.left + (value - (low - pad)) / (high - low + 2 * pad) * PLOT_W;
    const nextFrame = placed.length ? `${axis}|${low}|${high}` : `empty|${events.length}`;
    if (nextFrame !== frame) {
      frame = nextFrame;
      if (placed.length) drawTicks(ticks, axis, low, high, pad, xOf);
      else ticks.replaceChildren();
      emptyText.textContent = placed.length ? "" : events.length === 0 ? "No events yet: add one below, or load the fictional sample." : "Add your year of birth to place events given by year.";
    }
    const spots = /* @__PURE__ */ new Map();
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
  function updateMarkers(placed, axis, birthYear) {
    const present = /* @__PURE__ */ new Set();
    for (const { event, cx, cy } of placed) {
      present.add(event.id);
      const category = categoryOf(event.category);
      const d = markerPath(category.shape, cx, cy, 7);
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
var EXPORT_STYLE = `
.pdc-timeline-guide { stroke: #1f1f1f; stroke-opacity: 0.2; }
.pdc-timeline-axis { stroke: #1f1f1f; stroke-width: 2; }
.pdc-timeline-tick, .pdc-timeline-axis-label, .pdc-timeline-empty { fill: #1f1f1f; font: 13px sans-serif; }
.pdc-timeline-axis-label { font-weight: bold; }
.pdc-timeline-theme-line { fill: none; stroke: #4d4d4d; stroke-width: 1.6; }
.pdc-timeline-theme-label { fill: #1f1f1f; font: italic 12px sans-serif; paint-order: stroke; stroke: #ffffff; stroke-width: 4px; }
.pdc-timeline-marker { stroke: #1f1f1f; stroke-width: 1; }
`;
function exportSvgText(svg, titleText) {
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
function exportPng(svg, titleText, done) {
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
function downloadBlob(filename, blob) {
  const url = URL.createObjectURL(blob);
  const link = element("a", { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1e3);
}

// frontend/lib/timeline_parts.js
var EVENT_FORM_FIELDS = [
  { name: "age", label: "Age at the time", kind: "number", hint: "A whole number, or give the year instead.", attributes: { size: 5 } },
  { name: "year", label: "Or the year", kind: "number", hint: "For example 2009.", attributes: { size: 6 } },
  { name: "label", label: "What happened (a short label)", kind: "text", hint: "Up to 80 characters. Only what you want to note.", attributes: { size: 40 } },
  { name: "category", label: "Category", kind: "select", options: [["", "Choose a category"], ...CATEGORIES.map((category) => [category.name, category.name])] },
  { name: "feeling", label: "How it felt", kind: "select", options: [["", "Choose how it felt"], ...FEELINGS.map(([value]) => [String(value), feelingText(value)])] },
  {
    name: "themes",
    label: "Themes (optional)",
    kind: "text",
    hint: "Up to 5 words or short phrases, separated by commas. Events that share a theme are joined on the timeline.",
    attributes: { size: 40 }
  }
];
function timelineIntro(sampleOnly, sampleName) {
  if (sampleOnly) {
    return [
      element(
        "p",
        { class: "pdc-muted pdc-timeline-intro" },
        `${sampleName} is a fictional person. This is her life as the book tells it: each event placed by age, above the line if it felt good, below if it felt hard. Lines join events that share a theme.`
      )
    ];
  }
  const intro = element(
    "p",
    { class: "pdc-timeline-intro" },
    "A private space to lay out events of your life and see where themes recur. Nothing is scored or interpreted, and everything stays on this device. Memory is reconstructive, so this is your view today, not a record."
  );
  const note = element(
    "p",
    { class: "pdc-muted pdc-timeline-content-note" },
    "Content note: this can bring up losses and hard times. It is optional: skip it, or use the fictional sample instead, and add only what you choose. If it stirs up more than you want, pause and name three things you can see around you. "
  );
  note.append(element("a", { href: pageHref("getting_help") }, "Getting help now"), ".");
  return [intro, note];
}
function birthForm(id) {
  const form = element("form", { class: "pdc-timeline-birth", novalidate: true });
  const input = element("input", { type: "text", inputmode: "numeric", id: `${id}-birth`, autocomplete: "off", size: 6, "aria-describedby": `${id}-birth-hint` });
  const error = element("p", { class: "pdc-field-error", id: `${id}-birth-error`, hidden: true });
  const note = element("p", { class: "pdc-timeline-birth-note", id: `${id}-birth-note`, hidden: true });
  form.append(
    element("label", { for: `${id}-birth` }, "Year of birth (optional)"),
    " ",
    input,
    " ",
    element("button", { type: "submit", class: "pdc-button pdc-secondary" }, "Set year of birth"),
    element("p", { class: "pdc-muted pdc-timeline-hint", id: `${id}-birth-hint` }, "Only needed to place events you give by year on the age axis."),
    error,
    note
  );
  const showError = (message) => {
    error.textContent = message;
    error.hidden = !message;
    if (message) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
    input.setAttribute("aria-describedby", message ? `${id}-birth-hint ${id}-birth-error` : `${id}-birth-hint`);
  };
  form.addEventListener("keydown", (keyEvent) => {
    if (keyEvent.key !== "Enter" || keyEvent.isComposing || keyEvent.target.tagName !== "INPUT") return;
    keyEvent.preventDefault();
    form.requestSubmit();
  });
  return { form, input, error, note, showError };
}
function birthNoteText(count) {
  const one = count === 1;
  return `${count} of your events ${one ? "is" : "are"} given by year only. Add your year of birth here to place ${one ? "it" : "them"} on the age axis; until then ${one ? "it is" : "they are"} listed below but not drawn.`;
}
function exportButtons() {
  const make = (text) => element("button", { type: "button", class: "pdc-button pdc-secondary" }, text);
  return { json: make("Download as JSON"), svg: make("Download image (SVG)"), png: make("Download image (PNG)") };
}

// frontend/widgets/timeline.js
var plural = (count) => `${count} event${count === 1 ? "" : "s"}`;
var extrasOf = (data) => Number.isInteger(data.birth_year) ? { birth_year: data.birth_year } : {};
function render({ model, el, namespace, learner }) {
  const schema = model.get("schema");
  const eventSchema = schema.properties.events.items;
  const birthSchema = schema.properties.birth_year || { type: "integer" };
  const sampleOnly = Boolean(model.get("read_only"));
  const classDemo = isClassDemo(model);
  const sample = model.get("sample_events") || [];
  const sampleName = model.get("sample_name") || "the sample";
  const widgetId = model.get("widget_id");
  const uid2 = uid(widgetId);
  const titleText = model.get("title") || "Life timeline";
  const sampleIds = new Set(sample.map((event) => event.id));
  const root = element("section", {
    class: `pdc-widget pdc-timeline${sampleOnly ? " pdc-timeline-read-only" : ""}`,
    "aria-labelledby": `${uid2}-title`,
    "data-widget-id": widgetId
  });
  root.append(element("h3", { id: `${uid2}-title` }, titleText), ...classDemo ? [classDemoNote()] : timelineIntro(sampleOnly, sampleName));
  const warnings = element("div", { class: "pdc-timeline-warnings", "aria-live": "polite" });
  root.append(warnings);
  const showProblem = (message) => {
    if ([...warnings.children].some((node) => node.textContent === message)) return;
    warnings.append(element("p", { class: "pdc-warning" }, message));
  };
  const store = sampleOnly || classDemo ? null : createStore({
    courseId: model.get("course_id"),
    namespace,
    widgetId,
    kind: "timeline",
    title: titleText,
    chapter: model.get("chapter"),
    schema,
    onProblem: showProblem,
    onProblemGone: (message) => {
      for (const node of [...warnings.children]) if (node.textContent === message) node.remove();
    }
  });
  const savedEnvelope = store ? store.loadEnvelope() : null;
  const saved = savedEnvelope ? savedEnvelope.data : { events: sampleOnly ? sample : [] };
  const undo = sampleOnly || classDemo ? null : undoStorage(namespace, widgetId);
  let latest = { events: saved.events, extras: extrasOf(saved) };
  let draft = draftOfSaved(saved, EVENT_FIELDS);
  let birthText = draftTextOfSaved(saved, "birth_year_text");
  const savedData = () => withDraft({ events: latest.events, ...latest.extras }, draft, { birth_year_text: birthText });
  const sameList = (events, extras) => JSON.stringify([events, extras]) === JSON.stringify([latest.events, latest.extras]);
  const saving = listSaving({
    model,
    learner,
    store,
    saved: savedEnvelope,
    savedData,
    canAdopt: (entry) => validate(schema, entry.data).length === 0,
    // The journal file's copy is newer (another browser on this hub): adopt it.
    onAdopt: (data) => editor.adopt(data.events, extrasOf(data), "Loaded your timeline from the journal file."),
    onProblem: showProblem,
    notSaving: "Kept on this page only, because this browser is not saving."
  });
  const { persist, saveDraft } = saving;
  const birth = birthForm(uid2);
  birth.input.value = birthText || (Number.isInteger(saved.birth_year) ? String(saved.birth_year) : "");
  const chart = createTimelineChart();
  const figure = element("figure", { class: "pdc-timeline-figure" });
  figure.append(chart.svg, chart.legend);
  const sampleNote = element("p", { class: "pdc-muted pdc-timeline-sample-note", hidden: true });
  const themesHint = element("span");
  const confirm = createConfirm(uid2);
  confirm.element.classList.add("pdc-timeline-confirm");
  const formProblems = (fields) => {
    const event = { id: "e-check", ...eventFromFields(fields) };
    const { anyOf, "x-message": eitherMessage, ...fieldRules } = eventSchema;
    const problems = validate(fieldRules, event);
    if (anyOf && !anyOf.some((option) => validate(option, event).length === 0)) {
      problems.push({ path: "/age", message: eitherMessage || "Give either an age or a year." });
    }
    return problems.map(({ path, message }) => {
      const name = path.split("/")[1];
      return { field: EVENT_FIELDS.includes(name) ? name : "label", message };
    });
  };
  const eventRow = (event, extras) => {
    const category = categoryOf(event.category);
    const text = element("div", { class: "pdc-timeline-item-text" });
    text.append(
      element("span", { class: "pdc-timeline-item-when" }, `${whenText(event, "age", extras.birth_year)}: `),
      // dir="auto" isolates the label: a right-to-left override inside it cannot reverse
      // the text around it. (Labels are short: no cost.)
      element("span", { class: "pdc-timeline-item-label", dir: "auto" }, event.label)
    );
    const details = element("span", { class: "pdc-muted pdc-timeline-item-details" });
    const themeText = event.themes && event.themes.length ? ` · themes: ${event.themes.join(", ")}` : "";
    const sampleText = !sampleOnly && sampleIds.has(event.id) ? " · fictional sample" : "";
    details.append(categoryIcon(category.name), ` ${category.name} · felt ${feelingText(event.feeling)}${themeText}${sampleText}`);
    text.append(element("br"), details);
    return text;
  };
  const onChange = (events, change, extras) => {
    latest = { events, extras };
    showAround(events, extras, change.extras);
    return change.adopted || sampleOnly ? "" : persist();
  };
  const editor = createListEditor({
    idPrefix: uid2,
    fields: EVENT_FORM_FIELDS,
    classes: {
      form: "pdc-timeline-form",
      list: "pdc-timeline-list",
      listHeading: "pdc-timeline-list-heading",
      item: "pdc-timeline-item",
      field: (name) => `pdc-timeline-field pdc-timeline-field-${name}`
    },
    words: {
      noun: "event",
      nouns: "events",
      listHeading: (n) => sampleOnly ? `${sampleName}'s events (fictional): ${n}` : `Events on this timeline: ${n}`,
      sampleQuestion: (n) => `This deletes the ${plural(n)} on your timeline from this device and shows ${sampleName}'s fictional ones instead. Undo brings yours back until you close this tab.`,
      clearQuestion: (n) => `This removes all ${plural(n)} from this timeline. You can undo it afterwards.`,
      ...classDemo ? CLASS_DEMO_WORDS : {}
    },
    readOnly: sampleOnly,
    textDirection,
    items: saved.events,
    extras: extrasOf(saved),
    draft,
    undo: undo ? undo.load() : null,
    sample: sampleOnly || classDemo ? null : { name: sampleName, items: sample, extras: {} },
    clearAtOnce: classDemo,
    check: (events, extras) => (validate(schema, { events, ...extras })[0] || {}).message || "",
    describe: (event) => event.label,
    renderItem: eventRow,
    sortItems: (events, extras) => listOrder(events, extras.birth_year),
    validate: formProblems,
    toItem: eventFromFields,
    toFields: fieldsOfEvent,
    onChange,
    onDraft: (next) => {
      draft = next;
      saveDraft();
    },
    onUndo: (snapshot) => undo && undo.save(snapshot),
    ask: listEditorAsk(confirm, (text) => editor.say(text), () => undoButton())
  });
  const undoButton = () => editor.parts.tools.querySelector("button");
  editor.fields.themes.hint.append(" ", themesHint);
  const whenRow = element("div", { class: "pdc-timeline-when-row" });
  editor.fields.age.wrapper.before(whenRow);
  whenRow.append(editor.fields.age.wrapper, editor.fields.year.wrapper);
  function showAround(events, extras, extrasChanged) {
    const { layout } = chart.update(events, extras.birth_year);
    if (sampleOnly) return;
    if (extrasChanged && document.activeElement !== birth.input && birthText === "") {
      birth.input.value = Number.isInteger(extras.birth_year) ? String(extras.birth_year) : "";
    }
    birth.note.hidden = layout.unplaced.length === 0;
    birth.note.textContent = birthNoteText(layout.unplaced.length);
    const fromSample = events.filter((event) => sampleIds.has(event.id)).length;
    sampleNote.hidden = fromSample === 0;
    sampleNote.textContent = `${fromSample} of these events come from the fictional sample (${sampleName}'s life), not from you.`;
    const used = /* @__PURE__ */ new Map();
    for (const event of events) for (const theme of event.themes || []) used.set(themeKey(theme), theme.trim());
    themesHint.textContent = used.size ? `Themes used so far: ${[...used.values()].slice(0, 12).join(", ")}.` : "";
  }
  birth.input.addEventListener("input", () => {
    birthText = birth.input.value;
    saveDraft();
  });
  birth.form.addEventListener("submit", (submitEvent) => {
    submitEvent.preventDefault();
    const value = numberOrText(birth.input.value);
    const problems = value === void 0 ? [] : validate(birthSchema, value);
    if (problems.length > 0) {
      birth.showError(problems[0].message);
      editor.say("Year of birth not set; nothing saved before has changed.");
      birth.input.focus();
      return;
    }
    birth.showError("");
    birthText = "";
    const extras = value === void 0 ? {} : { birth_year: value };
    if (extras.birth_year === editor.model.extras().birth_year) {
      saveDraft();
      editor.say("Year of birth unchanged.");
      return;
    }
    const removed = value === void 0;
    editor.setExtras(extras, removed ? "remove the year of birth" : "set the year of birth", removed ? "Year of birth removed." : "Year of birth set.");
  });
  const exports = exportButtons();
  const slug = sampleOnly ? "nadia-sample-timeline" : "my-life-timeline";
  const timelineData = () => ({ events: editor.model.items(), ...editor.model.extras() });
  exports.json.addEventListener("click", () => {
    const data = withoutDraft(timelineData());
    const envelope = store ? store.envelope(data) : { format: "psychodynamic-course-entry", version: FORMAT_VERSION, course_id: model.get("course_id"), widget_id: widgetId, kind: "timeline", title: titleText, chapter: model.get("chapter"), saved_at: Date.now(), data };
    download(`${slug}.json`, `${JSON.stringify(envelope, null, 2)}
`, "application/json");
    editor.say("The JSON file was made in this browser; nothing was uploaded.");
  });
  exports.svg.addEventListener("click", () => {
    download(`${slug}.svg`, exportSvgText(chart.svg, titleText), "image/svg+xml");
    editor.say("The image was made in this browser; nothing was uploaded.");
  });
  exports.png.addEventListener("click", () => {
    exportPng(chart.svg, titleText, (blob) => {
      if (!blob) return editor.say("This browser could not make a PNG; try the SVG image instead.");
      downloadBlob(`${slug}.png`, blob);
      editor.say("The image was made in this browser; nothing was uploaded.");
    });
  });
  const tools = sampleOnly ? element("div") : editor.parts.tools;
  tools.classList.add("pdc-timeline-buttons", "pdc-timeline-tools");
  tools.append(" ", exports.json, " ", exports.svg, " ", exports.png);
  const { form, status, listHeading, list } = editor.parts;
  if (sampleOnly) root.append(figure, tools, status, listHeading, list);
  else root.append(birth.form, sampleNote, figure, form, tools, confirm.element, status, listHeading, list);
  if (sampleOnly) printAsShown(root);
  else printNote(root, PRINT_NOTE);
  el.replaceChildren(root);
  showAround(editor.model.items(), editor.model.extras(), false);
  saving.connect();
  if (store) {
    const otherTabs = store.followOtherTabs({
      unsaved: saving.unsaved,
      adopt(other) {
        const data = other || { events: [] };
        saving.followedOtherTab();
        if (sameList(data.events, extrasOf(data))) return;
        editor.adopt(data.events, extrasOf(data), "");
      },
      saveMine: () => editor.say(`Your version was kept. ${persist()}`)
    });
    warnings.after(otherTabs.element);
    if (!status.textContent && store.available && saved.events.length > 0) editor.say(savedWhere(learner));
  }
}
var timeline_default = { render: forEachLearner(render) };
export {
  timeline_default as default
};
