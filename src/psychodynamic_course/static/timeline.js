// Generated from frontend/widgets/timeline.js by `make frontend`: do not edit it, edit the source and run that.

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

// frontend/lib/download.js
function download(filename, text, mimeType) {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = element("a", { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1e3);
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

// frontend/lib/timeline_layout.js
function themeKey(theme) {
  return theme.trim().toLowerCase();
}
function placeEvents(events, birthYear) {
  const hasBirth = Number.isInteger(birthYear);
  const byYear = events.length > 0 && !hasBirth && events.every((event) => event.age === void 0);
  const axis = byYear ? "year" : "age";
  const placed = [];
  const unplaced = [];
  for (const event of events) {
    let x = null;
    if (axis === "year") x = event.year;
    else if (event.age !== void 0) x = event.age;
    else if (hasBirth && event.year !== void 0) x = event.year - birthYear;
    if (x === null) unplaced.push(event);
    else placed.push({ x, event });
  }
  placed.sort((a, b) => a.x - b.x);
  return { axis, placed, unplaced };
}
function sharedThemes(placed) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of placed) {
    const seen = /* @__PURE__ */ new Set();
    for (const theme of item.event.themes || []) {
      const key = themeKey(theme);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      if (!groups.has(key)) groups.set(key, { key, name: theme.trim(), items: [] });
      groups.get(key).items.push(item);
    }
  }
  return [...groups.values()].filter((group) => group.items.length >= 2).sort((a, b) => b.items.length - a.items.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
function timelineSummary(layout, themes, events) {
  if (events.length === 0) return "An empty life timeline: no events yet.";
  const parts = [];
  const { placed, axis } = layout;
  if (placed.length > 0) {
    const unit = axis === "age" ? "age " : "";
    const count = placed.length;
    parts.push(
      `A life timeline of ${count} event${count === 1 ? "" : "s"} from ${unit}${placed[0].x} to ${placed[count - 1].x}.`
    );
    const feel = (test) => placed.filter((item) => test(item.event.feeling)).length;
    parts.push(
      `${feel((f) => f > 0)} felt good or very good, ${feel((f) => f < 0)} hard or very hard, ${feel((f) => f === 0)} mixed or neutral.`
    );
    if (themes.length > 0) {
      parts.push(`Themes that recur, joined by lines: ${themes.map((t) => `${t.name} (${t.items.length} events)`).join("; ")}.`);
    }
  }
  if (layout.unplaced.length > 0) {
    const count = layout.unplaced.length;
    parts.push(`${count} event${count === 1 ? "" : "s"} given by year cannot be placed without a year of birth.`);
  }
  parts.push("The list of events below gives each one in full.");
  return parts.join(" ");
}

// frontend/widgets/timeline.js
var CATEGORIES = [
  { name: "family", colour: "#E69F00", shape: "circle" },
  { name: "school or work", colour: "#56B4E9", shape: "square" },
  { name: "relationships", colour: "#D55E00", shape: "triangle-up" },
  { name: "loss", colour: "#000000", shape: "triangle-down" },
  { name: "health", colour: "#009E73", shape: "diamond" },
  { name: "moves", colour: "#F0E442", shape: "pentagon" },
  { name: "achievements", colour: "#0072B2", shape: "star" },
  { name: "other", colour: "#CC79A7", shape: "plus" }
];
var FEELINGS = [
  [2, "very good"],
  [1, "good"],
  [0, "mixed or neutral"],
  [-1, "hard"],
  [-2, "very hard"]
];
var DASHES = ["7 4", "2 3", "10 3 2 3", "4 3", "12 4", "1 3 6 3"];
var FIELDS = ["age", "year", "label", "category", "feeling", "themes"];
var UNDO_LIMIT = 100;
var WIDTH = 640;
var HEIGHT = 340;
var MARGIN = { left: 150, right: 18, top: 30, bottom: 50 };
function categoryStyle(name) {
  return CATEGORIES.find((category) => category.name === name) || CATEGORIES[7];
}
function feelingText(value) {
  const found = FEELINGS.find(([number]) => number === value);
  return `${value > 0 ? "+" : ""}${value} ${found ? found[1] : ""}`.trim();
}
function polygon(points) {
  return `M${points.map(([x, y]) => `${x.toFixed(1)} ${y.toFixed(1)}`).join(" L")} Z`;
}
function markerPath(shape, x, y, r) {
  const around = (count, radius, offset = -90, inner = null) => {
    const points = [];
    const steps = inner === null ? count : count * 2;
    for (let i = 0; i < steps; i += 1) {
      const angle = (offset + 360 / steps * i) * Math.PI / 180;
      const rr = inner !== null && i % 2 === 1 ? inner : radius;
      points.push([x + rr * Math.cos(angle), y + rr * Math.sin(angle)]);
    }
    return polygon(points);
  };
  switch (shape) {
    case "circle":
      return `M${x - r} ${y} a${r} ${r} 0 1 0 ${2 * r} 0 a${r} ${r} 0 1 0 ${-2 * r} 0 Z`;
    case "square": {
      const s = r * 0.88;
      return polygon([[x - s, y - s], [x + s, y - s], [x + s, y + s], [x - s, y + s]]);
    }
    case "triangle-up":
      return polygon([[x, y - r * 1.2], [x + r * 1.1, y + r * 0.8], [x - r * 1.1, y + r * 0.8]]);
    case "triangle-down":
      return polygon([[x, y + r * 1.2], [x + r * 1.1, y - r * 0.8], [x - r * 1.1, y - r * 0.8]]);
    case "diamond":
      return polygon([[x, y - r * 1.3], [x + r, y], [x, y + r * 1.3], [x - r, y]]);
    case "pentagon":
      return around(5, r * 1.1);
    case "star":
      return around(5, r * 1.4, -90, r * 0.6);
    default: {
      const a = r * 0.38;
      const b = r * 1.1;
      return polygon([
        [x - a, y - b],
        [x + a, y - b],
        [x + a, y - a],
        [x + b, y - a],
        [x + b, y + a],
        [x + a, y + a],
        [x + a, y + b],
        [x - a, y + b],
        [x - a, y + a],
        [x - b, y + a],
        [x - b, y - a],
        [x - a, y - a]
      ]);
    }
  }
}
function whenText(event, axis, birthYear) {
  if (event.age !== void 0 && event.year !== void 0) return `Age ${event.age} (${event.year})`;
  if (event.age !== void 0) return `Age ${event.age}`;
  if (axis === "age" && Number.isInteger(birthYear)) return `${event.year} (age ${event.year - birthYear})`;
  return `${event.year}`;
}
function drawTimeline(svg, events, birthYear) {
  svg.replaceChildren();
  const layout = placeEvents(events, birthYear);
  const themes = sharedThemes(layout.placed);
  const { left, right, top, bottom } = MARGIN;
  const plotW = WIDTH - left - right;
  const plotH = HEIGHT - top - bottom;
  const yOf = (feeling) => top + (2 - feeling) / 4 * plotH;
  const guides = svgElement("g", { class: "pdc-timeline-guides" });
  for (const [value] of FEELINGS) {
    const y = yOf(value);
    guides.append(
      svgElement("line", { x1: left, x2: WIDTH - right, y1: y, y2: y, class: value === 0 ? "pdc-timeline-axis" : "pdc-timeline-guide" }),
      svgElement("text", { x: left - 10, y: y + 4, "text-anchor": "end", class: "pdc-timeline-tick" }, feelingText(value))
    );
  }
  guides.append(svgElement("text", { x: left - 10, y: top - 14, "text-anchor": "end", class: "pdc-timeline-axis-label" }, "How it felt"));
  svg.append(guides);
  if (layout.placed.length === 0) {
    const message = events.length === 0 ? "No events yet: add one below, or load the fictional sample." : "Add your year of birth to place events given by year.";
    svg.append(svgElement("text", { x: left + plotW / 2, y: top + plotH / 2 - 14, "text-anchor": "middle", class: "pdc-timeline-empty" }, message));
    return timelineSummary(layout, themes, events);
  }
  const low = layout.placed[0].x;
  const high = layout.placed[layout.placed.length - 1].x;
  const pad = Math.max((high - low) * 0.04, 1);
  const xOf = (value) => left + (value - (low - pad)) / (high - low + 2 * pad) * plotW;
  const ticks = svgElement("g", { class: "pdc-timeline-ticks" });
  const rough = (high - low + 2 * pad) / 8;
  const step = [1, 2, 5, 10, 20, 25, 50, 100].find((s) => s >= rough) || 100;
  for (let value = Math.ceil((low - pad) / step) * step; value <= high + pad; value += step) {
    const x = xOf(value);
    ticks.append(
      svgElement("line", { x1: x, x2: x, y1: top + plotH, y2: top + plotH + 5, class: "pdc-timeline-guide" }),
      svgElement("text", { x, y: top + plotH + 19, "text-anchor": "middle", class: "pdc-timeline-tick" }, String(value))
    );
  }
  ticks.append(
    svgElement(
      "text",
      { x: left + plotW / 2, y: HEIGHT - 8, "text-anchor": "middle", class: "pdc-timeline-axis-label" },
      layout.axis === "age" ? "Age (years)" : "Year"
    )
  );
  svg.append(ticks);
  const spots = /* @__PURE__ */ new Map();
  for (const item of layout.placed) {
    const key = `${item.x}|${item.event.feeling}`;
    if (!spots.has(key)) spots.set(key, []);
    spots.get(key).push(item);
  }
  for (const group of spots.values()) {
    group.forEach((item, rank) => {
      item.cx = xOf(item.x) + (rank - (group.length - 1) / 2) * 16;
      item.cy = yOf(item.event.feeling);
    });
  }
  const themeLayer = svgElement("g", { class: "pdc-timeline-themes" });
  themes.forEach((theme, index) => {
    const group = svgElement("g", { class: "pdc-timeline-theme", "data-theme": theme.key });
    const points = theme.items.map((item) => `${item.cx.toFixed(1)},${item.cy.toFixed(1)}`).join(" ");
    group.append(
      svgElement("polyline", {
        points,
        class: "pdc-timeline-theme-line",
        "stroke-dasharray": DASHES[index % DASHES.length]
      })
    );
    let segment = 0;
    let longest = -1;
    for (let i = 0; i + 1 < theme.items.length; i += 1) {
      const length = Math.hypot(theme.items[i + 1].cx - theme.items[i].cx, theme.items[i + 1].cy - theme.items[i].cy);
      if (length > longest) {
        longest = length;
        segment = i;
      }
    }
    const a = theme.items[segment];
    const b = theme.items[segment + 1];
    const labelY = (a.cy + b.cy) / 2 + (a.cy === b.cy ? -8 : 0);
    group.append(svgElement("text", { x: (a.cx + b.cx) / 2, y: labelY, "text-anchor": "middle", class: "pdc-timeline-theme-label" }, theme.name));
    themeLayer.append(group);
  });
  svg.append(themeLayer);
  const markers = svgElement("g", { class: "pdc-timeline-markers" });
  for (const item of layout.placed) {
    const category = categoryStyle(item.event.category);
    const marker = svgElement("path", {
      d: markerPath(category.shape, item.cx, item.cy, 7),
      fill: category.colour,
      class: "pdc-timeline-marker",
      "data-category": category.name,
      "data-id": item.event.id
    });
    marker.append(
      svgElement("title", {}, `${whenText(item.event, layout.axis, birthYear)}: ${item.event.label} (${category.name}, ${feelingText(item.event.feeling)})`)
    );
    markers.append(marker);
  }
  svg.append(markers);
  return timelineSummary(layout, themes, events);
}
function categoryIcon(categoryName) {
  const category = categoryStyle(categoryName);
  const icon = svgElement("svg", { viewBox: "0 0 20 20", width: 18, height: 18, "aria-hidden": "true", focusable: "false", class: "pdc-timeline-icon" });
  icon.append(svgElement("path", { d: markerPath(category.shape, 10, 10, 6), fill: category.colour, class: "pdc-timeline-marker" }));
  return icon;
}
var EXPORT_STYLE = `
.pdc-timeline-guide { stroke: #1f1f1f; stroke-opacity: 0.2; }
.pdc-timeline-axis { stroke: #1f1f1f; stroke-width: 2; }
.pdc-timeline-tick, .pdc-timeline-axis-label, .pdc-timeline-empty { fill: #1f1f1f; font: 13px sans-serif; }
.pdc-timeline-axis-label { font-weight: bold; }
.pdc-timeline-theme-line { fill: none; stroke: #4d4d4d; stroke-width: 1.6; }
.pdc-timeline-theme-label { fill: #1f1f1f; font: italic 12px sans-serif; paint-order: stroke; stroke: #ffffff; stroke-width: 4px; }
.pdc-timeline-marker { stroke: #1f1f1f; stroke-width: 1; }
`;
function exportSvgText(svg, titleText) {
  const copy = svg.cloneNode(true);
  copy.setAttribute("xmlns", SVG_NS);
  copy.setAttribute("width", String(WIDTH));
  copy.setAttribute("height", String(HEIGHT));
  copy.removeAttribute("class");
  copy.removeAttribute("aria-label");
  copy.insertBefore(svgElement("style", {}, EXPORT_STYLE), copy.firstChild);
  copy.insertBefore(svgElement("rect", { x: 0, y: 0, width: WIDTH, height: HEIGHT, fill: "#ffffff" }), copy.firstChild.nextSibling);
  copy.insertBefore(svgElement("desc", {}, svg.getAttribute("aria-label") || ""), copy.firstChild);
  copy.insertBefore(svgElement("title", {}, titleText), copy.firstChild);
  return new XMLSerializer().serializeToString(copy);
}
function downloadBlob(filename, blob) {
  const url = URL.createObjectURL(blob);
  const link = element("a", { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1e3);
}
function numberOrText(text) {
  const trimmed = text.trim();
  if (trimmed === "") return void 0;
  return /^[+-]?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}
function render({ model, el, namespace, learner }) {
  const schema = model.get("schema");
  const eventSchema = schema.properties.events.items;
  const birthSchema = schema.properties.birth_year || { type: "integer" };
  const sampleOnly = Boolean(model.get("read_only"));
  const sample = model.get("sample_events") || [];
  const sampleName = model.get("sample_name") || "the sample";
  const widgetId = model.get("widget_id");
  const idPrefix = uid(widgetId);
  const titleText = model.get("title") || "Life timeline";
  const sampleIds = new Set(sample.map((event) => event.id));
  let data = sampleOnly ? { events: structuredClone(sample) } : { events: [] };
  const undoStack = [];
  let editingId = null;
  let savedAt = 0;
  let unsaved = false;
  const root = element("section", {
    class: `pdc-widget pdc-timeline${sampleOnly ? " pdc-timeline-read-only" : ""}`,
    "aria-labelledby": `${idPrefix}-title`,
    "data-widget-id": widgetId
  });
  root.append(element("h3", { id: `${idPrefix}-title` }, titleText));
  if (sampleOnly) {
    root.append(
      element(
        "p",
        { class: "pdc-muted pdc-timeline-intro" },
        `${sampleName} is a fictional person. This is her life as the book tells it: each event placed by age, above the line if it felt good, below if it felt hard. Lines join events that share a theme.`
      )
    );
  } else {
    root.append(
      element(
        "p",
        { class: "pdc-timeline-intro" },
        "A private space to lay out events of your life and see where themes recur. Nothing is scored or interpreted, and everything stays on this device. Memory is reconstructive, so this is your view today, not a record."
      )
    );
    const note = element(
      "p",
      { class: "pdc-muted pdc-timeline-content-note" },
      "Content note: this can bring up losses and hard times. It is optional: skip it, or use the fictional sample instead, and add only what you choose. If it stirs up more than you want, pause and name three things you can see around you. "
    );
    note.append(element("a", { href: pageHref("getting_help") }, "Getting help now"), ".");
    root.append(note);
  }
  const warnings = element("div", { class: "pdc-timeline-warnings", "aria-live": "polite" });
  root.append(warnings);
  const showProblem = (message) => {
    if ([...warnings.children].some((node) => node.textContent === message)) return;
    warnings.append(element("p", { class: "pdc-warning" }, message));
  };
  const birthForm = element("form", { class: "pdc-timeline-birth", novalidate: true });
  const birthInput = element("input", {
    type: "text",
    inputmode: "numeric",
    id: `${idPrefix}-birth`,
    autocomplete: "off",
    size: 6,
    "aria-describedby": `${idPrefix}-birth-hint`
  });
  const birthError = element("p", { class: "pdc-field-error", id: `${idPrefix}-birth-error` });
  const birthNote = element("p", { class: "pdc-timeline-birth-note", id: `${idPrefix}-birth-note` });
  birthError.hidden = true;
  birthNote.hidden = true;
  birthForm.append(
    element("label", { for: `${idPrefix}-birth` }, "Year of birth (optional)"),
    " ",
    birthInput,
    " ",
    element("button", { type: "submit", class: "pdc-button pdc-secondary" }, "Set year of birth"),
    element("p", { class: "pdc-muted pdc-timeline-hint", id: `${idPrefix}-birth-hint` }, "Only needed to place events you give by year on the age axis."),
    birthError,
    birthNote
  );
  const figure = element("figure", { class: "pdc-timeline-figure" });
  const svg = svgElement("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img", class: "pdc-timeline-svg", preserveAspectRatio: "xMidYMid meet" });
  const legend = element("ul", { class: "pdc-timeline-legend", "aria-label": "Legend" });
  for (const category of CATEGORIES) {
    const item = element("li");
    item.append(categoryIcon(category.name), element("span", {}, category.name));
    legend.append(item);
  }
  const themeLegendItem = element("li");
  const themeIcon = svgElement("svg", { viewBox: "0 0 30 10", width: 30, height: 10, "aria-hidden": "true", focusable: "false", class: "pdc-timeline-icon" });
  themeIcon.append(svgElement("line", { x1: 1, y1: 5, x2: 29, y2: 5, class: "pdc-timeline-theme-line", "stroke-dasharray": DASHES[0] }));
  themeLegendItem.append(themeIcon, element("span", {}, "line: events sharing a theme (labelled)"));
  legend.append(themeLegendItem);
  figure.append(svg, legend);
  const form = element("form", { class: "pdc-timeline-form", novalidate: true });
  const fieldset = element("fieldset");
  const formLegend = element("legend", {}, "Add an event");
  fieldset.append(formLegend);
  const fields = {};
  const addField = (name, labelText, control, hintText) => {
    const wrapper = element("div", { class: `pdc-timeline-field pdc-timeline-field-${name}` });
    control.id = `${idPrefix}-${name}`;
    const hintId = `${idPrefix}-${name}-hint`;
    const error = element("p", { class: "pdc-field-error", id: `${idPrefix}-${name}-error` });
    error.hidden = true;
    wrapper.append(element("label", { for: control.id }, labelText), control);
    if (hintText) {
      wrapper.append(element("p", { class: "pdc-muted pdc-timeline-hint", id: hintId }, hintText));
      control.setAttribute("aria-describedby", hintId);
    }
    wrapper.append(error);
    fields[name] = { control, error, hintId: hintText ? hintId : null, wrapper };
    return wrapper;
  };
  const textInput = (extra = {}) => followTextDirection(element("input", { type: "text", autocomplete: "off", ...extra }));
  const categorySelect = element("select");
  categorySelect.append(element("option", { value: "" }, "Choose a category"));
  for (const category of CATEGORIES) categorySelect.append(element("option", { value: category.name }, category.name));
  const feelingSelect = element("select");
  feelingSelect.append(element("option", { value: "" }, "Choose how it felt"));
  for (const [value] of FEELINGS) feelingSelect.append(element("option", { value: String(value) }, feelingText(value)));
  const themesHint = element("span");
  const when = element("div", { class: "pdc-timeline-when-row" });
  when.append(
    addField("age", "Age at the time", textInput({ inputmode: "numeric", size: 5 }), "A whole number, or give the year instead."),
    addField("year", "Or the year", textInput({ inputmode: "numeric", size: 6 }), "For example 2009.")
  );
  fieldset.append(
    when,
    addField("label", "What happened (a short label)", textInput({ size: 40 }), "Up to 80 characters. Only what you want to note."),
    addField("category", "Category", categorySelect),
    addField("feeling", "How it felt", feelingSelect),
    addField("themes", "Themes (optional)", textInput({ size: 40 }), "Up to 5 words or short phrases, separated by commas. Events that share a theme are joined on the timeline.")
  );
  fields.themes.wrapper.querySelector(".pdc-timeline-hint").append(" ", themesHint);
  const submitButton = element("button", { type: "submit", class: "pdc-button" }, "Add event");
  const cancelButton = element("button", { type: "button", class: "pdc-button pdc-secondary" }, "Cancel editing");
  cancelButton.hidden = true;
  const formButtons = element("div", { class: "pdc-timeline-buttons" });
  formButtons.append(submitButton, " ", cancelButton);
  fieldset.append(formButtons);
  form.append(fieldset);
  const tools = element("div", { class: "pdc-timeline-buttons pdc-timeline-tools" });
  const undoButton = element("button", { type: "button", class: "pdc-button pdc-secondary" }, "Undo");
  const sampleButton = element("button", { type: "button", class: "pdc-button pdc-secondary" }, `Use the fictional sample: ${sampleName}`);
  const clearButton = element("button", { type: "button", class: "pdc-button pdc-secondary" }, "Remove all events");
  const jsonButton = element("button", { type: "button", class: "pdc-button pdc-secondary" }, "Download as JSON");
  const svgButton = element("button", { type: "button", class: "pdc-button pdc-secondary" }, "Download image (SVG)");
  const pngButton = element("button", { type: "button", class: "pdc-button pdc-secondary" }, "Download image (PNG)");
  if (sampleOnly) tools.append(jsonButton, svgButton, pngButton);
  else tools.append(undoButton, sampleButton, clearButton, jsonButton, svgButton, pngButton);
  const confirmation = createConfirm(idPrefix);
  const status = element("p", { class: "pdc-status", role: "status" });
  const listHeading = element("h4", { class: "pdc-timeline-list-heading", tabindex: "-1", id: `${idPrefix}-list-heading` });
  const sampleNote = element("p", { class: "pdc-muted pdc-timeline-sample-note" });
  sampleNote.hidden = true;
  const list = element("ol", { class: "pdc-timeline-list", "aria-labelledby": `${idPrefix}-list-heading` });
  if (sampleOnly) root.append(figure, tools, status, listHeading, list);
  else root.append(birthForm, sampleNote, figure, form, tools, confirmation.element, status, listHeading, list);
  printNote(root, sampleOnly ? PRINT_NOTE_EXPLORE : PRINT_NOTE);
  el.replaceChildren(root);
  const store = sampleOnly ? null : createStore({
    courseId: model.get("course_id"),
    namespace,
    widgetId,
    kind: "timeline",
    title: titleText,
    chapter: model.get("chapter"),
    schema,
    onProblem: showProblem,
    onProblemGone: (message) => {
      for (const node of [...warnings.children]) if (node.textContent === message) node.remove();
    }
  });
  const bridge = sampleOnly ? null : kernelBridge(
    model,
    learner,
    (entry) => {
      const newer = newerCopy(entry, savedAt, () => validate(schema, entry.data).length === 0);
      if (newer === "adopt") {
        data = entry.data;
        savedAt = entry.saved_at;
        if (store.save(data)) savedAt = Date.now();
        redraw();
        status.textContent = "Loaded your timeline from the journal file.";
      } else if (newer === "send") {
        bridge.save({ ...store.envelope(data), saved_at: savedAt });
      }
    },
    showProblem
  );
  if (store) {
    const saved = store.loadEnvelope();
    if (saved) {
      data = saved.data;
      savedAt = saved.saved_at;
    }
    const otherTabs = store.followOtherTabs({
      unsaved: () => unsaved,
      adopt(other) {
        data = other || { events: [] };
        unsaved = false;
        undoStack.length = 0;
        if (editingId && !data.events.some((event) => event.id === editingId)) keepTypedAsNew();
        redraw();
      },
      saveMine: () => persist("Your version was kept.")
    });
    warnings.after(otherTabs.element);
  }
  const commit = (next, what, message) => {
    const problems = validate(schema, next);
    if (problems.length > 0) {
      status.textContent = `Not changed: ${problems[0].message}`;
      return false;
    }
    undoStack.push({ data, what });
    if (undoStack.length > UNDO_LIMIT) undoStack.shift();
    data = next;
    persist(message);
    redraw();
    return true;
  };
  const persist = (message) => {
    if (!store) return;
    const envelope = store.envelope(data);
    const ok = store.save(data);
    unsaved = store.available && !ok;
    if (ok) savedAt = envelope.saved_at;
    bridge.save(envelope);
    const where = ok ? "Saved on this device." : store.available ? "Not saved: see the note above." : "Kept on this page only, because this browser is not saving.";
    status.textContent = `${message} ${where}`;
  };
  const redraw = () => {
    const events = data.events;
    const birthYear = data.birth_year;
    const summary = drawTimeline(svg, events, birthYear);
    svg.setAttribute("aria-label", summary);
    const layout = placeEvents(events, birthYear);
    if (!sampleOnly) {
      if (document.activeElement !== birthInput) birthInput.value = Number.isInteger(birthYear) ? String(birthYear) : "";
      birthNote.hidden = layout.unplaced.length === 0;
      birthNote.textContent = `${layout.unplaced.length} of your events ${layout.unplaced.length === 1 ? "is" : "are"} given by year only. Add your year of birth here to place ${layout.unplaced.length === 1 ? "it" : "them"} on the age axis; until then ${layout.unplaced.length === 1 ? "it is" : "they are"} listed below but not drawn.`;
      const fromSample = events.filter((event) => sampleIds.has(event.id)).length;
      sampleNote.hidden = fromSample === 0;
      sampleNote.textContent = `${fromSample} of these events come from the fictional sample (${sampleName}'s life), not from you.`;
      undoButton.disabled = undoStack.length === 0;
      undoButton.textContent = undoStack.length ? `Undo: ${undoStack[undoStack.length - 1].what}` : "Undo";
      clearButton.disabled = events.length === 0;
      const used = /* @__PURE__ */ new Map();
      for (const event of events) for (const theme of event.themes || []) used.set(themeKey(theme), theme.trim());
      themesHint.textContent = used.size ? `Themes used so far: ${[...used.values()].slice(0, 12).join(", ")}.` : "";
    }
    listHeading.textContent = sampleOnly ? `${sampleName}'s events (fictional): ${events.length}` : `Events on this timeline: ${events.length}`;
    const ordered = [...layout.placed.map((item) => item.event), ...layout.unplaced];
    const items = ordered.map((event) => {
      const item = element("li", { class: "pdc-timeline-item", "data-id": event.id });
      const category = categoryStyle(event.category);
      const text = element("div", { class: "pdc-timeline-item-text" });
      text.append(
        element("span", { class: "pdc-timeline-item-when" }, `${whenText(event, layout.axis, birthYear)}: `),
        // dir="auto" isolates the label: its own direction, and a right-to-left override
        // inside it cannot reverse the text around it. (Labels are short: no cost.)
        element("span", { class: "pdc-timeline-item-label", dir: "auto" }, event.label)
      );
      const details = element("span", { class: "pdc-muted pdc-timeline-item-details" });
      const themeText = event.themes?.length ? ` · themes: ${event.themes.join(", ")}` : "";
      const sampleText = !sampleOnly && sampleIds.has(event.id) ? " · fictional sample" : "";
      details.append(categoryIcon(category.name), ` ${category.name} · felt ${feelingText(event.feeling)}${themeText}${sampleText}`);
      text.append(element("br"), details);
      item.append(text);
      if (!sampleOnly) {
        const actions = element("div", { class: "pdc-timeline-item-actions" });
        const edit = element("button", { type: "button", class: "pdc-button pdc-secondary", "data-action": "edit", "aria-label": `Edit: ${event.label}` }, "Edit");
        const remove = element("button", { type: "button", class: "pdc-button pdc-secondary", "data-action": "delete", "aria-label": `Delete: ${event.label}` }, "Delete");
        edit.addEventListener("click", () => startEdit(event.id));
        remove.addEventListener("click", () => deleteEvent(event.id));
        actions.append(edit, " ", remove);
        item.append(actions);
      }
      return item;
    });
    list.replaceChildren(...items);
    list.hidden = items.length === 0;
  };
  const setFieldError = (name, message) => {
    const field = fields[name];
    field.error.textContent = message || "";
    field.error.hidden = !message;
    if (message) {
      field.control.setAttribute("aria-invalid", "true");
      field.control.setAttribute("aria-describedby", [field.hintId, field.error.id].filter(Boolean).join(" "));
    } else {
      field.control.removeAttribute("aria-invalid");
      if (field.hintId) field.control.setAttribute("aria-describedby", field.hintId);
      else field.control.removeAttribute("aria-describedby");
    }
  };
  const clearErrors = () => {
    for (const name of FIELDS) setFieldError(name, "");
  };
  const candidate = () => {
    const event = { id: editingId || newId() };
    const age = numberOrText(fields.age.control.value);
    const year = numberOrText(fields.year.control.value);
    if (age !== void 0) event.age = age;
    if (year !== void 0) event.year = year;
    event.label = fields.label.control.value.trim();
    event.category = categorySelect.value;
    if (feelingSelect.value !== "") event.feeling = Number(feelingSelect.value);
    const seen = /* @__PURE__ */ new Set();
    const themes = [];
    for (const piece of fields.themes.control.value.split(",")) {
      const theme = piece.trim();
      if (theme && !seen.has(themeKey(theme))) {
        seen.add(themeKey(theme));
        themes.push(theme);
      }
    }
    if (themes.length) event.themes = themes;
    return event;
  };
  const eventProblems = (event) => {
    const { anyOf, "x-message": eitherMessage, ...fieldRules } = eventSchema;
    const problems = validate(fieldRules, event);
    if (anyOf && !anyOf.some((option) => validate(option, event).length === 0)) {
      problems.push({ path: "/age", message: eitherMessage || "Give either an age or a year." });
    }
    return problems;
  };
  const fieldOf = (path) => {
    const name = path.split("/")[1];
    return FIELDS.includes(name) ? name : "label";
  };
  const leaveEditing = () => {
    editingId = null;
    formLegend.textContent = "Add an event";
    submitButton.textContent = "Add event";
    cancelButton.hidden = true;
  };
  const resetForm = () => {
    form.reset();
    leaveEditing();
    clearErrors();
  };
  const keepTypedAsNew = () => {
    leaveEditing();
    status.textContent = "The event you were editing was removed in another tab. What you typed is still in the form; choose Add event to keep it as a new event.";
  };
  const describe = (event) => {
    const characters = [...event.label];
    return `“${characters.length > 40 ? `${characters.slice(0, 39).join("")}…` : event.label}”`;
  };
  form.addEventListener("submit", (submitEvent) => {
    submitEvent.preventDefault();
    const event = candidate();
    const problems = eventProblems(event);
    clearErrors();
    if (problems.length > 0) {
      const names = [];
      for (const problem of problems) {
        const name = fieldOf(problem.path);
        if (!names.includes(name)) {
          names.push(name);
          setFieldError(name, problem.message);
        }
      }
      status.textContent = `Not ${editingId ? "changed" : "added"}: ${names.length === 1 ? "one field needs" : `${names.length} fields need`} a look. Nothing saved before has changed.`;
      fields[FIELDS.find((name) => names.includes(name))].control.focus();
      return;
    }
    if (editingId) {
      const id = editingId;
      const next = { ...data, events: data.events.map((old) => old.id === id ? event : old) };
      if (commit(next, `edit ${describe(event)}`, `Changed ${describe(event)}.`)) {
        resetForm();
        const button = list.querySelector(`li[data-id="${CSS.escape(id)}"] [data-action="edit"]`);
        if (button) button.focus();
      }
    } else if (commit({ ...data, events: [...data.events, event] }, `add ${describe(event)}`, `Added ${describe(event)}.`)) {
      resetForm();
      fields.age.control.focus();
    }
  });
  cancelButton.addEventListener("click", () => {
    const id = editingId;
    resetForm();
    status.textContent = "Editing cancelled; nothing changed.";
    const button = list.querySelector(`li[data-id="${CSS.escape(id)}"] [data-action="edit"]`);
    if (button) button.focus();
  });
  const startEdit = (id) => {
    const event = data.events.find((item) => item.id === id);
    if (!event) return;
    clearErrors();
    editingId = id;
    fields.age.control.value = event.age !== void 0 ? String(event.age) : "";
    fields.year.control.value = event.year !== void 0 ? String(event.year) : "";
    setFieldText(fields.label.control, event.label);
    categorySelect.value = event.category;
    feelingSelect.value = String(event.feeling);
    setFieldText(fields.themes.control, (event.themes || []).join(", "));
    formLegend.textContent = `Edit the event ${describe(event)}`;
    submitButton.textContent = "Save changes";
    cancelButton.hidden = false;
    fields.age.control.focus();
  };
  const deleteEvent = (id) => {
    const event = data.events.find((item) => item.id === id);
    if (!event) return;
    if (editingId === id) resetForm();
    commit({ ...data, events: data.events.filter((item) => item.id !== id) }, `delete ${describe(event)}`, `Deleted ${describe(event)}; Undo brings it back.`);
    undoButton.focus();
  };
  undoButton.addEventListener("click", () => {
    const last = undoStack.pop();
    if (!last) return;
    if (editingId && !last.data.events.some((item) => item.id === editingId)) resetForm();
    data = last.data;
    persist(`Undone: ${last.what}.`);
    redraw();
    if (undoButton.disabled) listHeading.focus();
  });
  const refocus = (returnTo) => (returnTo.disabled ? undoButton : returnTo).focus();
  const ask = (question, yes, no, action, returnTo) => confirmation.ask(
    question,
    yes,
    no,
    () => {
      action();
      refocus(returnTo);
    },
    returnTo,
    () => {
      status.textContent = "Nothing changed.";
      refocus(returnTo);
    }
  );
  const loadSample = () => {
    resetForm();
    commit({ events: structuredClone(sample) }, `use ${sampleName}'s sample`, `Showing ${sampleName}'s fictional timeline (${sample.length} events). Undo brings back what was here.`);
  };
  sampleButton.addEventListener("click", () => {
    if (data.events.length === 0) {
      loadSample();
      return;
    }
    const count = data.events.length;
    ask(
      `This deletes the ${count} event${count === 1 ? "" : "s"} on your timeline from this device and shows ${sampleName}'s fictional ones instead. Undo brings yours back until you leave this page.`,
      `Delete mine and show ${sampleName}'s`,
      "Keep my events",
      loadSample,
      sampleButton
    );
  });
  clearButton.addEventListener("click", () => {
    const count = data.events.length;
    ask(
      `This removes all ${count} event${count === 1 ? "" : "s"} from this timeline. You can undo it afterwards.`,
      "Remove all events",
      "Keep them",
      () => {
        resetForm();
        commit({ ...data, events: [] }, "remove all events", "Removed all events; Undo brings them back.");
      },
      clearButton
    );
  });
  birthForm.addEventListener("submit", (submitEvent) => {
    submitEvent.preventDefault();
    const value = numberOrText(birthInput.value);
    const problems = value === void 0 ? [] : validate(birthSchema, value);
    if (problems.length > 0) {
      birthError.textContent = problems[0].message;
      birthError.hidden = false;
      birthInput.setAttribute("aria-invalid", "true");
      birthInput.setAttribute("aria-describedby", `${idPrefix}-birth-hint ${idPrefix}-birth-error`);
      status.textContent = "Year of birth not set; nothing saved before has changed.";
      birthInput.focus();
      return;
    }
    birthError.hidden = true;
    birthError.textContent = "";
    birthInput.removeAttribute("aria-invalid");
    birthInput.setAttribute("aria-describedby", `${idPrefix}-birth-hint`);
    const next = { ...data };
    if (value === void 0) delete next.birth_year;
    else next.birth_year = value;
    if (next.birth_year === data.birth_year) {
      status.textContent = "Year of birth unchanged.";
      return;
    }
    commit(next, value === void 0 ? "remove the year of birth" : "set the year of birth", value === void 0 ? "Year of birth removed." : "Year of birth set.");
  });
  const slug = sampleOnly ? "nadia-sample-timeline" : "my-life-timeline";
  jsonButton.addEventListener("click", () => {
    const envelope = store ? store.envelope(data) : {
      format: "psychodynamic-course-entry",
      version: FORMAT_VERSION,
      course_id: model.get("course_id"),
      widget_id: widgetId,
      kind: "timeline",
      title: titleText,
      chapter: model.get("chapter"),
      saved_at: Date.now(),
      data
    };
    download(`${slug}.json`, `${JSON.stringify(envelope, null, 2)}
`, "application/json");
    status.textContent = "The JSON file was made in this browser; nothing was uploaded.";
  });
  svgButton.addEventListener("click", () => {
    download(`${slug}.svg`, exportSvgText(svg, titleText), "image/svg+xml");
    status.textContent = "The image was made in this browser; nothing was uploaded.";
  });
  pngButton.addEventListener("click", () => {
    const text = exportSvgText(svg, titleText);
    const image = new Image();
    image.onload = () => {
      const canvas = element("canvas", { width: WIDTH * 2, height: HEIGHT * 2 });
      const context = canvas.getContext("2d");
      context.scale(2, 2);
      context.drawImage(image, 0, 0, WIDTH, HEIGHT);
      canvas.toBlob((blob) => {
        if (blob) {
          downloadBlob(`${slug}.png`, blob);
          status.textContent = "The image was made in this browser; nothing was uploaded.";
        } else {
          status.textContent = "This browser could not make a PNG; try the SVG image instead.";
        }
      }, "image/png");
    };
    image.onerror = () => {
      status.textContent = "This browser could not make a PNG; try the SVG image instead.";
    };
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  });
  for (const target of [form, birthForm]) {
    target.addEventListener("keydown", (keyEvent) => {
      if (keyEvent.key !== "Enter" || keyEvent.isComposing || keyEvent.target.tagName !== "INPUT") return;
      keyEvent.preventDefault();
      target.requestSubmit();
    });
  }
  redraw();
  if (store?.available && data.events.length > 0) status.textContent = "Saved on this device.";
}
var timeline_default = { render: forEachLearner(render) };
export {
  timeline_default as default
};
