// Generated from frontend/widgets/journal.js by `make frontend`: do not edit it, edit the source and run that.

// frontend/lib/clock.js
function now() {
  return new Date(Date.now());
}
var pad = (number) => String(number).padStart(2, "0");
function dayOf(date) {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
function today() {
  return dayOf(now());
}

// frontend/lib/elements.js
var instanceCount = 0;
var CONTROLS = /* @__PURE__ */ new Set(["input", "select", "textarea", "button", "a"]);
function element(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  if (CONTROLS.has(tag)) node.setAttribute("data-lm-suppress-shortcuts", "true");
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === void 0) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
  if (text !== void 0) node.textContent = text;
  return node;
}
function uid(widgetId) {
  instanceCount += 1;
  return `pdc-${widgetId}-${instanceCount}`;
}
function textLength(text) {
  return [...text].length;
}

// frontend/lib/download.js
function download(filename, text, mimeType) {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = element("a", { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1e3);
}

// frontend/lib/review_schedule.js
var INTERVAL_DAYS = [1, 3, 7, 14, 30];
var LAST_BOX = INTERVAL_DAYS.length;
function dueByChapter(review, day) {
  const counts = {};
  for (const card of review.cards) {
    if (card.due <= day) counts[card.chapter] = (counts[card.chapter] || 0) + 1;
  }
  return counts;
}
function cardsPerBox(review) {
  const counts = INTERVAL_DAYS.map(() => 0);
  for (const card of review.cards) counts[card.box - 1] += 1;
  return counts;
}

// frontend/lib/journal_markdown.js
var OTHER_CHAPTER = "Other";
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var signed = (n) => n > 0 ? `+${n}` : String(n);
var withCategory = (text, category) => category ? `${text} [${category}]` : text;
var FIELD_NAMES = {
  age: "Age",
  year: "Year",
  label: "What happened",
  category: "Category",
  feeling: "How it felt",
  themes: "Themes",
  birth_year: "Year of birth",
  who: "With whom",
  wish: "I wanted",
  wish_category: "I wanted (category)",
  other: "They responded",
  other_category: "They responded (category)",
  self: "I responded",
  self_category: "I responded (category)"
};
function draftRows(data) {
  const draft = data && data.draft || {};
  const typed = { ...draft.fields || {} };
  if (typeof draft.birth_year_text === "string") typed.birth_year = draft.birth_year_text;
  const known = Object.keys(FIELD_NAMES).filter((name) => Object.hasOwn(typed, name));
  const others = Object.keys(typed).filter((name) => !Object.hasOwn(FIELD_NAMES, name)).sort(compareText);
  return [...known, ...others].filter((name) => typeof typed[name] === "string" && typed[name].trim() !== "").map((name) => [FIELD_NAMES[name] || name, typed[name]]);
}
function draftLines(data) {
  const rows = draftRows(data);
  if (!rows.length) return [];
  return ["", "Not yet added: a draft, kept as you typed it.", "", ...rows.map(([name, text]) => `- ${name}: ${text}`)];
}
function reviewLines(data) {
  const chapterNumber = (chapter) => String(Number(chapter.slice(-2)));
  const chosen = data.chapters.length ? data.chapters.map(chapterNumber).join(", ") : "none yet";
  const boxes = cardsPerBox(data).map((count, index) => [index + 1, count]).filter(([, count]) => count).map(([box, count]) => `box ${box}: ${count}`);
  const met = data.cards.length ? `${data.cards.length} (${boxes.join(", ")})` : "none yet";
  const cards = [...data.cards].sort((a, b) => compareText(a.due + a.id, b.due + b.id)).map((card) => `Chapter ${chapterNumber(card.chapter)}, ${card.id}: box ${card.box}, back on ${card.due}, last seen ${card.seen}`);
  let draft = "";
  if (data.draft && data.draft.card) {
    draft = `On screen when you left: ${data.draft.card}`;
    if (data.draft.choices && data.draft.choices.length) draft += `, options chosen: ${data.draft.choices.map((n) => n + 1).join(", ")}`;
    if (data.draft.revealed) draft += ", answer shown";
    draft += ".";
  }
  return { summary: `Chapters chosen for review: ${chosen}. Cards met: ${met}.`, cards, draft };
}
var MARKDOWN = {
  reflection(data) {
    if (data.mode === "skipped") {
      const lines2 = ["(You chose to skip this reflection.)"];
      if (data.text.trim()) lines2.push("", "What you wrote before choosing to skip, kept at your choice:", "", data.text);
      return lines2;
    }
    const lines = data.mode === "fictional" ? ["(Written about the fictional person, not about yourself.)", ""] : [];
    lines.push(data.text.trim() ? data.text : "(No answer written.)");
    return lines;
  },
  quiz(data) {
    let line = `Questions checked: ${Object.keys(data.status).length}.`;
    const chosen = Object.values(data.selections).filter((choice) => Array.isArray(choice) && choice.length > 0).length;
    if (chosen) line += ` Your choices are kept for ${chosen} ${chosen === 1 ? "question" : "questions"}, to show when you come back.`;
    return [`${line} (Self-checks are never scored.)`];
  },
  timeline(data) {
    const birth = "birth_year" in data ? [`Year of birth: ${data.birth_year}`, ""] : [];
    if (!data.events.length) return [...birth, "(No events.)", ...draftLines(data)];
    const events = data.events.map((event) => {
      const when = "age" in event ? `Age ${event.age}` : `Year ${event.year}`;
      const themes = (event.themes || []).join(", ");
      let detail = `${event.category}; felt ${signed(event.feeling)}`;
      if (themes) detail += `; themes: ${themes}`;
      return `- ${when}: ${event.label} (${detail})`;
    });
    return [...birth, ...events, ...draftLines(data)];
  },
  episodes(data) {
    if (!data.episodes.length) return ["(No episodes.)", ...draftLines(data)];
    const intro = data.case === "fictional" ? ["(The fictional case, not your own episodes.)", ""] : [];
    const episodes = data.episodes.flatMap((episode, index) => [
      `${index + 1}. With ${episode.who}`,
      `   - I wanted: ${withCategory(episode.wish, episode.wish_category || "")}`,
      `   - They responded: ${withCategory(episode.other, episode.other_category || "")}`,
      `   - I responded: ${withCategory(episode.self, episode.self_category || "")}`
    ]);
    return [...intro, ...episodes, ...draftLines(data)];
  },
  review(data) {
    const { summary, cards, draft } = reviewLines(data);
    return [summary, ...cards.length ? ["", ...cards.map((line) => `- ${line}`)] : [], ...draft ? ["", draft] : []];
  }
};
function groupByChapter(entries) {
  const chapters = [...new Set(entries.map((e) => e.chapter || OTHER_CHAPTER))].sort(compareText);
  return chapters.map((chapter) => [
    chapter,
    entries.filter((e) => (e.chapter || OTHER_CHAPTER) === chapter).sort((a, b) => compareText(a.title || a.widget_id, b.title || b.widget_id))
  ]);
}
function journalToMarkdown(journal) {
  const lines = ["# My journal", "", "Everything you saved in this course book, exported from your device.", ""];
  const entries = Object.values(journal.entries);
  if (!entries.length) lines.push("(Nothing saved yet.)", "");
  for (const [chapter, inChapter] of groupByChapter(entries)) {
    lines.push(`## ${chapter}`, "");
    for (const entry of inChapter) {
      lines.push(`### ${entry.title || entry.widget_id}`, "", ...MARKDOWN[entry.kind](entry.data), "");
    }
  }
  return lines.join("\n");
}

// frontend/lib/journal_progress.js
var CHAPTERS = ["01", "02", "03", "04", "05", "06", "07", "08", "09"].map((number) => `chapter-${number}`);
var plural = (count, one, many) => `${count} ${count === 1 ? one : many}`;
function chapterProgress(entries, day) {
  const review = entries.find((entry) => entry.kind === "review");
  const due = review ? dueByChapter(review.data, day) : {};
  const reviewing = new Set(review ? [...review.data.chapters, ...review.data.cards.map((card) => card.chapter)] : []);
  return CHAPTERS.map((chapter) => {
    const own = entries.filter((entry) => entry.widget_id.startsWith(`${chapter}-`));
    const checked = own.filter((entry) => entry.kind === "quiz").reduce((count, entry) => count + Object.keys(entry.data.status).length, 0);
    const written = own.filter(
      (entry) => entry.kind === "reflection" && entry.data.mode !== "skipped" && entry.data.text.trim() !== ""
    ).length;
    let reviewPhrase = "Not chosen for review";
    if (due[chapter]) reviewPhrase = `${plural(due[chapter], "card", "cards")} due`;
    else if (reviewing.has(chapter)) reviewPhrase = "Nothing due today";
    return {
      chapter,
      name: `Chapter ${Number(chapter.slice(-2))}`,
      selfCheck: checked ? `${plural(checked, "question", "questions")} checked` : "Not tried yet",
      reflection: written ? `${plural(written, "reflection", "reflections")} written` : "None written yet",
      review: reviewPhrase
    };
  });
}
function progressTable(rows) {
  const head = element("tr");
  for (const name of ["Chapter", "Self-check", "Reflection", "Review today"]) head.append(element("th", { scope: "col" }, name));
  const body = element("tbody");
  for (const row of rows) {
    const line = element("tr");
    line.append(element("th", { scope: "row" }, row.name));
    for (const phrase of [row.selfCheck, row.reflection, row.review]) line.append(element("td", {}, phrase));
    body.append(line);
  }
  const table = element("table", { class: "pdc-journal-progress" });
  const thead = element("thead");
  thead.append(head);
  table.append(element("caption", {}, "At a glance, chapter by chapter (nothing here is scored)"), thead, body);
  return table;
}

// frontend/lib/validate.js
function typeOf(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}
function typeMatches(expected, value) {
  const actual = typeOf(value);
  const allowed = Array.isArray(expected) ? expected : [expected];
  return allowed.some((type) => type === actual || type === "number" && actual === "integer");
}
var CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF]/u;
var CONTROL_CHARACTERS_MESSAGE = "This contains invisible control characters, perhaps from a paste. Remove them to save; your last saved version is kept.";
function validate(schema, value, path = "") {
  const fail = (generic) => [{ path, message: schema["x-message"] || generic }];
  if (schema.anyOf) {
    const passes = schema.anyOf.some((option) => validate(option, value, path).length === 0);
    if (!passes) return fail("This value is not in an accepted form.");
  }
  if (schema.type !== void 0 && !typeMatches(schema.type, value)) {
    return fail(`Expected ${[].concat(schema.type).join(" or ")}.`);
  }
  if (schema.const !== void 0 && value !== schema.const) {
    return fail(`Expected ${JSON.stringify(schema.const)}.`);
  }
  if (schema.enum && !schema.enum.includes(value)) {
    return fail(`Choose one of: ${schema.enum.join(", ")}.`);
  }
  if (typeof value === "string") {
    if (schema["x-no-control-characters"] && CONTROL_CHARACTERS.test(value)) {
      return [{ path, message: CONTROL_CHARACTERS_MESSAGE }];
    }
    const length = textLength(value);
    if (schema.minLength !== void 0 && length < schema.minLength) return fail("This is too short.");
    if (schema.maxLength !== void 0 && length > schema.maxLength) {
      return fail(`This is ${length - schema.maxLength} characters over the limit of ${schema.maxLength}.`);
    }
    if (schema.pattern !== void 0 && !new RegExp(schema.pattern, "u").test(value)) {
      return fail("This is not in the expected form.");
    }
  }
  if (typeof value === "number") {
    if (schema.minimum !== void 0 && value < schema.minimum) return fail(`The smallest allowed value is ${schema.minimum}.`);
    if (schema.maximum !== void 0 && value > schema.maximum) return fail(`The largest allowed value is ${schema.maximum}.`);
    if (schema["x-not-after-this-year"] && value > (/* @__PURE__ */ new Date()).getFullYear()) {
      return fail("That year has not happened yet.");
    }
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== void 0 && value.length < schema.minItems) return fail("This list is too short.");
    if (schema.maxItems !== void 0 && value.length > schema.maxItems) {
      return fail(`This list can hold at most ${schema.maxItems} items.`);
    }
    if (schema.items) {
      return value.flatMap((item, index) => validate(schema.items, item, `${path}/${index}`));
    }
  }
  if (typeOf(value) === "object") {
    const errors = [];
    for (const name of schema.required || []) {
      if (!(name in value)) {
        const property = schema.properties?.[name] || {};
        errors.push({ path: `${path}/${name}`, message: property["x-message"] || `${name} is required.` });
      }
    }
    for (const [name, item] of Object.entries(value)) {
      const properties = schema.properties || {};
      const property = Object.hasOwn(properties, name) ? properties[name] : void 0;
      if (property) errors.push(...validate(property, item, `${path}/${name}`));
      else if (schema.additionalProperties === false) {
        errors.push({ path: `${path}/${name}`, message: `Unexpected field "${name}".` });
      }
    }
    return errors;
  }
  return [];
}

