// The learner's journal page: everything this book saved on this device, grouped by
// chapter, with export (Markdown to read, JSON to re-import), a validated import that
// shows what it will change and asks first, and delete-all with confirmation. It reads
// and writes only this browser's storage (and, in a kernel, the journal file). Each
// entry is shown as the lines of its Markdown (lib/journal_markdown.js).

import { today } from "../lib/clock.js";
import { download } from "../lib/download.js";
import { element, uid } from "../lib/elements.js";
import { groupByChapter, journalToMarkdown } from "../lib/journal_markdown.js";
import { chapterProgress, progressTable } from "../lib/journal_progress.js";
import { journalProblems, readBrowserJournal } from "../lib/journal_read.js";
import { entryArticle, savedOn } from "../lib/journal_view.js";
import { sendAsLearner } from "../lib/kernel.js";
import { forEachLearner, isSharedComputer, setSharedComputer } from "../lib/learners.js";
import { isQuotaError, localStorageOrNull } from "../lib/storage.js";

const MAX_IMPORT_BYTES = 5000000;

// What the shared-computer choice says, in the static book and in a kernel.
const SHARED_COMPUTER = {
  book: {
    note: "Anyone who uses this browser on this device can open this page and read what you saved. On a shared computer, read the book in a private window, whose storage goes when it closes, or delete everything before you leave.",
    label: "This is a shared computer: delete everything this book saved in this browser once the browser is closed",
  },
  kernel: {
    note: "In Jupyter your entries are kept in your journal file, and a copy in this browser that the book shows only to your Jupyter account. Anyone who uses this browser could still read that copy with the browser's developer tools: on a shared computer, delete it when you finish.",
    label: "This is a shared computer: delete this browser's copy once the browser is closed (your journal file keeps everything)",
  },
};

