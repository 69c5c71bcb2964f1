// Shared front-end helpers of every course widget. The package prepends this file to each
// widget's own file (see front_end() in _widget.py): an anywidget's module is shipped as
// one string inside the page, so it cannot import a sibling file at run time.
//
// Rules every widget follows through these helpers:
// - learner text is only ever set with textContent, never parsed as HTML;
// - everything is saved in this browser under "<namespace>:<widget-id>", in an envelope
//   that carries a format version, and storage faults are reported, never fatal. The
//   namespace is the course id in the static book, and "<course-id>@<learner>" in a
//   kernel, so each Jupyter user's copy is kept apart (pdcForEachLearner);
// - in a kernel, the same envelope is also sent to Python, which keeps a journal file.

const PDC_FORMAT_VERSION = 1;
let pdcInstanceCount = 0;

// In JupyterLab, notebook shortcuts (arrow keys, Enter, letters) would act on keys pressed
// in a widget's controls; Lumino leaves alone key events whose target carries this.
const PDC_CONTROLS = new Set(["input", "select", "textarea", "button", "a"]);

/** Create an element with attributes and (plain) text. */
function pdcElement(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  if (PDC_CONTROLS.has(tag)) node.setAttribute("data-lm-suppress-shortcuts", "true");
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
  if (text !== undefined) node.textContent = text;
  return node;
}

// Scripts written right to left. A field takes the direction of the first letter typed in
// it, as dir="auto" would; dir="auto" itself (and CSS unicode-bidi: plaintext) makes
// Chromium re-run the bidi algorithm over the whole value, which froze the page for seconds
// after a large paste into a textarea.
const PDC_RIGHT_TO_LEFT =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/u;

/** "rtl" when the first letter of `text` belongs to a right-to-left script, else "ltr". */
function pdcTextDirection(text) {
  const letter = text.slice(0, 2000).match(/\p{L}/u);
  return letter && PDC_RIGHT_TO_LEFT.test(letter[0]) ? "rtl" : "ltr";
}

/** Keep a text field's direction following what is typed in it. Returns the field. */
function pdcFollowTextDirection(field) {
  field.addEventListener("input", () => {
    field.dir = pdcTextDirection(field.value);
  });
  return field;
}

/** Put text into a field from code (a restored answer, an item to edit): no input event
 * fires then, so the direction is set here. */
function pdcSetFieldText(field, text) {
  field.value = text;
  field.dir = pdcTextDirection(text);
}

/** A page-unique id prefix for one rendering of a widget. */
function pdcUid(widgetId) {
  pdcInstanceCount += 1;
  return `pdc-${widgetId}-${pdcInstanceCount}`;
}

/** Length in characters as a reader counts them (code points), the same as Python's len(). */
function pdcLength(text) {
  return [...text].length;
}

function pdcWordCount(text) {
  const words = text.trim().split(/\s+/u).filter(Boolean);
  return words.length;
}

