// Defence ladder front end: Vaillant's four levels as rungs the reader moves between.
// The rungs are a vertical tab list (WAI-ARIA tabs pattern: arrow keys, Home and End move
// and select, one tab stop for the whole list); the panel shows the chosen level. All of
// it runs here, so the ladder works in the static book with no kernel. The ladder's
// content is course material from a synced trait; it is set with textContent only. The
// helpers (pdcElement, pdcUid) come from common.js, prepended by the package.

function render({ model, el }) {
  const levels = model.get("levels");
  const uid = pdcUid(model.get("widget_id"));

  const root = pdcElement("section", { class: "pdc-widget pdc-ladder", "aria-labelledby": `${uid}-title` });
  root.append(
    pdcElement("h3", { id: `${uid}-title` }, model.get("title")),
    pdcElement(
      "p",
      { class: "pdc-muted pdc-ladder-intro", id: `${uid}-intro` },
      "Choose a rung to see its defences. With the keyboard, the arrow keys move up and down the ladder. The ladder sorts defences, not people: everyone uses defences from several levels. Every example is fictional.",
    ),
  );

  const body = pdcElement("div", { class: "pdc-ladder-body" });
  const rails = pdcElement("div", { class: "pdc-ladder-rails" });
  const tablist = pdcElement("div", {
    role: "tablist",
    "aria-orientation": "vertical",
    "aria-label": "Levels of defence, most adaptive at the top",
    "aria-describedby": `${uid}-intro`,
    class: "pdc-ladder-rungs",
  });
  rails.append(
    pdcElement("span", { class: "pdc-ladder-end", "aria-hidden": "true" }, "\u2191 more flexible"),
    tablist,
    pdcElement("span", { class: "pdc-ladder-end", "aria-hidden": "true" }, "\u2193 more distortion of reality"),
  );
  const panel = pdcElement("div", { role: "tabpanel", class: "pdc-ladder-panel", id: `${uid}-panel`, tabindex: "0" });
  body.append(rails, panel);
  root.append(body);

  const tabs = levels.map((level) => {
    const tab = pdcElement("button", {
      type: "button",
      role: "tab",
      id: `${uid}-tab-${level.id}`,
      class: "pdc-ladder-rung",
      "aria-controls": panel.id,
      "data-level": level.id,
    });
    tab.append(
      pdcElement("span", { class: "pdc-ladder-rung-number" }, `Level ${level.rung}`),
      pdcElement("span", { class: "pdc-ladder-rung-name" }, level.name),
    );
    tablist.append(tab);
    return tab;
  });

  function drawPanel(level) {
    panel.setAttribute("aria-labelledby", `${uid}-tab-${level.id}`);
    const heading = pdcElement("h4", { class: "pdc-ladder-heading" }, `Level ${level.rung} of 4: ${level.name} defences`);
    const summary = pdcElement("p", { class: "pdc-ladder-summary" }, level.summary);
    const tradeOff = pdcElement("div", { class: "pdc-ladder-tradeoff" });
    for (const [label, text] of [
      ["What they protect: ", level.protects],
      ["What they cost: ", level.costs],
    ]) {
      const line = pdcElement("p");
      line.append(pdcElement("strong", {}, label), document.createTextNode(text));
      tradeOff.append(line);
    }
    const list = pdcElement("ul", { class: "pdc-ladder-defences", "aria-label": `${level.name} defences` });
    for (const defence of level.defences) {
      const item = pdcElement("li", { class: "pdc-ladder-defence" });
      const example = pdcElement("p", { class: "pdc-ladder-example" });
      example.append(pdcElement("span", { class: "pdc-ladder-example-label" }, "Example (fictional): "), document.createTextNode(defence.example));
      item.append(
        pdcElement("p", { class: "pdc-ladder-defence-name" }, defence.name),
        pdcElement("p", { class: "pdc-ladder-definition" }, defence.definition),
        example,
      );
      list.append(item);
    }
    panel.replaceChildren(heading, summary, tradeOff, list);
  }

  function show(levelId, { focus = false } = {}) {
    const index = Math.max(
      0,
      levels.findIndex((level) => level.id === levelId),
    );
    tabs.forEach((tab, i) => {
      const selected = i === index;
      tab.setAttribute("aria-selected", selected ? "true" : "false");
      // Roving tab stop: Tab enters the list at the chosen rung, then moves on to the panel.
      tab.tabIndex = selected ? 0 : -1;
    });
    root.dataset.level = levels[index].id;
    drawPanel(levels[index]);
    if (focus) tabs[index].focus();
  }

  function choose(index) {
    const level = levels[index];
    show(level.id, { focus: true });
    // In a kernel Python learns which rung is shown; in the static book there is no
    // kernel to tell, and the ladder works the same without it.
    try {
      model.set("level", level.id);
      model.save_changes();
    } catch (error) {}
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
      End: last,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    // Wraps around, as the ARIA tabs pattern suggests.
    choose((next + tabs.length) % tabs.length);
  });

  model.on("change:level", () => show(model.get("level")));
  show(model.get("level"));
  pdcPrintNote(root, PDC_PRINT_NOTE_EXPLORE);
  el.replaceChildren(root);
}

export default { render };
