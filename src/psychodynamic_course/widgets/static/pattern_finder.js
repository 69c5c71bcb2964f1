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
  const quoted2 = names.map((name) => `“${name}”`);
  return quoted2.length === 1 ? quoted2[0] : `${quoted2.slice(0, -1).join(", ")} or ${quoted2[quoted2.length - 1]}`;
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
