import { element } from "./elements.js";


// ---------------------------------------------------------------------------------------
// Print: paper cannot run a widget, so a printed page (and the book's PDF) shows the
// widget's title and one sentence saying where to use it, instead of empty fields and
// buttons nobody can press. common.css hides everything else in the root in print.
// ---------------------------------------------------------------------------------------

export const PRINT_NOTE =
  "Interactive exercise: to use it, open this page in the online book or run the chapter in Jupyter.";
// For widgets that show something to explore rather than ask for an answer.
export const PRINT_NOTE_EXPLORE =
  "Interactive figure: to explore it, open this page in the online book or run the chapter in Jupyter.";

/** Give a widget's root the sentence that replaces it in print. Call once per render. */
export function printNote(root, text = PRINT_NOTE) {
  root.classList.add("pdc-prints-as-note");
  root.append(element("p", { class: "pdc-print-note" }, text));
}


/**
 * Print a widget as it is shown, without its controls: for the fictional case shown
 * read-only (Nadia's episodes and timeline), whose list, table and chart are the content.
 * Never for a widget that holds the learner's own entries: those print as a note.
 */
export function printAsShown(root) {
  root.classList.add("pdc-prints-as-shown");
}

/**
 * Print a widget as `handout` (an element built from course content only, never from
 * what the learner chose): shown on paper in place of the widget, hidden on screen.
 */
export function printHandout(root, handout) {
  root.classList.add("pdc-prints-as-handout");
  handout.classList.add("pdc-print-handout");
  root.append(handout);
}