// frontend/lib/journal_read.js
var SCHEMA_OF_KIND = { reflection: "reflection", quiz: "quiz-progress", timeline: "timeline", episodes: "episodes", review: "review" };
function entryProblems(entry, schemas, path) {
  const problems = validate(schemas.entry, entry, path);
  if (problems.length) return problems;
  return validate(schemas[SCHEMA_OF_KIND[entry.kind]], entry.data, `${path}/data`);
}
function journalProblems(journal, courseId, schemas) {
  if (typeOf(journal) !== "object" || journal.format !== "psychodynamic-course-journal") {
    return [{ path: "", message: "This file is not a journal exported from this book." }];
  }
  const problems = validate(schemas.journal, journal);
  if (problems.length) return problems;
  if (journal.course_id !== courseId) {
    return [{ path: "/course_id", message: "This journal belongs to a different course book." }];
  }
  return Object.entries(journal.entries).flatMap(([widgetId, entry]) => {
    const found = entryProblems(entry, schemas, `/entries/${widgetId}`);
    if (!found.length && (entry.widget_id !== widgetId || entry.course_id !== courseId)) {
      return [{ path: `/entries/${widgetId}`, message: "This entry belongs somewhere else." }];
    }
    return found;
  });
}
function readBrowserJournal(courseId, namespace, schemas, storage) {
  const journal = { format: "psychodynamic-course-journal", version: 1, course_id: courseId, entries: {} };
  const unreadable = [];
  let setAside = 0;
  if (!storage) return { journal, unreadable, setAside };
  const prefix = `${namespace}:`;
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (!key?.startsWith(prefix)) continue;
    const widgetId = key.slice(prefix.length);
    if (widgetId.includes(":")) {
      setAside += 1;
      continue;
    }
    try {
      const entry = JSON.parse(storage.getItem(key));
      if (entryProblems(entry, schemas, "").length === 0 && entry.widget_id === widgetId && entry.course_id === courseId) {
        journal.entries[widgetId] = entry;
        continue;
      }
    } catch {
    }
    unreadable.push(widgetId);
  }
  return { journal, unreadable, setAside };
}

