// Pattern finder widget (core conflictual relationship theme). Everything a reader needs
// happens in the page, so it works in the static book with no kernel. The episodes, their
// form, undo and the draft are the shared list editor (lib/list_editor.js); this file adds
// what is the pattern finder's own: the fictional case, the tally (lib/pattern_tally.js,
// drawn by lib/pattern_chart.js), saving. Learner text is only set with textContent.
//
// The draft (what is typed and not yet added) is kept in the saved data as its `draft`
// property from the first keystroke (lib/saved_draft.js).
import { element, pageHref, textDirection, uid as makeUid } from "../lib/elements.js";
import { validate } from "../lib/validate.js";
import { CLASS_DEMO_WORDS, classDemoNote, isClassDemo } from "../lib/class_demo.js";
import { createStore } from "../lib/storage.js";
import { forEachLearner } from "../lib/learners.js";
import { PRINT_NOTE, printAsShown, printNote } from "../lib/print.js";
import { createConfirm, listEditorAsk } from "../lib/confirm.js";
import { createListEditor } from "../lib/list_editor.js";
import { listSaving } from "../lib/list_saving.js";
import { draftOfSaved, withDraft } from "../lib/saved_draft.js";
import { undoStorage } from "../lib/undo_storage.js";
import { PATTERN_FIELDS, PATTERN_PARTS, episodeFromFields, fieldsOfEpisode, patternCategories, patternPartName, patternTally, plural } from "../lib/pattern_tally.js";
import { createTallySection } from "../lib/pattern_chart.js";

const episodes = (count) => plural(count, "episode", "episodes");
/** The list editor's extras of saved data: whose episodes these are. */
const extrasOf = (data) => ({ case: data.case === "fictional" ? "fictional" : "own" });

/** The form's fields for createListEditor: who, then each part's text and category. */
function formFields(categories) {
  const fields = [{ name: "who", label: "Who was it with?", kind: "text", hint: "A name or a role is enough, for example “my manager”." }];
  for (const part of PATTERN_PARTS) {
    const group = patternPartName(part);
    fields.push({ name: part.key, label: part.question, kind: "textarea", group });
    const options = [["", "(no category)"], ...categories[part.key].map((name) => [name, name])];
    fields.push({ name: part.category, label: `Category for ${part.plain} (optional)`, kind: "select", options, group });
  }
  return fields;
}

/** One episode in the list: who, then each part with its category. */
function episodeRow(episode) {
  const content = element("div");
  const who = element("p", { class: "pdc-patterns-who" });
  who.append(element("strong", {}, "With: "), element("span", { dir: "auto" }, episode.who));
  const details = element("dl", {});
  for (const part of PATTERN_PARTS) {
    details.append(element("dt", {}, `${part.plain[0].toUpperCase()}${part.plain.slice(1)} (${part.abbreviation}):`));
    const value = element("dd", {});
    value.append(element("span", { dir: "auto" }, episode[part.key]));
    const category = episode[part.category];
    value.append(" ", element("span", { class: `pdc-patterns-category${category ? "" : " pdc-muted"}` }, category ? `(category: ${category})` : "(no category)"));
    details.append(value);
  }
  content.append(who, details);
  return content;
}

/** The introduction: of Nadia's episodes, or of the learner's own, with its care note. */
function intro(readOnly, sampleName) {
  if (readOnly) {
    const text = `${sampleName} Reyes is a fictional person followed through this book. These are relationship episodes in her own words, so “I” is ${sampleName}: in each, what she wanted, how the other person responded and how she responded in turn. Nothing here is saved or can be changed.`;
    return [element("p", { class: "pdc-patterns-intro" }, text)];
  }
  const own = element(
    "p",
    { class: "pdc-patterns-intro" },
    "Write down a few moments with other people: who it was with, what you wanted, how they responded and how you responded. For each part you can also choose the closest category from Luborsky’s standard lists, so that the tally below can count what comes back. Everything stays on this device. ",
  );
  const note = element("p", { class: "pdc-muted pdc-patterns-note" });
  note.append(
    "Writing about your own relationships can stir things up. You can work on the fictional case instead, write as little as you like, and stop at any time. Taking a slow breath and noticing what is around you can help. If things feel hard, see ",
    element("a", { href: pageHref("getting_help") }, "getting help now"),
    ".",
  );
  return [own, note];
}

