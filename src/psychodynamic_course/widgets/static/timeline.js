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
function uid(widgetId) {
  instanceCount += 1;
  return `pdc-${widgetId}-${instanceCount}`;
}
function textLength(text) {
  return [...text].length;
}
function debounce(callback, milliseconds) {
  let timer = null;
  const debounced = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      callback(...args);
    }, milliseconds);
  };
  debounced.cancel = () => {
    clearTimeout(timer);
    timer = null;
  };
  debounced.flush = (...args) => {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
      callback(...args);
    }
  };
  return debounced;
}
function newId() {
  return `e${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}
function pageHref(name) {
  if (window.location.pathname.endsWith(".html")) return `${name}.html`;
  return name === "my_journal" ? "my_journal.ipynb" : `${name}.md`;
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

// frontend/lib/class_demo.js
function isClassDemo(model) {
  return Boolean(model.get("class_demo"));
}
function classDemoNote() {
  const note = element("p", { class: "pdc-class-demo", role: "note" });
  note.append(
    element("strong", {}, "Class demo: nothing here is saved. "),
    "Not in this browser and not in anyone's journal; it is empty each time the page opens, and Clear the demo empties it at once. Use a fictional character, never a real person."
  );
  return note;
}
var CLASS_DEMO_WORDS = { clearButton: "Clear the demo" };

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
function sameWithoutDraft(a, b) {
  const strip = (data) => data && typeof data === "object" ? { ...data, draft: void 0 } : data;
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
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
  const envelope = (data, savedAt = Date.now()) => ({
    format: "psychodynamic-course-entry",
    version: FORMAT_VERSION,
    course_id: courseId,
    widget_id: widgetId,
    kind,
    title,
    chapter,
    saved_at: savedAt,
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
    save(data, savedAt = Date.now()) {
      if (!storage) return null;
      const there = storage.getItem(key);
      if (notAside !== null && there !== notAside) notAside = null;
      if (notAside !== null) {
        if (!setAside(notAside)) return null;
      } else if (there !== known && there !== null && !parse(there)) {
        if (!setAside(there, STORAGE_MESSAGES.unreadableMeanwhile)) return null;
      } else if (there !== known && onConflict) {
        onConflict(there);
        return null;
      }
      const written = envelope(data, savedAt);
      const text = JSON.stringify(written);
      try {
        storage.setItem(key, text);
      } catch (error) {
        onProblem(isQuotaError(error) ? STORAGE_MESSAGES.full : STORAGE_MESSAGES.refused);
        return null;
      }
      known = text;
      for (const message of standing) onProblemGone(message);
      standing.clear();
      onSaved();
      return written;
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
        const before = known === null ? null : parse(known);
        known = raw;
        const saved = raw === null ? null : parse(raw);
        adopt(saved ? saved.data : null);
        if (before && saved && sameWithoutDraft(before.data, saved.data)) return;
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
function newerCopy(entry, local, canAdopt) {
  const localSavedAt = local ? local.saved_at : 0;
  if (entry && entry.saved_at > localSavedAt) {
    const same = local && JSON.stringify(entry.data) === JSON.stringify(local.data);
    return !same && canAdopt(entry) ? "adopt" : null;
  }
  if (localSavedAt && (!entry || localSavedAt > entry.saved_at)) return "send";
  return null;
}
function savedWhere(learner) {
  return learner ? "Saved in this browser and in your journal file." : "Saved on this device.";
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

// frontend/lib/print.js
var PRINT_NOTE = "Interactive exercise: to use it, open this page in the online book or run the chapter in Jupyter.";
function printNote(root, text = PRINT_NOTE) {
  root.classList.add("pdc-prints-as-note");
  root.append(element("p", { class: "pdc-print-note" }, text));
}
function printAsShown(root) {
  root.classList.add("pdc-prints-as-shown");
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
function listEditorAsk(confirm, say, fallback) {
  return (question, confirmLabel, keepLabel, onConfirm, returnTo) => {
    const refocus = () => {
      if (returnTo.disabled) fallback().focus();
    };
    confirm.ask(
      question,
      confirmLabel,
      keepLabel,
      () => {
        onConfirm();
        refocus();
      },
      returnTo,
      () => {
        say("Nothing changed.");
        refocus();
      }
    );
  };
}

// frontend/lib/list_model.js
var UNDO_LIMIT = 100;
var UNDO_SNAPSHOT_VERSION = 1;
var copy = (value) => structuredClone(value);
var sameData = (a, b) => JSON.stringify(a) === JSON.stringify(b);
var isId = (id) => typeof id === "string" && id.length > 0;
function fingerprint(items, extras = {}) {
  const text = JSON.stringify({ items, extras });
  let hash = 2166136261;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return `${text.length.toString(36)}-${hash.toString(36)}`;
}
function listProblem(items) {
  if (!Array.isArray(items)) return "The items are not a list.";
  const seen = /* @__PURE__ */ new Set();
  for (const item of items) {
    if (!item || typeof item !== "object" || !isId(item.id)) return "An item has no id.";
    if (seen.has(item.id)) return `Two items have the id ${item.id}.`;
    seen.add(item.id);
  }
  return "";
}
function withUniqueIds(items) {
  if (!Array.isArray(items)) return items;
  const seen = /* @__PURE__ */ new Set();
  return items.map((item) => {
    if (!item || typeof item !== "object" || !isId(item.id) || !seen.has(item.id)) {
      if (item && typeof item === "object") seen.add(item.id);
      return item;
    }
    let number = 2;
    const base = item.id.slice(0, 34);
    while (seen.has(`${base}-${number}`)) number += 1;
    const id = `${base}-${number}`;
    seen.add(id);
    return { ...item, id };
  });
}
function isStep(step) {
  if (!step || typeof step.what !== "string" || !step.extras || typeof step.extras !== "object") return false;
  if (step.kind === "add") return isId(step.id);
  if (step.kind === "edit") return Boolean(step.before) && isId(step.before.id);
  if (step.kind === "remove") return Boolean(step.item) && isId(step.item.id) && Number.isInteger(step.index);
  if (step.kind === "replace") return listProblem(step.items) === "";
  return step.kind === "extras";
}
function createListModel({ items: saved = [], extras = {}, check = () => "", limit = UNDO_LIMIT } = {}) {
  const items = withUniqueIds(saved);
  const problem = listProblem(items);
  if (problem) throw new TypeError(problem);
  let current = copy(items);
  let currentExtras = copy(extras);
  let steps = [];
  const indexOf = (id) => current.findIndex((item) => item.id === id);
  const apply = (nextItems, nextExtras, step, change) => {
    const extrasAfter = nextExtras === void 0 ? currentExtras : copy(nextExtras);
    const refusal = check(nextItems, extrasAfter);
    if (refusal) return { refused: refusal };
    steps.push({ ...step, extras: currentExtras });
    if (steps.length > limit) steps.shift();
    const extrasChanged = !sameData(extrasAfter, currentExtras);
    current = nextItems;
    currentExtras = extrasAfter;
    return extrasChanged ? { ...change, extras: true } : change;
  };
  const needWords = (what) => {
    if (typeof what !== "string" || what === "") throw new TypeError("Say in words what the step does.");
  };
  return {
    /** The items in stored order (do not change them in place: copy first). */
    items: () => current,
    /** The item with this id, or undefined. */
    get: (id) => current.find((item) => item.id === id),
    /** The widget's other saved values. */
    extras: () => currentExtras,
    /** Add `item` (it brings its own new id) at the end. */
    add(item, what, extras2) {
      needWords(what);
      if (!item || !isId(item.id)) return { refused: "The new item has no id." };
      if (indexOf(item.id) !== -1) return { refused: `An item with the id ${item.id} is already in the list.` };
      return apply([...current, copy(item)], extras2, { kind: "add", what, id: item.id }, { added: item.id });
    },
    /** Replace the item with `item.id` by `item`, in the same place. */
    edit(item, what, extras2) {
      needWords(what);
      const index = item ? indexOf(item.id) : -1;
      if (index === -1) return { refused: "That item is no longer in the list." };
      const next = [...current];
      next[index] = copy(item);
      return apply(next, extras2, { kind: "edit", what, before: current[index] }, { edited: item.id });
    },
    /** Delete the item with this id; Undo puts it back in the same place. */
    remove(id, what, extras2) {
      needWords(what);
      const index = indexOf(id);
      if (index === -1) return { refused: "That item is no longer in the list." };
      const next = current.filter((item) => item.id !== id);
      return apply(next, extras2, { kind: "remove", what, item: current[index], index }, { deleted: id });
    },
    /** Replace every item (load a sample); Undo brings back the list from before. */
    replaceAll(items2, what, extras2) {
      needWords(what);
      const problem2 = listProblem(items2);
      if (problem2) return { refused: problem2 };
      return apply(copy(items2), extras2, { kind: "replace", what, items: current }, { replaced: true });
    },
    /** Remove every item; Undo brings them back. */
    clear(what, extras2) {
      return this.replaceAll([], what, extras2);
    },
    /** Change only the extras (set the year of birth), as one undoable step. */
    setExtras(extras2, what) {
      needWords(what);
      if (sameData(extras2, currentExtras)) return { refused: "Nothing changed." };
      return apply(current, extras2, { kind: "extras", what }, {});
    },
    /**
     * Take data saved elsewhere (another tab, the kernel's journal file) as it is. Not a
     * step: the undo stack is emptied, because an undo would bring back the version that
     * was just replaced, which the learner did not make here.
     */
    adopt(adopted, extras2 = {}) {
      const items2 = withUniqueIds(adopted);
      const problem2 = listProblem(items2);
      if (problem2) return { refused: problem2 };
      current = copy(items2);
      currentExtras = copy(extras2);
      steps = [];
      return { replaced: true, extras: true };
    },
    /** What the next Undo would undo, in words ("delete “Leo”"), or "" when nothing. */
    undoLabel: () => steps.length ? steps[steps.length - 1].what : "",
    canUndo: () => steps.length > 0,
    /** Undo the last step; returns the change that made, with `undone` (its words). */
    undo() {
      const step = steps.pop();
      if (!step) return { refused: "There is nothing to undo." };
      const extrasChanged = !sameData(step.extras, currentExtras);
      let change = {};
      if (step.kind === "add") {
        current = current.filter((item) => item.id !== step.id);
        change = { deleted: step.id };
      } else if (step.kind === "edit") {
        current = current.map((item) => item.id === step.before.id ? step.before : item);
        change = { edited: step.before.id };
      } else if (step.kind === "remove") {
        current = [...current.slice(0, step.index), step.item, ...current.slice(step.index)];
        change = { added: step.item.id };
      } else if (step.kind === "replace") {
        current = step.items;
        change = { replaced: true };
      }
      currentExtras = step.extras;
      return { ...change, ...extrasChanged ? { extras: true } : {}, undone: step.what };
    },
    /**
     * The undo stack as plain data, to keep in sessionStorage (per learner namespace) so
     * Undo survives a reload. sessionStorage, not localStorage, on purpose: it lasts as
     * long as the tab, so a deleted painful memory does not linger in the browser after the
     * tab is closed, for example on a shared computer in a library or a classroom.
     * Each step keeps only what it undoes (one item, or the list a sample replaced), not a
     * copy of the whole list, so 100 steps stay small.
     */
    undoSnapshot: () => ({
      version: UNDO_SNAPSHOT_VERSION,
      fingerprint: fingerprint(current, currentExtras),
      steps: copy(steps)
    }),
    /**
     * Bring back an undo stack from undoSnapshot(). Refused (returns false, nothing
     * changes) when the snapshot is not one, or was taken on other data than this list
     * holds now: its steps would then undo the wrong things.
     */
    restoreUndo(snapshot) {
      if (!snapshot || snapshot.version !== UNDO_SNAPSHOT_VERSION || !Array.isArray(snapshot.steps)) return false;
      if (snapshot.fingerprint !== fingerprint(current, currentExtras)) return false;
      if (!snapshot.steps.every(isStep)) return false;
      steps = copy(snapshot.steps).slice(-limit);
      return true;
    }
  };
}
function emptyDraft(fieldNames) {
  return { editing: null, fields: Object.fromEntries(fieldNames.map((name) => [name, ""])) };
}
function isDraftEmpty(draft) {
  return draft.editing === null && Object.values(draft.fields).every((value) => value.trim() === "");
}
function setDraftField(draft, name, value) {
  if (!Object.hasOwn(draft.fields, name)) throw new RangeError(`The form has no field ${name}.`);
  return { editing: draft.editing, fields: { ...draft.fields, [name]: String(value) } };
}
function editingDraft(fieldNames, id, fields) {
  const draft = emptyDraft(fieldNames);
  for (const name of fieldNames) if (fields[name] !== void 0) draft.fields[name] = String(fields[name]);
  return { editing: id, fields: draft.fields };
}
function draftFrom(saved, fieldNames) {
  const draft = emptyDraft(fieldNames);
  if (!saved || typeof saved !== "object" || !saved.fields || typeof saved.fields !== "object") return draft;
  for (const name of fieldNames) if (typeof saved.fields[name] === "string") draft.fields[name] = saved.fields[name];
  draft.editing = isId(saved.editing) ? saved.editing : null;
  return draft;
}

// frontend/lib/list_words.js
function listWords(noun, nouns, sampleName) {
  const count = (n) => `${n} ${n === 1 ? noun : nouns}`;
  return {
    addLegend: `Add ${/^[aeiou]/i.test(noun) ? "an" : "a"} ${noun}`,
    addButton: `Add ${noun}`,
    editLegend: (description) => `Edit the ${noun} ${description}`,
    listHeading: (n) => `${nouns[0].toUpperCase()}${nouns.slice(1)} (${n})`,
    sampleButton: `Use the fictional sample: ${sampleName}`,
    sampleQuestion: (n) => `This deletes the ${count(n)} here from this device and shows ${sampleName}'s fictional ones instead. Undo brings yours back until you close this tab.`,
    sampleConfirm: `Delete mine and show ${sampleName}'s`,
    sampleKeep: `Keep my ${nouns}`,
    clearButton: `Remove all ${nouns}`,
    clearQuestion: (n) => `This removes all ${count(n)}. You can undo it afterwards.`,
    clearConfirm: `Remove all ${nouns}`,
    clearKeep: "Keep them"
  };
}

