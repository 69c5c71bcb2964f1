// Generated from frontend/widgets/ (the static book's split build) by `make frontend`: do not edit it, edit the source and run that.
import {
  svgElement
} from "./chunk-IT2UD6FF.js";
import {
  PRINT_NOTE_EXPLORE,
  printNote
} from "./chunk-KYWU6LAD.js";
import {
  element,
  uid
} from "./chunk-SLPQET2C.js";

// frontend/widgets/dose_effect.js
var DOSE_WIDTH = 640;
var DOSE_HEIGHT = 350;
var DOSE_PLOT = { left: 62, right: 620, top: 30, bottom: 300 };
var DOSE_X_TICKS = [0, 8, 13, 18, 26, 39, 52];
var DOSE_Y_TICKS = [0, 25, 50, 75, 100];
function doseIsRange(finding) {
  return finding.sessions_from !== finding.sessions_to;
}
function doseSessions(count) {
  return `${count} ${count === 1 ? "session" : "sessions"}`;
}
function doseDuration(sessions) {
  if (sessions < 9) return `${sessions === 1 ? "one week" : `about ${sessions} weeks`}`;
  if (sessions >= 48) return "about a year";
  const months = Math.round(sessions / 4.35);
  return `about ${months} months`;
}
function doseNearby(findings, sessions, near) {
  return findings.filter(
    (finding) => sessions >= finding.sessions_from - near && sessions <= finding.sessions_to + near
  );
}
function doseNearest(findings, sessions) {
  const distance = (finding) => sessions < finding.sessions_from ? finding.sessions_from - sessions : Math.max(0, sessions - finding.sessions_to);
  return [...findings].sort((a, b) => distance(a) - distance(b))[0];
}
function render({ model, el }) {
  const idPrefix = uid(model.get("widget_id"));
  const findings = model.get("findings") || [];
  const notes = model.get("notes") || [];
  const caveats = model.get("caveats") || [];
  const curve = model.get("curve") || [];
  const curveLabel = model.get("curve_label") || "illustrative curve (not data)";
  const maxSessions = model.get("max_sessions") || 52;
  const near = model.get("near") ?? 2;
  const lastPoint = Math.max(...findings.filter((f) => !doseIsRange(f)).map((f) => f.sessions_to));
  const x = (sessions) => DOSE_PLOT.left + sessions / maxSessions * (DOSE_PLOT.right - DOSE_PLOT.left);
  const y = (percent) => DOSE_PLOT.bottom - percent / 100 * (DOSE_PLOT.bottom - DOSE_PLOT.top);
  const curveAt = (sessions) => {
    const point = curve.find(([s]) => s === sessions);
    return point ? point[1] : null;
  };
  const root = element("section", { class: "pdc-widget pdc-dose", "aria-labelledby": `${idPrefix}-title` });
  root.append(element("h3", { id: `${idPrefix}-title` }, model.get("title") || "Dose-effect explorer"));
  root.append(
    element(
      "p",
      { class: "pdc-dose-intro" },
      "Move the slider to a number of sessions. The marker on the chart moves with it, and the text under the slider says what the studies reported near that number and what they do not say. Nothing here is about you, and nothing is saved."
    )
  );
  const svg = svgElement("svg", {
    class: "pdc-dose-chart",
    viewBox: `0 0 ${DOSE_WIDTH} ${DOSE_HEIGHT}`,
    role: "img",
    "aria-label": `Chart of the percentage of patients who had improved against the number of sessions, from 0 to ${maxSessions}. Filled circles: figures reported by Howard and colleagues (1986), about 50% by session 8 and about 75% by session 26. A bar with end caps at 50% from session 13 to 18: the range reported by Hansen and colleagues (2002). A dashed curve through Howard's points is an illustration, not data. A vertical line marks the selected number of sessions; the text below the slider describes it.`
  });
  const grid = svgElement("g", { class: "pdc-dose-grid" });
  for (const percent of DOSE_Y_TICKS) {
    grid.append(svgElement("line", { x1: DOSE_PLOT.left, x2: DOSE_PLOT.right, y1: y(percent), y2: y(percent) }));
  }
  svg.append(grid);
  const axes = svgElement("g", { class: "pdc-dose-axes" });
  axes.append(svgElement("line", { x1: DOSE_PLOT.left, x2: DOSE_PLOT.right, y1: DOSE_PLOT.bottom, y2: DOSE_PLOT.bottom }));
  axes.append(svgElement("line", { x1: DOSE_PLOT.left, x2: DOSE_PLOT.left, y1: DOSE_PLOT.top, y2: DOSE_PLOT.bottom }));
  for (const sessions of DOSE_X_TICKS.filter((s) => s <= maxSessions)) {
    axes.append(svgElement("line", { x1: x(sessions), x2: x(sessions), y1: DOSE_PLOT.bottom, y2: DOSE_PLOT.bottom + 5 }));
    axes.append(svgElement("text", { x: x(sessions), y: DOSE_PLOT.bottom + 19, "text-anchor": "middle" }, String(sessions)));
  }
  for (const percent of DOSE_Y_TICKS) {
    axes.append(svgElement("line", { x1: DOSE_PLOT.left - 5, x2: DOSE_PLOT.left, y1: y(percent), y2: y(percent) }));
    axes.append(svgElement("text", { x: DOSE_PLOT.left - 8, y: y(percent) + 4, "text-anchor": "end" }, `${percent}%`));
  }
  axes.append(
    svgElement("text", { x: (DOSE_PLOT.left + DOSE_PLOT.right) / 2, y: DOSE_HEIGHT - 8, "text-anchor": "middle", class: "pdc-dose-axis-title" }, "Number of sessions")
  );
  axes.append(
    svgElement(
      "text",
      { x: 14, y: (DOSE_PLOT.top + DOSE_PLOT.bottom) / 2, "text-anchor": "middle", class: "pdc-dose-axis-title", transform: `rotate(-90 14 ${(DOSE_PLOT.top + DOSE_PLOT.bottom) / 2})` },
      "Patients who had improved"
    )
  );
  svg.append(axes);
  const path = [[0, 0], ...curve].map(([s, p], i) => `${i ? "L" : "M"}${x(s).toFixed(1)},${y(p).toFixed(1)}`).join(" ");
  svg.append(svgElement("path", { d: path, class: "pdc-dose-curve" }));
  const labelAt = Math.min(44, maxSessions - 6);
  if (curveAt(labelAt) !== null) {
    const label2 = svgElement("text", { x: x(labelAt), y: y(curveAt(labelAt)) + 24, "text-anchor": "middle", class: "pdc-dose-curve-label" });
    label2.append(svgElement("tspan", { x: x(labelAt), dy: 0 }, "illustration,"));
    label2.append(svgElement("tspan", { x: x(labelAt), dy: 15 }, "not data"));
    svg.append(label2);
  }
  const twoLines = (attributes, first, second) => {
    const text = svgElement("text", { ...attributes, class: "pdc-dose-label" });
    text.append(svgElement("tspan", { x: attributes.x, dy: 0 }, first));
    text.append(svgElement("tspan", { x: attributes.x, dy: 14 }, second));
    return text;
  };
  for (const finding of findings) {
    const group = svgElement("g", { class: `pdc-dose-finding ${doseIsRange(finding) ? "pdc-dose-range" : "pdc-dose-point"}`, "data-finding": finding.id });
    const py = y(finding.percent_improved);
    if (doseIsRange(finding)) {
      const x0 = x(finding.sessions_from);
      const x1 = x(finding.sessions_to);
      group.append(svgElement("line", { x1: x0, x2: x1, y1: py, y2: py, class: "pdc-dose-range-bar" }));
      group.append(svgElement("line", { x1: x0, x2: x0, y1: py - 7, y2: py + 7, class: "pdc-dose-range-bar" }));
      group.append(svgElement("line", { x1, x2: x1, y1: py - 7, y2: py + 7, class: "pdc-dose-range-bar" }));
      group.append(svgElement("rect", { x: (x0 + x1) / 2 - 5, y: py - 5, width: 10, height: 10, class: "pdc-dose-range-mark" }));
      group.append(
        twoLines(
          { x: (x0 + x1) / 2, y: py + 24, "text-anchor": "middle" },
          `${finding.percent_improved}% within`,
          `sessions ${finding.sessions_from} to ${finding.sessions_to}`
        )
      );
    } else {
      const px = x(finding.sessions_from);
      group.append(svgElement("circle", { cx: px, cy: py, r: 7, class: "pdc-dose-point-mark" }));
      const left = finding.sessions_from < maxSessions / 4;
      group.append(
        twoLines(
          left ? { x: px - 11, y: py - 18, "text-anchor": "end" } : { x: px + 11, y: py + 18, "text-anchor": "start" },
          `about ${finding.percent_improved}%`,
          `by session ${finding.sessions_from}`
        )
      );
    }
    svg.append(group);
  }
  const legend = svgElement("g", { class: "pdc-dose-legend", transform: `translate(${DOSE_PLOT.left + 14} ${DOSE_PLOT.top + 8})` });
  legend.append(svgElement("rect", { x: -6, y: -10, width: 262, height: 76, rx: 4, class: "pdc-dose-legend-back" }));
  const legendRow = (index, symbol, text) => {
    const row = svgElement("g", { transform: `translate(0 ${index * 18})` });
    row.append(symbol, svgElement("text", { x: 34, y: 4 }, text));
    legend.append(row);
  };
  legendRow(0, svgElement("circle", { cx: 14, cy: 0, r: 5, class: "pdc-dose-point-mark" }), "reported figure (Howard et al., 1986)");
  const rangeSymbol = svgElement("g");
  rangeSymbol.append(
    svgElement("line", { x1: 2, x2: 26, y1: 0, y2: 0, class: "pdc-dose-range-bar" }),
    svgElement("line", { x1: 2, x2: 2, y1: -5, y2: 5, class: "pdc-dose-range-bar" }),
    svgElement("line", { x1: 26, x2: 26, y1: -5, y2: 5, class: "pdc-dose-range-bar" }),
    svgElement("rect", { x: 10, y: -4, width: 8, height: 8, class: "pdc-dose-range-mark" })
  );
  legendRow(1, rangeSymbol, "reported range (Hansen et al., 2002)");
  legendRow(2, svgElement("line", { x1: 0, x2: 28, y1: 0, y2: 0, class: "pdc-dose-curve" }), curveLabel);
  legendRow(3, svgElement("line", { x1: 14, x2: 14, y1: -7, y2: 7, class: "pdc-dose-marker-line" }), "selected number of sessions");
  const marker = svgElement("g", { class: "pdc-dose-marker" });
  const markerLine = svgElement("line", { y1: DOSE_PLOT.top, y2: DOSE_PLOT.bottom, class: "pdc-dose-marker-line" });
  const markerDot = svgElement("path", { class: "pdc-dose-marker-dot" });
  const markerText = svgElement("text", { y: DOSE_PLOT.top - 10, "text-anchor": "middle", class: "pdc-dose-marker-text" });
  marker.append(markerLine, markerDot, markerText);
  svg.append(marker, legend);
  root.append(svg);
  const control = element("div", { class: "pdc-dose-control" });
  const label = element("label", { for: `${idPrefix}-sessions` }, "Number of sessions");
  const slider = element("input", {
    type: "range",
    id: `${idPrefix}-sessions`,
    min: 1,
    max: maxSessions,
    step: 1,
    value: model.get("sessions") || 8,
    "aria-describedby": `${idPrefix}-value`
  });
  const value = element("output", { id: `${idPrefix}-value`, for: `${idPrefix}-sessions`, class: "pdc-dose-value" });
  control.append(label, slider, value);
  root.append(control);
  const readout = element("div", { class: "pdc-dose-readout", "aria-live": "polite", id: `${idPrefix}-readout` });
  root.append(readout);
  const limits = element("div", { class: "pdc-dose-limits" });
  limits.append(element("h4", {}, "What these figures do not say"));
  const limitList = element("ul");
  for (const caveat of caveats) limitList.append(element("li", {}, caveat));
  limits.append(limitList);
  root.append(limits);
  const show = (sessions) => {
    const px = x(sessions);
    markerLine.setAttribute("x1", px);
    markerLine.setAttribute("x2", px);
    markerText.setAttribute("x", Math.min(Math.max(px, DOSE_PLOT.left + 30), DOSE_PLOT.right - 30));
    markerText.textContent = doseSessions(sessions);
    const onCurve = curveAt(sessions);
    if (onCurve !== null) {
      const cy = y(onCurve);
      markerDot.setAttribute("d", `M${px},${cy - 7} L${px + 7},${cy} L${px},${cy + 7} L${px - 7},${cy} Z`);
    }
    slider.setAttribute("aria-valuetext", doseSessions(sessions));
    value.textContent = `${doseSessions(sessions)} (weekly: ${doseDuration(sessions)})`;
    readout.replaceChildren();
    readout.append(
      element("h4", {}, `At ${doseSessions(sessions)}`),
      element("p", {}, `With one session a week, ${doseSessions(sessions)} take ${doseDuration(sessions)}.`)
    );
    const nearby = doseNearby(findings, sessions, near);
    if (nearby.length) {
      readout.append(element("p", { class: "pdc-dose-readout-lead" }, "What the studies reported near this number:"));
      const list = element("ul", { class: "pdc-dose-reported" });
      for (const finding of nearby) list.append(element("li", { "data-finding": finding.id }, finding.summary));
      readout.append(list);
    } else {
      const nearest = doseNearest(findings, sessions);
      readout.append(
        element(
          "p",
          { class: "pdc-dose-readout-lead" },
          `None of the studies shown here reported a figure for about ${doseSessions(sessions)}.` + (nearest ? ` The nearest reported figure: ${nearest.summary}` : "")
        )
      );
    }
    for (const note of doseNearby(notes, sessions, 0)) readout.append(element("p", { class: "pdc-dose-note" }, note.summary));
    readout.append(
      element(
        "p",
        { class: "pdc-dose-curve-note" },
        onCurve !== null && sessions <= lastPoint ? `The dashed curve is at about ${Math.round(onCurve)}% here. It is a drawing through Howard and colleagues' two points, not a study result.` : `Past session ${lastPoint}, none of the figures shown here gives a percentage: the dashed curve beyond that point only continues the drawing and is not a finding.`
      )
    );
  };
  slider.addEventListener("input", () => {
    const sessions = Number(slider.value);
    show(sessions);
    try {
      model.set("sessions", sessions);
      model.save_changes();
    } catch {
    }
  });
  const onModel = () => {
    const sessions = model.get("sessions");
    if (Number(slider.value) !== sessions) {
      slider.value = String(sessions);
      show(sessions);
    }
  };
  model.on("change:sessions", onModel);
  show(Number(slider.value));
  printNote(root, PRINT_NOTE_EXPLORE);
  el.append(root);
  return () => model.off("change:sessions", onModel);
}
var dose_effect_default = { render };
export {
  dose_effect_default as default
};
