// Generated from frontend/widgets/pattern_finder.js by `make frontend`: do not edit it, edit the source and run that.

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
var RIGHT_TO_LEFT = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/u;
function textDirection(text) {
  const letter = text.slice(0, 2e3).match(/\p{L}/u);
  return letter && RIGHT_TO_LEFT.test(letter[0]) ? "rtl" : "ltr";
}
function followTextDirection(field) {
  field.addEventListener("input", () => {
    field.dir = textDirection(field.value);
  });
  return field;
}
function setFieldText(field, text) {
  field.value = text;
  field.dir = textDirection(text);
}
function uid(widgetId) {
  instanceCount += 1;
  return `pdc-${widgetId}-${instanceCount}`;
}
function textLength(text) {
  return [...text].length;
}
function newId() {
  return `e${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}
function pageHref(name) {
  if (window.location.pathname.endsWith(".html")) return `${name}.html`;
  return name === "my_journal" ? "my_journal.ipynb" : `${name}.md`;
}

// frontend/lib/confirm.js
function createConfirm(idPrefix) {
  const box = element("div", { class: "pdc-confirm", role: "group", "aria-labelledby": `${idPrefix}-confirm-text` });
  const question = element("p", { id: `${idPrefix}-confirm-text` });
  const confirmButton = element("button", { type: "button", class: "pdc-button pdc-danger" }, "");
  const keepButton = element("button", { type: "button", class: "pdc-button pdc-secondary" }, "");
  box.append(question, confirmButton, " ", keepButton);
  box.hidden = true;
  let pending = null;
  const close = (choice) => {
    const asked = pending;
    pending = null;
    box.hidden = true;
    if (!asked) return;
    const callback = choice === "confirm" ? asked.onConfirm : asked.onKeep;
    if (callback) callback();
    const lost = !document.activeElement || document.activeElement === document.body || box.contains(document.activeElement);
    if (lost && asked.returnTo && !asked.returnTo.disabled) asked.returnTo.focus();
  };
  confirmButton.addEventListener("click", () => close("confirm"));
  keepButton.addEventListener("click", () => close("keep"));
  return {
    element: box,
    /** Ask `questionText`; confirmLabel says what will be deleted, keepLabel what is kept. */
    ask(questionText, confirmLabel, keepLabel, onConfirm, returnTo, onKeep) {
      question.textContent = questionText;
      confirmButton.textContent = confirmLabel;
      keepButton.textContent = keepLabel;
      pending = { onConfirm, onKeep, returnTo };
      box.hidden = false;
      confirmButton.focus();
    },
    /** Close without an answer (the thing asked about went away). */
    close() {
      pending = null;
      box.hidden = true;
    },
    get open() {
      return !box.hidden;
    }
  };
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
function kernelBridge(model, learner, onLoaded, onProblem) {
  const send = sendAsLearner(model, learner);
  model.on("msg:custom", (content) => {
    if (content && content.type === "loaded") onLoaded(content.entry || null);
    if (content && content.type === "problem" && onProblem) onProblem(content.message);
  });
  send({ type: "load" });
  return {
    save(envelope) {
      send({ type: "save", entry: envelope });
    },
    clear() {
      send({ type: "clear" });
    }
  };
}
function newerCopy(entry, localSavedAt, canAdopt) {
  if (entry && entry.saved_at > localSavedAt && canAdopt(entry)) return "adopt";
  if (localSavedAt && (!entry || localSavedAt > entry.saved_at)) return "send";
  return null;
}

// frontend/lib/validate.js
var FORMAT_VERSION = 1;
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
function keepAside(storage, key, raw) {
  for (let number = 1; ; number += 1) {
    const aside = number === 1 ? `${key}:unreadable` : `${key}:unreadable-${number}`;
    const there = storage.getItem(aside);
    if (there === raw) return true;
    if (there !== null) continue;
    try {
      storage.setItem(aside, raw);
      return true;
    } catch {
      return false;
    }
  }
}
var STORAGE_MESSAGES = {
  disabled: "This browser is not letting the book save anything, so this will last only until you leave the page. Copy anything you want to keep.",
  full: "This browser's storage is full, so the latest change was not saved. It stays on screen; export your journal or free some space.",
  refused: "This browser refused to save the latest change. It stays on screen; export your journal to keep a copy.",
  unreadable: "What was saved here before could not be read, so this starts empty. The old copy was kept aside in this browser.",
  unreadableMeanwhile: "Something that could not be read was found where this is saved. It was kept aside in this browser, and your version here was saved.",
  noRoomAside: "What was saved here before could not be read, and there is no room to keep a copy of it aside, so it was left as it is and your changes here are not saved yet. Free some space in this browser to save them."
};
function createStore({ courseId, namespace, widgetId, kind, title, chapter, schema, onProblem: report, onProblemGone = () => {
} }) {
  const key = `${namespace}:${widgetId}`;
  const passing = /* @__PURE__ */ new Set([STORAGE_MESSAGES.full, STORAGE_MESSAGES.refused, STORAGE_MESSAGES.noRoomAside]);
  const standing = /* @__PURE__ */ new Set();
  const onProblem = (message) => {
    if (passing.has(message)) standing.add(message);
    report(message);
  };
  const storage = localStorageOrNull();
  if (!storage) onProblem(STORAGE_MESSAGES.disabled);
  let known = storage ? storage.getItem(key) : null;
  let notAside = null;
  let onConflict = null;
  let onSaved = () => {
  };
  const envelope = (data) => ({
    format: "psychodynamic-course-entry",
    version: FORMAT_VERSION,
    course_id: courseId,
    widget_id: widgetId,
    kind,
    title,
    chapter,
    saved_at: Date.now(),
    data
  });
  const parse = (raw) => {
    let saved = null;
    try {
      saved = JSON.parse(raw);
    } catch {
      return null;
    }
    const readable = saved !== null && typeof saved === "object" && saved.version === FORMAT_VERSION && saved.kind === kind && saved.data !== void 0 && (!schema || validate(schema, saved.data).length === 0);
    return readable ? saved : null;
  };
  const setAside = (raw, message = STORAGE_MESSAGES.unreadable) => {
    if (keepAside(storage, key, raw)) {
      notAside = null;
      onProblem(message);
      return true;
    }
    notAside = raw;
    onProblem(STORAGE_MESSAGES.noRoomAside);
    return false;
  };
  return {
    key,
    available: storage !== null,
    envelope,
    loadEnvelope() {
      if (!storage) return null;
      const raw = storage.getItem(key);
      known = raw;
      if (raw === null) return null;
      const saved = parse(raw);
      if (saved) return saved;
      setAside(raw);
      return null;
    },
    load() {
      const saved = this.loadEnvelope();
      return saved ? saved.data : null;
    },
    save(data) {
      if (!storage) return false;
      const there = storage.getItem(key);
      if (notAside !== null && there !== notAside) notAside = null;
      if (notAside !== null) {
        if (!setAside(notAside)) return false;
      } else if (there !== known && there !== null && !parse(there)) {
        if (!setAside(there, STORAGE_MESSAGES.unreadableMeanwhile)) return false;
      } else if (there !== known && onConflict) {
        onConflict(there);
        return false;
      }
      const text = JSON.stringify(envelope(data));
      try {
        storage.setItem(key, text);
      } catch (error) {
        onProblem(isQuotaError(error) ? STORAGE_MESSAGES.full : STORAGE_MESSAGES.refused);
        return false;
      }
      known = text;
      for (const message of standing) onProblemGone(message);
      standing.clear();
      onSaved();
      return true;
    },
    remove() {
      if (!storage) return;
      storage.removeItem(key);
      known = null;
    },
    /**
     * Follow other tabs of this book that save this same entry, never losing either
     * version. With no unsaved changes here (`unsaved()` false), this tab takes the
     * other tab's version, `adopt(data)` (data null when it was deleted there), and says
     * so. With unsaved changes, nothing on screen is replaced: a warning asks whether to
     * keep this tab's version (`saveMine()` then saves it over the other) or to take the
     * other one. Returns {element, stop}: put the element, which shows these messages,
     * beside the widget; stop() stops following.
     */
    followOtherTabs({ unsaved, adopt, saveMine }) {
      const idPrefix = uid(`${widgetId}-tabs`);
      const box = element("div", { class: "pdc-other-tab" });
      const note = element("p", { class: "pdc-other-tab-note", role: "status", tabindex: "-1" });
      const question = element("div", { class: "pdc-warning", role: "group", "aria-labelledby": `${idPrefix}-text` });
      const text = element("p", { id: `${idPrefix}-text`, role: "alert" });
      const keepButton = element("button", { type: "button", class: "pdc-button" }, "Keep the version in this tab");
      const takeButton = element("button", { type: "button", class: "pdc-button pdc-secondary" }, "");
      question.append(text, keepButton, " ", takeButton);
      question.hidden = true;
      box.append(note, question);
      if (!storage) return { element: box, stop() {
      } };
      let theirs = null;
      const readable = (raw) => raw === null || parse(raw) !== null;
      const follow = (raw) => {
        known = raw;
        const saved = raw === null ? null : parse(raw);
        adopt(saved ? saved.data : null);
        note.textContent = raw === null ? "This was deleted in another tab of this book, so it was cleared here too." : "Updated with the version saved in another tab of this book.";
      };
      const ask = (raw) => {
        theirs = raw;
        text.textContent = raw === null ? "This was deleted in another tab of this book. Your version is still here on screen, not saved. Keep it, or clear it here too?" : "This was also changed in another tab of this book. Your version is still here on screen, not saved. Which version do you want to keep?";
        takeButton.textContent = raw === null ? "Clear it here too" : "Use the other tab's version";
        note.textContent = "";
        question.hidden = false;
      };
      const otherVersion = (raw) => {
        if (raw === known || !readable(raw)) return;
        if (unsaved() || !question.hidden) ask(raw);
        else follow(raw);
      };
      onConflict = ask;
      const clearNote = () => {
        note.textContent = "";
      };
      onSaved = clearNote;
      const listener = (event) => {
        if (event.key !== key && event.key !== null) return;
        const raw = storage.getItem(key);
        if (event.key !== null && raw !== event.newValue) return;
        otherVersion(raw);
      };
      window.addEventListener("storage", listener);
      keepButton.addEventListener("click", () => {
        const raw = storage.getItem(key);
        if (readable(raw)) known = raw;
        question.hidden = true;
        let kept = false;
        onSaved = () => {
          kept = true;
        };
        saveMine();
        onSaved = clearNote;
        note.textContent = kept ? "Your version in this tab was kept and saved." : "";
        note.focus();
      });
      takeButton.addEventListener("click", () => {
        question.hidden = true;
        const raw = storage.getItem(key);
        follow(readable(raw) ? raw : theirs);
        note.focus();
      });
      return { element: box, stop: () => window.removeEventListener("storage", listener) };
    }
  };
}

// frontend/lib/learners.js
var LEARNER_ID = /^[A-Za-z0-9_-]{16,64}$/;
function forEachLearner(render2) {
  return ({ model, el }) => {
    const courseId = model.get("course_id");
    forgetEndedSharedSessions(courseId);
    const start = (learner) => render2({ model, el, learner, namespace: learner ? `${courseId}@${learner}` : courseId });
    if (model.get("read_only") || document.documentElement.hasAttribute("data-pdc-no-kernel")) {
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

// frontend/lib/pattern_tally.js
var PATTERN_PARTS = [
  { key: "wish", category: "wish_category", plain: "what I wanted", question: "What did I want?", term: "wish", abbreviation: "W" },
  { key: "other", category: "other_category", plain: "how they responded", question: "How did they respond?", term: "response of other", abbreviation: "RO" },
  { key: "self", category: "self_category", plain: "how I responded", question: "How did I respond?", term: "response of self", abbreviation: "RS" }
];
function patternPartName(part) {
  return `${part.plain[0].toUpperCase()}${part.plain.slice(1)} (${part.term}, ${part.abbreviation})`;
}
function patternCategories(schema) {
  const item = schema.properties.episodes.items.properties;
  const result = {};
  for (const part of PATTERN_PARTS) result[part.key] = item[part.category].enum.filter((name) => name !== "");
  return result;
}
function patternTally(episodes, schema) {
  const order = patternCategories(schema);
  const rankOf = (part, name) => {
    const index = order[part].indexOf(name);
    return index === -1 ? order[part].length : index;
  };
  const byName = (a, b) => a < b ? -1 : a > b ? 1 : 0;
  const result = { episodes: episodes.length };
  const tops = {};
  for (const part of PATTERN_PARTS) {
    const counts = /* @__PURE__ */ new Map();
    for (const episode of episodes) {
      const name = episode[part.category];
      if (name) counts.set(name, (counts.get(name) || 0) + 1);
    }
    const ranked = [...counts].sort(
      (a, b) => b[1] - a[1] || rankOf(part.key, a[0]) - rankOf(part.key, b[0]) || byName(a[0], b[0])
    );
    result[part.key] = Object.fromEntries(ranked);
    const top = ranked.length ? ranked[0][1] : 0;
    tops[part.key] = { count: top, categories: ranked.filter(([, n]) => n === top).map(([name]) => name) };
  }
  result.most_frequent = tops;
  result.whole_theme = episodes.filter(
    (episode) => PATTERN_PARTS.every((part) => episode[part.category] && tops[part.key].categories.includes(episode[part.category]))
  ).length;
  return result;
}
function patternQuoted(names) {
  const quoted = names.map((name) => `“${name}”`);
  return quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}`;
}
function patternClause(part, top, total) {
  const names = top.categories;
  if (top.count === 0) return `${part.plain} has no category chosen yet`;
  if (total === 1) return `${part.plain} was ${patternQuoted(names)}`;
  if (top.count === 1 && names.length > 1) return `${part.plain} was different each time`;
  if (top.count === 1) return `${part.plain} was ${patternQuoted(names)} in 1 of ${total}`;
  return `${part.plain} was most often ${patternQuoted(names)} (${top.count} of ${total}${names.length > 1 ? " each" : ""})`;
}
function patternSentences(result) {
  const total = result.episodes;
  if (total === 0) {
    return {
      summary: "No episodes yet: add one, or work on the fictional case, to see what comes back.",
      note: "",
      secondary: ""
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

// frontend/lib/print.js
var PRINT_NOTE = "Interactive exercise: to use it, open this page in the online book or run the chapter in Jupyter.";
var PRINT_NOTE_EXPLORE = "Interactive figure: to explore it, open this page in the online book or run the chapter in Jupyter.";
function printNote(root, text = PRINT_NOTE) {
  root.classList.add("pdc-prints-as-note");
  root.append(element("p", { class: "pdc-print-note" }, text));
}

// frontend/lib/svg.js
var SVG_NS = "http://www.w3.org/2000/svg";
function svgElement(tag, attributes = {}, text) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== void 0) node.setAttribute(name, String(value));
  }
  if (text !== void 0) node.textContent = text;
  return node;
}

