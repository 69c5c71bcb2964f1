// The life timeline's parts around its list editor and chart: the introduction and
// content note, the year-of-birth form, and the export buttons. timeline.js wires them.
import { element, pageHref } from "./elements.js";
import { CATEGORIES, FEELINGS, feelingText } from "./timeline_layout.js";

/** The form's fields for createListEditor, with today's labels and hints. */
export const EVENT_FORM_FIELDS = [
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
    attributes: { size: 40 },
  },
];

/** The introduction: of the fictional sample, or of the learner's own private timeline. */
export function timelineIntro(sampleOnly, sampleName) {
  if (sampleOnly) {
    return [
      element(
        "p",
        { class: "pdc-muted pdc-timeline-intro" },
        `${sampleName} is a fictional person. This is her life as the book tells it: each event placed by age, above the line if it felt good, below if it felt hard. Lines join events that share a theme.`,
      ),
    ];
  }
  const intro = element(
    "p",
    { class: "pdc-timeline-intro" },
    "A private space to lay out events of your life and see where themes recur. Nothing is scored or interpreted, and everything stays on this device. Memory is reconstructive, so this is your view today, not a record.",
  );
  // Content note, a real choice and a grounding tip, kept short (see CONTENT.md).
  const note = element(
    "p",
    { class: "pdc-muted pdc-timeline-content-note" },
    "Content note: this can bring up losses and hard times. It is optional: skip it, or use the fictional sample instead, and add only what you choose. If it stirs up more than you want, pause and name three things you can see around you. ",
  );
  note.append(element("a", { href: pageHref("getting_help") }, "Getting help now"), ".");
  return [intro, note];
}

/**
 * The year-of-birth form: { form, input, error, note, showError(message) }. Its note says
 * how many events wait for a year of birth; its error follows the input as the editor's do.
 */
export function birthForm(id) {
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
    note,
  );
  const showError = (message) => {
    error.textContent = message;
    error.hidden = !message;
    if (message) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
    input.setAttribute("aria-describedby", message ? `${id}-birth-hint ${id}-birth-error` : `${id}-birth-hint`);
  };
  // Enter submits: browsers do that themselves, but JupyterLab swallows the keypress.
  form.addEventListener("keydown", (keyEvent) => {
    if (keyEvent.key !== "Enter" || keyEvent.isComposing || keyEvent.target.tagName !== "INPUT") return;
    keyEvent.preventDefault();
    form.requestSubmit();
  });
  return { form, input, error, note, showError };
}

/** "2 of your events are given by year only. ..." for the birth form's note. */
export function birthNoteText(count) {
  const one = count === 1;
  return `${count} of your events ${one ? "is" : "are"} given by year only. Add your year of birth here to place ${one ? "it" : "them"} on the age axis; until then ${one ? "it is" : "they are"} listed below but not drawn.`;
}

/** The three export buttons: { json, svg, png }. */
export function exportButtons() {
  const make = (text) => element("button", { type: "button", class: "pdc-button pdc-secondary" }, text);
  return { json: make("Download as JSON"), svg: make("Download image (SVG)"), png: make("Download image (PNG)") };
}