// frontend/lib/list_editor.js
var quoted = (text) => `“${[...text].length > 40 ? `${[...text].slice(0, 39).join("")}…` : text}”`;
var button = (text, attributes = {}) => element("button", { type: "button", class: "pdc-button pdc-secondary", ...attributes }, text);
function buildField(field, prefix, extraClass = "") {
  const id = `${prefix}-${field.name}`;
  const attributes = { id, name: field.name, "aria-describedby": field.hint ? `${id}-hint` : null, ...field.attributes };
  let control;
  if (field.kind === "select") {
    control = element("select", attributes);
    for (const [value, text] of field.options || []) control.append(element("option", { value }, text));
  } else if (field.kind === "textarea") {
    control = element("textarea", { rows: 2, ...attributes });
  } else {
    const numeric = field.kind === "number" ? { inputmode: "numeric" } : {};
    control = element("input", { type: "text", autocomplete: "off", ...numeric, ...attributes });
  }
  const wrapper = element("div", { class: `pdc-list-field pdc-list-field-${field.name} ${extraClass}`.trim() });
  const hint = field.hint ? element("p", { class: "pdc-muted pdc-list-hint", id: `${id}-hint` }, field.hint) : null;
  const error = element("p", { class: "pdc-field-error", id: `${id}-error`, hidden: true });
  wrapper.append(element("label", { for: id }, field.label), ...hint ? [hint] : [], control, error);
  return { wrapper, control, hint, error };
}
function showFieldError({ control, hint, error }, message) {
  error.textContent = message;
  error.hidden = !message;
  if (message) control.setAttribute("aria-invalid", "true");
  else control.removeAttribute("aria-invalid");
  const ids = [hint && hint.id, message && error.id].filter(Boolean);
  if (ids.length) control.setAttribute("aria-describedby", ids.join(" "));
  else control.removeAttribute("aria-describedby");
}
function createListEditor(options) {
  const { fields: fieldList, describe, validate: validate2, toItem, toFields, ask, readOnly = false, sample = null } = options;
  const { renderItem = (item) => document.createTextNode(describe(item)), sortItems = (items) => items } = options;
  const { onChange = () => "", onDraft = () => {
  }, onUndo = () => {
  }, textDirection: textDirection2 = null } = options;
  const prefix = options.idPrefix || newId();
  const css = { form: "", list: "", listHeading: "", item: "", field: () => "", ...options.classes };
  const { noun = "item", nouns = "items" } = options.words || {};
  const words = { noun, nouns, ...listWords(noun, nouns, sample?.name || ""), ...options.words };
  const names = fieldList.map((field) => field.name);
  const model = createListModel({ items: options.items || [], extras: options.extras || {}, check: options.check });
  if (options.undo) model.restoreUndo(options.undo);
  let draft = draftFrom(options.draft, names);
  let editing = null;
  const fields = {};
  const form = element("form", { class: `pdc-list-form ${css.form}`.trim(), novalidate: true });
  const fieldset = element("fieldset");
  const legend = fieldset.appendChild(element("legend", {}, words.addLegend));
  const groups = /* @__PURE__ */ new Map();
  for (const field of fieldList) {
    fields[field.name] = buildField(field, prefix, css.field(field.name));
    if (field.group && !groups.has(field.group)) {
      groups.set(field.group, element("fieldset", { class: "pdc-list-group" }));
      groups.get(field.group).append(element("legend", {}, field.group));
      fieldset.append(groups.get(field.group));
    }
    (field.group ? groups.get(field.group) : fieldset).append(fields[field.name].wrapper);
    followInput(field.name);
  }
  const submitButton = element("button", { type: "submit", class: "pdc-button" }, words.addButton);
  const cancelButton = button("Cancel editing", { hidden: true });
  const formError = element("p", { class: "pdc-field-error", id: `${prefix}-form-error`, hidden: true });
  const formButtons = element("div", { class: "pdc-list-buttons" });
  formButtons.append(submitButton, " ", cancelButton);
  form.append(fieldset);
  fieldset.append(formButtons, formError);
  function followInput(name) {
    const control = fields[name].control;
    control.addEventListener("input", () => {
      followDirection(control);
      keepDraft(setDraftField(draft, name, control.value));
      if (control.getAttribute("aria-invalid") !== "true") return;
      const own = validate2(readFields()).find((problem) => problem.field === name);
      showFieldError(fields[name], own ? own.message : "");
    });
  }
  function followDirection(control) {
    if (textDirection2 && control.tagName !== "SELECT") control.dir = textDirection2(control.value);
  }
  function clearErrors() {
    for (const name of names) showFieldError(fields[name], "");
    formError.hidden = true;
  }
  const readFields = () => Object.fromEntries(names.map((name) => [name, fields[name].control.value]));
  const keepDraft = (next) => {
    draft = next;
    onDraft(draft);
  };
  function fillForm(values) {
    for (const name of names) {
      fields[name].control.value = values[name] ?? "";
      followDirection(fields[name].control);
    }
  }
  function showEditing(item) {
    editing = item ? item.id : null;
    legend.textContent = item ? words.editLegend(quoted(describe(item))) : words.addLegend;
    submitButton.textContent = item ? "Save changes" : words.addButton;
    cancelButton.hidden = !item;
    markEditingRow();
  }
  function resetForm() {
    showEditing(null);
    fillForm({});
    clearErrors();
    keepDraft(emptyDraft(names));
  }
  function keepTypedAsNew(before = "") {
    showEditing(null);
    keepDraft({ editing: null, fields: draft.fields });
    say(`${before} The ${noun} you were editing is no longer in the list. What you typed is still in the form; choose ${words.addButton} to keep it as a new ${noun}.`.trim());
  }
  function startEditing(id) {
    const item = model.get(id);
    clearErrors();
    keepDraft(editingDraft(names, id, toFields(item)));
    fillForm(draft.fields);
    showEditing(item);
    fields[names[0]].control.focus();
  }
  form.addEventListener("submit", (submitEvent) => {
    submitEvent.preventDefault();
    const values = readFields();
    const problems = validate2(values);
    clearErrors();
    if (problems.length > 0) {
      const named = names.filter((name) => problems.some((problem) => problem.field === name));
      for (const name of named) showFieldError(fields[name], problems.find((problem) => problem.field === name).message);
      const general = problems.find((problem) => !names.includes(problem.field));
      formError.textContent = general ? general.message : "";
      formError.hidden = !general;
      const count = named.length || 1;
      say(`Not ${editing ? "changed" : "added"}: ${count === 1 ? "one field needs" : `${count} fields need`} a look. Nothing saved before has changed.`);
      fields[named[0] || names[0]].control.focus();
      return;
    }
    if (editing && !model.get(editing)) return keepTypedAsNew();
    const id = editing;
    const item = { ...toItem(values), id: id || newId() };
    const description = quoted(describe(item));
    const change = id ? model.edit(item, `edit ${description}`) : model.add(item, `add ${description}`);
    formError.textContent = change.refused || "";
    formError.hidden = !change.refused;
    if (!changed(change, id ? `Changed ${description}.` : `Added ${description}.`)) return;
    resetForm();
    (id ? rows.get(id)?.editButton : fields[names[0]].control)?.focus();
  });
  cancelButton.addEventListener("click", () => {
    const id = editing;
    resetForm();
    say("Editing cancelled; nothing changed.");
    rows.get(id)?.editButton.focus();
  });
  form.addEventListener("keydown", (keyEvent) => {
    if (keyEvent.key !== "Enter" || keyEvent.isComposing || keyEvent.target.tagName !== "INPUT") return;
    keyEvent.preventDefault();
    form.requestSubmit();
  });
  const tools = element("div", { class: "pdc-list-buttons pdc-list-tools" });
  const undoButton = button("Undo");
  const sampleButton = button(words.sampleButton);
  const clearButton = button(words.clearButton);
  tools.append(undoButton, " ", ...sample ? [sampleButton, " "] : [], clearButton);
  const status = element("p", { class: "pdc-status", role: "status" });
  const say = (text) => status.textContent = text;
  function changed(change, message) {
    if (change.refused) {
      say(`Not changed: ${change.refused}`);
      return false;
    }
    updateRows(change);
    updateTools();
    onUndo(model.undoSnapshot());
    say([message, onChange(model.items(), change, model.extras())].filter(Boolean).join(" "));
    return true;
  }
  function updateTools() {
    undoButton.disabled = !model.canUndo();
    undoButton.textContent = model.canUndo() ? `Undo: ${model.undoLabel()}` : "Undo";
    clearButton.disabled = model.items().length === 0;
  }
  function deleteItem(id) {
    const item = model.get(id);
    if (editing === id) resetForm();
    const description = quoted(describe(item));
    changed(model.remove(id, `delete ${description}`, model.items().length === 1 ? options.clearedExtras : void 0), `Deleted ${description}; Undo brings it back.`);
    undoButton.focus();
  }
  undoButton.addEventListener("click", () => {
    const change = model.undo();
    if (change.refused) return;
    changed(change, `Undone: ${change.undone}.`);
    if (editing && !model.get(editing)) keepTypedAsNew(status.textContent);
    if (!model.canUndo()) listHeading.focus();
  });
  function loadSample() {
    resetForm();
    const change = model.replaceAll(sample.items, `use ${sample.name}'s sample`, sample.extras);
    if (changed(change, `Showing ${sample.name}'s fictional ${nouns}; Undo brings back what was here.`)) listHeading.focus();
  }
  sampleButton.addEventListener("click", () => {
    const count = model.items().length;
    if (count === 0) loadSample();
    else if (JSON.stringify(model.items()) === JSON.stringify(sample.items)) say(`These are already ${sample.name}'s ${nouns}.`);
    else ask(words.sampleQuestion(count), words.sampleConfirm, words.sampleKeep, loadSample, sampleButton);
  });
  clearButton.addEventListener("click", () => {
    const removeAll = () => {
      resetForm();
      changed(model.clear(`remove all ${nouns}`, options.clearedExtras), `Removed all ${nouns}; Undo brings them back.`);
    };
    if (options.clearAtOnce) {
      removeAll();
      listHeading.focus();
    } else ask(words.clearQuestion(model.items().length), words.clearConfirm, words.clearKeep, removeAll, clearButton);
  });
  const listHeading = element("h4", { class: `pdc-list-heading ${css.listHeading}`.trim(), tabindex: "-1", id: `${prefix}-list-heading` });
  const list = element("ol", { class: `pdc-list ${css.list}`.trim(), "aria-labelledby": `${prefix}-list-heading` });
  const rows = /* @__PURE__ */ new Map();
  function setRow(item) {
    const row = { node: element("li", { class: `pdc-list-item ${css.item}`.trim(), "data-id": item.id }), item, editButton: null };
    row.node.append(renderItem(item, model.extras()));
    if (!readOnly) {
      const actions = element("div", { class: "pdc-list-item-actions" });
      row.editButton = button("Edit", { "data-action": "edit", "aria-label": `Edit: ${describe(item)}` });
      const remove = button("Delete", { "data-action": "delete", "aria-label": `Delete: ${describe(item)}` });
      row.editButton.addEventListener("click", () => startEditing(item.id));
      remove.addEventListener("click", () => deleteItem(item.id));
      actions.append(row.editButton, " ", remove);
      row.node.append(actions);
    }
    rows.get(item.id)?.node.replaceWith(row.node);
    rows.set(item.id, row);
  }
  function removeRow(id) {
    rows.get(id)?.node.remove();
    rows.delete(id);
  }
  function updateRows(change) {
    const items = model.items();
    if (change.replaced || change.extras) {
      const present = new Set(items.map((item) => item.id));
      for (const id of [...rows.keys()]) if (!present.has(id)) removeRow(id);
      for (const item of items) {
        const row = rows.get(item.id);
        if (change.extras || !row || JSON.stringify(row.item) !== JSON.stringify(item)) setRow(item);
      }
    } else if (change.deleted) {
      removeRow(change.deleted);
    } else if (change.added || change.edited) {
      setRow(model.get(change.added || change.edited));
    }
    placeRows(sortItems(items, model.extras()));
    listHeading.textContent = words.listHeading(items.length);
    list.hidden = items.length === 0;
    markEditingRow();
  }
  function placeRows(ordered) {
    let cursor = list.firstChild;
    for (const item of ordered) {
      const node = rows.get(item.id).node;
      if (node === cursor) cursor = cursor.nextSibling;
      else list.insertBefore(node, cursor);
    }
  }
  let markedId = null;
  function markEditingRow() {
    rows.get(markedId)?.node.classList.remove("pdc-list-editing");
    rows.get(editing)?.node.classList.add("pdc-list-editing");
    markedId = editing;
  }
  updateRows({ replaced: true });
  updateTools();
  if (!readOnly) {
    fillForm(draft.fields);
    if (draft.editing && model.get(draft.editing)) showEditing(model.get(draft.editing));
    else if (draft.editing) keepTypedAsNew();
    else if (!isDraftEmpty(draft)) say(`What you were typing is back in the form; choose ${words.addButton} to keep it.`);
  }
  return {
    parts: { form: readOnly ? null : form, tools: readOnly ? null : tools, status, listHeading, list },
    fields,
    model,
    say,
    /** Change the widget's other saved values as one undoable step (the year of birth). */
    setExtras: (extras, what, message) => changed(model.setExtras(extras, what), message),
    /** Take data saved elsewhere (another tab, the journal file): not undoable, not saved back. */
    adopt(items, extras, message) {
      const change = model.adopt(items, extras);
      if (change.refused) return false;
      changed({ ...change, adopted: true }, message);
      if (editing && !model.get(editing)) keepTypedAsNew(status.textContent);
      return true;
    }
  };
}

