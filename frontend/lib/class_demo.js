import { element } from "./elements.js";

// Class mode: a list widget (timeline, pattern finder) on the projector, filled with a
// fictional character in front of a class. Nothing typed into it is kept anywhere: the
// widget gets no store, no undo storage and no kernel (forEachLearner), so it starts empty
// on every visit and its Clear empties it at once.

/** True when the widget is a class demo (Python's `class_demo` trait). */
export function isClassDemo(model) {
  return Boolean(model.get("class_demo"));
}

/** What a class demo says in place of the private widget's introduction. */
export function classDemoNote() {
  const note = element("p", { class: "pdc-class-demo", role: "note" });
  note.append(
    element("strong", {}, "Class demo: nothing here is saved. "),
    "Not in this browser and not in anyone's journal; it is empty each time the page opens, and Clear the demo empties it at once. Use a fictional character, never a real person.",
  );
  return note;
}

/** The list editor's words for a class demo's clear button (one step: nothing to lose). */
export const CLASS_DEMO_WORDS = { clearButton: "Clear the demo" };