function pdcDebounce(callback, milliseconds) {
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

// ---------------------------------------------------------------------------------------
// Validation: the same small subset of JSON Schema as data_model.py, with the same
// messages, so a rule is written once (in schemas/*.json) and enforced in both places.
// ---------------------------------------------------------------------------------------

function pdcTypeOf(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function pdcTypeMatches(expected, value) {
  const actual = pdcTypeOf(value);
  const allowed = Array.isArray(expected) ? expected : [expected];
  return allowed.some((type) => type === actual || (type === "number" && actual === "integer"));
}

// What "x-no-control-characters" refuses: C0 controls except tab, newline and carriage
// return, DEL, and lone surrogates (with the u flag, a surrogate range matches only an
// unpaired one). Its message is its own, never the property's "x-message".
const PDC_CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF]/u;
const PDC_CONTROL_CHARACTERS_MESSAGE =
  "This contains invisible control characters, perhaps from a paste. Remove them to save; your last saved version is kept.";

/**
 * Validate `value` against `schema`. Returns a list of {path, message}; empty when valid.
 * The first failing rule of a value gives its message: the schema's "x-message" when it
 * has one, else a generic sentence.
 */
function pdcValidate(schema, value, path = "") {
  const fail = (generic) => [{ path, message: schema["x-message"] || generic }];
  if (schema.anyOf) {
    const passes = schema.anyOf.some((option) => pdcValidate(option, value, path).length === 0);
    if (!passes) return fail("This value is not in an accepted form.");
  }
  if (schema.type !== undefined && !pdcTypeMatches(schema.type, value)) {
    return fail(`Expected ${[].concat(schema.type).join(" or ")}.`);
  }
  if (schema.const !== undefined && value !== schema.const) {
    return fail(`Expected ${JSON.stringify(schema.const)}.`);
  }
  if (schema.enum && !schema.enum.includes(value)) {
    return fail(`Choose one of: ${schema.enum.join(", ")}.`);
  }
  if (typeof value === "string") {
    if (schema["x-no-control-characters"] && PDC_CONTROL_CHARACTERS.test(value)) {
      return [{ path, message: PDC_CONTROL_CHARACTERS_MESSAGE }];
    }
    const length = pdcLength(value);
    if (schema.minLength !== undefined && length < schema.minLength) return fail("This is too short.");
    if (schema.maxLength !== undefined && length > schema.maxLength) {
      return fail(`This is ${length - schema.maxLength} characters over the limit of ${schema.maxLength}.`);
    }
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, "u").test(value)) {
      return fail("This is not in the expected form.");
    }
  }
  if (typeof value === "number") {
    if (schema.minimum !== undefined && value < schema.minimum) return fail(`The smallest allowed value is ${schema.minimum}.`);
    if (schema.maximum !== undefined && value > schema.maximum) return fail(`The largest allowed value is ${schema.maximum}.`);
    if (schema["x-not-after-this-year"] && value > new Date().getFullYear()) {
      return fail("That year has not happened yet.");
    }
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) return fail("This list is too short.");
    if (schema.maxItems !== undefined && value.length > schema.maxItems) {
      return fail(`This list can hold at most ${schema.maxItems} items.`);
    }
    if (schema.items) {
      return value.flatMap((item, index) => pdcValidate(schema.items, item, `${path}/${index}`));
    }
  }
  if (pdcTypeOf(value) === "object") {
    const errors = [];
    for (const name of schema.required || []) {
      if (!(name in value)) {
        const property = (schema.properties || {})[name] || {};
        errors.push({ path: `${path}/${name}`, message: property["x-message"] || `${name} is required.` });
      }
    }
    for (const [name, item] of Object.entries(value)) {
      // Own properties only: a field named "constructor" or "__proto__" is not a rule.
      const properties = schema.properties || {};
      const property = Object.prototype.hasOwnProperty.call(properties, name) ? properties[name] : undefined;
      if (property) errors.push(...pdcValidate(property, item, `${path}/${name}`));
      else if (schema.additionalProperties === false) {
        errors.push({ path: `${path}/${name}`, message: `Unexpected field "${name}".` });
      }
    }
    return errors;
  }
  return [];
}

// ---------------------------------------------------------------------------------------
// Storage: localStorage in an envelope, faults reported through onProblem(message).
// ---------------------------------------------------------------------------------------

/** True for the error a browser throws when its storage for this site is full. */
function pdcIsQuotaError(error) {
  // Chromium and WebKit name it QuotaExceededError; older Firefox NS_ERROR_DOM_QUOTA_REACHED.
  return Boolean(error) && (error.name === "QuotaExceededError" || error.name === "NS_ERROR_DOM_QUOTA_REACHED");
}

/**
 * Probe localStorage once; null when the browser refuses it (disabled, sandboxed). Storage
 * that is only full is still returned: what was saved before can be read and shown, and
 * each save that does not fit is reported where it happens.
 */
function pdcLocalStorage() {
  try {
    const storage = window.localStorage;
    const probe = "pdc-storage-probe";
    storage.getItem(probe);
    try {
      storage.setItem(probe, probe);
      storage.removeItem(probe);
    } catch (error) {
      if (!pdcIsQuotaError(error)) return null;
    }
    return storage;
  } catch (error) {
    return null;
  }
}

