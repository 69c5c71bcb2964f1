// Pattern finder front end (core conflictual relationship theme). Everything a reader
// needs happens here, so it works in the static book with no kernel: writing episodes,
// the messages beside the fields, edit, delete and undo, the fictional case, saving in
// this browser, and the tally with its sentences and bar chart. common.js comes first
// (pdcElement, pdcValidate, pdcStore, pdcKernelBridge...). Learner text is only set with
// textContent. patternTally and patternSentences are tally() and describe() in
// pattern_finder.py, word for word; tests/test_pattern_finder.py runs both on one table.

// Plain words first, then Luborsky's term and its letters. The stored field names
// (key, category) are in learners' saved episodes: never rename them.
const PATTERN_PARTS = [
  { key: "wish", category: "wish_category", plain: "what I wanted", question: "What did I want?", term: "wish", abbreviation: "W" },
  { key: "other", category: "other_category", plain: "how they responded", question: "How did they respond?", term: "response of other", abbreviation: "RO" },
  { key: "self", category: "self_category", plain: "how I responded", question: "How did I respond?", term: "response of self", abbreviation: "RS" },
];
const PATTERN_FIELDS = ["who", ...PATTERN_PARTS.flatMap((part) => [part.key, part.category])];
const PATTERN_UNDO_LIMIT = 50;
const SVG_NS = "http://www.w3.org/2000/svg";

/** "What I wanted (wish, W)": a part's plain name with its technical term beside it. */
function patternPartName(part) {
  return `${part.plain[0].toUpperCase()}${part.plain.slice(1)} (${part.term}, ${part.abbreviation})`;
}

/** The categories of each part, in the schema's order, without the blank choice. */
function patternCategories(schema) {
  const item = schema.properties.episodes.items.properties;
  const result = {};
  for (const part of PATTERN_PARTS) result[part.key] = item[part.category].enum.filter((name) => name !== "");
  return result;
}

/**
 * Count the chosen categories of each part and find each part's most frequent one(s),
 * each part counted on its own (Luborsky's CCRT): exactly what tally() in
 * pattern_finder.py returns, with the same order and the same ties.
 */
function patternTally(episodes, schema) {
  const order = patternCategories(schema);
  const rankOf = (part, name) => {
    const index = order[part].indexOf(name);
    return index === -1 ? order[part].length : index;
  };
  const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  const result = { episodes: episodes.length };
  const tops = {};
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
    const top = ranked.length ? ranked[0][1] : 0;
    tops[part.key] = { count: top, categories: ranked.filter(([, n]) => n === top).map(([name]) => name) };
  }
  result.most_frequent = tops;
  result.whole_theme = episodes.filter((episode) =>
    PATTERN_PARTS.every((part) => episode[part.category] && tops[part.key].categories.includes(episode[part.category])),
  ).length;
  return result;
}