// frontend/lib/journal_view.js
var signed2 = (n) => n > 0 ? `+${n}` : String(n);
function savedOn(savedAt) {
  const date = new Date(savedAt);
  const line = element("p", { class: "pdc-muted pdc-journal-date" }, "Saved ");
  line.append(element("time", { datetime: date.toISOString() }, date.toLocaleDateString(void 0, { dateStyle: "long" })));
  return line;
}
function paragraphs(text) {
  return text.split(/\n{2,}/).map((block) => element("p", { class: "pdc-journal-text" }, block));
}
function pairs(rows) {
  const list = element("dl", { class: "pdc-journal-pairs" });
  for (const [name, value] of rows) list.append(element("dt", {}, name), element("dd", {}, value));
  return list;
}
var VIEW = {
  reflection(data) {
    if (data.mode === "skipped") {
      const nodes2 = [element("p", {}, "(You chose to skip this reflection.)")];
      if (data.text.trim()) nodes2.push(element("p", {}, "What you wrote before choosing to skip, kept at your choice:"), ...paragraphs(data.text));
      return nodes2;
    }
    const nodes = data.mode === "fictional" ? [element("p", {}, "(Written about the fictional person, not about yourself.)")] : [];
    return nodes.concat(data.text.trim() ? paragraphs(data.text) : [element("p", {}, "(No answer written.)")]);
  },
  quiz(data) {
    const checked = Object.keys(data.status).length;
    const chosen = Object.values(data.selections).filter((choice) => Array.isArray(choice) && choice.length > 0).length;
    let text = `Questions checked: ${checked}.`;
    if (chosen) text += ` Your choices are kept for ${chosen} ${chosen === 1 ? "question" : "questions"}, to show when you come back.`;
    return [element("p", {}, `${text} (Self-checks are never scored.)`)];
  },
  timeline(data) {
    const nodes = "birth_year" in data ? [element("p", {}, `Year of birth: ${data.birth_year}`)] : [];
    if (!data.events.length) return [...nodes, element("p", {}, "(No events.)")];
    const list = element("ul", { class: "pdc-journal-list" });
    for (const event of data.events) {
      const when = "age" in event ? `Age ${event.age}` : `Year ${event.year}`;
      const themes = (event.themes || []).join(", ");
      let detail = `${event.category}, felt ${signed2(event.feeling)}`;
      if (themes) detail += `, themes: ${themes}`;
      list.append(element("li", {}, `${when}: ${event.label} (${detail})`));
    }
    return [...nodes, list];
  },
  episodes(data) {
    if (!data.episodes.length) return [element("p", {}, "(No episodes.)")];
    const nodes = data.case === "fictional" ? [element("p", {}, "(The fictional case, not your own episodes.)")] : [];
    const list = element("ol", { class: "pdc-journal-list" });
    const part = (text, category) => category ? `${text} (${category})` : text;
    for (const episode of data.episodes) {
      const item = element("li", {}, `With ${episode.who}`);
      item.append(
        pairs([
          ["I wanted", part(episode.wish, episode.wish_category)],
          ["They responded", part(episode.other, episode.other_category)],
          ["I responded", part(episode.self, episode.self_category)]
        ])
      );
      list.append(item);
    }
    return [...nodes, list];
  },
  review(data) {
    const { summary, cards, draft } = reviewLines(data);
    const nodes = [element("p", {}, summary)];
    if (cards.length) {
      const list = element("ul", { class: "pdc-journal-list" });
      list.append(...cards.map((line) => element("li", {}, line)));
      nodes.push(list);
    }
    if (draft) nodes.push(element("p", {}, draft));
    return nodes;
  }
};
function entryArticle(entry, savedOnNode, onDeleteDraft) {
  const item = element("article", { class: "pdc-journal-entry", "data-widget-id": entry.widget_id });
  item.append(element("h5", { tabindex: "-1" }, entry.title || entry.widget_id), savedOnNode);
  const body = element("div", { class: "pdc-journal-body" });
  body.append(...VIEW[entry.kind](entry.data));
  const rows = draftRows(entry.data);
  if (rows.length) {
    const draft = element("div", { class: "pdc-journal-draft" });
    draft.append(element("p", {}, "Not yet added: a draft, kept as you typed it."), pairs(rows));
    const button = element("button", { type: "button", class: "pdc-button pdc-danger" }, `Delete this draft: ${entry.title || entry.widget_id}`);
    button.addEventListener("click", () => onDeleteDraft(entry, button));
    draft.append(button);
    body.append(draft);
  }
  item.append(body);
  return item;
}

