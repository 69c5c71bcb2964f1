// Pattern finder front end (core conflictual relationship theme). Everything a reader
// needs happens here, so it works in the static book with no kernel: writing episodes,
// the messages beside the fields, edit, delete and undo, the fictional case, saving in
// this browser, and the tally with its bar chart. common.js comes first (pdcElement,
// pdcValidate, pdcStore, pdcKernelBridge...). Learner text is only set with textContent.

const PATTERN_PARTS = [
  { key: "wish", category: "wish_category", name: "Wish", abbreviation: "W", sentence: "wish" },
  { key: "other", category: "other_category", name: "Response of the other", abbreviation: "RO", sentence: "response of the other" },
  { key: "self", category: "self_category", name: "Response of the self", abbreviation: "RS", sentence: "response of the self" },
];
const PATTERN_FIELDS = ["who", ...PATTERN_PARTS.flatMap((part) => [part.key, part.category])];
const PATTERN_UNDO_LIMIT = 50;
const SVG_NS = "http://www.w3.org/2000/svg";

/** The standard categories of each part, in the schema's order, without the blank choice. */
function patternCategories(schema) {
  const item = schema.properties.episodes.items.properties;
  const result = {};
  for (const part of PATTERN_PARTS) result[part.key] = item[part.category].enum.filter((name) => name !== "");
  return result;
}

/**
 * Count the chosen categories and the most frequent full combination(s): exactly what
 * tally() in pattern_finder.py returns, with the same order and the same tie-breaking.
 */
function patternTally(episodes, schema) {
  const order = patternCategories(schema);
  const rankOf = (part, name) => {
    const index = order[part].indexOf(name);
    return index === -1 ? order[part].length : index;
  };
  const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  const result = { episodes: episodes.length };
  for (const part of PATTERN_PARTS) {
    const counts = new Map();
    for (const episode of episodes) {
      const name = episode[part.category];
      if (name) counts.set(name, (counts.get(name) || 0) + 1);
    }
    const ranked = [...counts].sort(
      (a, b) => b[1] - a[1] || rankOf(part.key, a[0]) - rankOf(part.key, b[0]) || byName(a[0], b[0]),
    );
    result[part.key] = Object.fromEntries(ranked);
  }
  const combinations = new Map();
  for (const episode of episodes) {
    const combo = PATTERN_PARTS.map((part) => episode[part.category]);
    if (!combo.every(Boolean)) continue;
    const key = JSON.stringify(combo);
    combinations.set(key, (combinations.get(key) || 0) + 1);
  }
  let complete = 0;
  let top = 0;
  for (const count of combinations.values()) {
    complete += count;
    top = Math.max(top, count);
  }
  const tied = [...combinations]
    .filter(([, count]) => count === top)
    .map(([key]) => JSON.parse(key))
    .sort((a, b) => {
      for (let i = 0; i < PATTERN_PARTS.length; i += 1) {
        const key = PATTERN_PARTS[i].key;
        const difference = rankOf(key, a[i]) - rankOf(key, b[i]) || byName(a[i], b[i]);
        if (difference) return difference;
      }
      return 0;
    });
  result.complete = complete;
  result.most_frequent = {
    count: top,
    combinations: tied.map(([wish, other, self]) => ({ wish, other, self })),
  };
  return result;
}

function patternSvg(tag, attributes = {}, text) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function patternPlural(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
}