// frontend/widgets/pattern_finder.js
var PATTERN_FIELDS = ["who", ...PATTERN_PARTS.flatMap((part) => [part.key, part.category])];
var PATTERN_UNDO_LIMIT = 50;
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
  let unsaved = false;
  const cleanups = [];
  const root = element("section", {
    class: `pdc-widget pdc-patterns${readOnly ? " pdc-patterns-sample" : ""}`,
    "aria-labelledby": `${idPrefix}-title`
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
        `${sampleName} Reyes is a fictional person followed through this book. These are relationship episodes in her own words, so “I” is ${sampleName}: in each, what she wanted, how the other person responded and how she responded in turn. Nothing here is saved or can be changed.`
      )
    );
  } else {
    const intro = element("p", { class: "pdc-patterns-intro" });
    intro.append(
      "Write down a few moments with other people: who it was with, what you wanted, how they responded and how you responded. For each part you can also choose the closest category from Luborsky’s standard lists, so that the tally below can count what comes back. Everything stays on this device. "
    );
    root.append(intro);
    const note = element("p", { class: "pdc-muted pdc-patterns-note" });
    note.append(
      "Writing about your own relationships can stir things up. You can work on the fictional case instead, write as little as you like, and stop at any time. Taking a slow breath and noticing what is around you can help. If things feel hard, see ",
      element("a", { href: pageHref("getting_help") }, "getting help now"),
      "."
    );
    root.append(note);
  }
  root.append(warnings);
  const tools = element("div", { class: "pdc-patterns-tools" });
  const caseNote = element("p", { class: "pdc-patterns-case-note", hidden: true });
  const sampleButton = element(
    "button",
    { type: "button", class: "pdc-button pdc-secondary" },
    `Work on the fictional case: ${sampleName}`
  );
  const confirmation = createConfirm(idPrefix);
  const clearButton = element(
    "button",
    { type: "button", class: "pdc-button pdc-secondary" },
    "Remove all episodes"
  );
  const undoButton = element(
    "button",
    { type: "button", class: "pdc-button pdc-secondary", disabled: true, "aria-describedby": `${idPrefix}-undo-note` },
    "Undo last change"
  );
  const undoNote = element("span", { id: `${idPrefix}-undo-note`, class: "pdc-muted pdc-patterns-undo-note" }, "Nothing to undo yet.");
  if (!readOnly) {
    const row = element("div", { class: "pdc-patterns-buttons" });
    row.append(sampleButton, clearButton, undoButton, undoNote);
    tools.append(caseNote, row, confirmation.element);
    root.append(tools);
  }
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
    "A name or a role is enough, for example “my manager”."
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
  const listHeading = element("h4", { id: `${idPrefix}-list-title`, tabindex: "-1" });
  const emptyNote = element("p", { class: "pdc-muted" }, "No episodes yet.");
  const list = element("ol", { class: "pdc-patterns-list", "aria-labelledby": `${idPrefix}-list-title` });
  root.append(listHeading, emptyNote, list);
  if (!readOnly) root.append(status);
  const tallySection = element("section", { class: "pdc-patterns-tally", "aria-labelledby": `${idPrefix}-tally-title` });
  tallySection.append(element("h4", { id: `${idPrefix}-tally-title` }, "What repeats"));
  tallySection.append(
    element(
      "p",
      { class: "pdc-patterns-reminder" },
      "This tally counts the categories chosen for what was written here, one part at a time. It is a way of noticing patterns, not a diagnosis, a test or a score, and a handful of episodes cannot say who someone is. The categories are grouped from Luborsky and Crits-Christoph’s standard lists for the core conflictual relationship theme."
    )
  );
  const summary = element("div", { class: "pdc-patterns-summary" });
  const figure = element("figure", { class: "pdc-patterns-chart" });
  const chartHolder = element("div", { class: "pdc-patterns-chart-holder" });
  const caption = element(
    "figcaption",
    { class: "pdc-muted" },
    "How many episodes each category was chosen in, one part at a time: what I wanted (wish), how they responded (response of other) and how I responded (response of self). Each bar is labelled with its category and its number; the most frequent category of each part is marked “most often”."
  );
  figure.append(chartHolder, caption);
  const table = element("table", { class: "pdc-patterns-table" });
  const tableHolder = element("div", { class: "pdc-visually-hidden" });
  tableHolder.append(table);
  tallySection.append(summary, figure, tableHolder);
  root.append(tallySection);
  printNote(root, readOnly ? PRINT_NOTE_EXPLORE : PRINT_NOTE);
  el.append(root);
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
            category ? `(category: ${category})` : "(no category)"
          )
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
        const most = result.episodes > 1 && best.count > 1 && best.categories.includes(name);
        content.push(svgElement("text", { x: 0, y: top + 14, class: "pdc-patterns-chart-label" }, most ? `${name} (most often)` : name));
        const length = Math.max(2, count / scale * barMax);
        content.push(
          svgElement("rect", { x: 0, y: top + labelGap + 2, width: length.toFixed(1), height: barHeight, rx: 2, class: "pdc-patterns-bar" })
        );
        content.push(
          svgElement("text", { x: (length + 6).toFixed(1), y: top + labelGap + barHeight, class: "pdc-patterns-chart-count" }, String(count))
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
      preserveAspectRatio: "xMinYMin meet"
    });
    svg.style.maxWidth = "480px";
    svg.append(...content);
    chartHolder.append(svg);
  }
  function renderTable(result) {
    table.replaceChildren();
    table.append(
      element("caption", {}, `How many of the ${patternPlural(result.episodes, "episode", "episodes")} each category was chosen in, one part at a time`)
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
    undoNote.textContent = undoStack.length ? `Last change: ${undoStack[undoStack.length - 1].label}.` : "Nothing to undo yet.";
    caseNote.hidden = caseKind !== "fictional";
    caseNote.textContent = caseKind === "fictional" ? `You are working on the fictional case of ${sampleName} Reyes; the episodes are hers, and you can change them. To start your own list, remove all episodes.` : "";
  }
  function renderAll() {
    renderList();
    renderTally();
    renderTools();
  }
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
  function keepTypedAsNew() {
    leaveEditing();
    status.textContent = "The episode you were editing was removed in another tab. What you typed is still in the form; choose Add episode to keep it as a new episode.";
  }
  function startEditing(id) {
    const index = episodes.findIndex((episode2) => episode2.id === id);
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
    } else if (commit([...patternCopy(episodes), episode], caseKind, `added the episode with ${whoText(episode)}`, `Episode added, with ${whoText(episode)}.`)) {
      resetForm();
      controls.who.focus();
    }
  });
  for (const name of PATTERN_FIELDS) {
    const recheck = () => {
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
    const index = episodes.findIndex((episode2) => episode2.id === id);
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
        loadSample
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
      }
    );
  });
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
      }
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
      showProblem
    );
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
      }
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
var pattern_finder_default = { render: forEachLearner(render) };
export {
  pattern_finder_default as default
};
