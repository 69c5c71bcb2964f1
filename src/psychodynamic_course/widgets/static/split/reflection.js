// Generated from frontend/widgets/ (the static book's split build) by `make frontend`: do not edit it, edit the source and run that.
import {
  printNote
} from "./chunk-KYWU6LAD.js";
import {
  createStore,
  forEachLearner,
  kernelBridge,
  newerCopy,
  savedWhere,
  validate
} from "./chunk-QX3M5QOA.js";
import {
  debounce,
  element,
  followTextDirection,
  pageHref,
  setFieldText,
  textLength,
  uid,
  wordCount
} from "./chunk-SLPQET2C.js";

// frontend/widgets/reflection.js
var SAVE_DELAY_MS = 500;
function render({ model, el, namespace, learner }) {
  const widgetId = model.get("widget_id");
  const schema = model.get("schema");
  const maxLength = schema.properties.text.maxLength;
  const idPrefix = uid(widgetId);
  const contentNote = model.get("content_note");
  const fictionalPrompt = model.get("fictional_prompt");
  const root = element("section", { class: "pdc-widget pdc-reflection", "aria-labelledby": `${idPrefix}-title` });
  const privacy = element(
    "p",
    { class: "pdc-muted" },
    "Optional. What you write is kept in this browser on this device and sent nowhere. Anyone who uses this browser can open it: on a shared computer, see "
  );
  privacy.append(element("a", { href: pageHref("my_journal") }, "My journal"), ".");
  root.append(element("h3", { id: `${idPrefix}-title` }, model.get("title") || "Private reflection"), privacy);
  const warning = element("p", { class: "pdc-warning pdc-reflection-warning", role: "status" });
  warning.hidden = true;
  const showWarning = (message) => {
    warning.textContent = message;
    warning.hidden = false;
  };
  let modeInputs = [];
  const keepBox = element("div", { class: "pdc-warning", role: "group", "aria-labelledby": `${idPrefix}-keep` });
  const keepText = element("p", { id: `${idPrefix}-keep`, "aria-live": "polite" });
  const keepYes = element("button", { type: "button", class: "pdc-button" }, "Keep what I wrote");
  const keepNo = element("button", { type: "button", class: "pdc-button pdc-secondary" }, "Delete what I wrote");
  keepBox.append(keepText, keepYes, " ", keepNo);
  keepBox.hidden = true;
  if (contentNote) {
    const note = element("div", { class: "pdc-reflection-note", role: "note" });
    const noteText = element("p");
    noteText.append(element("strong", {}, "Content note: "), document.createTextNode(contentNote));
    note.append(noteText);
    const choice = element("fieldset", { class: "pdc-reflection-choice" });
    choice.append(element("legend", {}, "How would you like to do this reflection?"));
    const options = [
      ["own", "Write about my own experience"],
      ["fictional", fictionalPrompt ? "Write about the fictional person instead" : null],
      ["skipped", "Skip this reflection"]
    ].filter(([, label2]) => label2);
    modeInputs = options.map(([value, label2]) => {
      const input = element("input", { type: "radio", name: `${idPrefix}-mode`, id: `${idPrefix}-mode-${value}`, value });
      const row = element("div", { class: "pdc-reflection-option" });
      row.append(input, element("label", { for: `${idPrefix}-mode-${value}` }, label2));
      choice.append(row);
      return input;
    });
    note.append(choice, keepBox);
    root.append(note);
  }
  const answer = element("div", { class: "pdc-reflection-answer" });
  const label = element("label", { for: `${idPrefix}-text`, class: "pdc-reflection-prompt" });
  const hint = element("p", { id: `${idPrefix}-hint`, class: "pdc-muted" }, model.get("hint"));
  hint.hidden = !model.get("hint");
  const textarea = followTextDirection(
    element("textarea", {
      id: `${idPrefix}-text`,
      rows: 6,
      "aria-describedby": `${idPrefix}-hint ${idPrefix}-error ${idPrefix}-count`
    })
  );
  const error = element("p", { id: `${idPrefix}-error`, class: "pdc-field-error", "aria-live": "polite" });
  const count = element("p", { id: `${idPrefix}-count`, class: "pdc-muted pdc-reflection-count" });
  answer.append(label, hint, textarea, error, count);
  const skipped = element("div", { class: "pdc-reflection-skipped" });
  const keptNote = element(
    "p",
    {},
    "What you wrote before choosing to skip is kept on this device, and shown on My journal. Clear answer deletes it."
  );
  skipped.append(
    element("p", {}, "You chose to skip this reflection. That is a fine choice; you can change your mind at any time."),
    keptNote
  );
  const status = element("p", { class: "pdc-status", role: "status" });
  const clearButton = element("button", { type: "button", class: "pdc-button pdc-secondary" }, "Clear answer");
  const confirmBox = element("div", { class: "pdc-warning", role: "group", "aria-labelledby": `${idPrefix}-confirm` });
  const confirmText = element(
    "p",
    { id: `${idPrefix}-confirm` },
    "Delete this answer from this device? This cannot be undone."
  );
  const confirmYes = element("button", { type: "button", class: "pdc-button" }, "Delete answer");
  const confirmNo = element("button", { type: "button", class: "pdc-button pdc-secondary" }, "Keep it");
  confirmBox.append(confirmText, confirmYes, confirmNo);
  confirmBox.hidden = true;
  const help = element("p", { class: "pdc-muted pdc-reflection-help" });
  if (contentNote) {
    help.append(
      document.createTextNode(
        "If this stirs up more than you expected, pause: put your feet on the floor, breathe out slowly and name five things you can see. "
      )
    );
  }
  help.append(
    document.createTextNode("Support is available: "),
    element("a", { href: pageHref("getting_help") }, "getting help now"),
    document.createTextNode(".")
  );
  root.append(answer, skipped, status, clearButton, confirmBox, warning, help);
  printNote(root);
  el.replaceChildren(root);
  const store = createStore({
    courseId: model.get("course_id"),
    namespace,
    widgetId,
    kind: "reflection",
    title: model.get("title") || model.get("prompt"),
    chapter: model.get("chapter"),
    schema,
    onProblem: showWarning,
    onProblemGone: (message) => {
      if (warning.textContent === message) warning.hidden = true;
    }
  });
  const savedEnvelope = store.loadEnvelope();
  let saved = savedEnvelope ? savedEnvelope.data : { text: "", mode: contentNote ? "" : "own" };
  let local = savedEnvelope;
  let mode = saved.mode;
  let pendingMode = null;
  const bridge = kernelBridge(
    model,
    learner,
    (entry) => {
      const newer = newerCopy(entry, local, () => validate(schema, entry.data).length === 0 && !dirty());
      if (newer === "adopt") {
        saved = entry.data;
        local = store.save(saved, entry.saved_at) || entry;
        show(saved);
        status.textContent = "Restored from your journal file.";
      } else if (newer === "send") {
        bridge.save(local);
      }
    },
    showWarning
  );
  const current = () => ({ text: textarea.value, mode: mode || "own" });
  const dirty = () => textarea.value !== saved.text || (mode || "own") !== (saved.mode || "own");
  function updateCount() {
    const characters = textLength(textarea.value);
    count.textContent = `${wordCount(textarea.value)} words, ${characters.toLocaleString("en")} of ${maxLength.toLocaleString("en")} characters`;
  }
  function showProblems(problems) {
    const message = problems.map((p) => p.message).join(" ");
    error.textContent = message;
    if (message) textarea.setAttribute("aria-invalid", "true");
    else textarea.removeAttribute("aria-invalid");
  }
  function show(data) {
    pendingMode = null;
    keepBox.hidden = true;
    setFieldText(textarea, data.text);
    mode = data.mode;
    for (const input of modeInputs) input.checked = input.value === mode;
    const chosen = !contentNote || Boolean(mode);
    answer.hidden = mode === "skipped" || !chosen;
    skipped.hidden = mode !== "skipped";
    keptNote.hidden = !data.text.trim();
    label.textContent = mode === "fictional" && fictionalPrompt ? fictionalPrompt : model.get("prompt");
    updateCount();
    showProblems(validate(schema, current()));
  }
  function save() {
    const data = current();
    const problems = validate(schema, data);
    showProblems(problems);
    if (problems.length > 0) {
      status.textContent = "Not saved yet: see the message above the word count. Your last saved version is kept.";
      return;
    }
    const written = store.save(data);
    if (written) {
      saved = data;
      local = written;
      status.textContent = data.mode === "skipped" ? "Your choice to skip is saved on this device." : savedWhere(learner);
    } else {
      status.textContent = "Not saved: see the message below.";
    }
    bridge.save(written || store.envelope(data));
  }
  const saveSoon = debounce(save, SAVE_DELAY_MS);
  textarea.addEventListener("input", () => {
    updateCount();
    const problems = validate(schema, current());
    showProblems(problems);
    status.textContent = problems.length ? "Not saved yet: see the message above the word count. Your last saved version is kept." : "Saving…";
    saveSoon();
  });
  textarea.addEventListener("blur", () => saveSoon.flush());
  const saveNow = () => saveSoon.flush();
  window.addEventListener("pagehide", saveNow);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") saveNow();
  });
  function switchMode(next, keepWritten) {
    pendingMode = null;
    keepBox.hidden = true;
    mode = next;
    if (!keepWritten || next === "skipped" && !textarea.value.trim()) setFieldText(textarea, "");
    show(current());
    save();
  }
  for (const input of modeInputs) {
    input.addEventListener("change", () => {
      const next = input.value;
      const words = wordCount(textarea.value);
      if (next === mode || !words || next === "own") {
        switchMode(next, true);
        return;
      }
      pendingMode = next;
      const counted = `${words} ${words === 1 ? "word" : "words"}`;
      const where = mode === "own" ? "about your own experience" : "here";
      keepBox.hidden = false;
      keepText.textContent = next === "skipped" ? `You have written ${counted} ${where}. Keep them on this device (they stay visible on My journal and in exports), or delete them?` : `You have written ${counted} ${where}. Keep them in the box for the fictional prompt, or delete them and start afresh?`;
    });
  }
  keepYes.addEventListener("click", () => {
    const next = pendingMode;
    switchMode(next, true);
    status.textContent = `${status.textContent} What you wrote was kept.`;
    modeInputs.find((input) => input.value === next).focus();
  });
  keepNo.addEventListener("click", () => {
    const next = pendingMode;
    switchMode(next, false);
    status.textContent = `${status.textContent} What you wrote was deleted.`;
    modeInputs.find((input) => input.value === next).focus();
  });
  clearButton.addEventListener("click", () => {
    confirmBox.hidden = false;
    confirmNo.focus();
  });
  confirmNo.addEventListener("click", () => {
    confirmBox.hidden = true;
    clearButton.focus();
  });
  confirmYes.addEventListener("click", () => {
    confirmBox.hidden = true;
    setFieldText(textarea, "");
    save();
    status.textContent = "Answer deleted from this device.";
    textarea.focus();
  });
  const otherTabs = store.followOtherTabs({
    unsaved: dirty,
    adopt(data) {
      saveSoon.cancel();
      saved = data || { text: "", mode: contentNote ? "" : "own" };
      show(saved);
      status.textContent = "";
    },
    saveMine: () => {
      saveSoon.cancel();
      save();
    }
  });
  warning.after(otherTabs.element);
  show(saved);
  if (savedEnvelope && saved.text) status.textContent = "Your saved answer was restored.";
}
var reflection_default = { render: forEachLearner(render) };
export {
  reflection_default as default
};
