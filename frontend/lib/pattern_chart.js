// The pattern finder's tally as the reader sees it: the sentences, a bar chart of the
// categories chosen in each part, and a table that repeats the chart for screen readers.
// The counting and the words are pattern_tally.js.
//
//   const tally = createTallySection("pdc-finder-1");
//   root.append(tally.section);
//   tally.update(patternTally(episodes, schema));
import { element } from "./elements.js";
import { svgElement } from "./svg.js";
import { PATTERN_PARTS, chartLabel, patternPartName, patternSentences, plural } from "./pattern_tally.js";

/** The sentences of the tally, each in its own paragraph. */
function showSummary(summary, result) {
  const words = patternSentences(result);
  summary.replaceChildren(element("p", { class: "pdc-patterns-sentence" }, words.summary));
  if (words.note) summary.append(element("p", { class: "pdc-patterns-theme-note" }, words.note));
  if (words.secondary) summary.append(element("p", { class: "pdc-muted pdc-patterns-secondary" }, words.secondary));
}

/** The bar chart: one bar per chosen category, labelled with its name and its number. */
function drawChart(holder, result) {
  const width = 420;
  const labelGap = 18;
  const barHeight = 14;
  const rowHeight = 40;
  const barMax = width - 40;
  const scale = Math.max(result.episodes, 1);
  let y = 0;
  const content = [];
  for (const part of PATTERN_PARTS) {
    y += 22;
    content.push(svgElement("text", { x: 0, y, class: "pdc-patterns-chart-heading" }, patternPartName(part)));
    y += 8;
    const entries = Object.entries(result[part.key]);
    if (entries.length === 0) {
      y += labelGap;
      content.push(svgElement("text", { x: 0, y, class: "pdc-patterns-chart-none" }, "No category chosen yet"));
      y += 12;
      continue;
    }
    const best = result.most_frequent[part.key];
    for (const [name, count] of entries) {
      const top = y;
      // Marked in words, not by colour alone: the part's most frequent category (or tie).
      const most = result.episodes > 1 && best.count > 1 && best.categories.includes(name);
      content.push(svgElement("text", { x: 0, y: top + 14, class: "pdc-patterns-chart-label" }, most ? `${name} (most often)` : name));
      const length = Math.max(2, (count / scale) * barMax);
      content.push(svgElement("rect", { x: 0, y: top + labelGap + 2, width: length.toFixed(1), height: barHeight, rx: 2, class: "pdc-patterns-bar" }));
      content.push(svgElement("text", { x: (length + 6).toFixed(1), y: top + labelGap + barHeight, class: "pdc-patterns-chart-count" }, String(count)));
      y += rowHeight;
    }
  }
  y += 6;
  const svg = svgElement("svg", {
    viewBox: `0 0 ${width} ${y}`,
    width: "100%",
    role: "img",
    "aria-label": chartLabel(result),
    class: "pdc-patterns-svg",
    preserveAspectRatio: "xMinYMin meet",
  });
  svg.style.maxWidth = "480px";
  svg.append(...content);
  holder.replaceChildren(svg);
}

/** The table: every count of every part, the text equivalent of the chart. */
function fillTable(table, result) {
  table.replaceChildren(element("caption", {}, `How many of the ${plural(result.episodes, "episode", "episodes")} each category was chosen in, one part at a time`));
  const head = element("thead", {});
  const headRow = element("tr", {});
  for (const name of ["Part", "Category", "Episodes"]) headRow.append(element("th", { scope: "col" }, name));
  head.append(headRow);
  const body = element("tbody", {});
  for (const part of PATTERN_PARTS) {
    const entries = Object.entries(result[part.key]);
    for (const [name, count] of entries.length ? entries : [["none chosen yet", 0]]) {
      const row = element("tr", {});
      row.append(element("th", { scope: "row" }, patternPartName(part)), element("td", {}, name), element("td", {}, String(count)));
      body.append(row);
    }
  }
  table.append(head, body);
}

/** The "What repeats" section: { section, update(result) }. */
export function createTallySection(uid) {
  const section = element("section", { class: "pdc-patterns-tally", "aria-labelledby": `${uid}-tally-title` });
  section.append(element("h4", { id: `${uid}-tally-title` }, "What repeats"));
  section.append(
    element(
      "p",
      { class: "pdc-patterns-reminder" },
      "This tally counts the categories chosen for what was written here, one part at a time. It is a way of noticing patterns, not a diagnosis, a test or a score, and a handful of episodes cannot say who someone is. The categories are grouped from Luborsky and Crits-Christoph’s standard lists for the core conflictual relationship theme.",
    ),
  );
  const summary = element("div", { class: "pdc-patterns-summary" });
  const figure = element("figure", { class: "pdc-patterns-chart" });
  const holder = element("div", { class: "pdc-patterns-chart-holder" });
  const caption = element(
    "figcaption",
    { class: "pdc-muted" },
    "How many episodes each category was chosen in, one part at a time: what I wanted (wish), how they responded (response of other) and how I responded (response of self). Each bar is labelled with its category and its number; the most frequent category of each part is marked “most often”.",
  );
  figure.append(holder, caption);
  // The table repeats the chart for screen readers; its wrapper hides it (a hidden table
  // itself would still be as wide as its rows and widen the page on a phone).
  const table = element("table", { class: "pdc-patterns-table" });
  const tableHolder = element("div", { class: "pdc-visually-hidden" });
  tableHolder.append(table);
  section.append(summary, figure, tableHolder);
  return {
    section,
    update(result) {
      showSummary(summary, result);
      figure.hidden = result.episodes === 0;
      if (result.episodes > 0) drawChart(holder, result);
      else holder.replaceChildren();
      fillTable(table, result);
    },
  };
}