// frontend/lib/list_saving.js
function listSaving({ model, learner, store, saved, savedData, canAdopt, onAdopt, onProblem, notSaving }) {
  let local = saved || null;
  let unsaved = false;
  let bridge = null;
  const persist = (savedAt = Date.now()) => {
    if (!store) return "";
    const data = savedData();
    const written = store.save(data, savedAt);
    unsaved = store.available && !written;
    if (written) local = written;
    bridge?.save(written || store.envelope(data, savedAt));
    if (written) return savedWhere(learner);
    return store.available ? "Not saved: see the note above." : notSaving;
  };
  const sendDraft = debounce(() => bridge && local && bridge.save(local), 1500);
  const saveDraft = () => {
    if (!store) return;
    const written = store.save(savedData());
    if (written) local = written;
    sendDraft();
  };
  const connect = () => {
    if (!store) return;
    bridge = kernelBridge(
      model,
      learner,
      (entry) => {
        const newer = newerCopy(entry, local, () => canAdopt(entry));
        if (newer === "adopt") {
          onAdopt(entry.data);
          persist(entry.saved_at);
        } else if (newer === "send") {
          bridge.save(local);
        }
      },
      onProblem
    );
  };
  return {
    persist,
    saveDraft,
    connect,
    flush: () => sendDraft.flush(),
    unsaved: () => unsaved,
    /** What is on screen was replaced by another tab's saved version. */
    followedOtherTab: () => {
      unsaved = false;
    }
  };
}

