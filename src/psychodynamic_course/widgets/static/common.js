// Shared front-end helpers of every course widget: elements, text direction, validation,
// downloads and print. The package puts this file, then storage.js and learners.js, in
// front of each widget's own file (see front_end() in widgets/base.py): an anywidget's module
// is shipped as one string inside the page, so it cannot import a sibling file at run
// time.
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