/**
 * Keep an unreadable saved copy aside, byte for byte, under "<key>:unreadable", or
 * "<key>:unreadable-2", -3, ... when earlier ones are already kept (the same numbering as
 * the journal file's). A copy already kept is not kept twice. Returns false when there
 * is no room for it.
 */
function pdcSetAside(storage, key, raw) {
  for (let number = 1; ; number += 1) {
    const aside = number === 1 ? `${key}:unreadable` : `${key}:unreadable-${number}`;
    const there = storage.getItem(aside);
    if (there === raw) return true;
    if (there !== null) continue;
    try {
      storage.setItem(aside, raw);
      return true;
    } catch (error) {
      return false;
    }
  }
}

const PDC_STORAGE_MESSAGES = {
  disabled:
    "This browser is not letting the book save anything, so this will last only until you leave the page. Copy anything you want to keep.",
  full: "This browser's storage is full, so the latest change was not saved. It stays on screen; export your journal or free some space.",
  refused: "This browser refused to save the latest change. It stays on screen; export your journal to keep a copy.",
  unreadable:
    "What was saved here before could not be read, so this starts empty. The old copy was kept aside in this browser.",
  unreadableMeanwhile:
    "Something that could not be read was found where this is saved. It was kept aside in this browser, and your version here was saved.",
  noRoomAside:
    "What was saved here before could not be read, and there is no room to keep a copy of it aside, so it was left as it is and your changes here are not saved yet. Free some space in this browser to save them.",
};

/**
 * The saved data of one widget, under "<namespace>:<widget-id>" (the namespace comes from
 * pdcForEachLearner). `load()` returns the envelope's data or null; `save(data)` returns
 * true when it reached storage. An unreadable saved copy is moved aside to
 * "<key>:unreadable" and reported, never silently overwritten. A save never replaces a
 * version another tab saved that this tab has not seen: see followOtherTabs().
 */