// frontend/lib/saved_draft.js
var DRAFT_TEXT_LIMIT = 5e3;
function clipDraftText(text) {
  const value = String(text);
  if (value.length <= DRAFT_TEXT_LIMIT) return value;
  return [...value].slice(0, DRAFT_TEXT_LIMIT).join("");
}
function withDraft(data, draft, extraText = {}) {
  const { draft: _old, ...rest } = data;
  const extras = Object.fromEntries(
    Object.entries(extraText).filter(([, value]) => typeof value === "string" && value.trim() !== "").map(([name, value]) => [name, clipDraftText(value)])
  );
  if (isDraftEmpty(draft) && Object.keys(extras).length === 0) return rest;
  const fields = Object.fromEntries(Object.entries(draft.fields).map(([name, value]) => [name, clipDraftText(value)]));
  return { ...rest, draft: { editing: draft.editing, fields, ...extras } };
}
function draftOfSaved(data, fieldNames) {
  return draftFrom(data && data.draft, fieldNames);
}
function draftTextOfSaved(data, name) {
  const value = data && data.draft && data.draft[name];
  return typeof value === "string" ? value : "";
}
function withoutDraft(data) {
  const { draft: _draft, ...rest } = data || {};
  return rest;
}

// frontend/lib/undo_storage.js
function sessionStorageOrNull() {
  try {
    return globalThis.sessionStorage || null;
  } catch {
    return null;
  }
}
function undoStorage(namespace, widgetId) {
  const key = `${namespace}:${widgetId}:undo`;
  const storage = sessionStorageOrNull();
  return {
    load() {
      try {
        return storage ? JSON.parse(storage.getItem(key) || "null") : null;
      } catch {
        return null;
      }
    },
    save(snapshot) {
      try {
        if (storage) storage.setItem(key, JSON.stringify(snapshot));
      } catch {
      }
    }
  };
}