function render({ model, el, namespace, learner }) {
  const schema = model.get("schema");
  const itemSchema = schema.properties.episodes.items;
  const readOnly = Boolean(model.get("read_only"));
  const classDemo = isClassDemo(model);
  const widgetId = model.get("widget_id");
  const uid = makeUid(widgetId);
  const sampleName = model.get("sample_name") || "Nadia";
  // The editor reads sample.items when asked, so a new sample from Python is used at once.
  const sample = { name: sampleName, items: model.get("sample_episodes") || [], extras: { case: "fictional" } };
  const cleanups = [];

  const root = element("section", { class: `pdc-widget pdc-patterns${readOnly ? " pdc-patterns-sample" : ""}`, "aria-labelledby": `${uid}-title` });
  root.append(element("h3", { id: `${uid}-title` }, model.get("title") || "Pattern finder"));
  if (model.get("chapter")) root.append(element("p", { class: "pdc-muted pdc-patterns-chapter" }, model.get("chapter")));
  root.append(...(classDemo ? [classDemoNote()] : intro(readOnly, sampleName)));
  const warnings = element("div", { class: "pdc-warning", role: "status", hidden: true });
  root.append(warnings);
  const showProblem = (message) => {
    warnings.append(element("p", {}, message));
    warnings.hidden = false;
  };

  // --- what was saved: the episodes, the case, the draft, the undo stack --------------------
  const store =
    readOnly || classDemo
    ? null
    : createStore({
        courseId: model.get("course_id"),
        namespace,
        widgetId,
        kind: "episodes",
        title: model.get("title"),
        chapter: model.get("chapter"),
        schema,
        onProblem: showProblem,
        onProblemGone: (message) => {
          for (const node of [...warnings.children]) if (node.textContent === message) node.remove();
          warnings.hidden = warnings.children.length === 0;
        },
      });
  const envelope = store ? store.loadEnvelope() : null;
  const saved = envelope ? envelope.data : readOnly ? { episodes: sample.items, case: "fictional" } : { episodes: [] };
  const undo = readOnly || classDemo ? null : undoStorage(namespace, widgetId);
  // What is saved, kept here too: the editor calls onDraft while it is being built.
  let latest = { episodes: Array.isArray(saved.episodes) ? saved.episodes : [], extras: extrasOf(saved) };
  let draft = draftOfSaved(saved, PATTERN_FIELDS);
  const savedData = () => withDraft({ episodes: latest.episodes, ...latest.extras }, draft);
  const sameList = (items, extras) => JSON.stringify([items, extras]) === JSON.stringify([latest.episodes, latest.extras]);

  const saving = listSaving({
    model,
    learner,
    store,
    saved: envelope,
    savedData,
    canAdopt: (entry) => entry.kind === "episodes" && Boolean(entry.data) && validate(schema, entry.data).length === 0,
    onAdopt: (data) =>
      editor.adopt(data.episodes, extrasOf(data), "Loaded the episodes kept in the kernel's journal file (they were newer than this browser's copy)."),
    onProblem: showProblem,
    notSaving: "Kept on this page only: this browser is not saving.",
  });
  const { persist, saveDraft } = saving;
  cleanups.push(saving.flush);

  // --- the tally, the case note, the confirm box ------------------------------------------
  const tally = createTallySection(uid);
  const caseNote = element("p", { class: "pdc-patterns-case-note", hidden: true });
  const emptyNote = element("p", { class: "pdc-muted" }, "No episodes yet.");
  const confirm = createConfirm(uid);
  confirm.element.classList.add("pdc-patterns-confirm");

  /** The tally and the notes follow every change; the tally counts all episodes (cheap). */
  function showAround(items, extras) {
    tally.update(patternTally(items, schema));
    emptyNote.hidden = items.length > 0;
    caseNote.hidden = readOnly || extras.case !== "fictional";
    caseNote.textContent = caseNote.hidden
      ? ""
      : `You are working on the fictional case of ${sampleName} Reyes; the episodes are hers, and you can change them. To start your own list, remove all episodes.`;
  }

  /** The form's episode against the schema, each problem beside its field (or under the buttons). */
  const formProblems = (fields) =>
    validate(itemSchema, { id: "e-check", ...episodeFromFields(fields) }).map(({ path, message }) => {
      const name = path.split("/")[1];
      return { field: PATTERN_FIELDS.includes(name) ? name : null, message };
    });

  const editor = createListEditor({
    idPrefix: uid,
    fields: formFields(patternCategories(schema)),
    classes: {
      form: "pdc-patterns-form",
      list: "pdc-patterns-list",
      item: "pdc-patterns-episode",
      field: (name) => `pdc-patterns-field pdc-patterns-field-${name.replace("_", "-")}`,
    },
    words: {
      noun: "episode",
      nouns: "episodes",
      listHeading: (n) => `${readOnly ? `${sampleName}’s episodes` : "Episodes"} (${n})`,
      sampleButton: `Work on the fictional case: ${sampleName}`,
      sampleQuestion: (n) =>
        `This deletes the ${episodes(n)} here from this device and puts ${sampleName}’s ${sample.items.length} fictional episodes in their place. Undo brings yours back until you close this tab.`,
      sampleConfirm: `Delete mine and use ${sampleName}’s`,
      sampleKeep: "Keep these episodes",
      clearQuestion: (n) => `Remove all ${episodes(n)} from this list? You can undo it.`,
      clearConfirm: "Remove all",
      ...(classDemo
        ? {
            ...CLASS_DEMO_WORDS,
            sampleQuestion: (n) => `This replaces the ${episodes(n)} in the demo with ${sampleName}’s ${sample.items.length} fictional episodes. Undo brings them back.`,
            sampleConfirm: `Use ${sampleName}’s`,
          }
        : {}),
    },
    readOnly,
    clearAtOnce: classDemo,
    textDirection,
    items: latest.episodes,
    extras: latest.extras,
    draft,
    undo: undo ? undo.load() : null,
    sample: readOnly ? null : sample,
    clearedExtras: { case: "own" },
    check: (items, extras) => (validate(schema, { episodes: items, ...extras })[0] || {}).message || "",
    describe: (episode) => episode.who,
    renderItem: episodeRow,
    validate: formProblems,
    toItem: episodeFromFields,
    toFields: fieldsOfEpisode,
    onChange: (items, change, extras) => {
      latest = { episodes: items, extras };
      showAround(items, extras);
      return change.adopted || readOnly ? "" : `${episodes(items.length)}. ${persist()}`;
    },
    onDraft: (next) => {
      draft = next;
      saveDraft();
    },
    onUndo: (snapshot) => undo && undo.save(snapshot),
    ask: listEditorAsk(confirm, (text) => editor.say(text), () => undoButton()),
  });
  // The editor's tools start with its Undo button.
  const undoButton = () => editor.parts.tools.querySelector("button");

  // --- the page -------------------------------------------------------------------------
  const { form, tools, status, listHeading, list } = editor.parts;
  if (readOnly) {
    root.append(listHeading, emptyNote, list, tally.section);
  } else {
    const toolsBox = element("div", { class: "pdc-patterns-tools" });
    tools.classList.add("pdc-patterns-buttons");
    toolsBox.append(caseNote, tools, confirm.element);
    root.append(toolsBox, form, listHeading, emptyNote, list, status, tally.section);
  }
  // Nadia's episodes are the chapter's content: on paper, the list and the tally.
  if (readOnly) printAsShown(root);
  else printNote(root, PRINT_NOTE);
  el.append(root);
  showAround(editor.model.items(), editor.model.extras());

  const onSample = () => {
    sample.items = model.get("sample_episodes") || [];
    if (readOnly) editor.adopt(sample.items, { case: "fictional" }, "");
  };
  model.on("change:sample_episodes", onSample);
  cleanups.push(() => model.off("change:sample_episodes", onSample));

  // --- the journal file (in a kernel) and other tabs: their data is adopted, the draft kept --
  saving.connect();
  if (store) {
    // Another tab of this book saving these same episodes (storage.js): follow it, or ask
    // when the episodes here are not saved. The form keeps whatever is typed in it.
    const otherTabs = store.followOtherTabs({
      unsaved: saving.unsaved,
      adopt: (other) => {
        const data = other || { episodes: [] };
        const items = Array.isArray(data.episodes) ? data.episodes : [];
        saving.followedOtherTab();
        // Only its draft changed (the other tab is typing): keep this tab's undo and status.
        if (sameList(items, extrasOf(data))) return;
        editor.adopt(items, extrasOf(data), "");
      },
      saveMine: () => editor.say(persist()),
    });
    warnings.after(otherTabs.element);
    cleanups.push(otherTabs.stop);
  }

  return () => {
    for (const cleanup of cleanups) cleanup();
  };
}

export default { render: forEachLearner(render) };