function pdcStore({ courseId, namespace, widgetId, kind, title, chapter, schema, onProblem: report, onProblemGone = () => {} }) {
  const key = `${namespace}:${widgetId}`;
  // Problems that a later successful save ends (full, refused, no room aside): once a
  // save gets through, onProblemGone(message) takes each back, so no stale warning says
  // a change was not saved when it was.
  const passing = new Set([PDC_STORAGE_MESSAGES.full, PDC_STORAGE_MESSAGES.refused, PDC_STORAGE_MESSAGES.noRoomAside]);
  const standing = new Set();
  const onProblem = (message) => {
    if (passing.has(message)) standing.add(message);
    report(message);
  };
  const storage = pdcLocalStorage();
  if (!storage) onProblem(PDC_STORAGE_MESSAGES.disabled);
  // The stored text this tab last read or wrote: anything else found there at save time
  // was written by another tab (or by hand) and must not be overwritten unseen.
  let known = storage ? storage.getItem(key) : null;
  // An unreadable copy that could not be set aside yet: saving waits until it is.
  let notAside = null;
  // Called with the stored text when a save finds a version this tab has not seen.
  let onConflict = null;
  let onSaved = () => {};
  const envelope = (data) => ({
    format: "psychodynamic-course-entry",
    version: PDC_FORMAT_VERSION,
    course_id: courseId,
    widget_id: widgetId,
    kind,
    title,
    chapter,
    saved_at: Date.now(),
    data,
  });
  /** The envelope in `raw` when it is a readable one of this widget, else null. */
  const parse = (raw) => {
    let saved = null;
    try {
      saved = JSON.parse(raw);
    } catch (error) {
      return null;
    }
    const readable =
      saved !== null &&
      typeof saved === "object" &&
      saved.version === PDC_FORMAT_VERSION &&
      saved.kind === kind &&
      saved.data !== undefined &&
      (!schema || pdcValidate(schema, saved.data).length === 0);
    return readable ? saved : null;
  };
  /** Keep unreadable stored text aside and say so; false when there was no room. */
  const setAside = (raw, message = PDC_STORAGE_MESSAGES.unreadable) => {
    if (pdcSetAside(storage, key, raw)) {
      notAside = null;
      onProblem(message);
      return true;
    }
    notAside = raw;
    onProblem(PDC_STORAGE_MESSAGES.noRoomAside);
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
      if (notAside !== null && there !== notAside) notAside = null; // replaced meanwhile
      if (notAside !== null) {
        // The unreadable copy found at load had no room aside: keep it before saving.
        if (!setAside(notAside)) return false;
      } else if (there !== known && there !== null && !parse(there)) {
        // Something unreadable was written while this page was open: keep it, then save.
        if (!setAside(there, PDC_STORAGE_MESSAGES.unreadableMeanwhile)) return false;
      } else if (there !== known && onConflict) {
        // Another tab saved a version this tab has not taken in yet: ask, do not replace it.
        onConflict(there);
        return false;
      }
      const text = JSON.stringify(envelope(data));
      try {
        storage.setItem(key, text);
      } catch (error) {
        onProblem(pdcIsQuotaError(error) ? PDC_STORAGE_MESSAGES.full : PDC_STORAGE_MESSAGES.refused);
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
      const uid = pdcUid(`${widgetId}-tabs`);
      const element = pdcElement("div", { class: "pdc-other-tab" });
      const note = pdcElement("p", { class: "pdc-other-tab-note", role: "status", tabindex: "-1" });
      const question = pdcElement("div", { class: "pdc-warning", role: "group", "aria-labelledby": `${uid}-text` });
      const text = pdcElement("p", { id: `${uid}-text`, role: "alert" });
      const keepButton = pdcElement("button", { type: "button", class: "pdc-button" }, "Keep the version in this tab");
      const takeButton = pdcElement("button", { type: "button", class: "pdc-button pdc-secondary" }, "");
      question.append(text, keepButton, " ", takeButton);
      question.hidden = true;
      element.append(note, question);
      if (!storage) return { element, stop() {} };
      let theirs = null; // the other tab's stored text while the question is open

      const readable = (raw) => raw === null || parse(raw) !== null;
      const follow = (raw) => {
        known = raw;
        const saved = raw === null ? null : parse(raw);
        adopt(saved ? saved.data : null);
        note.textContent =
          raw === null
            ? "This was deleted in another tab of this book, so it was cleared here too."
            : "Updated with the version saved in another tab of this book.";
      };
      const ask = (raw) => {
        theirs = raw;
        text.textContent =
          raw === null
            ? "This was deleted in another tab of this book. Your version is still here on screen, not saved. Keep it, or clear it here too?"
            : "This was also changed in another tab of this book. Your version is still here on screen, not saved. Which version do you want to keep?";
        takeButton.textContent = raw === null ? "Clear it here too" : "Use the other tab's version";
        note.textContent = "";
        question.hidden = false;
      };
      const otherVersion = (raw) => {
        if (raw === known || !readable(raw)) return; // nothing new, or garbage: set aside at the next save
        if (unsaved() || !question.hidden) ask(raw);
        else follow(raw);
      };
      onConflict = ask;
      // A note about another tab's change is out of date once this tab saves again.
      const clearNote = () => {
        note.textContent = "";
      };
      onSaved = clearNote;
      const listener = (event) => {
        // key null: another tab cleared all of this site's storage.
        if (event.key !== key && event.key !== null) return;
        // Skip a change already replaced by a later one; that one has its own event.
        const raw = storage.getItem(key);
        if (event.key !== null && raw !== event.newValue) return;
        otherVersion(raw);
      };
      window.addEventListener("storage", listener);
      keepButton.addEventListener("click", () => {
        // Save over the other tab's version; something unreadable would be kept aside first.
        const raw = storage.getItem(key);
        if (readable(raw)) known = raw;
        question.hidden = true;
        let kept = false;
        onSaved = () => {
          kept = true;
        };
        saveMine();
        onSaved = clearNote;
        // When the save fails (storage full), the widget's own message says why.
        note.textContent = kept ? "Your version in this tab was kept and saved." : "";
        note.focus();
      });
      takeButton.addEventListener("click", () => {
        question.hidden = true;
        // The other tab may have saved again meanwhile: take what is stored now.
        const raw = storage.getItem(key);
        follow(readable(raw) ? raw : theirs);
        note.focus();
      });
      return { element, stop: () => window.removeEventListener("storage", listener) };
    },
  };
}

