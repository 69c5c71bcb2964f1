// Generated from frontend/widgets/ (the static book's split build) by `make frontend`: do not edit it, edit the source and run that.
import {
  CLASS_DEMO_WORDS,
  classDemoNote,
  createConfirm,
  createListEditor,
  draftOfSaved,
  isClassDemo,
  listEditorAsk,
  listSaving,
  undoStorage,
  withDraft
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
  createStore,
  forEachLearner,
  validate
} from "./chunk-QX3M5QOA.js";
import {
  element,
  pageHref,
  textDirection,
  uid
} from "./chunk-SLPQET2C.js";

// frontend/lib/pattern_tally.js
var PATTERN_PARTS = [
  { key: "wish", category: "wish_category", plain: "what I wanted", question: "What did I want?", term: "wish", abbreviation: "W" },
  { key: "other", category: "other_category", plain: "how they responded", question: "How did they respond?", term: "response of other", abbreviation: "RO" },
  { key: "self", category: "self_category", plain: "how I responded", question: "How did I respond?", term: "response of self", abbreviation: "RS" }
];
var PATTERN_FIELDS = ["who", ...PATTERN_PARTS.flatMap((part) => [part.key, part.category])];
function patternPartName(part) {
  return `${part.plain[0].toUpperCase()}${part.plain.slice(1)} (${part.term}, ${part.abbreviation})`;
}
function plural(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
}
function patternCategories(schema) {
  const item = schema.properties.episodes.items.properties;
  const result = {};
  for (const part of PATTERN_PARTS) result[part.key] = item[part.category].enum.filter((name) => name !== "");
  return result;
}
function patternTally(episodes2, schema) {
  const order = patternCategories(schema);
  const rankOf = (part, name) => {
    const index = order[part].indexOf(name);
    return index === -1 ? order[part].length : index;
  };
  const byName = (a, b) => a < b ? -1 : a > b ? 1 : 0;
  const result = { episodes: episodes2.length };
  const tops = {};
  for (const part of PATTERN_PARTS) {
    const counts = /* @__PURE__ */ new Map();
    for (const episode of episodes2) {
      const name = episode[part.category];
      if (name) counts.set(name, (counts.get(name) || 0) + 1);
    }
    const ranked = [...counts].sort((a, b) => b[1] - a[1] || rankOf(part.key, a[0]) - rankOf(part.key, b[0]) || byName(a[0], b[0]));
    result[part.key] = Object.fromEntries(ranked);
    const top = ranked.length ? ranked[0][1] : 0;
    tops[part.key] = { count: top, categories: ranked.filter(([, n]) => n === top).map(([name]) => name) };
  }
  result.most_frequent = tops;
  result.whole_theme = episodes2.filter(
    (episode) => PATTERN_PARTS.every((part) => episode[part.category] && tops[part.key].categories.includes(episode[part.category]))
  ).length;
  return result;
}
function quotedNames(names) {
  const quoted = names.map((name) => `“${name}”`);
  return quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}`;
}
function partClause(part, top, total) {
  const names = top.categories;
  if (top.count === 0) return `${part.plain} has no category chosen yet`;
  if (total === 1) return `${part.plain} was ${quotedNames(names)}`;
  if (top.count === 1 && names.length > 1) return `${part.plain} was different each time`;
  if (top.count === 1) return `${part.plain} was ${quotedNames(names)} in 1 of ${total}`;
  return `${part.plain} was most often ${quotedNames(names)} (${top.count} of ${total}${names.length > 1 ? " each" : ""})`;
}
function patternSentences(result) {
  const total = result.episodes;
  if (total === 0) {
    return { summary: "No episodes yet: add one, or work on the fictional case, to see what comes back.", note: "", secondary: "" };
  }
  const tops = result.most_frequent;
  const [first, second, third] = PATTERN_PARTS.map((part) => partClause(part, tops[part.key], total));
  const opening = total === 1 ? "In the one episode so far" : `Across these ${total} episodes`;
  const summary = `${opening}, ${first}, ${second} and ${third}.`;
  if (total === 1) {
    return { summary, note: "A theme is what comes back across episodes, so it takes more than one to show.", secondary: "" };
  }
  if (PATTERN_PARTS.some((part) => tops[part.key].count < 2)) {
    return {
      summary,
      note: "The core conflictual relationship theme (CCRT) is the most frequent wish (W), response of other (RO) and response of self (RS), each counted on its own, so it needs a category that comes back in every part.",
      secondary: ""
    };
  }
  let note = "In Luborsky’s terms, these would make up the core conflictual relationship theme (CCRT) of these episodes: the most frequent wish (W), response of other (RO) and response of self (RS), each counted on its own.";
  if (PATTERN_PARTS.some((part) => tops[part.key].categories.length > 1)) {
    note += " A tie keeps each tied category in the theme until more episodes settle it.";
  }
  const whole = result.whole_theme;
  const secondary = whole === 0 ? "Secondary count: no single episode matches it in all three parts at once." : `Secondary count: ${whole} of the ${total} episodes ${whole === 1 ? "matches" : "match"} it in all three parts at once.`;
  return { summary, note, secondary };
}
function chartLabel(result) {
  const parts = PATTERN_PARTS.map((part) => {
    const top = result.most_frequent[part.key];
    if (top.count === 0) return `${part.plain}, none chosen yet`;
    const tie = top.categories.length > 1;
    return `${part.plain}, ${top.categories.join(" and ")} (${plural(top.count, "episode", "episodes")}${tie ? " each, a tie" : ""})`;
  });
  return `Bar chart of the categories chosen in ${plural(result.episodes, "episode", "episodes")}, one part at a time. Chosen most often: ${parts.join("; ")}. The full counts are in the table that follows.`;
}
function fieldsOfEpisode(episode) {
  return Object.fromEntries(PATTERN_FIELDS.map((name) => [name, episode[name] || ""]));
}
function episodeFromFields(fields) {
  const episode = {};
  for (const name of PATTERN_FIELDS) {
    const value = fields[name] || "";
    episode[name] = name.endsWith("_category") ? value : value.trim();
  }
  return episode;
}

// frontend/lib/pattern_chart.js
function showSummary(summary, result) {
  const words = patternSentences(result);
  summary.replaceChildren(element("p", { class: "pdc-patterns-sentence" }, words.summary));
  if (words.note) summary.append(element("p", { class: "pdc-patterns-theme-note" }, words.note));
  if (words.secondary) summary.append(element("p", { class: "pdc-muted pdc-patterns-secondary" }, words.secondary));
}
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
      const most = result.episodes > 1 && best.count > 1 && best.categories.includes(name);
      content.push(svgElement("text", { x: 0, y: top + 14, class: "pdc-patterns-chart-label" }, most ? `${name} (most often)` : name));
      const length = Math.max(2, count / scale * barMax);
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
    preserveAspectRatio: "xMinYMin meet"
  });
  svg.style.maxWidth = "480px";
  svg.append(...content);
  holder.replaceChildren(svg);
}
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
function createTallySection(uid2) {
  const section = element("section", { class: "pdc-patterns-tally", "aria-labelledby": `${uid2}-tally-title` });
  section.append(element("h4", { id: `${uid2}-tally-title` }, "What repeats"));
  section.append(
    element(
      "p",
      { class: "pdc-patterns-reminder" },
      "This tally counts the categories chosen for what was written here, one part at a time. It is a way of noticing patterns, not a diagnosis, a test or a score, and a handful of episodes cannot say who someone is. The categories are grouped from Luborsky and Crits-Christoph’s standard lists for the core conflictual relationship theme."
    )
  );
  const summary = element("div", { class: "pdc-patterns-summary" });
  const figure = element("figure", { class: "pdc-patterns-chart" });
  const holder = element("div", { class: "pdc-patterns-chart-holder" });
  const caption = element(
    "figcaption",
    { class: "pdc-muted" },
    "How many episodes each category was chosen in, one part at a time: what I wanted (wish), how they responded (response of other) and how I responded (response of self). Each bar is labelled with its category and its number; the most frequent category of each part is marked “most often”."
  );
  figure.append(holder, caption);
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
    }
  };
}

// frontend/widgets/pattern_finder.js
var episodes = (count) => plural(count, "episode", "episodes");
var extrasOf = (data) => ({ case: data.case === "fictional" ? "fictional" : "own" });
function formFields(categories) {
  const fields = [{ name: "who", label: "Who was it with?", kind: "text", hint: "A name or a role is enough, for example “my manager”." }];
  for (const part of PATTERN_PARTS) {
    const group = patternPartName(part);
    fields.push({ name: part.key, label: part.question, kind: "textarea", group });
    const options = [["", "(no category)"], ...categories[part.key].map((name) => [name, name])];
    fields.push({ name: part.category, label: `Category for ${part.plain} (optional)`, kind: "select", options, group });
  }
  return fields;
}
function episodeRow(episode) {
  const content = element("div");
  const who = element("p", { class: "pdc-patterns-who" });
  who.append(element("strong", {}, "With: "), element("span", { dir: "auto" }, episode.who));
  const details = element("dl", {});
  for (const part of PATTERN_PARTS) {
    details.append(element("dt", {}, `${part.plain[0].toUpperCase()}${part.plain.slice(1)} (${part.abbreviation}):`));
    const value = element("dd", {});
    value.append(element("span", { dir: "auto" }, episode[part.key]));
    const category = episode[part.category];
    value.append(" ", element("span", { class: `pdc-patterns-category${category ? "" : " pdc-muted"}` }, category ? `(category: ${category})` : "(no category)"));
    details.append(value);
  }
  content.append(who, details);
  return content;
}
function intro(readOnly, sampleName) {
  if (readOnly) {
    const text = `${sampleName} Reyes is a fictional person followed through this book. These are relationship episodes in her own words, so “I” is ${sampleName}: in each, what she wanted, how the other person responded and how she responded in turn. Nothing here is saved or can be changed.`;
    return [element("p", { class: "pdc-patterns-intro" }, text)];
  }
  const own = element(
    "p",
    { class: "pdc-patterns-intro" },
    "Write down a few moments with other people: who it was with, what you wanted, how they responded and how you responded. For each part you can also choose the closest category from Luborsky’s standard lists, so that the tally below can count what comes back. Everything stays on this device. "
  );
  const note = element("p", { class: "pdc-muted pdc-patterns-note" });
  note.append(
    "Writing about your own relationships can stir things up. You can work on the fictional case instead, write as little as you like, and stop at any time. Taking a slow breath and noticing what is around you can help. If things feel hard, see ",
    element("a", { href: pageHref("getting_help") }, "getting help now"),
    "."
  );
  return [own, note];
}
function render({ model, el, namespace, learner }) {
  const schema = model.get("schema");
  const itemSchema = schema.properties.episodes.items;
  const readOnly = Boolean(model.get("read_only"));
  const classDemo = isClassDemo(model);
  const widgetId = model.get("widget_id");
  const uid2 = uid(widgetId);
  const sampleName = model.get("sample_name") || "Nadia";
  const sample = { name: sampleName, items: model.get("sample_episodes") || [], extras: { case: "fictional" } };
  const cleanups = [];
  const root = element("section", { class: `pdc-widget pdc-patterns${readOnly ? " pdc-patterns-sample" : ""}`, "aria-labelledby": `${uid2}-title` });
  root.append(element("h3", { id: `${uid2}-title` }, model.get("title") || "Pattern finder"));
  if (model.get("chapter")) root.append(element("p", { class: "pdc-muted pdc-patterns-chapter" }, model.get("chapter")));
  root.append(...classDemo ? [classDemoNote()] : intro(readOnly, sampleName));
  const warnings = element("div", { class: "pdc-warning", role: "status", hidden: true });
  root.append(warnings);
  const showProblem = (message) => {
    warnings.append(element("p", {}, message));
    warnings.hidden = false;
  };
  const store = readOnly || classDemo ? null : createStore({
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
    }
  });
  const envelope = store ? store.loadEnvelope() : null;
  const saved = envelope ? envelope.data : readOnly ? { episodes: sample.items, case: "fictional" } : { episodes: [] };
  const undo = readOnly || classDemo ? null : undoStorage(namespace, widgetId);
  let latest = { episodes: Array.isArray(saved.episodes) ? saved.episodes : [], extras: extrasOf(saved) };
  let draft = draftOfSaved(saved, PATTERN_FIELDS);
  const savedData = () => withDraft({ episodes: latest.episodes, ...latest.extras }, draft);
  const sameList = (items, extras) => JSON.stringify([items, extras]) === JSON.stringify([latest.episodes, latest.extras]);
  const saving = listSaving({
    model,
    learner,
    store,
    saved: envelope,
    savedData,
    canAdopt: (entry) => entry.kind === "episodes" && Boolean(entry.data) && validate(schema, entry.data).length === 0,
    onAdopt: (data) => editor.adopt(data.episodes, extrasOf(data), "Loaded the episodes kept in the kernel's journal file (they were newer than this browser's copy)."),
    onProblem: showProblem,
    notSaving: "Kept on this page only: this browser is not saving."
  });
  const { persist, saveDraft } = saving;
  cleanups.push(saving.flush);
  const tally = createTallySection(uid2);
  const caseNote = element("p", { class: "pdc-patterns-case-note", hidden: true });
  const emptyNote = element("p", { class: "pdc-muted" }, "No episodes yet.");
  const confirm = createConfirm(uid2);
  confirm.element.classList.add("pdc-patterns-confirm");
  function showAround(items, extras) {
    tally.update(patternTally(items, schema));
    emptyNote.hidden = items.length > 0;
    caseNote.hidden = readOnly || extras.case !== "fictional";
    caseNote.textContent = caseNote.hidden ? "" : `You are working on the fictional case of ${sampleName} Reyes; the episodes are hers, and you can change them. To start your own list, remove all episodes.`;
  }
  const formProblems = (fields) => validate(itemSchema, { id: "e-check", ...episodeFromFields(fields) }).map(({ path, message }) => {
    const name = path.split("/")[1];
    return { field: PATTERN_FIELDS.includes(name) ? name : null, message };
  });
  const editor = createListEditor({
    idPrefix: uid2,
    fields: formFields(patternCategories(schema)),
    classes: {
      form: "pdc-patterns-form",
      list: "pdc-patterns-list",
      item: "pdc-patterns-episode",
      field: (name) => `pdc-patterns-field pdc-patterns-field-${name.replace("_", "-")}`
    },
    words: {
      noun: "episode",
      nouns: "episodes",
      listHeading: (n) => `${readOnly ? `${sampleName}’s episodes` : "Episodes"} (${n})`,
      sampleButton: `Work on the fictional case: ${sampleName}`,
      sampleQuestion: (n) => `This deletes the ${episodes(n)} here from this device and puts ${sampleName}’s ${sample.items.length} fictional episodes in their place. Undo brings yours back until you close this tab.`,
      sampleConfirm: `Delete mine and use ${sampleName}’s`,
      sampleKeep: "Keep these episodes",
      clearQuestion: (n) => `Remove all ${episodes(n)} from this list? You can undo it.`,
      clearConfirm: "Remove all",
      ...classDemo ? {
        ...CLASS_DEMO_WORDS,
        sampleQuestion: (n) => `This replaces the ${episodes(n)} in the demo with ${sampleName}’s ${sample.items.length} fictional episodes. Undo brings them back.`,
        sampleConfirm: `Use ${sampleName}’s`
      } : {}
    },
    readOnly,
    clearAtOnce: classDemo,
    textDirection,
    items: latest.episodes,
    extras: latest.extras,
    draft,
    undo: undo ? undo.load() : null,
    sample: readOnly ? null : sample,
    clearedExtras: { case: "own" },
    check: (items, extras) => (validate(schema, { episodes: items, ...extras })[0] || {}).message || "",
    describe: (episode) => episode.who,
    renderItem: episodeRow,
    validate: formProblems,
    toItem: episodeFromFields,
    toFields: fieldsOfEpisode,
    onChange: (items, change, extras) => {
      latest = { episodes: items, extras };
      showAround(items, extras);
      return change.adopted || readOnly ? "" : `${episodes(items.length)}. ${persist()}`;
    },
    onDraft: (next) => {
      draft = next;
      saveDraft();
    },
    onUndo: (snapshot) => undo && undo.save(snapshot),
    ask: listEditorAsk(confirm, (text) => editor.say(text), () => undoButton())
  });
  const undoButton = () => editor.parts.tools.querySelector("button");
  const { form, tools, status, listHeading, list } = editor.parts;
  if (readOnly) {
    root.append(listHeading, emptyNote, list, tally.section);
  } else {
    const toolsBox = element("div", { class: "pdc-patterns-tools" });
    tools.classList.add("pdc-patterns-buttons");
    toolsBox.append(caseNote, tools, confirm.element);
    root.append(toolsBox, form, listHeading, emptyNote, list, status, tally.section);
  }
  if (readOnly) printAsShown(root);
  else printNote(root, PRINT_NOTE);
  el.append(root);
  showAround(editor.model.items(), editor.model.extras());
  const onSample = () => {
    sample.items = model.get("sample_episodes") || [];
    if (readOnly) editor.adopt(sample.items, { case: "fictional" }, "");
  };
  model.on("change:sample_episodes", onSample);
  cleanups.push(() => model.off("change:sample_episodes", onSample));
  saving.connect();
  if (store) {
    const otherTabs = store.followOtherTabs({
      unsaved: saving.unsaved,
      adopt: (other) => {
        const data = other || { episodes: [] };
        const items = Array.isArray(data.episodes) ? data.episodes : [];
        saving.followedOtherTab();
        if (sameList(items, extrasOf(data))) return;
        editor.adopt(items, extrasOf(data), "");
      },
      saveMine: () => editor.say(persist())
    });
    warnings.after(otherTabs.element);
    cleanups.push(otherTabs.stop);
  }
  return () => {
    for (const cleanup of cleanups) cleanup();
  };
}
var pattern_finder_default = { render: forEachLearner(render) };
export {
  pattern_finder_default as default
};
