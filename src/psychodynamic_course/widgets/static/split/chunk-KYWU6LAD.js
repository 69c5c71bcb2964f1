// Generated from frontend/widgets/ (the static book's split build) by `make frontend`: do not edit it, edit the source and run that.
import {
  element
} from "./chunk-SLPQET2C.js";

// frontend/lib/print.js
var PRINT_NOTE = "Interactive exercise: to use it, open this page in the online book or run the chapter in Jupyter.";
var PRINT_NOTE_EXPLORE = "Interactive figure: to explore it, open this page in the online book or run the chapter in Jupyter.";
function printNote(root, text = PRINT_NOTE) {
  root.classList.add("pdc-prints-as-note");
  root.append(element("p", { class: "pdc-print-note" }, text));
}
function printAsShown(root) {
  root.classList.add("pdc-prints-as-shown");
}
function printHandout(root, handout) {
  root.classList.add("pdc-prints-as-handout");
  handout.classList.add("pdc-print-handout");
  root.append(handout);
}

export {
  PRINT_NOTE,
  PRINT_NOTE_EXPLORE,
  printNote,
  printAsShown,
  printHandout
};