function patternQuoted(names) {
  const quoted = names.map((name) => `\u201c${name}\u201d`);
  return quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}`;
}

/** One part of the summary sentence, e.g. 'what I wanted was most often “…” (4 of 6)'. */
function patternClause(part, top, total) {
  const names = top.categories;
  if (top.count === 0) return `${part.plain} has no category chosen yet`;
  if (total === 1) return `${part.plain} was ${patternQuoted(names)}`;
  if (top.count === 1 && names.length > 1) return `${part.plain} was different each time`;
  if (top.count === 1) return `${part.plain} was ${patternQuoted(names)} in 1 of ${total}`;
  return `${part.plain} was most often ${patternQuoted(names)} (${top.count} of ${total}${names.length > 1 ? " each" : ""})`;
}

/**
 * The tally in words: { summary, note, secondary }, each "" when not shown. The same
 * sentences as describe() in pattern_finder.py.
 */
function patternSentences(result) {
  const total = result.episodes;
  if (total === 0) {
    return {
      summary: "No episodes yet: add one, or work on the fictional case, to see what comes back.",
      note: "",
      secondary: "",
    };
  }
  const tops = result.most_frequent;
  const [first, second, third] = PATTERN_PARTS.map((part) => patternClause(part, tops[part.key], total));
  const opening = total === 1 ? "In the one episode so far" : `Across these ${total} episodes`;
  const summary = `${opening}, ${first}, ${second} and ${third}.`;
  if (total === 1) {
    return { summary, note: "A theme is what comes back across episodes, so it takes more than one to show.", secondary: "" };
  }
  if (PATTERN_PARTS.some((part) => tops[part.key].count < 2)) {
    return {
      summary,
      note: "The core conflictual relationship theme (CCRT) is the most frequent wish (W), response of other (RO) and response of self (RS), each counted on its own, so it needs a category that comes back in every part.",
      secondary: "",
    };
  }
  let note =
    "In Luborsky’s terms, these would make up the core conflictual relationship theme (CCRT) of these episodes: the most frequent wish (W), response of other (RO) and response of self (RS), each counted on its own.";
  if (PATTERN_PARTS.some((part) => tops[part.key].categories.length > 1)) {
    note += " A tie keeps each tied category in the theme until more episodes settle it.";
  }
  const whole = result.whole_theme;
  const secondary =
    whole === 0
      ? "Secondary count: no single episode matches it in all three parts at once."
      : `Secondary count: ${whole} of the ${total} episodes ${whole === 1 ? "matches" : "match"} it in all three parts at once.`;
  return { summary, note, secondary };
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
        `${sampleName} Reyes is a fictional person followed through this book. These are relationship episodes in her own words, so “I” is ${sampleName}: in each, what she wanted, how the other person responded and how she responded in turn. Nothing here is saved or can be changed.`,
      ),
    );
  } else {
    const intro = pdcElement("p", { class: "pdc-patterns-intro" });
    intro.append(
      "Write down a few moments with other people: who it was with, what you wanted, how they responded and how you responded. For each part you can also choose the closest category from Luborsky’s standard lists, so that the tally below can count what comes back. Everything stays on this device. ",
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
  for (const part of PATTERN_PARTS) {
    const group = pdcElement("fieldset", { class: `pdc-patterns-part pdc-patterns-part-${part.key}` });
    group.append(pdcElement("legend", {}, patternPartName(part)));
    addField(group, part.key, part.question, pdcFollowTextDirection(pdcElement("textarea", { rows: 2 })));
    const select = pdcElement("select", {});
    select.append(pdcElement("option", { value: "" }, "(no category)"));
    for (const name of categories[part.key]) select.append(pdcElement("option", { value: name }, name));
    addField(group, part.category, `Category for ${part.plain} (optional)`, select);
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
      "This tally counts the categories chosen for what was written here, one part at a time. It is a way of noticing patterns, not a diagnosis, a test or a score, and a handful of episodes cannot say who someone is. The categories are grouped from Luborsky and Crits-Christoph’s standard lists for the core conflictual relationship theme.",
    ),
  );
  const summary = pdcElement("div", { class: "pdc-patterns-summary" });
  const figure = pdcElement("figure", { class: "pdc-patterns-chart" });
  const chartHolder = pdcElement("div", { class: "pdc-patterns-chart-holder" });
  const caption = pdcElement(
    "figcaption",
    { class: "pdc-muted" },
    "How many episodes each category was chosen in, one part at a time: what I wanted (wish), how they responded (response of other) and how I responded (response of self). Each bar is labelled with its category and its number; the most frequent category of each part is marked “most often”.",
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
        details.append(pdcElement("dt", {}, `${part.plain[0].toUpperCase()}${part.plain.slice(1)} (${part.abbreviation}):`));
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

  function renderSummary(result) {
    const words = patternSentences(result);
    summary.replaceChildren(pdcElement("p", { class: "pdc-patterns-sentence" }, words.summary));
    if (words.note) summary.append(pdcElement("p", { class: "pdc-patterns-theme-note" }, words.note));
    if (words.secondary) summary.append(pdcElement("p", { class: "pdc-muted pdc-patterns-secondary" }, words.secondary));
  }

  function chartLabel(result) {
    const parts = PATTERN_PARTS.map((part) => {
      const top = result.most_frequent[part.key];
      if (top.count === 0) return `${part.plain}, none chosen yet`;
      const tie = top.categories.length > 1;
      return `${part.plain}, ${top.categories.join(" and ")} (${patternPlural(top.count, "episode", "episodes")}${tie ? " each, a tie" : ""})`;
    });
    return `Bar chart of the categories chosen in ${patternPlural(result.episodes, "episode", "episodes")}, one part at a time. Chosen most often: ${parts.join("; ")}. The full counts are in the table that follows.`;
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
      content.push(patternSvg("text", { x: 0, y, class: "pdc-patterns-chart-heading" }, patternPartName(part)));
      y += 8;
      const entries = Object.entries(result[part.key]);
      if (entries.length === 0) {
        y += labelGap;
        content.push(patternSvg("text", { x: 0, y, class: "pdc-patterns-chart-none" }, "No category chosen yet"));
        y += 12;
        continue;
      }
      const best = result.most_frequent[part.key];
      for (const [name, count] of entries) {
        const top = y;
        // Marked in words, not by colour alone: the part's most frequent category (or tie).
        const most = result.episodes > 1 && best.count > 1 && best.categories.includes(name);
        content.push(patternSvg("text", { x: 0, y: top + 14, class: "pdc-patterns-chart-label" }, most ? `${name} (most often)` : name));
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
      pdcElement("caption", {}, `How many of the ${patternPlural(result.episodes, "episode", "episodes")} each category was chosen in, one part at a time`),
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
        row.append(pdcElement("th", { scope: "row" }, patternPartName(part)), pdcElement("td", {}, name), pdcElement("td", {}, String(count)));
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