// frontend/lib/kernel.js
function sendAsLearner(model, learner) {
  return (content) => {
    if (!learner) return;
    try {
      model.send({ ...content, learner });
    } catch {
    }
  };
}

// frontend/lib/storage.js
function isQuotaError(error) {
  return Boolean(error) && (error.name === "QuotaExceededError" || error.name === "NS_ERROR_DOM_QUOTA_REACHED");
}
function localStorageOrNull() {
  try {
    const storage = window.localStorage;
    const probe = "pdc-storage-probe";
    storage.getItem(probe);
    try {
      storage.setItem(probe, probe);
      storage.removeItem(probe);
    } catch (error) {
      if (!isQuotaError(error)) return null;
    }
    return storage;
  } catch {
    return null;
  }
}

// frontend/lib/learners.js
var LEARNER_ID = /^[A-Za-z0-9_-]{16,64}$/;
function forEachLearner(render2) {
  return ({ model, el }) => {
    const courseId = model.get("course_id");
    forgetEndedSharedSessions(courseId);
    const start = (learner) => render2({ model, el, learner, namespace: learner ? `${courseId}@${learner}` : courseId });
    if (model.get("read_only") || model.get("class_demo") || document.documentElement.hasAttribute("data-pdc-no-kernel")) {
      return start(null);
    }
    try {
      model.send({ type: "learner" });
    } catch {
      return start(null);
    }
    el.replaceChildren(element("p", { class: "pdc-muted", role: "status" }, "Opening your saved work from the journal file…"));
    let cleanup = null;
    let stopped = false;
    const answer = (content) => {
      if (content?.type !== "learner") return;
      model.off("msg:custom", answer);
      if (stopped) return;
      if (typeof content.learner === "string" && LEARNER_ID.test(content.learner)) {
        cleanup = start(content.learner);
      } else {
        const message = "This exercise could not tell whose journal this is, so it shows nothing. Run the cell again.";
        el.replaceChildren(element("p", { class: "pdc-warning", role: "status" }, message));
      }
    };
    model.on("msg:custom", answer);
    return () => {
      stopped = true;
      model.off("msg:custom", answer);
      if (typeof cleanup === "function") cleanup();
    };
  };
}
var SHARED_COMPUTER_KEY = "/shared-computer";
function sessionCookie(courseId) {
  return `${courseId.replace(/[^A-Za-z0-9_-]/g, "_")}-open=1`;
}
function markSessionOpen(courseId) {
  document.cookie = `${sessionCookie(courseId)}; path=/; SameSite=Strict`;
  return document.cookie.split("; ").includes(sessionCookie(courseId));
}
function deleteNamespace(storage, namespace) {
  const keys = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key?.startsWith(`${namespace}:`)) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
}
function forgetEndedSharedSessions(courseId) {
  const storage = localStorageOrNull();
  if (!storage) return;
  const namespaces = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (!key?.endsWith(SHARED_COMPUTER_KEY)) continue;
    const namespace = key.slice(0, -SHARED_COMPUTER_KEY.length);
    if (namespace === courseId || namespace.startsWith(`${courseId}@`)) namespaces.push(namespace);
  }
  if (!namespaces.length || document.cookie.split("; ").includes(sessionCookie(courseId))) return;
  if (!markSessionOpen(courseId)) return;
  for (const namespace of namespaces) deleteNamespace(storage, namespace);
}
function isSharedComputer(storage, namespace) {
  return storage.getItem(`${namespace}${SHARED_COMPUTER_KEY}`) === "1";
}
function setSharedComputer(storage, courseId, namespace, on) {
  const key = `${namespace}${SHARED_COMPUTER_KEY}`;
  if (!on) {
    storage.removeItem(key);
    return true;
  }
  if (!markSessionOpen(courseId)) return false;
  try {
    storage.setItem(key, "1");
  } catch {
    return false;
  }
  return true;
}

