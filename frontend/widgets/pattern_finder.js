// Pattern finder front end (core conflictual relationship theme). Everything a reader
// needs happens here, so it works in the static book with no kernel: writing episodes,
// the messages beside the fields, edit, delete and undo, the fictional case, saving in
// this browser, and the tally with its sentences and bar chart (lib/pattern_tally.js).
// Learner text is only set with textContent.

import { createConfirm } from "../lib/confirm.js";
import { element, followTextDirection, newId, pageHref, setFieldText, uid } from "../lib/elements.js";
import { kernelBridge, newerCopy } from "../lib/kernel.js";
import { forEachLearner } from "../lib/learners.js";
import { PATTERN_PARTS, patternCategories, patternPartName, patternSentences, patternTally } from "../lib/pattern_tally.js";
import { PRINT_NOTE, PRINT_NOTE_EXPLORE, printNote } from "../lib/print.js";
import { createStore } from "../lib/storage.js";
import { svgElement } from "../lib/svg.js";
import { validate } from "../lib/validate.js";

const PATTERN_FIELDS = ["who", ...PATTERN_PARTS.flatMap((part) => [part.key, part.category])];
const PATTERN_UNDO_LIMIT = 50;

function patternPlural(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
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
  const idPrefix = uid(widgetId);
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
  const root = element("section", {
    class: `pdc-widget pdc-patterns${readOnly ? " pdc-patterns-sample" : ""}`,
    "aria-labelledby": `${idPrefix}-title`,
  });
  root.append(element("h3", { id: `${idPrefix}-title` }, model.get("title") || "Pattern finder"));
  if (model.get("chapter")) root.append(element("p", { class: "pdc-muted pdc-patterns-chapter" }, model.get("chapter")));

  const warnings = element("div", { class: "pdc-warning", role: "status", hidden: true });
  const status = element("p", { class: "pdc-status", role: "status", "aria-live": "polite" });
  const showProblem = (message) => {
    warnings.append(element("p", {}, message));
    warnings.hidden = false;
  };

  if (readOnly) {
    root.append(
      element(
        "p",
        { class: "pdc-patterns-intro" },
        `${sampleName} Reyes is a fictional person followed through this book. These are relationship episodes in her own words, so “I” is ${sampleName}: in each, what she wanted, how the other person responded and how she responded in turn. Nothing here is saved or can be changed.`,
      ),
    );
  } else {
    const intro = element("p", { class: "pdc-patterns-intro" });
    intro.append(
      "Write down a few moments with other people: who it was with, what you wanted, how they responded and how you responded. For each part you can also choose the closest category from Luborsky’s standard lists, so that the tally below can count what comes back. Everything stays on this device. ",
    );
    root.append(intro);
    const note = element("p", { class: "pdc-muted pdc-patterns-note" });
    note.append(
      "Writing about your own relationships can stir things up. You can work on the fictional case instead, write as little as you like, and stop at any time. Taking a slow breath and noticing what is around you can help. If things feel hard, see ",
      element("a", { href: pageHref("getting_help") }, "getting help now"),
      ".",
    );
    root.append(note);
  }
  root.append(warnings);

  // ---- the fictional case, remove all, undo ------------------------------------------------
  const tools = element("div", { class: "pdc-patterns-tools" });
  const caseNote = element("p", { class: "pdc-patterns-case-note", hidden: true });
  const sampleButton = element(
    "button",
    { type: "button", class: "pdc-button pdc-secondary" },
    `Work on the fictional case: ${sampleName}`,
  );
  const confirmation = createConfirm(idPrefix);
  const clearButton = element(
    "button",
    { type: "button", class: "pdc-button pdc-secondary" },
    "Remove all episodes",
  );
  const undoButton = element(
    "button",
    { type: "button", class: "pdc-button pdc-secondary", disabled: true, "aria-describedby": `${idPrefix}-undo-note` },
    "Undo last change",
  );
  const undoNote = element("span", { id: `${idPrefix}-undo-note`, class: "pdc-muted pdc-patterns-undo-note" }, "Nothing to undo yet.");
  if (!readOnly) {
    const row = element("div", { class: "pdc-patterns-buttons" });
    row.append(sampleButton, clearButton, undoButton, undoNote);
    tools.append(caseNote, row, confirmation.element);
    root.append(tools);
  }

  // ---- the form ------------------------------------------------------------------------------
  const controls = {};
  const errors = {};
  const form = element("form", { class: "pdc-patterns-form", novalidate: true, "aria-labelledby": `${idPrefix}-legend` });
  const fieldset = element("fieldset", { class: "pdc-patterns-fieldset" });
  const legend = element("legend", { id: `${idPrefix}-legend` }, "Add an episode");
  fieldset.append(legend);

  const addField = (container, name, labelText, control, hint) => {
    const wrapper = element("div", { class: `pdc-patterns-field pdc-patterns-field-${name.replace("_", "-")}` });
    control.id = `${idPrefix}-${name}`;
    control.name = name;
    const label = element("label", { for: control.id }, labelText);
    wrapper.append(label);
    if (hint) {
      control.setAttribute("aria-describedby", `${idPrefix}-${name}-hint`);
      wrapper.append(element("span", { id: `${idPrefix}-${name}-hint`, class: "pdc-muted pdc-patterns-hint" }, hint));
    }
    const error = element("p", { id: `${idPrefix}-${name}-error`, class: "pdc-field-error" });
    wrapper.append(control, error);
    container.append(wrapper);
    controls[name] = control;
    errors[name] = error;
  };

  addField(
    fieldset,
    "who",
    "Who was it with?",
    // Not dir="auto": see followTextDirection.
    followTextDirection(element("input", { type: "text", autocomplete: "off" })),
    "A name or a role is enough, for example “my manager”.",
  );
  for (const part of PATTERN_PARTS) {
    const group = element("fieldset", { class: `pdc-patterns-part pdc-patterns-part-${part.key}` });
    group.append(element("legend", {}, patternPartName(part)));
    addField(group, part.key, part.question, followTextDirection(element("textarea", { rows: 2 })));
    const select = element("select", {});
    select.append(element("option", { value: "" }, "(no category)"));
    for (const name of categories[part.key]) select.append(element("option", { value: name }, name));
    addField(group, part.category, `Category for ${part.plain} (optional)`, select);
    fieldset.append(group);
  }
  const formButtons = element("div", { class: "pdc-patterns-form-buttons" });
  const submitButton = element("button", { type: "submit", class: "pdc-button" }, "Add episode");
  const cancelButton = element("button", { type: "button", class: "pdc-button pdc-secondary", hidden: true }, "Cancel editing");
  const formError = element("p", { id: `${idPrefix}-form-error`, class: "pdc-field-error" });
  formButtons.append(submitButton, " ", cancelButton);
  fieldset.append(formButtons, formError);
  form.append(fieldset);
  if (!readOnly) root.append(form);

  // ---- the list ------------------------------------------------------------------------------
  const listHeading = element("h4", { id: `${idPrefix}-list-title`, tabindex: "-1" });
  const emptyNote = element("p", { class: "pdc-muted" }, "No episodes yet.");
  const list = element("ol", { class: "pdc-patterns-list", "aria-labelledby": `${idPrefix}-list-title` });
  root.append(listHeading, emptyNote, list);
  if (!readOnly) root.append(status);

  // ---- the tally ---------------------------------------------------------------------------
  const tallySection = element("section", { class: "pdc-patterns-tally", "aria-labelledby": `${idPrefix}-tally-title` });
  tallySection.append(element("h4", { id: `${idPrefix}-tally-title` }, "What repeats"));
  tallySection.append(
    element(
      "p",
      { class: "pdc-patterns-reminder" },
      "This tally counts the categories chosen for what was written here, one part at a time. It is a way of noticing patterns, not a diagnosis, a test or a score, and a handful of episodes cannot say who someone is. The categories are grouped from Luborsky and Crits-Christoph’s standard lists for the core conflictual relationship theme.",
    ),
  );
  const summary = element("div", { class: "pdc-patterns-summary" });
  const figure = element("figure", { class: "pdc-patterns-chart" });
  const chartHolder = element("div", { class: "pdc-patterns-chart-holder" });
  const caption = element(
    "figcaption",
    { class: "pdc-muted" },
    "How many episodes each category was chosen in, one part at a time: what I wanted (wish), how they responded (response of other) and how I responded (response of self). Each bar is labelled with its category and its number; the most frequent category of each part is marked “most often”.",
  );
  figure.append(chartHolder, caption);
  // The table repeats the chart for screen readers; its wrapper hides it (a hidden table
  // itself would still be as wide as its rows and widen the page on a phone).
  const table = element("table", { class: "pdc-patterns-table" });
  const tableHolder = element("div", { class: "pdc-visually-hidden" });
  tableHolder.append(table);
  tallySection.append(summary, figure, tableHolder);
  root.append(tallySection);
  printNote(root, readOnly ? PRINT_NOTE_EXPLORE : PRINT_NOTE);
  el.append(root);

  // ---- showing the state -----------------------------------------------------------------------
  const whoText = (episode) => `“${episode.who}”`;

  function renderList() {
    listHeading.textContent = `${readOnly ? `${sampleName}’s episodes` : "Episodes"} (${episodes.length})`;
    emptyNote.hidden = episodes.length > 0;
    list.hidden = episodes.length === 0;
    list.replaceChildren();
    episodes.forEach((episode, index) => {
      const item = element("li", { class: "pdc-patterns-episode" });
      const who = element("p", { class: "pdc-patterns-who" });
      who.append(element("strong", {}, "With: "), element("span", { dir: "auto" }, episode.who));
      item.append(who);
      const details = element("dl", {});
      for (const part of PATTERN_PARTS) {
        details.append(element("dt", {}, `${part.plain[0].toUpperCase()}${part.plain.slice(1)} (${part.abbreviation}):`));
        const value = element("dd", {});
        value.append(element("span", { dir: "auto" }, episode[part.key]));
        const category = episode[part.category];
        value.append(
          " ",
          element(
            "span",
            { class: `pdc-patterns-category${category ? "" : " pdc-muted"}` },
            category ? `(category: ${category})` : "(no category)",
          ),
        );
        details.append(value);
      }
      item.append(details);
      if (!readOnly) {
        const buttons = element("div", { class: "pdc-patterns-episode-buttons" });
        const edit = element("button", { type: "button", class: "pdc-button pdc-secondary", id: `${idPrefix}-edit-${episode.id}` }, "Edit");
        edit.append(element("span", { class: "pdc-visually-hidden" }, ` episode ${index + 1}, with ${episode.who}`));
        const remove = element("button", { type: "button", class: "pdc-button pdc-secondary" }, "Delete");
        remove.append(element("span", { class: "pdc-visually-hidden" }, ` episode ${index + 1}, with ${episode.who}`));
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
    summary.replaceChildren(element("p", { class: "pdc-patterns-sentence" }, words.summary));
    if (words.note) summary.append(element("p", { class: "pdc-patterns-theme-note" }, words.note));
    if (words.secondary) summary.append(element("p", { class: "pdc-muted pdc-patterns-secondary" }, words.secondary));
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
        content.push(
          svgElement("rect", { x: 0, y: top + labelGap + 2, width: length.toFixed(1), height: barHeight, rx: 2, class: "pdc-patterns-bar" }),
        );
        content.push(
          svgElement("text", { x: (length + 6).toFixed(1), y: top + labelGap + barHeight, class: "pdc-patterns-chart-count" }, String(count)),
        );
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
    chartHolder.append(svg);
  }

  function renderTable(result) {
    table.replaceChildren();
    table.append(
      element("caption", {}, `How many of the ${patternPlural(result.episodes, "episode", "episodes")} each category was chosen in, one part at a time`),
    );
    const head = element("thead", {});
    const headRow = element("tr", {});
    for (const name of ["Part", "Category", "Episodes"]) headRow.append(element("th", { scope: "col" }, name));
    head.append(headRow);
    const body = element("tbody", {});
    for (const part of PATTERN_PARTS) {
      const entries = Object.entries(result[part.key]);
      const rows = entries.length ? entries : [["none chosen yet", 0]];
      for (const [name, count] of rows) {
        const row = element("tr", {});
        row.append(element("th", { scope: "row" }, patternPartName(part)), element("td", {}, name), element("td", {}, String(count)));
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
    const problems = validate(schema, { episodes: nextEpisodes, case: nextCase });
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
    const episode = { id: editingId || newId() };
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
    for (const name of PATTERN_FIELDS) setFieldText(controls[name], "");
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
    for (const name of PATTERN_FIELDS) setFieldText(controls[name], episode[name] || "");
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
    const problems = validate(itemSchema, episode);
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
        const button = root.querySelector(`#${CSS.escape(`${idPrefix}-edit-${id}`)}`);
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
      const own = validate(itemSchema, candidate()).find((problem) => problem.path === `/${name}`);
      showFieldError(name, own ? own.message : "");
    };
    controls[name].addEventListener(controls[name].tagName === "SELECT" ? "change" : "input", recheck);
  }

  cancelButton.addEventListener("click", () => {
    const id = editingId;
    resetForm();
    renderList();
    status.textContent = "Editing cancelled; the episode is unchanged.";
    const button = id && root.querySelector(`#${CSS.escape(`${idPrefix}-edit-${id}`)}`);
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
  function askToConfirm(opener, text, yes, no, action) {
    confirmation.ask(text, yes, no, action, opener, () => {
      status.textContent = "Nothing changed.";
    });
  }

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
    store = createStore({
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
    bridge = kernelBridge(
      model,
      learner,
      (entry) => {
        const usable = () => entry.kind === "episodes" && entry.data && validate(schema, entry.data).length === 0;
        const newer = newerCopy(entry, localSavedAt, usable);
        if (newer === "adopt") {
          adopt(entry.data);
          undoStack = [];
          if (editingId) resetForm();
          store.save(entry.data);
          localSavedAt = entry.saved_at;
          renderAll();
          status.textContent = "Loaded the episodes kept in the kernel's journal file (they were newer than this browser's copy).";
        } else if (newer === "send") {
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

export default { render: forEachLearner(render) };