// ---------------------------------------------------------------------------------------
// The kernel, when there is one: Python keeps a journal file so answers survive a kernel
// restart and a change of browser on a hub. Learner data travels only in messages, never
// in synced widget state, so it cannot end up saved inside a notebook.
// ---------------------------------------------------------------------------------------

/**
 * Connect to the kernel if there is one. onLoaded(entry) receives the journal file's copy
 * (or null); the widget adopts it when it is newer than the browser's copy, and sends
 * the browser's copy back (bridge.save) when that one is newer. Every message names the
 * `learner` pdcForEachLearner was given, and Python refuses one that names anyone else.
 */
function pdcKernelBridge(model, learner, onLoaded, onProblem) {
  const send = (content) => {
    if (!learner) return; // No kernel (the static book): the browser copy is the only copy.
    try {
      model.send({ ...content, learner });
    } catch (error) {
      // The kernel went away: the browser copy is kept all the same.
    }
  };
  model.on("msg:custom", (content) => {
    // entry is null when the journal file has nothing for this widget yet.
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
    },
  };
}

// ---------------------------------------------------------------------------------------
// Whose data a page may show. A hub serves all its users from one address, and a lab
// computer has one browser profile for everyone, so browser storage there is shared by
// people. In a kernel, Python says whose journal file it keeps, and this browser's copy
// is kept under that learner's own namespace.
// ---------------------------------------------------------------------------------------

// What Python's Journal.learner_id looks like (journal.py): anything else is refused.
const PDC_LEARNER_ID = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * Wrap a saving widget's render so it runs once it is known whose data it may show.
 * The static book has no kernel: render at once with namespace "<course-id>", this
 * browser's entries of the book. In a kernel, ask Python first (`{type: "learner"}`),
 * show a note meanwhile, then render with namespace "<course-id>@<learner>": nothing of
 * another Jupyter user's copy is read, shown or sent to this user's journal file.
 * render({model, el, namespace, learner}) may return a cleanup function.
 */