// frontend/widgets/journal.js
var MAX_IMPORT_BYTES = 5e6;
var SHARED_COMPUTER = {
  book: {
    note: "Anyone who uses this browser on this device can open this page and read what you saved. On a shared computer, read the book in a private window, whose storage goes when it closes, or delete everything before you leave.",
    label: "This is a shared computer: delete everything this book saved in this browser once the browser is closed"
  },
  kernel: {
    note: "In Jupyter your entries are kept in your journal file, and a copy in this browser that the book shows only to your Jupyter account. Anyone who uses this browser could still read that copy with the browser's developer tools: on a shared computer, delete it when you finish.",
    label: "This is a shared computer: delete this browser's copy once the browser is closed (your journal file keeps everything)"
  }
};
function render({ model, el, namespace, learner }) {
  const courseId = model.get("course_id");
  const schemas = model.get("schemas");
  const idPrefix = uid(model.get("widget_id"));
  const storage = localStorageOrNull();
  const root = element("section", { class: "pdc-widget pdc-journal", "aria-labelledby": `${idPrefix}-title` });
  const heading = element("h3", { id: `${idPrefix}-title` }, "Everything you saved in this book");
  const summary = element("p", { class: "pdc-muted" });
  const warning = element("p", { class: "pdc-warning", role: "status" });
  warning.hidden = true;
  const showWarning = (message) => {
    warning.textContent = message;
    warning.hidden = false;
  };
  let importWarning = null;
  if (!storage) {
    showWarning("This browser is not letting the book save anything, so there is nothing stored here to show.");
  }
  const exportBar = element("div", { class: "pdc-journal-actions", role: "group", "aria-label": "Export or print" });
  const exportMarkdown = element("button", { type: "button", class: "pdc-button" }, "Export as Markdown");
  const exportJson = element("button", { type: "button", class: "pdc-button" }, "Export as JSON (to import later)");
  const printButton = element("button", { type: "button", class: "pdc-button" }, "Print my journal");
  exportBar.append(exportMarkdown, exportJson, printButton);
  const importBox = element("div", { class: "pdc-journal-import" });
  const importLabel = element("label", { for: `${idPrefix}-import` }, "Import a journal exported as JSON");
  const importInput = element("input", {
    type: "file",
    id: `${idPrefix}-import`,
    accept: ".json,application/json",
    "aria-describedby": `${idPrefix}-import-error`
  });
  const importError = element("p", { id: `${idPrefix}-import-error`, class: "pdc-field-error", "aria-live": "polite" });
  const importPlan = element("div", { class: "pdc-warning", role: "group", "aria-labelledby": `${idPrefix}-plan` });
  importPlan.hidden = true;
  importBox.append(importLabel, importInput, importError, importPlan);
  const words = SHARED_COMPUTER[learner ? "kernel" : "book"];
  const shared = element("div", { class: "pdc-journal-shared" });
  const sharedBox = element("input", { type: "checkbox", id: `${idPrefix}-shared`, "aria-describedby": `${idPrefix}-shared-note ${idPrefix}-shared-error` });
  const sharedRow = element("div", { class: "pdc-journal-shared-choice" });
  sharedRow.append(sharedBox, element("label", { for: `${idPrefix}-shared` }, words.label));
  const sharedError = element("p", { id: `${idPrefix}-shared-error`, class: "pdc-field-error", "aria-live": "polite" });
  shared.append(element("p", { id: `${idPrefix}-shared-note` }, words.note), sharedRow, sharedError);
  sharedBox.checked = Boolean(storage) && isSharedComputer(storage, namespace);
  sharedBox.disabled = !storage;
  const deleteButton = element("button", { type: "button", class: "pdc-button pdc-secondary" }, "Delete everything");
  const deleteConfirm = element("div", { class: "pdc-warning pdc-journal-delete", role: "group", "aria-labelledby": `${idPrefix}-delete` });
  deleteConfirm.append(
    element("p", { id: `${idPrefix}-delete` }, "Delete everything this book saved on this device? Export first if you want a copy. This cannot be undone.")
  );
  const deleteYes = element("button", { type: "button", class: "pdc-button pdc-danger" }, "Delete everything");
  const deleteNo = element("button", { type: "button", class: "pdc-button pdc-secondary" }, "Cancel");
  deleteConfirm.append(deleteYes, deleteNo);
  deleteConfirm.hidden = true;
  const status = element("p", { class: "pdc-status", role: "status" });
  const list = element("div", { class: "pdc-journal-entries" });
  const progress = element("div", { class: "pdc-journal-glance" });
  root.append(heading, summary, progress, warning, shared, exportBar, importBox, list, deleteButton, deleteConfirm, status);
  el.replaceChildren(root);
  let current = readBrowserJournal(courseId, namespace, schemas, storage);
  function draw() {
    current = readBrowserJournal(courseId, namespace, schemas, storage);
    const entries = Object.values(current.journal.entries);
    summary.textContent = entries.length ? `${entries.length} saved ${entries.length === 1 ? "item" : "items"}, kept in this browser on this device${learner ? " and in your journal file" : ""}.` : "Nothing is saved yet. Reflections, quizzes, your timeline and your relationship episodes appear here once you use them.";
    const notes = [];
    if (current.unreadable.length) {
      notes.push(`${current.unreadable.length} saved item(s) could not be read and are not shown; they were left untouched.`);
    }
    if (current.setAside) {
      notes.push(`${current.setAside} older cop${current.setAside === 1 ? "y" : "ies"} that could not be read ${current.setAside === 1 ? "is" : "are"} kept aside in this browser, untouched.`);
    }
    if (notes.length) showWarning(notes.join(" "));
    progress.replaceChildren(...entries.length ? [progressTable(chapterProgress(entries, today()))] : []);
    const sections = groupByChapter(entries).map(([chapter, inChapter]) => {
      const section = element("section", { class: "pdc-journal-chapter" });
      section.append(element("h4", {}, chapter));
      for (const entry of inChapter) {
        const item = entryArticle(entry, savedOn(entry.saved_at), deleteDraft);
        section.append(item);
      }
      return section;
    });
    list.replaceChildren(...sections);
    exportMarkdown.disabled = exportJson.disabled = printButton.disabled = entries.length === 0;
    deleteButton.disabled = entries.length === 0;
  }
  const send = sendAsLearner(model, learner);
  model.on("msg:custom", (content) => {
    if (!content) return;
    if (content.type === "problem") showWarning(content.message);
    if (content.type === "all" && content.journal && journalProblems(content.journal, courseId, schemas).length === 0) {
      for (const [widgetId, entry] of Object.entries(content.journal.entries)) {
        const mine = current.journal.entries[widgetId];
        if (!mine || entry.saved_at > mine.saved_at) writeEntry(entry);
      }
      draw();
    }
  });
  function writeEntry(entry) {
    storage.setItem(`${namespace}:${entry.widget_id}`, JSON.stringify(entry));
  }
  function deleteDraft(entry) {
    const { draft: _draft, ...data } = entry.data;
    const kept = { ...entry, data, saved_at: Date.now() };
    try {
      writeEntry(kept);
    } catch (error) {
      showWarning(isQuotaError(error) ? "This browser's storage is full, so the draft could not be deleted. Nothing was changed." : "This browser refused the change, so the draft was not deleted.");
      return;
    }
    send({ type: "import", journal: { ...current.journal, entries: { [kept.widget_id]: kept } } });
    draw();
    status.textContent = `The draft in “${entry.title || entry.widget_id}” was deleted.`;
    list.querySelector(`[data-widget-id="${CSS.escape(kept.widget_id)}"] h5`)?.focus();
  }
  sharedBox.addEventListener("change", () => {
    sharedError.textContent = "";
    sharedBox.removeAttribute("aria-invalid");
    if (!setSharedComputer(storage, courseId, namespace, sharedBox.checked)) {
      sharedBox.checked = false;
      sharedBox.setAttribute("aria-invalid", "true");
      sharedError.textContent = "This browser does not let the book do this here (a page opened from a file, cookies turned off, or storage full). Use a private window, or delete everything before you leave.";
      return;
    }
    status.textContent = sharedBox.checked ? "Done. Once this browser is closed, everything listed here is deleted when the book is next opened on it." : "Done. What you save here stays after the browser is closed.";
  });
  exportMarkdown.addEventListener("click", () => {
    download("my-journal.md", journalToMarkdown(current.journal), "text/markdown");
    status.textContent = "Your journal was downloaded as my-journal.md.";
  });
  exportJson.addEventListener("click", () => {
    const exported = { ...current.journal, exported_at: (/* @__PURE__ */ new Date()).toISOString() };
    download("my-journal.json", JSON.stringify(exported, null, 2), "application/json");
    status.textContent = "Your journal was downloaded as my-journal.json. Import it here to restore it.";
  });
  printButton.addEventListener("click", () => {
    window.print();
  });
  function refuseImport(message) {
    importError.textContent = message;
    importInput.setAttribute("aria-invalid", "true");
    importPlan.hidden = true;
  }
  importInput.addEventListener("change", async () => {
    importError.textContent = "";
    importInput.removeAttribute("aria-invalid");
    importPlan.hidden = true;
    const file = importInput.files?.[0];
    if (!file) return;
    if (!storage) {
      refuseImport("This browser is not letting the book save anything, so nothing can be imported here. Nothing was changed.");
      return;
    }
    if (file.size > MAX_IMPORT_BYTES) {
      refuseImport("This file is too large to be a journal from this book. Nothing was changed.");
      return;
    }
    let incoming;
    try {
      incoming = JSON.parse(await file.text());
    } catch {
      refuseImport("This file is not valid JSON (it may be cut short or damaged). Nothing was changed.");
      return;
    }
    const problems = journalProblems(incoming, courseId, schemas);
    if (problems.length) {
      refuseImport(`${problems[0].message} Nothing was changed.`);
      return;
    }
    showPlan(incoming);
  });
  let pending = null;
  function showPlan(incoming) {
    pending = incoming;
    const added = [];
    const replaced = [];
    let unchanged = 0;
    for (const [widgetId, entry] of Object.entries(incoming.entries)) {
      const mine = current.journal.entries[widgetId];
      if (!mine) added.push(entry);
      else if (JSON.stringify(mine) === JSON.stringify(entry)) unchanged += 1;
      else replaced.push(entry);
    }
    const names = (list2) => list2.map((e) => e.title || e.widget_id).join("; ");
    importPlan.replaceChildren();
    const plan = element("p", { id: `${idPrefix}-plan` });
    const parts = [];
    if (added.length) parts.push(`add ${added.length} saved ${added.length === 1 ? "item" : "items"} (${names(added)})`);
    if (replaced.length) parts.push(`replace ${replaced.length} saved ${replaced.length === 1 ? "item" : "items"} you already have (${names(replaced)})`);
    if (unchanged) parts.push(`leave ${unchanged} saved ${unchanged === 1 ? "item" : "items"} unchanged`);
    if (!added.length && !replaced.length) {
      pending = null;
      plan.textContent = "This file holds nothing new: everything in it is already saved here. Nothing was changed.";
      importPlan.append(plan);
      importPlan.hidden = false;
      return;
    }
    plan.textContent = `Importing this file will ${parts.join(", ")}. Go ahead?`;
    const yes = element("button", { type: "button", class: "pdc-button" }, "Yes, import");
    const no = element("button", { type: "button", class: "pdc-button pdc-secondary" }, "Cancel");
    importPlan.append(plan, yes, no);
    importPlan.hidden = false;
    yes.focus();
    no.addEventListener("click", () => {
      pending = null;
      importPlan.hidden = true;
      importInput.value = "";
      status.textContent = "Import cancelled. Nothing was changed.";
    });
    yes.addEventListener("click", () => {
      const changed = [...added, ...replaced];
      let written = 0;
      try {
        for (const entry of changed) {
          writeEntry(entry);
          written += 1;
        }
      } catch (error) {
        importWarning = isQuotaError(error) ? "This browser's storage is full, so the import could not finish. Everything saved before was kept; free some space, then choose Yes, import again." : "This browser refused to save the import. Everything saved before was kept.";
        showWarning(importWarning);
        draw();
        showPlan(incoming);
        status.textContent = `Imported ${written} of ${changed.length} ${changed.length === 1 ? "item" : "items"}; the rest is not saved yet.`;
        return;
      }
      send({ type: "import", journal: { ...incoming, entries: Object.fromEntries(changed.map((e) => [e.widget_id, e])) } });
      pending = null;
      importPlan.hidden = true;
      importInput.value = "";
      if (importWarning !== null && warning.textContent === importWarning) warning.hidden = true;
      importWarning = null;
      status.textContent = `Imported ${changed.length} ${changed.length === 1 ? "item" : "items"}.`;
      draw();
    });
  }
  deleteButton.addEventListener("click", () => {
    deleteConfirm.hidden = false;
    deleteNo.focus();
  });
  deleteNo.addEventListener("click", () => {
    deleteConfirm.hidden = true;
    deleteButton.focus();
  });
  deleteYes.addEventListener("click", () => {
    for (const widgetId of Object.keys(current.journal.entries)) {
      if (storage) storage.removeItem(`${namespace}:${widgetId}`);
    }
    send({ type: "clear-all" });
    deleteConfirm.hidden = true;
    status.textContent = "Everything this book saved on this device was deleted.";
    draw();
  });
  if (storage) {
    window.addEventListener("storage", (event) => {
      if (event.key !== null && !event.key.startsWith(`${namespace}:`)) return;
      draw();
      if (pending) showPlan(pending);
      status.textContent = "The list was updated: another tab of this book saved a change.";
    });
  }
  draw();
  send({ type: "load-all" });
}
var journal_default = { render: forEachLearner(render) };
export {
  journal_default as default
};
