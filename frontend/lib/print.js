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