function pdcForEachLearner(render) {
  return ({ model, el }) => {
    const courseId = model.get("course_id");
    pdcForgetEndedSharedSessions(courseId);
    const start = (learner) =>
      render({ model, el, learner, namespace: learner ? `${courseId}@${learner}` : courseId });
    // Read-only figures save nothing. The html-manager comparison build has no kernel but
    // a send() that stays silent, so its pages say so (widget_runtime/require-config.js).
    if (model.get("read_only") || document.documentElement.hasAttribute("data-pdc-no-kernel")) {
      return start(null);
    }
    try {
      model.send({ type: "learner" });
    } catch (error) {
      return start(null); // no kernel: the static book's loader throws here
    }
    el.replaceChildren(pdcElement("p", { class: "pdc-muted", role: "status" }, "Opening your saved work from the journal file…"));
    let cleanup = null;
    let stopped = false;
    const answer = (content) => {
      if (!content || content.type !== "learner") return;
      model.off("msg:custom", answer);
      if (stopped) return;
      if (typeof content.learner === "string" && PDC_LEARNER_ID.test(content.learner)) {
        cleanup = start(content.learner);
      } else {
        const message = "This exercise could not tell whose journal this is, so it shows nothing. Run the cell again.";
        el.replaceChildren(pdcElement("p", { class: "pdc-warning", role: "status" }, message));
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

// ---------------------------------------------------------------------------------------
// Shared computers. A learner can ask (on My journal) for everything this book saved in
// this browser to be deleted when the browser is closed. A session cookie marks a browser
// session in which the book was open; localStorage outlives it. So when a page of the book
// starts and a namespace asked for this but the cookie is gone, the browser was closed in
// between: that namespace's entries are deleted before any widget reads them. The cookie
// holds no learner data ("1"); where cookies do not work (a file:// page) nothing is ever
// deleted by guesswork, and My journal says the option is not available.
// ---------------------------------------------------------------------------------------

const PDC_SHARED_COMPUTER = "/shared-computer"; // "<namespace>/shared-computer" = "1"

function pdcSessionCookie(courseId) {
  return `${courseId.replace(/[^A-Za-z0-9_-]/g, "_")}-open=1`;
}

/** Mark this browser session as one in which the book is open; false without cookies. */
function pdcMarkSessionOpen(courseId) {
  document.cookie = `${pdcSessionCookie(courseId)}; path=/; SameSite=Strict`;
  return document.cookie.split("; ").includes(pdcSessionCookie(courseId));
}

/** Delete every entry (and copy set aside) of one namespace from this browser. */
function pdcDeleteNamespace(storage, namespace) {
  const keys = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key && key.startsWith(`${namespace}:`)) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
}

/** Run at the start of every page with a saving widget, before anything is read. */
function pdcForgetEndedSharedSessions(courseId) {
  const storage = pdcLocalStorage();
  if (!storage) return;
  const namespaces = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (!key || !key.endsWith(PDC_SHARED_COMPUTER)) continue;
    const namespace = key.slice(0, -PDC_SHARED_COMPUTER.length);
    if (namespace === courseId || namespace.startsWith(`${courseId}@`)) namespaces.push(namespace);
  }
  if (!namespaces.length || document.cookie.split("; ").includes(pdcSessionCookie(courseId))) return;
  if (!pdcMarkSessionOpen(courseId)) return;
  for (const namespace of namespaces) pdcDeleteNamespace(storage, namespace);
}

/** True when this namespace's entries are to be deleted once the browser is closed. */
function pdcIsSharedComputer(storage, namespace) {
  return storage.getItem(`${namespace}${PDC_SHARED_COMPUTER}`) === "1";
}

/** Ask for (or stop asking for) that; false when cookies do not work here, and then
 * nothing is changed. */
function pdcSetSharedComputer(storage, courseId, namespace, on) {
  const key = `${namespace}${PDC_SHARED_COMPUTER}`;
  if (!on) {
    storage.removeItem(key);
    return true;
  }
  if (!pdcMarkSessionOpen(courseId)) return false;
  try {
    storage.setItem(key, "1");
  } catch (error) {
    return false; // storage full: the choice could not be kept
  }
  return true;
}

/** Offer `text` as a file download, made in the browser (nothing is uploaded). */
function pdcDownload(filename, text, mimeType) {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = pdcElement("a", { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// ---------------------------------------------------------------------------------------
// Print: paper cannot run a widget, so a printed page (and the book's PDF) shows the
// widget's title and one sentence saying where to use it, instead of empty fields and
// buttons nobody can press. common.css hides everything else in the root in print.
// ---------------------------------------------------------------------------------------

const PDC_PRINT_NOTE =
  "Interactive exercise: to use it, open this page in the online book or run the chapter in Jupyter.";
// For widgets that show something to explore rather than ask for an answer.
const PDC_PRINT_NOTE_EXPLORE =
  "Interactive figure: to explore it, open this page in the online book or run the chapter in Jupyter.";

/** Give a widget's root the sentence that replaces it in print. Call once per render. */
function pdcPrintNote(root, text = PDC_PRINT_NOTE) {
  root.classList.add("pdc-prints-as-note");
  root.append(pdcElement("p", { class: "pdc-print-note" }, text));
}

/** Where one of the book's pages ("getting_help", "my_journal") is, from this page. */
function pdcPageHref(name) {
  // The built book serves .html pages; in JupyterLab a chapter sits beside the sources.
  if (window.location.pathname.endsWith(".html")) return `${name}.html`;
  return name === "my_journal" ? "my_journal.ipynb" : `${name}.md`;
}