// frontend/lib/timeline_layout.js
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
var EVENT_FIELDS = ["age", "year", "label", "category", "feeling", "themes"];
function categoryOf(name) {
  return CATEGORIES.find((category) => category.name === name) || CATEGORIES[7];
}
function feelingText(value) {
  const found = FEELINGS.find(([number]) => number === value);
  return `${value > 0 ? "+" : ""}${value} ${found ? found[1] : ""}`.trim();
}
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
function whenText(event, axis, birthYear) {
  if (event.age !== void 0 && event.year !== void 0) return `Age ${event.age} (${event.year})`;
  if (event.age !== void 0) return `Age ${event.age}`;
  if (axis === "age" && Number.isInteger(birthYear)) return `${event.year} (age ${event.year - birthYear})`;
  return `${event.year}`;
}
function timelineSummary(layout, themes, events) {
  if (events.length === 0) return "An empty life timeline: no events yet.";
  const parts = [];
  const { placed, axis } = layout;
  if (placed.length > 0) {
    const unit = axis === "age" ? "age " : "";
    const count = placed.length;
    parts.push(`A life timeline of ${count} event${count === 1 ? "" : "s"} from ${unit}${placed[0].x} to ${placed[count - 1].x}.`);
    const feel = (test) => placed.filter((item) => test(item.event.feeling)).length;
    parts.push(`${feel((f) => f > 0)} felt good or very good, ${feel((f) => f < 0)} hard or very hard, ${feel((f) => f === 0)} mixed or neutral.`);
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
function numberOrText(text) {
  const trimmed = text.trim();
  if (trimmed === "") return void 0;
  return /^[+-]?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}
function eventFromFields(fields) {
  const event = {};
  const age = numberOrText(fields.age || "");
  const year = numberOrText(fields.year || "");
  if (age !== void 0) event.age = age;
  if (year !== void 0) event.year = year;
  event.label = (fields.label || "").trim();
  event.category = fields.category || "";
  if ((fields.feeling || "") !== "") event.feeling = Number(fields.feeling);
  const seen = /* @__PURE__ */ new Set();
  const themes = [];
  for (const piece of (fields.themes || "").split(",")) {
    const theme = piece.trim();
    if (theme && !seen.has(themeKey(theme))) {
      seen.add(themeKey(theme));
      themes.push(theme);
    }
  }
  if (themes.length) event.themes = themes;
  return event;
}
function fieldsOfEvent(event) {
  return {
    age: event.age !== void 0 ? String(event.age) : "",
    year: event.year !== void 0 ? String(event.year) : "",
    label: event.label,
    category: event.category,
    feeling: String(event.feeling),
    themes: (event.themes || []).join(", ")
  };
}
function listOrder(events, birthYear) {
  const layout = placeEvents(events, birthYear);
  return [...layout.placed.map((item) => item.event), ...layout.unplaced];
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

// frontend/lib/timeline_chart.js
var DASHES = ["7 4", "2 3", "10 3 2 3", "4 3", "12 4", "1 3 6 3"];
var SVG_NS2 = "http://www.w3.org/2000/svg";
var WIDTH = 640;
var HEIGHT = 340;
var MARGIN = { left: 150, right: 18, top: 30, bottom: 50 };
var PLOT_W = WIDTH - MARGIN.left - MARGIN.right;
var PLOT_H = HEIGHT - MARGIN.top - MARGIN.bottom;
var yOf = (feeling) => MARGIN.top + (2 - feeling) / 4 * PLOT_H;
var polygon = (points) => `M${points.map(([x, y]) => `${x.toFixed(1)} ${y.toFixed(1)}`).join(" L")} Z`;
function markerPath(shape, x, y, r) {
  const around = (count, radius, inner = null) => {
    const points = [];
    const steps = inner === null ? count : count * 2;
    for (let i = 0; i < steps; i += 1) {
      const angle = (-90 + 360 / steps * i) * Math.PI / 180;
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
      return around(5, r * 1.4, r * 0.6);
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
function categoryIcon(categoryName) {
  const category = categoryOf(categoryName);
  const icon = svgElement("svg", { viewBox: "0 0 20 20", width: 18, height: 18, "aria-hidden": "true", focusable: "false", class: "pdc-timeline-icon" });
  icon.append(svgElement("path", { d: markerPath(category.shape, 10, 10, 6), fill: category.colour, class: "pdc-timeline-marker" }));
  return icon;
}
function buildLegend() {
  const legend = element("ul", { class: "pdc-timeline-legend", "aria-label": "Legend" });
  for (const category of CATEGORIES) {
    const item = element("li");
    item.append(categoryIcon(category.name), element("span", {}, category.name));
    legend.append(item);
  }
  const themeKey2 = element("li");
  const themeIcon = svgElement("svg", { viewBox: "0 0 30 10", width: 30, height: 10, "aria-hidden": "true", focusable: "false", class: "pdc-timeline-icon" });
  themeIcon.append(svgElement("line", { x1: 1, y1: 5, x2: 29, y2: 5, class: "pdc-timeline-theme-line", "stroke-dasharray": DASHES[0] }));
  themeKey2.append(themeIcon, element("span", {}, "line: events sharing a theme (labelled)"));
  legend.append(themeKey2);
  return legend;
}
function buildGuides() {
  const { left, right, top } = MARGIN;
  const guides = svgElement("g", { class: "pdc-timeline-guides" });
  for (const [value] of FEELINGS) {
    const y = yOf(value);
    guides.append(
      svgElement("line", { x1: left, x2: WIDTH - right, y1: y, y2: y, class: value === 0 ? "pdc-timeline-axis" : "pdc-timeline-guide" }),
      svgElement("text", { x: left - 10, y: y + 4, "text-anchor": "end", class: "pdc-timeline-tick" }, feelingText(value))
    );
  }
  guides.append(svgElement("text", { x: left - 10, y: top - 14, "text-anchor": "end", class: "pdc-timeline-axis-label" }, "How it felt"));
  return guides;
}
function drawTicks(ticks, axis, low, high, pad, xOf) {
  const { top, left } = MARGIN;
  ticks.replaceChildren();
  const rough = (high - low + 2 * pad) / 8;
  const step = [1, 2, 5, 10, 20, 25, 50, 100].find((s) => s >= rough) || 100;
  for (let value = Math.ceil((low - pad) / step) * step; value <= high + pad; value += step) {
    const x = xOf(value);
    ticks.append(
      svgElement("line", { x1: x, x2: x, y1: top + PLOT_H, y2: top + PLOT_H + 5, class: "pdc-timeline-guide" }),
      svgElement("text", { x, y: top + PLOT_H + 19, "text-anchor": "middle", class: "pdc-timeline-tick" }, String(value))
    );
  }
  const label = axis === "age" ? "Age (years)" : "Year";
  ticks.append(svgElement("text", { x: left + PLOT_W / 2, y: HEIGHT - 8, "text-anchor": "middle", class: "pdc-timeline-axis-label" }, label));
}
function themeGroup(theme, index) {
  const group = svgElement("g", { class: "pdc-timeline-theme", "data-theme": theme.key });
  const points = theme.items.map((item) => `${item.cx.toFixed(1)},${item.cy.toFixed(1)}`).join(" ");
  group.append(svgElement("polyline", { points, class: "pdc-timeline-theme-line", "stroke-dasharray": DASHES[index % DASHES.length] }));
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
  return group;
}
function createTimelineChart() {
  const svg = svgElement("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img", class: "pdc-timeline-svg", preserveAspectRatio: "xMidYMid meet" });
  const ticks = svgElement("g", { class: "pdc-timeline-ticks" });
  const emptyText = svgElement("text", { x: MARGIN.left + PLOT_W / 2, y: MARGIN.top + PLOT_H / 2 - 14, "text-anchor": "middle", class: "pdc-timeline-empty" });
  const themeLayer = svgElement("g", { class: "pdc-timeline-themes" });
  const markerLayer = svgElement("g", { class: "pdc-timeline-markers" });
  svg.append(buildGuides(), ticks, emptyText, themeLayer, markerLayer);
  const markers = /* @__PURE__ */ new Map();
  let frame = null;
  let themesDrawn = null;
  function update(events, birthYear) {
    const layout = placeEvents(events, birthYear);
    const { placed, axis } = layout;
    const low = placed.length ? placed[0].x : 0;
    const high = placed.length ? placed[placed.length - 1].x : 0;
    const pad = Math.max((high - low) * 0.04, 1);
    const xOf = (value) => MARGIN.left + (value - (low - pad)) / (high - low + 2 * pad) * PLOT_W;
    const nextFrame = placed.length ? `${axis}|${low}|${high}` : `empty|${events.length}`;
    if (nextFrame !== frame) {
      frame = nextFrame;
      if (placed.length) drawTicks(ticks, axis, low, high, pad, xOf);
      else ticks.replaceChildren();
      emptyText.textContent = placed.length ? "" : events.length === 0 ? "No events yet: add one below, or load the fictional sample." : "Add your year of birth to place events given by year.";
    }
    const spots = /* @__PURE__ */ new Map();
    for (const item of placed) {
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
    const themes = sharedThemes(placed);
    const themeText = JSON.stringify(themes.map((theme) => [theme.key, theme.name, theme.items.map((item) => [item.cx, item.cy])]));
    if (themeText !== themesDrawn) {
      themesDrawn = themeText;
      themeLayer.replaceChildren(...themes.map(themeGroup));
    }
    updateMarkers(placed, axis, birthYear);
    const summary = timelineSummary(layout, themes, events);
    svg.setAttribute("aria-label", summary);
    return { layout, summary };
  }
  function updateMarkers(placed, axis, birthYear) {
    const present = /* @__PURE__ */ new Set();
    for (const { event, cx, cy } of placed) {
      present.add(event.id);
      const category = categoryOf(event.category);
      const d = markerPath(category.shape, cx, cy, 7);
      const title = `${whenText(event, axis, birthYear)}: ${event.label} (${category.name}, ${feelingText(event.feeling)})`;
      const known = markers.get(event.id);
      if (known && known.d === d && known.title === title && known.category === category.name) continue;
      const node = svgElement("path", { d, fill: category.colour, class: "pdc-timeline-marker", "data-category": category.name, "data-id": event.id });
      node.append(svgElement("title", {}, title));
      if (known) known.node.replaceWith(node);
      else markerLayer.append(node);
      markers.set(event.id, { node, d, title, category: category.name });
    }
    for (const [id, marker] of markers) {
      if (present.has(id)) continue;
      marker.node.remove();
      markers.delete(id);
    }
  }
  return { svg, legend: buildLegend(), update };
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
  const copy2 = svg.cloneNode(true);
  copy2.setAttribute("xmlns", SVG_NS2);
  copy2.setAttribute("width", String(WIDTH));
  copy2.setAttribute("height", String(HEIGHT));
  copy2.removeAttribute("class");
  copy2.removeAttribute("aria-label");
  copy2.insertBefore(svgElement("style", {}, EXPORT_STYLE), copy2.firstChild);
  copy2.insertBefore(svgElement("rect", { x: 0, y: 0, width: WIDTH, height: HEIGHT, fill: "#ffffff" }), copy2.firstChild.nextSibling);
  copy2.insertBefore(svgElement("desc", {}, svg.getAttribute("aria-label") || ""), copy2.firstChild);
  copy2.insertBefore(svgElement("title", {}, titleText), copy2.firstChild);
  return new XMLSerializer().serializeToString(copy2);
}
function exportPng(svg, titleText, done) {
  const image = new Image();
  image.onload = () => {
    const canvas = element("canvas", { width: WIDTH * 2, height: HEIGHT * 2 });
    const context = canvas.getContext("2d");
    context.scale(2, 2);
    context.drawImage(image, 0, 0, WIDTH, HEIGHT);
    canvas.toBlob((blob) => done(blob || null), "image/png");
  };
  image.onerror = () => done(null);
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(exportSvgText(svg, titleText))}`;
}
function downloadBlob(filename, blob) {
  const url = URL.createObjectURL(blob);
  const link = element("a", { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1e3);
}

// frontend/lib/timeline_parts.js
var EVENT_FORM_FIELDS = [
  { name: "age", label: "Age at the time", kind: "number", hint: "A whole number, or give the year instead.", attributes: { size: 5 } },
  { name: "year", label: "Or the year", kind: "number", hint: "For example 2009.", attributes: { size: 6 } },
  { name: "label", label: "What happened (a short label)", kind: "text", hint: "Up to 80 characters. Only what you want to note.", attributes: { size: 40 } },
  { name: "category", label: "Category", kind: "select", options: [["", "Choose a category"], ...CATEGORIES.map((category) => [category.name, category.name])] },
  { name: "feeling", label: "How it felt", kind: "select", options: [["", "Choose how it felt"], ...FEELINGS.map(([value]) => [String(value), feelingText(value)])] },
  {
    name: "themes",
    label: "Themes (optional)",
    kind: "text",
    hint: "Up to 5 words or short phrases, separated by commas. Events that share a theme are joined on the timeline.",
    attributes: { size: 40 }
  }
];
function timelineIntro(sampleOnly, sampleName) {
  if (sampleOnly) {
    return [
      element(
        "p",
        { class: "pdc-muted pdc-timeline-intro" },
        `${sampleName} is a fictional person. This is her life as the book tells it: each event placed by age, above the line if it felt good, below if it felt hard. Lines join events that share a theme.`
      )
    ];
  }
  const intro = element(
    "p",
    { class: "pdc-timeline-intro" },
    "A private space to lay out events of your life and see where themes recur. Nothing is scored or interpreted, and everything stays on this device. Memory is reconstructive, so this is your view today, not a record."
  );
  const note = element(
    "p",
    { class: "pdc-muted pdc-timeline-content-note" },
    "Content note: this can bring up losses and hard times. It is optional: skip it, or use the fictional sample instead, and add only what you choose. If it stirs up more than you want, pause and name three things you can see around you. "
  );
  note.append(element("a", { href: pageHref("getting_help") }, "Getting help now"), ".");
  return [intro, note];
}
function birthForm(id) {
  const form = element("form", { class: "pdc-timeline-birth", novalidate: true });
  const input = element("input", { type: "text", inputmode: "numeric", id: `${id}-birth`, autocomplete: "off", size: 6, "aria-describedby": `${id}-birth-hint` });
  const error = element("p", { class: "pdc-field-error", id: `${id}-birth-error`, hidden: true });
  const note = element("p", { class: "pdc-timeline-birth-note", id: `${id}-birth-note`, hidden: true });
  form.append(
    element("label", { for: `${id}-birth` }, "Year of birth (optional)"),
    " ",
    input,
    " ",
    element("button", { type: "submit", class: "pdc-button pdc-secondary" }, "Set year of birth"),
    element("p", { class: "pdc-muted pdc-timeline-hint", id: `${id}-birth-hint` }, "Only needed to place events you give by year on the age axis."),
    error,
    note
  );
  const showError = (message) => {
    error.textContent = message;
    error.hidden = !message;
    if (message) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
    input.setAttribute("aria-describedby", message ? `${id}-birth-hint ${id}-birth-error` : `${id}-birth-hint`);
  };
  form.addEventListener("keydown", (keyEvent) => {
    if (keyEvent.key !== "Enter" || keyEvent.isComposing || keyEvent.target.tagName !== "INPUT") return;
    keyEvent.preventDefault();
    form.requestSubmit();
  });
  return { form, input, error, note, showError };
}
function birthNoteText(count) {
  const one = count === 1;
  return `${count} of your events ${one ? "is" : "are"} given by year only. Add your year of birth here to place ${one ? "it" : "them"} on the age axis; until then ${one ? "it is" : "they are"} listed below but not drawn.`;
}
function exportButtons() {
  const make = (text) => element("button", { type: "button", class: "pdc-button pdc-secondary" }, text);
  return { json: make("Download as JSON"), svg: make("Download image (SVG)"), png: make("Download image (PNG)") };
}

// frontend/widgets/timeline.js
var plural = (count) => `${count} event${count === 1 ? "" : "s"}`;
var extrasOf = (data) => Number.isInteger(data.birth_year) ? { birth_year: data.birth_year } : {};
function render({ model, el, namespace, learner }) {
  const schema = model.get("schema");
  const eventSchema = schema.properties.events.items;
  const birthSchema = schema.properties.birth_year || { type: "integer" };
  const sampleOnly = Boolean(model.get("read_only"));
  const classDemo = isClassDemo(model);
  const sample = model.get("sample_events") || [];
  const sampleName = model.get("sample_name") || "the sample";
  const widgetId = model.get("widget_id");
  const uid2 = uid(widgetId);
  const titleText = model.get("title") || "Life timeline";
  const sampleIds = new Set(sample.map((event) => event.id));
  const root = element("section", {
    class: `pdc-widget pdc-timeline${sampleOnly ? " pdc-timeline-read-only" : ""}`,
    "aria-labelledby": `${uid2}-title`,
    "data-widget-id": widgetId
  });
  root.append(element("h3", { id: `${uid2}-title` }, titleText), ...classDemo ? [classDemoNote()] : timelineIntro(sampleOnly, sampleName));
  const warnings = element("div", { class: "pdc-timeline-warnings", "aria-live": "polite" });
  root.append(warnings);
  const showProblem = (message) => {
    if ([...warnings.children].some((node) => node.textContent === message)) return;
    warnings.append(element("p", { class: "pdc-warning" }, message));
  };
  const store = sampleOnly || classDemo ? null : createStore({
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
  const savedEnvelope = store ? store.loadEnvelope() : null;
  const saved = savedEnvelope ? savedEnvelope.data : { events: sampleOnly ? sample : [] };
  const undo = sampleOnly || classDemo ? null : undoStorage(namespace, widgetId);
  let latest = { events: saved.events, extras: extrasOf(saved) };
  let draft = draftOfSaved(saved, EVENT_FIELDS);
  let birthText = draftTextOfSaved(saved, "birth_year_text");
  const savedData = () => withDraft({ events: latest.events, ...latest.extras }, draft, { birth_year_text: birthText });
  const sameList = (events, extras) => JSON.stringify([events, extras]) === JSON.stringify([latest.events, latest.extras]);
  const saving = listSaving({
    model,
    learner,
    store,
    saved: savedEnvelope,
    savedData,
    canAdopt: (entry) => validate(schema, entry.data).length === 0,
    // The journal file's copy is newer (another browser on this hub): adopt it.
    onAdopt: (data) => editor.adopt(data.events, extrasOf(data), "Loaded your timeline from the journal file."),
    onProblem: showProblem,
    notSaving: "Kept on this page only, because this browser is not saving."
  });
  const { persist, saveDraft } = saving;
  const birth = birthForm(uid2);
  birth.input.value = birthText || (Number.isInteger(saved.birth_year) ? String(saved.birth_year) : "");
  const chart = createTimelineChart();
  const figure = element("figure", { class: "pdc-timeline-figure" });
  figure.append(chart.svg, chart.legend);
  const sampleNote = element("p", { class: "pdc-muted pdc-timeline-sample-note", hidden: true });
  const themesHint = element("span");
  const confirm = createConfirm(uid2);
  confirm.element.classList.add("pdc-timeline-confirm");
  const formProblems = (fields) => {
    const event = { id: "e-check", ...eventFromFields(fields) };
    const { anyOf, "x-message": eitherMessage, ...fieldRules } = eventSchema;
    const problems = validate(fieldRules, event);
    if (anyOf && !anyOf.some((option) => validate(option, event).length === 0)) {
      problems.push({ path: "/age", message: eitherMessage || "Give either an age or a year." });
    }
    return problems.map(({ path, message }) => {
      const name = path.split("/")[1];
      return { field: EVENT_FIELDS.includes(name) ? name : "label", message };
    });
  };
  const eventRow = (event, extras) => {
    const category = categoryOf(event.category);
    const text = element("div", { class: "pdc-timeline-item-text" });
    text.append(
      element("span", { class: "pdc-timeline-item-when" }, `${whenText(event, "age", extras.birth_year)}: `),
      // dir="auto" isolates the label: a right-to-left override inside it cannot reverse
      // the text around it. (Labels are short: no cost.)
      element("span", { class: "pdc-timeline-item-label", dir: "auto" }, event.label)
    );
    const details = element("span", { class: "pdc-muted pdc-timeline-item-details" });
    const themeText = event.themes && event.themes.length ? ` · themes: ${event.themes.join(", ")}` : "";
    const sampleText = !sampleOnly && sampleIds.has(event.id) ? " · fictional sample" : "";
    details.append(categoryIcon(category.name), ` ${category.name} · felt ${feelingText(event.feeling)}${themeText}${sampleText}`);
    text.append(element("br"), details);
    return text;
  };
  const onChange = (events, change, extras) => {
    latest = { events, extras };
    showAround(events, extras, change.extras);
    return change.adopted || sampleOnly ? "" : persist();
  };
  const editor = createListEditor({
    idPrefix: uid2,
    fields: EVENT_FORM_FIELDS,
    classes: {
      form: "pdc-timeline-form",
      list: "pdc-timeline-list",
      listHeading: "pdc-timeline-list-heading",
      item: "pdc-timeline-item",
      field: (name) => `pdc-timeline-field pdc-timeline-field-${name}`
    },
    words: {
      noun: "event",
      nouns: "events",
      listHeading: (n) => sampleOnly ? `${sampleName}'s events (fictional): ${n}` : `Events on this timeline: ${n}`,
      sampleQuestion: (n) => `This deletes the ${plural(n)} on your timeline from this device and shows ${sampleName}'s fictional ones instead. Undo brings yours back until you close this tab.`,
      clearQuestion: (n) => `This removes all ${plural(n)} from this timeline. You can undo it afterwards.`,
      ...classDemo ? CLASS_DEMO_WORDS : {}
    },
    readOnly: sampleOnly,
    textDirection,
    items: saved.events,
    extras: extrasOf(saved),
    draft,
    undo: undo ? undo.load() : null,
    sample: sampleOnly || classDemo ? null : { name: sampleName, items: sample, extras: {} },
    clearAtOnce: classDemo,
    check: (events, extras) => (validate(schema, { events, ...extras })[0] || {}).message || "",
    describe: (event) => event.label,
    renderItem: eventRow,
    sortItems: (events, extras) => listOrder(events, extras.birth_year),
    validate: formProblems,
    toItem: eventFromFields,
    toFields: fieldsOfEvent,
    onChange,
    onDraft: (next) => {
      draft = next;
      saveDraft();
    },
    onUndo: (snapshot) => undo && undo.save(snapshot),
    ask: listEditorAsk(confirm, (text) => editor.say(text), () => undoButton())
  });
  const undoButton = () => editor.parts.tools.querySelector("button");
  editor.fields.themes.hint.append(" ", themesHint);
  const whenRow = element("div", { class: "pdc-timeline-when-row" });
  editor.fields.age.wrapper.before(whenRow);
  whenRow.append(editor.fields.age.wrapper, editor.fields.year.wrapper);
  function showAround(events, extras, extrasChanged) {
    const { layout } = chart.update(events, extras.birth_year);
    if (sampleOnly) return;
    if (extrasChanged && document.activeElement !== birth.input && birthText === "") {
      birth.input.value = Number.isInteger(extras.birth_year) ? String(extras.birth_year) : "";
    }
    birth.note.hidden = layout.unplaced.length === 0;
    birth.note.textContent = birthNoteText(layout.unplaced.length);
    const fromSample = events.filter((event) => sampleIds.has(event.id)).length;
    sampleNote.hidden = fromSample === 0;
    sampleNote.textContent = `${fromSample} of these events come from the fictional sample (${sampleName}'s life), not from you.`;
    const used = /* @__PURE__ */ new Map();
    for (const event of events) for (const theme of event.themes || []) used.set(themeKey(theme), theme.trim());
    themesHint.textContent = used.size ? `Themes used so far: ${[...used.values()].slice(0, 12).join(", ")}.` : "";
  }
  birth.input.addEventListener("input", () => {
    birthText = birth.input.value;
    saveDraft();
  });
  birth.form.addEventListener("submit", (submitEvent) => {
    submitEvent.preventDefault();
    const value = numberOrText(birth.input.value);
    const problems = value === void 0 ? [] : validate(birthSchema, value);
    if (problems.length > 0) {
      birth.showError(problems[0].message);
      editor.say("Year of birth not set; nothing saved before has changed.");
      birth.input.focus();
      return;
    }
    birth.showError("");
    birthText = "";
    const extras = value === void 0 ? {} : { birth_year: value };
    if (extras.birth_year === editor.model.extras().birth_year) {
      saveDraft();
      editor.say("Year of birth unchanged.");
      return;
    }
    const removed = value === void 0;
    editor.setExtras(extras, removed ? "remove the year of birth" : "set the year of birth", removed ? "Year of birth removed." : "Year of birth set.");
  });
  const exports = exportButtons();
  const slug = sampleOnly ? "nadia-sample-timeline" : "my-life-timeline";
  const timelineData = () => ({ events: editor.model.items(), ...editor.model.extras() });
  exports.json.addEventListener("click", () => {
    const data = withoutDraft(timelineData());
    const envelope = store ? store.envelope(data) : { format: "psychodynamic-course-entry", version: FORMAT_VERSION, course_id: model.get("course_id"), widget_id: widgetId, kind: "timeline", title: titleText, chapter: model.get("chapter"), saved_at: Date.now(), data };
    download(`${slug}.json`, `${JSON.stringify(envelope, null, 2)}
`, "application/json");
    editor.say("The JSON file was made in this browser; nothing was uploaded.");
  });
  exports.svg.addEventListener("click", () => {
    download(`${slug}.svg`, exportSvgText(chart.svg, titleText), "image/svg+xml");
    editor.say("The image was made in this browser; nothing was uploaded.");
  });
  exports.png.addEventListener("click", () => {
    exportPng(chart.svg, titleText, (blob) => {
      if (!blob) return editor.say("This browser could not make a PNG; try the SVG image instead.");
      downloadBlob(`${slug}.png`, blob);
      editor.say("The image was made in this browser; nothing was uploaded.");
    });
  });
  const tools = sampleOnly ? element("div") : editor.parts.tools;
  tools.classList.add("pdc-timeline-buttons", "pdc-timeline-tools");
  tools.append(" ", exports.json, " ", exports.svg, " ", exports.png);
  const { form, status, listHeading, list } = editor.parts;
  if (sampleOnly) root.append(figure, tools, status, listHeading, list);
  else root.append(birth.form, sampleNote, figure, form, tools, confirm.element, status, listHeading, list);
  if (sampleOnly) printAsShown(root);
  else printNote(root, PRINT_NOTE);
  el.replaceChildren(root);
  showAround(editor.model.items(), editor.model.extras(), false);
  saving.connect();
  if (store) {
    const otherTabs = store.followOtherTabs({
      unsaved: saving.unsaved,
      adopt(other) {
        const data = other || { events: [] };
        saving.followedOtherTab();
        if (sameList(data.events, extrasOf(data))) return;
        editor.adopt(data.events, extrasOf(data), "");
      },
      saveMine: () => editor.say(`Your version was kept. ${persist()}`)
    });
    warnings.after(otherTabs.element);
    if (!status.textContent && store.available && saved.events.length > 0) editor.say(savedWhere(learner));
  }
}
var timeline_default = { render: forEachLearner(render) };
export {
  timeline_default as default
};
