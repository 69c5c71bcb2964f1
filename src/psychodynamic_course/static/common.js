// Shared front-end helpers of every course widget. The package prepends this file to each
// widget's own file (see front_end() in _widget.py): an anywidget's module is shipped as
// one string inside the page, so it cannot import a sibling file at run time.
//
// Rules every widget follows through these helpers:
// - learner text is only ever set with textContent, never parsed as HTML;
// - everything is saved in this browser under "<course-id>:<widget-id>", in an envelope
//   that carries a format version, and storage faults are reported, never fatal;
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

/** Probe localStorage once; null when the browser refuses it (disabled, sandboxed). */
function pdcLocalStorage() {
  try {
    const storage = window.localStorage;
    const probe = "pdc-storage-probe";
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch (error) {
    return null;
  }
}

/**
 * The saved data of one widget. `load()` returns the envelope's data or null;
 * `save(data)` returns true when it reached storage. An unreadable saved copy is moved
 * aside to "<key>:unreadable" and reported, never silently overwritten.
 */
function pdcStore({ courseId, widgetId, kind, title, chapter, schema, onProblem }) {
  const key = `${courseId}:${widgetId}`;
  const storage = pdcLocalStorage();
  if (!storage) {
    onProblem(
      "This browser is not letting the book save anything, so this will last only until you leave the page. Copy anything you want to keep.",
    );
  }
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
  return {
    key,
    available: storage !== null,
    envelope,
    loadEnvelope() {
      if (!storage) return null;
      const raw = storage.getItem(key);
      if (raw === null) return null;
      let saved = null;
      try {
        saved = JSON.parse(raw);
      } catch (error) {
        saved = null;
      }
      const problems =
        saved && saved.version === PDC_FORMAT_VERSION && saved.kind === kind && saved.data !== undefined
          ? schema
            ? pdcValidate(schema, saved.data)
            : []
          : [{ message: "unknown format" }];
      if (problems.length === 0) return saved;
      try {
        storage.setItem(`${key}:unreadable`, raw);
      } catch (ignored) {}
      onProblem("What was saved here before could not be read, so this starts empty. The old copy was kept aside in this browser.");
      return null;
    },
    load() {
      const saved = this.loadEnvelope();
      return saved ? saved.data : null;
    },
    save(data) {
      if (!storage) return false;
      try {
        storage.setItem(key, JSON.stringify(envelope(data)));
        return true;
      } catch (error) {
        onProblem(
          "This browser's storage is full, so the latest change was not saved. It stays on screen; export your journal or free some space.",
        );
        return false;
      }
    },
    remove() {
      if (storage) storage.removeItem(key);
    },
    /** Call back with the new data when another tab of this site changes this entry. */
    onOtherTab(callback) {
      const listener = (event) => {
        if (event.key !== key) return;
        let data = null;
        try {
          data = event.newValue === null ? null : JSON.parse(event.newValue).data;
        } catch (error) {
          return;
        }
        callback(data);
      };
      window.addEventListener("storage", listener);
      return () => window.removeEventListener("storage", listener);
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
 * the browser's copy back (bridge.save) when that one is newer.
 */
function pdcKernelBridge(model, onLoaded, onProblem) {
  const send = (content) => {
    try {
      model.send(content);
    } catch (error) {
      // No kernel (the static book): the browser copy is the only copy, by design.
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

/** Where the book's "getting help now" page is, relative to the current page. */
function pdcHelpHref() {
  // The built book serves .html pages; in JupyterLab the chapter sits beside the .md page.
  return window.location.pathname.endsWith(".html") ? "getting_help.html" : "getting_help.md";
}