function patternNewId() {
  return `ep-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

function patternCopy(value) {
  return JSON.parse(JSON.stringify(value));
}

function render({ model, el, namespace, learner }) {
  const schema = model.get("schema");
  const itemSchema = schema.properties.episodes.items;
  const categories = patternCategories(schema);
  const readOnly = model.get("read_only");
  const widgetId = model.get("widget_id");
  const uid = pdcUid(widgetId);
  let sample = model.get("sample_episodes") || [];
  const sampleName = model.get("sample_name") || "Nadia";

  let episodes = [];
  let caseKind = "own";
  let undoStack = [];
  let editingId = null;
  let store = null;
  let bridge = null;
  let localSavedAt = 0;
  // True while the episodes on screen are not in storage (a save failed).
  let unsaved = false;
  const cleanups = [];

  // ---- skeleton -------------------------------------------------------------------------
  const root = pdcElement("section", {
    class: `pdc-widget pdc-patterns${readOnly ? " pdc-patterns-sample" : ""}`,
    "aria-labelledby": `${uid}-title`,
  });
  root.append(pdcElement("h3", { id: `${uid}-title` }, model.get("title") || "Pattern finder"));
  if (model.get("chapter")) root.append(pdcElement("p", { class: "pdc-muted pdc-patterns-chapter" }, model.get("chapter")));

  const warnings = pdcElement("div", { class: "pdc-warning", role: "status", hidden: true });
  const status = pdcElement("p", { class: "pdc-status", role: "status", "aria-live": "polite" });
  const showProblem = (message) => {
    warnings.append(pdcElement("p", {}, message));
    warnings.hidden = false;
  };

  if (readOnly) {
    root.append(
      pdcElement(
        "p",
        { class: "pdc-patterns-intro" },
        `${sampleName} Reyes is a fictional person followed through this book. These are relationship episodes as she might write them: in each, what she wanted (the wish), how the other person responded, and how she responded in turn. Nothing here is saved or can be changed.`,
      ),
    );
  } else {
    const intro = pdcElement("p", { class: "pdc-patterns-intro" });
    intro.append(
      "Write down a few moments with other people: who it was with, what you wanted, how they responded and how you responded. Choosing a standard category for each part lets the tally below count what comes back. Everything stays on this device. ",
    );
    root.append(intro);
    const note = pdcElement("p", { class: "pdc-muted pdc-patterns-note" });
    note.append(
      "Writing about your own relationships can stir things up. You can work on the fictional case instead, write as little as you like, and stop at any time. Taking a slow breath and noticing what is around you can help. If things feel hard, see ",
      pdcElement("a", { href: pdcPageHref("getting_help") }, "getting help now"),
      ".",
    );
    root.append(note);
  }
  root.append(warnings);

  // ---- the fictional case, remove all, undo ------------------------------------------------
  const tools = pdcElement("div", { class: "pdc-patterns-tools" });
  const caseNote = pdcElement("p", { class: "pdc-patterns-case-note", hidden: true });
  const sampleButton = pdcElement(
    "button",
    { type: "button", class: "pdc-button pdc-secondary" },
    `Work on the fictional case: ${sampleName}`,
  );
  const confirmBox = pdcElement("div", {
    class: "pdc-patterns-confirm",
    role: "group",
    "aria-labelledby": `${uid}-confirm-text`,
    hidden: true,
  });
  const confirmText = pdcElement("p", { id: `${uid}-confirm-text` });
  const confirmYes = pdcElement("button", { type: "button", class: "pdc-button" });
  const confirmNo = pdcElement("button", { type: "button", class: "pdc-button pdc-secondary" });
  confirmBox.append(confirmText, confirmYes, " ", confirmNo);
  const clearButton = pdcElement(
    "button",
    { type: "button", class: "pdc-button pdc-secondary" },
    "Remove all episodes",
  );
  const undoButton = pdcElement(
    "button",
    { type: "button", class: "pdc-button pdc-secondary", disabled: true, "aria-describedby": `${uid}-undo-note` },
    "Undo last change",
  );
  const undoNote = pdcElement("span", { id: `${uid}-undo-note`, class: "pdc-muted pdc-patterns-undo-note" }, "Nothing to undo yet.");
  if (!readOnly) {
    const row = pdcElement("div", { class: "pdc-patterns-buttons" });
    row.append(sampleButton, clearButton, undoButton, undoNote);
    tools.append(caseNote, row, confirmBox);
    root.append(tools);
  }

  // ---- the form ------------------------------------------------------------------------------
  const controls = {};
  const errors = {};
  const form = pdcElement("form", { class: "pdc-patterns-form", novalidate: true, "aria-labelledby": `${uid}-legend` });
  const fieldset = pdcElement("fieldset", { class: "pdc-patterns-fieldset" });
  const legend = pdcElement("legend", { id: `${uid}-legend` }, "Add an episode");
  fieldset.append(legend);

  const addField = (container, name, labelText, control, hint) => {
    const wrapper = pdcElement("div", { class: `pdc-patterns-field pdc-patterns-field-${name.replace("_", "-")}` });
    control.id = `${uid}-${name}`;
    control.name = name;
    const label = pdcElement("label", { for: control.id }, labelText);
    wrapper.append(label);
    if (hint) {
      control.setAttribute("aria-describedby", `${uid}-${name}-hint`);
      wrapper.append(pdcElement("span", { id: `${uid}-${name}-hint`, class: "pdc-muted pdc-patterns-hint" }, hint));
    }
    const error = pdcElement("p", { id: `${uid}-${name}-error`, class: "pdc-field-error" });
    wrapper.append(control, error);
    container.append(wrapper);
    controls[name] = control;
    errors[name] = error;
  };

  addField(
    fieldset,
    "who",
    "Who was it with?",
    // Not dir="auto": see pdcFollowTextDirection.
    pdcFollowTextDirection(pdcElement("input", { type: "text", autocomplete: "off" })),
    "A name or a role is enough, for example “my manager”.",
  );
  const questions = {
    wish: "What did I want?",
    other: "How did they respond?",
    self: "How did I respond?",
  };
  for (const part of PATTERN_PARTS) {
    const group = pdcElement("fieldset", { class: `pdc-patterns-part pdc-patterns-part-${part.key}` });
    group.append(pdcElement("legend", {}, `${part.name} (${part.abbreviation})`));
    addField(group, part.key, questions[part.key], pdcFollowTextDirection(pdcElement("textarea", { rows: 2 })));
    const select = pdcElement("select", {});
    select.append(pdcElement("option", { value: "" }, "(no category)"));
    for (const name of categories[part.key]) select.append(pdcElement("option", { value: name }, name));
    addField(group, part.category, `Standard category of the ${part.sentence} (optional)`, select);
    fieldset.append(group);
  }
  const formButtons = pdcElement("div", { class: "pdc-patterns-form-buttons" });
  const submitButton = pdcElement("button", { type: "submit", class: "pdc-button" }, "Add episode");
  const cancelButton = pdcElement("button", { type: "button", class: "pdc-button pdc-secondary", hidden: true }, "Cancel editing");
  const formError = pdcElement("p", { id: `${uid}-form-error`, class: "pdc-field-error" });
  formButtons.append(submitButton, " ", cancelButton);
  fieldset.append(formButtons, formError);
  form.append(fieldset);
  if (!readOnly) root.append(form);

  // ---- the list ------------------------------------------------------------------------------
  const listHeading = pdcElement("h4", { id: `${uid}-list-title`, tabindex: "-1" });
  const emptyNote = pdcElement("p", { class: "pdc-muted" }, "No episodes yet.");
  const list = pdcElement("ol", { class: "pdc-patterns-list", "aria-labelledby": `${uid}-list-title` });
  root.append(listHeading, emptyNote, list);
  if (!readOnly) root.append(status);

  // ---- the tally ---------------------------------------------------------------------------
  const tallySection = pdcElement("section", { class: "pdc-patterns-tally", "aria-labelledby": `${uid}-tally-title` });
  tallySection.append(pdcElement("h4", { id: `${uid}-tally-title` }, "What repeats"));
  tallySection.append(
    pdcElement(
      "p",
      { class: "pdc-patterns-reminder" },
      "This tally counts the categories chosen for what was written here. It is a way of noticing patterns, not a diagnosis, a test or a score, and a handful of episodes cannot say who someone is. The categories are clusters of Luborsky and Crits-Christoph’s standard categories for the core conflictual relationship theme.",
    ),
  );
  const summary = pdcElement("div", { class: "pdc-patterns-summary" });
  const figure = pdcElement("figure", { class: "pdc-patterns-chart" });
  const chartHolder = pdcElement("div", { class: "pdc-patterns-chart-holder" });
  const caption = pdcElement(
    "figcaption",
    { class: "pdc-muted" },
    "How many episodes each standard category was chosen in, for the wish, the response of the other and the response of the self. Each bar is labelled with its category and its number.",
  );
  figure.append(chartHolder, caption);
  // The table repeats the chart for screen readers; its wrapper hides it (a hidden table
  // itself would still be as wide as its rows and widen the page on a phone).
  const table = pdcElement("table", { class: "pdc-patterns-table" });
  const tableHolder = pdcElement("div", { class: "pdc-visually-hidden" });
  tableHolder.append(table);
  tallySection.append(summary, figure, tableHolder);
  root.append(tallySection);
  pdcPrintNote(root, readOnly ? PDC_PRINT_NOTE_EXPLORE : PDC_PRINT_NOTE);
  el.append(root);

  // ---- showing the state -----------------------------------------------------------------------
  const whoText = (episode) => `“${episode.who}”`;

  function renderList() {
    listHeading.textContent = `${readOnly ? `${sampleName}’s episodes` : "Episodes"} (${episodes.length})`;
    emptyNote.hidden = episodes.length > 0;
    list.hidden = episodes.length === 0;
    list.replaceChildren();
    episodes.forEach((episode, index) => {
      const item = pdcElement("li", { class: "pdc-patterns-episode" });
      const who = pdcElement("p", { class: "pdc-patterns-who" });
      who.append(pdcElement("strong", {}, "With: "), pdcElement("span", { dir: "auto" }, episode.who));
      item.append(who);
      const details = pdcElement("dl", {});
      for (const part of PATTERN_PARTS) {
        details.append(pdcElement("dt", {}, `${part.name}:`));
        const value = pdcElement("dd", {});
        value.append(pdcElement("span", { dir: "auto" }, episode[part.key]));
        const category = episode[part.category];
        value.append(
          " ",
          pdcElement(
            "span",
            { class: `pdc-patterns-category${category ? "" : " pdc-muted"}` },
            category ? `(category: ${category})` : "(no category)",
          ),
        );
        details.append(value);
      }
      item.append(details);
      if (!readOnly) {
        const buttons = pdcElement("div", { class: "pdc-patterns-episode-buttons" });
        const edit = pdcElement("button", { type: "button", class: "pdc-button pdc-secondary", id: `${uid}-edit-${episode.id}` }, "Edit");
        edit.append(pdcElement("span", { class: "pdc-visually-hidden" }, ` episode ${index + 1}, with ${episode.who}`));
        const remove = pdcElement("button", { type: "button", class: "pdc-button pdc-secondary" }, "Delete");
        remove.append(pdcElement("span", { class: "pdc-visually-hidden" }, ` episode ${index + 1}, with ${episode.who}`));
        edit.addEventListener("click", () => startEditing(episode.id));
        remove.addEventListener("click", () => deleteEpisode(episode.id));
        buttons.append(edit, " ", remove);
        item.append(buttons);
        if (episode.id === editingId) item.classList.add("pdc-patterns-editing");
      }
      list.append(item);
    });
  }

  function comboList(combo) {
    const items = pdcElement("ul", { class: "pdc-patterns-combination" });
    for (const part of PATTERN_PARTS) {
      const row = pdcElement("li", {});
      row.append(pdcElement("strong", {}, `${part.name}: `), combo[part.key]);
      items.append(row);
    }
    return items;
  }

  function renderSummary(result) {
    summary.replaceChildren();
    const total = result.episodes;
    const top = result.most_frequent;
    const say = (text) => summary.append(pdcElement("p", {}, text));
    if (total === 0) {
      say("No episodes yet. Add an episode, or work on the fictional case, to see what repeats.");
      return;
    }
    if (result.complete === 0) {
      say(
        "No episode has all three categories chosen yet, so there is no combination to count. Choose a category for the wish, the response of the other and the response of the self.",
      );
    } else if (top.combinations.length === 1 && top.count >= 2) {
      say(`The most frequent combination comes back in ${top.count} of ${patternPlural(total, "episode", "episodes")}:`);
      summary.append(comboList(top.combinations[0]));
    } else if (top.count >= 2) {
      say(
        `A tie: ${top.combinations.length} combinations each come back in ${top.count} of ${patternPlural(total, "episode", "episodes")}:`,
      );
      const tied = pdcElement("ol", { class: "pdc-patterns-ties" });
      for (const combo of top.combinations) {
        const row = pdcElement("li", {});
        row.append(comboList(combo));
        tied.append(row);
      }
      summary.append(tied);
    } else if (result.complete === 1) {
      say(`Only one episode has all three categories chosen so far, in 1 of ${patternPlural(total, "episode", "episodes")}:`);
      summary.append(comboList(top.combinations[0]));
      say("A pattern needs the same combination in more than one episode.");
    } else {
      say(
        `No combination comes back yet: each of the ${result.complete} episodes with all three categories chosen has a different one (a tie at 1 of ${patternPlural(total, "episode", "episodes")}).`,
      );
    }
    if (result.complete > 0 && result.complete < total) {
      say(
        `Only the ${patternPlural(result.complete, "episode", "episodes")} with all three categories chosen can show a combination; ${total - result.complete} ${total - result.complete === 1 ? "has" : "have"} a blank category.`,
      );
    }
  }

  function chartLabel(result) {
    const parts = PATTERN_PARTS.map((part) => {
      const entries = Object.entries(result[part.key]);
      if (entries.length === 0) return `${part.sentence}, none chosen yet`;
      const best = entries[0][1];
      const names = entries.filter(([, count]) => count === best).map(([name]) => name);
      return `${part.sentence}, ${names.join(" and ")} (${patternPlural(best, "episode", "episodes")}${names.length > 1 ? " each, a tie" : ""})`;
    });
    return `Bar chart of the standard categories chosen across ${patternPlural(result.episodes, "episode", "episodes")}. Chosen most often: ${parts.join("; ")}. The full counts are in the table that follows.`;
  }

  function renderChart(result) {
    chartHolder.replaceChildren();
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
      content.push(patternSvg("text", { x: 0, y, class: "pdc-patterns-chart-heading" }, part.name));
      y += 8;
      const entries = Object.entries(result[part.key]);
      if (entries.length === 0) {
        y += labelGap;
        content.push(patternSvg("text", { x: 0, y, class: "pdc-patterns-chart-none" }, "No category chosen yet"));
        y += 12;
        continue;
      }
      for (const [name, count] of entries) {
        const top = y;
        content.push(patternSvg("text", { x: 0, y: top + 14, class: "pdc-patterns-chart-label" }, name));
        const length = Math.max(2, (count / scale) * barMax);
        content.push(
          patternSvg("rect", { x: 0, y: top + labelGap + 2, width: length.toFixed(1), height: barHeight, rx: 2, class: "pdc-patterns-bar" }),
        );
        content.push(
          patternSvg("text", { x: (length + 6).toFixed(1), y: top + labelGap + barHeight, class: "pdc-patterns-chart-count" }, String(count)),
        );
        y += rowHeight;
      }
    }
    y += 6;
    const svg = patternSvg("svg", {
      viewBox: `0 0 ${width} ${y}`,
      width: "100%",
      role: "img",
      "aria-label": chartLabel(result),
      class: "pdc-patterns-svg",
      preserveAspectRatio: "xMinYMin meet",
    });
    svg.style.maxWidth = "480px";
    svg.append(...content);
    chartHolder.append(svg);
  }

  function renderTable(result) {
    table.replaceChildren();
    table.append(
      pdcElement("caption", {}, `How many of the ${patternPlural(result.episodes, "episode", "episodes")} each standard category was chosen in`),
    );
    const head = pdcElement("thead", {});
    const headRow = pdcElement("tr", {});
    for (const name of ["Part", "Category", "Episodes"]) headRow.append(pdcElement("th", { scope: "col" }, name));
    head.append(headRow);
    const body = pdcElement("tbody", {});
    for (const part of PATTERN_PARTS) {
      const entries = Object.entries(result[part.key]);
      const rows = entries.length ? entries : [["none chosen yet", 0]];
      for (const [name, count] of rows) {
        const row = pdcElement("tr", {});
        row.append(pdcElement("th", { scope: "row" }, part.name), pdcElement("td", {}, name), pdcElement("td", {}, String(count)));
        body.append(row);
      }
    }
    table.append(head, body);
  }

  function renderTally() {
    const result = patternTally(episodes, schema);
    renderSummary(result);
    figure.hidden = result.episodes === 0;
    if (result.episodes > 0) renderChart(result);
    else chartHolder.replaceChildren();
    renderTable(result);
  }

  function renderTools() {
    if (readOnly) return;
    clearButton.hidden = episodes.length === 0;
    undoButton.disabled = undoStack.length === 0;
    undoNote.textContent = undoStack.length
      ? `Last change: ${undoStack[undoStack.length - 1].label}.`
      : "Nothing to undo yet.";
    caseNote.hidden = caseKind !== "fictional";
    caseNote.textContent =
      caseKind === "fictional"
        ? `You are working on the fictional case of ${sampleName} Reyes; the episodes are hers, and you can change them. To start your own list, remove all episodes.`
        : "";
  }

  function renderAll() {
    renderList();
    renderTally();
    renderTools();
  }

  // ---- saving --------------------------------------------------------------------------------
  function persist() {
    const data = { episodes, case: caseKind };
    if (!store) return true;
    const saved = store.save(data);
    unsaved = store.available && !saved;
    const envelope = store.envelope(data);
    localSavedAt = envelope.saved_at;
    if (bridge) bridge.save(envelope);
    return saved;
  }

  function savedWords(saved) {
    if (saved) return "Saved in this browser.";
    if (store && !store.available) return "Kept on this page only: this browser is not saving.";
    return "Not saved: see the note above.";
  }

  /** Apply a change (undoable), save it and say what happened. */
  function commit(nextEpisodes, nextCase, label, message) {
    const problems = pdcValidate(schema, { episodes: nextEpisodes, case: nextCase });
    if (problems.length) {
      formError.textContent = problems[0].message;
      status.textContent = `Not changed: ${problems[0].message}`;
      return false;
    }
    undoStack.push({ episodes: patternCopy(episodes), caseKind, label });
    if (undoStack.length > PATTERN_UNDO_LIMIT) undoStack.shift();
    episodes = nextEpisodes;
    caseKind = nextCase;
    const saved = persist();
    renderAll();
    status.textContent = `${message} ${patternPlural(episodes.length, "episode", "episodes")}. ${savedWords(saved)}`;
    return true;
  }

  // ---- the form's behaviour ------------------------------------------------------------------
  function candidate() {
    const episode = { id: editingId || patternNewId() };
    for (const name of PATTERN_FIELDS) {
      const value = controls[name].value;
      episode[name] = controls[name].tagName === "SELECT" ? value : value.trim();
    }
    return episode;
  }

  function clearErrors() {
    for (const name of PATTERN_FIELDS) showFieldError(name, "");
    formError.textContent = "";
  }

  function showFieldError(name, message) {
    const control = controls[name];
    const hint = errors[name].parentElement.querySelector(".pdc-patterns-hint");
    const described = [hint ? hint.id : null];
    errors[name].textContent = message;
    if (message) {
      control.setAttribute("aria-invalid", "true");
      described.push(errors[name].id);
    } else {
      control.removeAttribute("aria-invalid");
    }
    const ids = described.filter(Boolean);
    if (ids.length) control.setAttribute("aria-describedby", ids.join(" "));
    else control.removeAttribute("aria-describedby");
  }

  /** Show the problems beside their fields; return the names of the fields with one. */
  function showProblems(problems) {
    clearErrors();
    const named = [];
    for (const problem of problems) {
      const name = problem.path.split("/")[1];
      if (PATTERN_FIELDS.includes(name)) {
        if (!named.includes(name)) {
          showFieldError(name, problem.message);
          named.push(name);
        }
      } else if (!formError.textContent) {
        formError.textContent = problem.message;
      }
    }
    return named;
  }

  /** Back from editing an episode to adding one; the fields keep what they hold. */
  function leaveEditing() {
    editingId = null;
    legend.textContent = "Add an episode";
    submitButton.textContent = "Add episode";
    cancelButton.hidden = true;
  }

  function resetForm() {
    leaveEditing();
    for (const name of PATTERN_FIELDS) pdcSetFieldText(controls[name], "");
    clearErrors();
  }

  /** The episode being edited was removed in another tab: keep what is typed, as a new one. */
  function keepTypedAsNew() {
    leaveEditing();
    status.textContent =
      "The episode you were editing was removed in another tab. What you typed is still in the form; choose Add episode to keep it as a new episode.";
  }

  function startEditing(id) {
    const index = episodes.findIndex((episode) => episode.id === id);
    if (index === -1) return;
    editingId = id;
    const episode = episodes[index];
    for (const name of PATTERN_FIELDS) pdcSetFieldText(controls[name], episode[name] || "");
    clearErrors();
    legend.textContent = `Edit episode ${index + 1}`;
    submitButton.textContent = "Save changes";
    cancelButton.hidden = false;
    renderList();
    status.textContent = `Editing episode ${index + 1}, with ${whoText(episode)}. Change the fields, then choose Save changes.`;
    controls.who.focus();
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const episode = candidate();
    const problems = pdcValidate(itemSchema, episode);
    const named = showProblems(problems);
    if (problems.length) {
      const count = named.length || 1;
      status.textContent = `Not ${editingId ? "saved" : "added"} yet: ${patternPlural(count, "field needs", "fields need")} a change (see the ${count === 1 ? "message" : "messages"} beside ${count === 1 ? "it" : "them"}). Saved episodes are unchanged.`;
      if (named.length) controls[named[0]].focus();
      return;
    }
    if (editingId) {
      const index = episodes.findIndex((item) => item.id === editingId);
      if (index === -1) {
        resetForm();
        return;
      }
      const next = patternCopy(episodes);
      next[index] = episode;
      const id = editingId;
      if (commit(next, caseKind, `edited the episode with ${whoText(episode)}`, `Episode ${index + 1} changed.`)) {
        resetForm();
        renderList();
        const button = root.querySelector(`#${CSS.escape(`${uid}-edit-${id}`)}`);
        if (button) button.focus();
      }
    } else if (
      commit([...patternCopy(episodes), episode], caseKind, `added the episode with ${whoText(episode)}`, `Episode added, with ${whoText(episode)}.`)
    ) {
      resetForm();
      controls.who.focus();
    }
  });

  for (const name of PATTERN_FIELDS) {
    const recheck = () => {
      // Once a field shows a problem, say as soon as it is fixed (or changes).
      if (controls[name].getAttribute("aria-invalid") !== "true") return;
      const own = pdcValidate(itemSchema, candidate()).find((problem) => problem.path === `/${name}`);
      showFieldError(name, own ? own.message : "");
    };
    controls[name].addEventListener(controls[name].tagName === "SELECT" ? "change" : "input", recheck);
  }

  cancelButton.addEventListener("click", () => {
    const id = editingId;
    resetForm();
    renderList();
    status.textContent = "Editing cancelled; the episode is unchanged.";
    const button = id && root.querySelector(`#${CSS.escape(`${uid}-edit-${id}`)}`);
    if (button) button.focus();
  });

  function deleteEpisode(id) {
    const index = episodes.findIndex((episode) => episode.id === id);
    if (index === -1) return;
    const episode = episodes[index];
    const next = episodes.filter((item) => item.id !== id);
    if (commit(next, next.length ? caseKind : "own", `deleted the episode with ${whoText(episode)}`, `Deleted the episode with ${whoText(episode)}; Undo brings it back.`)) {
      if (editingId === id) resetForm();
      undoButton.focus();
    }
  }

  undoButton.addEventListener("click", () => {
    const last = undoStack.pop();
    if (!last) return;
    episodes = last.episodes;
    caseKind = last.caseKind;
    if (editingId && !episodes.some((episode) => episode.id === editingId)) resetForm();
    const saved = persist();
    renderAll();
    status.textContent = `Undone: ${last.label}. ${patternPlural(episodes.length, "episode", "episodes")}. ${savedWords(saved)}`;
    if (undoButton.disabled) listHeading.focus();
  });

  // ---- inline confirmation for replacing or removing everything --------------------------------
  let confirmAction = null;
  let confirmOpener = null;
  function askToConfirm(opener, text, yes, no, action) {
    confirmOpener = opener;
    confirmText.textContent = text;
    confirmYes.textContent = yes;
    confirmNo.textContent = no;
    confirmAction = action;
    confirmBox.hidden = false;
    confirmYes.focus();
  }
  function closeConfirm(focusTarget) {
    confirmBox.hidden = true;
    confirmAction = null;
    if (focusTarget) focusTarget.focus();
  }
  confirmYes.addEventListener("click", () => {
    const action = confirmAction;
    closeConfirm(null);
    if (action) action();
  });
  confirmNo.addEventListener("click", () => {
    status.textContent = "Nothing changed.";
    closeConfirm(confirmOpener);
  });

  function loadSample() {
    if (commit(patternCopy(sample), "fictional", `loaded the fictional case of ${sampleName}`, `Loaded ${sampleName}’s fictional episodes; Undo brings back what was here before.`)) {
      resetForm();
      renderList();
      listHeading.focus();
    }
  }

  sampleButton.addEventListener("click", () => {
    if (episodes.length === 0) {
      loadSample();
    } else if (JSON.stringify(episodes) === JSON.stringify(sample)) {
      status.textContent = `These are already ${sampleName}’s episodes.`;
    } else {
      askToConfirm(
        sampleButton,
        `This deletes the ${patternPlural(episodes.length, "episode", "episodes")} here from this device and puts ${sampleName}’s ${sample.length} fictional episodes in their place. Undo brings yours back until you leave this page.`,
        `Delete mine and use ${sampleName}’s`,
        "Keep these episodes",
        loadSample,
      );
    }
  });

  clearButton.addEventListener("click", () => {
    askToConfirm(
      clearButton,
      `Remove all ${patternPlural(episodes.length, "episode", "episodes")} from this list? You can undo it.`,
      "Remove all",
      "Keep them",
      () => {
        if (commit([], "own", "removed all episodes", "All episodes removed; Undo brings them back.")) {
          resetForm();
          undoButton.focus();
        }
      },
    );
  });

  // ---- loading -------------------------------------------------------------------------------
  function adopt(data) {
    episodes = Array.isArray(data.episodes) ? data.episodes : [];
    caseKind = data.case === "fictional" ? "fictional" : "own";
  }

  if (readOnly) {
    episodes = patternCopy(sample);
    caseKind = "fictional";
    const onSample = () => {
      sample = model.get("sample_episodes") || [];
      episodes = patternCopy(sample);
      renderAll();
    };
    model.on("change:sample_episodes", onSample);
    cleanups.push(() => model.off("change:sample_episodes", onSample));
  } else {
    store = pdcStore({
      courseId: model.get("course_id"),
      namespace,
      widgetId,
      kind: "episodes",
      title: model.get("title"),
      chapter: model.get("chapter"),
      schema,
      onProblem: showProblem,
      onProblemGone: (message) => {
        for (const node of [...warnings.children]) if (node.textContent === message) node.remove();
        warnings.hidden = warnings.children.length === 0;
      },
    });
    const envelope = store.loadEnvelope();
    if (envelope) {
      adopt(envelope.data);
      localSavedAt = envelope.saved_at || 0;
    }
    bridge = pdcKernelBridge(
      model,
      learner,
      (entry) => {
        const usable = entry && entry.kind === "episodes" && entry.data && pdcValidate(schema, entry.data).length === 0;
        if (usable && entry.saved_at > localSavedAt) {
          adopt(entry.data);
          undoStack = [];
          if (editingId) resetForm();
          store.save(entry.data);
          localSavedAt = entry.saved_at;
          renderAll();
          status.textContent = "Loaded the episodes kept in the kernel's journal file (they were newer than this browser's copy).";
        } else if (localSavedAt && (!entry || entry.saved_at < localSavedAt)) {
          bridge.save(store.envelope({ episodes, case: caseKind }));
        }
      },
      showProblem,
    );
    // Another tab of this book saving these same episodes (storage.js): follow it, or ask
    // when the episodes here are not saved. The form keeps whatever is typed in it.
    const otherTabs = store.followOtherTabs({
      unsaved: () => unsaved,
      adopt: (data) => {
        adopt(data || { episodes: [] });
        unsaved = false;
        undoStack = [];
        if (editingId && !episodes.some((episode) => episode.id === editingId)) keepTypedAsNew();
        renderAll();
      },
      saveMine: () => {
        status.textContent = `${savedWords(persist())}`;
      },
    });
    warnings.after(otherTabs.element);
    cleanups.push(otherTabs.stop);
    const onSample = () => {
      sample = model.get("sample_episodes") || [];
    };
    model.on("change:sample_episodes", onSample);
    cleanups.push(() => model.off("change:sample_episodes", onSample));
  }
  renderAll();

  return () => {
    for (const cleanup of cleanups) cleanup();
  };
}

export default { render: pdcForEachLearner(render) };
