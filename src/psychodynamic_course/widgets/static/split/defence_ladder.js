// Generated from frontend/widgets/ (the static book's split build) by `make frontend`: do not edit it, edit the source and run that.
import {
  PRINT_NOTE_EXPLORE,
  printNote
} from "./chunk-KYWU6LAD.js";
import {
  element,
  uid
} from "./chunk-SLPQET2C.js";

// frontend/widgets/defence_ladder.js
function render({ model, el }) {
  const levels = model.get("levels");
  const idPrefix = uid(model.get("widget_id"));
  const root = element("section", { class: "pdc-widget pdc-ladder", "aria-labelledby": `${idPrefix}-title` });
  root.append(
    element("h3", { id: `${idPrefix}-title` }, model.get("title")),
    element(
      "p",
      { class: "pdc-muted pdc-ladder-intro", id: `${idPrefix}-intro` },
      "Choose a rung to see its defences. With the keyboard, the arrow keys move up and down the ladder. The ladder sorts defences, not people: everyone uses defences from several levels. Every example is fictional."
    )
  );
  const body = element("div", { class: "pdc-ladder-body" });
  const rails = element("div", { class: "pdc-ladder-rails" });
  const tablist = element("div", {
    role: "tablist",
    "aria-orientation": "vertical",
    "aria-label": "Levels of defence, most adaptive at the top",
    "aria-describedby": `${idPrefix}-intro`,
    class: "pdc-ladder-rungs"
  });
  rails.append(
    element("span", { class: "pdc-ladder-end", "aria-hidden": "true" }, "↑ more flexible"),
    tablist,
    element("span", { class: "pdc-ladder-end", "aria-hidden": "true" }, "↓ more distortion of reality")
  );
  const panel = element("div", { role: "tabpanel", class: "pdc-ladder-panel", id: `${idPrefix}-panel`, tabindex: "0" });
  body.append(rails, panel);
  root.append(body);
  const tabs = levels.map((level) => {
    const tab = element("button", {
      type: "button",
      role: "tab",
      id: `${idPrefix}-tab-${level.id}`,
      class: "pdc-ladder-rung",
      "aria-controls": panel.id,
      "data-level": level.id
    });
    tab.append(
      element("span", { class: "pdc-ladder-rung-number" }, `Level ${level.rung}`),
      element("span", { class: "pdc-ladder-rung-name" }, level.name)
    );
    tablist.append(tab);
    return tab;
  });
  function drawPanel(level) {
    panel.setAttribute("aria-labelledby", `${idPrefix}-tab-${level.id}`);
    const heading = element("h4", { class: "pdc-ladder-heading" }, `Level ${level.rung} of 4: ${level.name} defences`);
    const summary = element("p", { class: "pdc-ladder-summary" }, level.summary);
    const tradeOff = element("div", { class: "pdc-ladder-tradeoff" });
    for (const [label, text] of [
      ["What they protect: ", level.protects],
      ["What they cost: ", level.costs]
    ]) {
      const line = element("p");
      line.append(element("strong", {}, label), document.createTextNode(text));
      tradeOff.append(line);
    }
    const list = element("ul", { class: "pdc-ladder-defences", "aria-label": `${level.name} defences` });
    for (const defence of level.defences) {
      const item = element("li", { class: "pdc-ladder-defence" });
      const example = element("p", { class: "pdc-ladder-example" });
      example.append(element("span", { class: "pdc-ladder-example-label" }, "Example (fictional): "), document.createTextNode(defence.example));
      item.append(
        element("p", { class: "pdc-ladder-defence-name" }, defence.name),
        element("p", { class: "pdc-ladder-definition" }, defence.definition),
        example
      );
      list.append(item);
    }
    panel.replaceChildren(heading, summary, tradeOff, list);
  }
  function show(levelId, { focus = false } = {}) {
    const index = Math.max(
      0,
      levels.findIndex((level) => level.id === levelId)
    );
    tabs.forEach((tab, i) => {
      const selected = i === index;
      tab.setAttribute("aria-selected", selected ? "true" : "false");
      tab.tabIndex = selected ? 0 : -1;
    });
    root.dataset.level = levels[index].id;
    drawPanel(levels[index]);
    if (focus) tabs[index].focus();
  }
  function choose(index) {
    const level = levels[index];
    show(level.id, { focus: true });
    try {
      model.set("level", level.id);
      model.save_changes();
    } catch {
    }
  }
  tablist.addEventListener("click", (event) => {
    const tab = event.target.closest("[role=tab]");
    if (tab) choose(tabs.indexOf(tab));
  });
  tablist.addEventListener("keydown", (event) => {
    const current = tabs.indexOf(document.activeElement);
    if (current < 0) return;
    const last = tabs.length - 1;
    const next = {
      ArrowUp: current - 1,
      ArrowLeft: current - 1,
      ArrowDown: current + 1,
      ArrowRight: current + 1,
      Home: 0,
      End: last
    }[event.key];
    if (next === void 0) return;
    event.preventDefault();
    choose((next + tabs.length) % tabs.length);
  });
  model.on("change:level", () => show(model.get("level")));
  show(model.get("level"));
  printNote(root, PRINT_NOTE_EXPLORE);
  el.replaceChildren(root);
}
var defence_ladder_default = { render };
export {
  defence_ladder_default as default
};
