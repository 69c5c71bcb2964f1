import { element } from "./elements.js";

/**
 * The one inline confirmation of the widgets: a box (role="group", labelled by its
 * question) that asks before something is deleted or replaced. The confirm button looks
 * destructive without relying on colour: class "pdc-button pdc-danger" (a visible border
 * in common.css) and a label that names what goes ("Delete mine and use Nadia's").
 * Put `element` where the box should appear; `ask(...)` shows it with the focus on the
 * confirm button. Afterwards focus goes back to `returnTo`, unless onConfirm/onKeep moved
 * it somewhere already or `returnTo` is disabled (the caller's callback then places it).
 * Messages such as "Nothing changed." stay the widget's, in onKeep.
 */
export function createConfirm(idPrefix) {
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
    // Focus left on the hidden box (or dropped to the page) goes back where the question came from.
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
    },
  };
}

/**
 * The list editor's `ask`, on a confirm box from createConfirm: a kept list says "Nothing
 * changed.", and when the button that asked is disabled afterwards (nothing left to
 * remove), focus goes to `fallback()` (the editor's Undo) instead of being lost.
 *
 *   createListEditor({ ..., ask: listEditorAsk(confirm, (text) => editor.say(text), () => undo) });
 */
export function listEditorAsk(confirm, say, fallback) {
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
      },
    );
  };
}