function render({ model, el, namespace, learner }) {
  const courseId = model.get("course_id");
  const schemas = model.get("schemas");
  const idPrefix = uid(model.get("widget_id"));
  const storage = localStorageOrNull();

  const root = element("section", { class: "pdc-widget pdc-journal", "aria-labelledby": `${idPrefix}-title` });
  const heading = element("h3", { id: `${idPrefix}-title` }, "Everything you saved in this book");
  const summary = element("p", { class: "pdc-muted" });
  const warning = element("p", { class: "pdc-warning", role: "status" });
  warning.hidden = true;
  const showWarning = (message) => {
    warning.textContent = message;
    warning.hidden = false;
  };
  // The warning an import that could not finish showed, taken back when one goes through.
  let importWarning = null;
  if (!storage) {
    showWarning("This browser is not letting the book save anything, so there is nothing stored here to show.");
  }

  // Export and print. Printing uses this page's print styles (journal.css): the entries
  // as plain text, nothing else; it all happens in this browser.
  const exportBar = element("div", { class: "pdc-journal-actions", role: "group", "aria-label": "Export or print" });
  const exportMarkdown = element("button", { type: "button", class: "pdc-button" }, "Export as Markdown");
  const exportJson = element("button", { type: "button", class: "pdc-button" }, "Export as JSON (to import later)");
  const printButton = element("button", { type: "button", class: "pdc-button" }, "Print my journal");
  exportBar.append(exportMarkdown, exportJson, printButton);

  // Import.
  const importBox = element("div", { class: "pdc-journal-import" });
  const importLabel = element("label", { for: `${idPrefix}-import` }, "Import a journal exported as JSON");
  const importInput = element("input", {
    type: "file",
    id: `${idPrefix}-import`,
    accept: ".json,application/json",
    "aria-describedby": `${idPrefix}-import-error`,
  });
  const importError = element("p", { id: `${idPrefix}-import-error`, class: "pdc-field-error", "aria-live": "polite" });
  const importPlan = element("div", { class: "pdc-warning", role: "group", "aria-labelledby": `${idPrefix}-plan` });
  importPlan.hidden = true;
  importBox.append(importLabel, importInput, importError, importPlan);

  // Shared computers: say who else can see this, and offer to delete it all at closing.
  const words = SHARED_COMPUTER[learner ? "kernel" : "book"];
  const shared = element("div", { class: "pdc-journal-shared" });
  const sharedBox = element("input", { type: "checkbox", id: `${idPrefix}-shared`, "aria-describedby": `${idPrefix}-shared-note ${idPrefix}-shared-error` });
  const sharedRow = element("div", { class: "pdc-journal-shared-choice" });
  sharedRow.append(sharedBox, element("label", { for: `${idPrefix}-shared` }, words.label));
  const sharedError = element("p", { id: `${idPrefix}-shared-error`, class: "pdc-field-error", "aria-live": "polite" });
  shared.append(element("p", { id: `${idPrefix}-shared-note` }, words.note), sharedRow, sharedError);
  sharedBox.checked = Boolean(storage) && isSharedComputer(storage, namespace);
  sharedBox.disabled = !storage;

  // Delete all.
  const deleteButton = element("button", { type: "button", class: "pdc-button pdc-secondary" }, "Delete everything");
  const deleteConfirm = element("div", { class: "pdc-warning pdc-journal-delete", role: "group", "aria-labelledby": `${idPrefix}-delete` });
  deleteConfirm.append(
    element("p", { id: `${idPrefix}-delete` }, "Delete everything this book saved on this device? Export first if you want a copy. This cannot be undone."),
  );
  const deleteYes = element("button", { type: "button", class: "pdc-button pdc-danger" }, "Delete everything");
  const deleteNo = element("button", { type: "button", class: "pdc-button pdc-secondary" }, "Cancel");
  deleteConfirm.append(deleteYes, deleteNo);
  deleteConfirm.hidden = true;

  const status = element("p", { class: "pdc-status", role: "status" });
  const list = element("div", { class: "pdc-journal-entries" });
  const progress = element("div", { class: "pdc-journal-glance" });
  root.append(heading, summary, progress, warning, shared, exportBar, importBox, list, deleteButton, deleteConfirm, status);
  el.replaceChildren(root);

  let current = readBrowserJournal(courseId, namespace, schemas, storage);

  function draw() {
    current = readBrowserJournal(courseId, namespace, schemas, storage);
    const entries = Object.values(current.journal.entries);
    summary.textContent = entries.length
      ? `${entries.length} saved ${entries.length === 1 ? "item" : "items"}, kept in this browser on this device${learner ? " and in your journal file" : ""}.`
      : "Nothing is saved yet. Reflections, quizzes, your timeline and your relationship episodes appear here once you use them.";
    const notes = [];
    if (current.unreadable.length) {
      notes.push(`${current.unreadable.length} saved item(s) could not be read and are not shown; they were left untouched.`);
    }
    if (current.setAside) {
      notes.push(`${current.setAside} older cop${current.setAside === 1 ? "y" : "ies"} that could not be read ${current.setAside === 1 ? "is" : "are"} kept aside in this browser, untouched.`);
    }
    if (notes.length) showWarning(notes.join(" "));
    progress.replaceChildren(...(entries.length ? [progressTable(chapterProgress(entries, today()))] : []));
    const sections = groupByChapter(entries).map(([chapter, inChapter]) => {
      const section = element("section", { class: "pdc-journal-chapter" });
      section.append(element("h4", {}, chapter));
      for (const entry of inChapter) {
        const item = entryArticle(entry, savedOn(entry.saved_at), deleteDraft);
        section.append(item);
      }
      return section;
    });
    list.replaceChildren(...sections);
    exportMarkdown.disabled = exportJson.disabled = printButton.disabled = entries.length === 0;
    deleteButton.disabled = entries.length === 0;
  }

  // -- the kernel's journal file, when there is a kernel ---------------------------------
  const send = sendAsLearner(model, learner);
  model.on("msg:custom", (content) => {
    if (!content) return;
    if (content.type === "problem") showWarning(content.message);
    if (content.type === "all" && content.journal && journalProblems(content.journal, courseId, schemas).length === 0) {
      // Adopt the journal file's entries that are newer than this browser's.
      for (const [widgetId, entry] of Object.entries(content.journal.entries)) {
        const mine = current.journal.entries[widgetId];
        if (!mine || entry.saved_at > mine.saved_at) writeEntry(entry);
      }
      draw();
    }
  });

  function writeEntry(entry) {
    storage.setItem(`${namespace}:${entry.widget_id}`, JSON.stringify(entry));
  }

  // A draft is deleted on its own: the entry is saved again without it, as now's version,
  // here and (through the import path, which replaces whole entries) in the journal file.
  function deleteDraft(entry) {
    const { draft: _draft, ...data } = entry.data;
    const kept = { ...entry, data, saved_at: Date.now() };
    try {
      writeEntry(kept);
    } catch (error) {
      showWarning(isQuotaError(error) ? "This browser's storage is full, so the draft could not be deleted. Nothing was changed." : "This browser refused the change, so the draft was not deleted.");
      return;
    }
    send({ type: "import", journal: { ...current.journal, entries: { [kept.widget_id]: kept } } });
    draw();
    status.textContent = `The draft in “${entry.title || entry.widget_id}” was deleted.`;
    // Its button is gone: focus goes to the entry's heading, where the reader was.
    list.querySelector(`[data-widget-id="${CSS.escape(kept.widget_id)}"] h5`)?.focus();
  }

  sharedBox.addEventListener("change", () => {
    sharedError.textContent = "";
    sharedBox.removeAttribute("aria-invalid");
    if (!setSharedComputer(storage, courseId, namespace, sharedBox.checked)) {
      sharedBox.checked = false;
      sharedBox.setAttribute("aria-invalid", "true");
      sharedError.textContent =
        "This browser does not let the book do this here (a page opened from a file, cookies turned off, or storage full). Use a private window, or delete everything before you leave.";
      return;
    }
    status.textContent = sharedBox.checked
      ? "Done. Once this browser is closed, everything listed here is deleted when the book is next opened on it."
      : "Done. What you save here stays after the browser is closed.";
  });

  exportMarkdown.addEventListener("click", () => {
    download("my-journal.md", journalToMarkdown(current.journal), "text/markdown");
    status.textContent = "Your journal was downloaded as my-journal.md.";
  });
  exportJson.addEventListener("click", () => {
    const exported = { ...current.journal, exported_at: new Date().toISOString() };
    download("my-journal.json", JSON.stringify(exported, null, 2), "application/json");
    status.textContent = "Your journal was downloaded as my-journal.json. Import it here to restore it.";
  });

  printButton.addEventListener("click", () => {
    window.print();
  });

  function refuseImport(message) {
    importError.textContent = message;
    importInput.setAttribute("aria-invalid", "true");
    importPlan.hidden = true;
  }

  importInput.addEventListener("change", async () => {
    importError.textContent = "";
    importInput.removeAttribute("aria-invalid");
    importPlan.hidden = true;
    const file = importInput.files?.[0];
    if (!file) return;
    if (!storage) {
      refuseImport("This browser is not letting the book save anything, so nothing can be imported here. Nothing was changed.");
      return;
    }
    if (file.size > MAX_IMPORT_BYTES) {
      refuseImport("This file is too large to be a journal from this book. Nothing was changed.");
      return;
    }
    let incoming;
    try {
      incoming = JSON.parse(await file.text());
    } catch {
      refuseImport("This file is not valid JSON (it may be cut short or damaged). Nothing was changed.");
      return;
    }
    const problems = journalProblems(incoming, courseId, schemas);
    if (problems.length) {
      refuseImport(`${problems[0].message} Nothing was changed.`);
      return;
    }
    showPlan(incoming);
  });

  // The file being imported, while its plan waits for an answer.
  let pending = null;

  function showPlan(incoming) {
    pending = incoming;
    const added = [];
    const replaced = [];
    let unchanged = 0;
    for (const [widgetId, entry] of Object.entries(incoming.entries)) {
      const mine = current.journal.entries[widgetId];
      if (!mine) added.push(entry);
      else if (JSON.stringify(mine) === JSON.stringify(entry)) unchanged += 1;
      else replaced.push(entry);
    }
    const names = (list) => list.map((e) => e.title || e.widget_id).join("; ");
    importPlan.replaceChildren();
    const plan = element("p", { id: `${idPrefix}-plan` });
    const parts = [];
    if (added.length) parts.push(`add ${added.length} saved ${added.length === 1 ? "item" : "items"} (${names(added)})`);
    if (replaced.length) parts.push(`replace ${replaced.length} saved ${replaced.length === 1 ? "item" : "items"} you already have (${names(replaced)})`);
    if (unchanged) parts.push(`leave ${unchanged} saved ${unchanged === 1 ? "item" : "items"} unchanged`);
    if (!added.length && !replaced.length) {
      pending = null;
      plan.textContent = "This file holds nothing new: everything in it is already saved here. Nothing was changed.";
      importPlan.append(plan);
      importPlan.hidden = false;
      return;
    }
    plan.textContent = `Importing this file will ${parts.join(", ")}. Go ahead?`;
    const yes = element("button", { type: "button", class: "pdc-button" }, "Yes, import");
    const no = element("button", { type: "button", class: "pdc-button pdc-secondary" }, "Cancel");
    importPlan.append(plan, yes, no);
    importPlan.hidden = false;
    yes.focus();
    no.addEventListener("click", () => {
      pending = null;
      importPlan.hidden = true;
      importInput.value = "";
      status.textContent = "Import cancelled. Nothing was changed.";
    });
    yes.addEventListener("click", () => {
      const changed = [...added, ...replaced];
      let written = 0;
      try {
        for (const entry of changed) {
          writeEntry(entry);
          written += 1;
        }
      } catch (error) {
        // Each entry is written whole or not at all, so what was saved before is intact.
        // The plan stays, for what is left, so the import can finish once there is room.
        importWarning = isQuotaError(error)
          ? "This browser's storage is full, so the import could not finish. Everything saved before was kept; free some space, then choose Yes, import again."
          : "This browser refused to save the import. Everything saved before was kept.";
        showWarning(importWarning);
        draw();
        showPlan(incoming);
        status.textContent = `Imported ${written} of ${changed.length} ${changed.length === 1 ? "item" : "items"}; the rest is not saved yet.`;
        return;
      }
      send({ type: "import", journal: { ...incoming, entries: Object.fromEntries(changed.map((e) => [e.widget_id, e])) } });
      pending = null;
      importPlan.hidden = true;
      importInput.value = "";
      // The import went through this time: a warning that it could not finish is over.
      if (importWarning !== null && warning.textContent === importWarning) warning.hidden = true;
      importWarning = null;
      status.textContent = `Imported ${changed.length} ${changed.length === 1 ? "item" : "items"}.`;
      draw();
    });
  }

  deleteButton.addEventListener("click", () => {
    deleteConfirm.hidden = false;
    deleteNo.focus();
  });
  deleteNo.addEventListener("click", () => {
    deleteConfirm.hidden = true;
    deleteButton.focus();
  });
  deleteYes.addEventListener("click", () => {
    for (const widgetId of Object.keys(current.journal.entries)) {
      if (storage) storage.removeItem(`${namespace}:${widgetId}`);
    }
    send({ type: "clear-all" });
    deleteConfirm.hidden = true;
    status.textContent = "Everything this book saved on this device was deleted.";
    draw();
  });

  // Another tab of this book saving or deleting something: show the list as it is now,
  // and redo a waiting import's plan against it, so the plan never shows stale changes.
  if (storage) {
    window.addEventListener("storage", (event) => {
      if (event.key !== null && !event.key.startsWith(`${namespace}:`)) return;
      draw();
      if (pending) showPlan(pending);
      status.textContent = "The list was updated: another tab of this book saved a change.";
    });
  }

  draw();
  send({ type: "load-all" });
}

export default { render: forEachLearner(render) };
