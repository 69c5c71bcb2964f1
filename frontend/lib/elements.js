// Building a widget's page: elements, text direction, page-unique ids, lengths, debounce.
// Learner text is only ever set with textContent, never parsed as HTML.

let instanceCount = 0;

// In JupyterLab, notebook shortcuts (arrow keys, Enter, letters) would act on keys pressed
// in a widget's controls; Lumino leaves alone key events whose target carries this.
const CONTROLS = new Set(["input", "select", "textarea", "button", "a"]);

/** Create an element with attributes and (plain) text. */
export function element(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  if (CONTROLS.has(tag)) node.setAttribute("data-lm-suppress-shortcuts", "true");
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
const RIGHT_TO_LEFT =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/u;

/** "rtl" when the first letter of `text` belongs to a right-to-left script, else "ltr". */
export function textDirection(text) {
  const letter = text.slice(0, 2000).match(/\p{L}/u);
  return letter && RIGHT_TO_LEFT.test(letter[0]) ? "rtl" : "ltr";
}

/** Keep a text field's direction following what is typed in it. Returns the field. */
export function followTextDirection(field) {
  field.addEventListener("input", () => {
    field.dir = textDirection(field.value);
  });
  return field;
}

/** Put text into a field from code (a restored answer, an item to edit): no input event
 * fires then, so the direction is set here. */
export function setFieldText(field, text) {
  field.value = text;
  field.dir = textDirection(text);
}

/** A page-unique id prefix for one rendering of a widget. */
export function uid(widgetId) {
  instanceCount += 1;
  return `pdc-${widgetId}-${instanceCount}`;
}

/** Length in characters as a reader counts them (code points), the same as Python's len(). */
export function textLength(text) {
  return [...text].length;
}

export function wordCount(text) {
  const words = text.trim().split(/\s+/u).filter(Boolean);
  return words.length;
}

export function debounce(callback, milliseconds) {
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

/** A new id for an item of a learner's list (an event, an episode): letters and digits. */
export function newId() {
  return `e${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/** Where one of the book's pages ("getting_help", "my_journal") is, from this page. */
export function pageHref(name) {
  // The built book serves .html pages; in JupyterLab a chapter sits beside the sources.
  if (window.location.pathname.endsWith(".html")) return `${name}.html`;
  return name === "my_journal" ? "my_journal.ipynb" : `${name}.md`;
}
