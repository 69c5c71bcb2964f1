// Life timeline widget. Everything a reader needs happens in the page, so the timeline works
// in the static book with no kernel. The list, its form, undo and the draft are the shared
// list editor (lib/list_editor.js); this file adds what is the timeline's own: the year of
// birth, the chart (lib/timeline_chart.js), the notes beside it, saving and export. Learner
// text is only ever set with textContent, never parsed as HTML.
//
// The draft (what is typed and not yet added, and the year of birth as typed) is kept in
// the saved data as its `draft` property from the first keystroke (lib/saved_draft.js).
import { element, textDirection, uid as makeUid } from "../lib/elements.js";
import { FORMAT_VERSION, validate } from "../lib/validate.js";
import { CLASS_DEMO_WORDS, classDemoNote, isClassDemo } from "../lib/class_demo.js";
import { createStore } from "../lib/storage.js";
import { savedWhere } from "../lib/kernel.js";
import { forEachLearner } from "../lib/learners.js";
import { PRINT_NOTE, printAsShown, printNote } from "../lib/print.js";
import { download } from "../lib/download.js";
import { createConfirm, listEditorAsk } from "../lib/confirm.js";
import { createListEditor } from "../lib/list_editor.js";
import { listSaving } from "../lib/list_saving.js";
import { draftOfSaved, draftTextOfSaved, withDraft, withoutDraft } from "../lib/saved_draft.js";
import { undoStorage } from "../lib/undo_storage.js";
import { EVENT_FIELDS, categoryOf, eventFromFields, feelingText, fieldsOfEvent, listOrder, numberOrText, themeKey, whenText } from "../lib/timeline_layout.js";
import { categoryIcon, createTimelineChart, downloadBlob, exportPng, exportSvgText } from "../lib/timeline_chart.js";
import { EVENT_FORM_FIELDS, birthForm, birthNoteText, exportButtons, timelineIntro } from "../lib/timeline_parts.js";

const plural = (count) => `${count} event${count === 1 ? "" : "s"}`;
/** The list editor's extras of saved data: the year of birth, when there is one. */
const extrasOf = (data) => (Number.isInteger(data.birth_year) ? { birth_year: data.birth_year } : {});

function render({ model, el, namespace, learner }) {
  const schema = model.get("schema");
  const eventSchema = schema.properties.events.items;
  const birthSchema = schema.properties.birth_year || { type: "integer" };
  const sampleOnly = Boolean(model.get("read_only"));
  const classDemo = isClassDemo(model);
  const sample = model.get("sample_events") || [];
  const sampleName = model.get("sample_name") || "the sample";
  const widgetId = model.get("widget_id");
  const uid = makeUid(widgetId);
  const titleText = model.get("title") || "Life timeline";
  const sampleIds = new Set(sample.map((event) => event.id));

  const root = element("section", {
    class: `pdc-widget pdc-timeline${sampleOnly ? " pdc-timeline-read-only" : ""}`,
    "aria-labelledby": `${uid}-title`,
    "data-widget-id": widgetId,
  });
  root.append(element("h3", { id: `${uid}-title` }, titleText), ...(classDemo ? [classDemoNote()] : timelineIntro(sampleOnly, sampleName)));
  const warnings = element("div", { class: "pdc-timeline-warnings", "aria-live": "polite" });
  root.append(warnings);
  const showProblem = (message) => {
    if ([...warnings.children].some((node) => node.textContent === message)) return;
    warnings.append(element("p", { class: "pdc-warning" }, message));
  };

  // --- what was saved: the list, the year of birth, the draft, the undo stack ---------------
  const store =
    sampleOnly || classDemo
    ? null
    : createStore({
        courseId: model.get("course_id"),
        namespace,
        widgetId,
        kind: "timeline",
        title: titleText,
        chapter: model.get("chapter"),
        schema,
        onProblem: showProblem,
        onProblemGone: (message) => {
          for (const node of [...warnings.children]) if (node.textContent === message) node.remove();
        },
      });
  const savedEnvelope = store ? store.loadEnvelope() : null;
  const saved = savedEnvelope ? savedEnvelope.data : { events: sampleOnly ? sample : [] };
  const undo = sampleOnly || classDemo ? null : undoStorage(namespace, widgetId);
  // What is saved, kept here too: the editor calls onDraft while it is being built.
  let latest = { events: saved.events, extras: extrasOf(saved) };
  let draft = draftOfSaved(saved, EVENT_FIELDS);
  let birthText = draftTextOfSaved(saved, "birth_year_text");
  const savedData = () => withDraft({ events: latest.events, ...latest.extras }, draft, { birth_year_text: birthText });
  const sameList = (events, extras) => JSON.stringify([events, extras]) === JSON.stringify([latest.events, latest.extras]);

  const saving = listSaving({
    model,
    learner,
    store,
    saved: savedEnvelope,
    savedData,
    canAdopt: (entry) => validate(schema, entry.data).length === 0,
    // The journal file's copy is newer (another browser on this hub): adopt it.
    onAdopt: (data) => editor.adopt(data.events, extrasOf(data), "Loaded your timeline from the journal file."),
    onProblem: showProblem,
    notSaving: "Kept on this page only, because this browser is not saving.",
  });
  const { persist, saveDraft } = saving;

  // --- the year of birth, the chart, the confirm box ------------------------------------
  const birth = birthForm(uid);
  birth.input.value = birthText || (Number.isInteger(saved.birth_year) ? String(saved.birth_year) : "");
  const chart = createTimelineChart();
  const figure = element("figure", { class: "pdc-timeline-figure" });
  figure.append(chart.svg, chart.legend);
  const sampleNote = element("p", { class: "pdc-muted pdc-timeline-sample-note", hidden: true });
  const themesHint = element("span");
  const confirm = createConfirm(uid);
  confirm.element.classList.add("pdc-timeline-confirm");

  // --- the list editor ------------------------------------------------------------------
  /** Check the form's event field by field; the "age or year" rule speaks beside the age field. */
  const formProblems = (fields) => {
    const event = { id: "e-check", ...eventFromFields(fields) };
    const { anyOf, "x-message": eitherMessage, ...fieldRules } = eventSchema;
    const problems = validate(fieldRules, event);
    if (anyOf && !anyOf.some((option) => validate(option, event).length === 0)) {
      problems.push({ path: "/age", message: eitherMessage || "Give either an age or a year." });
    }
    return problems.map(({ path, message }) => {
      const name = path.split("/")[1];
      return { field: EVENT_FIELDS.includes(name) ? name : "label", message };
    });
  };

  /** One row of the list: when, the label (isolated: its own direction), the details. */
  const eventRow = (event, extras) => {
    const category = categoryOf(event.category);
    const text = element("div", { class: "pdc-timeline-item-text" });
    text.append(
      element("span", { class: "pdc-timeline-item-when" }, `${whenText(event, "age", extras.birth_year)}: `),
      // dir="auto" isolates the label: a right-to-left override inside it cannot reverse
      // the text around it. (Labels are short: no cost.)
      element("span", { class: "pdc-timeline-item-label", dir: "auto" }, event.label),
    );
    const details = element("span", { class: "pdc-muted pdc-timeline-item-details" });
    const themeText = event.themes && event.themes.length ? ` · themes: ${event.themes.join(", ")}` : "";
    const sampleText = !sampleOnly && sampleIds.has(event.id) ? " · fictional sample" : "";
    details.append(categoryIcon(category.name), ` ${category.name} · felt ${feelingText(event.feeling)}${themeText}${sampleText}`);
    text.append(element("br"), details);
    return text;
  };

  /** After every change: the chart (only what moved), the notes; then save unless adopted. */
  const onChange = (events, change, extras) => {
    latest = { events, extras };
    showAround(events, extras, change.extras);
    return change.adopted || sampleOnly ? "" : persist();
  };

  const editor = createListEditor({
    idPrefix: uid,
    fields: EVENT_FORM_FIELDS,
    classes: {
      form: "pdc-timeline-form",
      list: "pdc-timeline-list",
      listHeading: "pdc-timeline-list-heading",
      item: "pdc-timeline-item",
      field: (name) => `pdc-timeline-field pdc-timeline-field-${name}`,
    },
    words: {
      noun: "event",
      nouns: "events",
      listHeading: (n) => (sampleOnly ? `${sampleName}'s events (fictional): ${n}` : `Events on this timeline: ${n}`),
      sampleQuestion: (n) =>
        `This deletes the ${plural(n)} on your timeline from this device and shows ${sampleName}'s fictional ones instead. Undo brings yours back until you close this tab.`,
      clearQuestion: (n) => `This removes all ${plural(n)} from this timeline. You can undo it afterwards.`,
      ...(classDemo ? CLASS_DEMO_WORDS : {}),
    },
    readOnly: sampleOnly,
    textDirection,
    items: saved.events,
    extras: extrasOf(saved),
    draft,
    undo: undo ? undo.load() : null,
    sample: sampleOnly || classDemo ? null : { name: sampleName, items: sample, extras: {} },
    clearAtOnce: classDemo,
    check: (events, extras) => (validate(schema, { events, ...extras })[0] || {}).message || "",
    describe: (event) => event.label,
    renderItem: eventRow,
    sortItems: (events, extras) => listOrder(events, extras.birth_year),
    validate: formProblems,
    toItem: eventFromFields,
    toFields: fieldsOfEvent,
    onChange,
    onDraft: (next) => {
      draft = next;
      saveDraft();
    },
    onUndo: (snapshot) => undo && undo.save(snapshot),
    ask: listEditorAsk(confirm, (text) => editor.say(text), () => undoButton()),
  });
  // The editor's tools start with its Undo button.
  const undoButton = () => editor.parts.tools.querySelector("button");
  editor.fields.themes.hint.append(" ", themesHint);
  // Age and year side by side: either one places the event.
  const whenRow = element("div", { class: "pdc-timeline-when-row" });
  editor.fields.age.wrapper.before(whenRow);
  whenRow.append(editor.fields.age.wrapper, editor.fields.year.wrapper);

  /** The chart, the notes and the themes used: everything beside the list that follows it. */
  function showAround(events, extras, extrasChanged) {
    const { layout } = chart.update(events, extras.birth_year);
    if (sampleOnly) return;
    if (extrasChanged && document.activeElement !== birth.input && birthText === "") {
      birth.input.value = Number.isInteger(extras.birth_year) ? String(extras.birth_year) : "";
    }
    birth.note.hidden = layout.unplaced.length === 0;
    birth.note.textContent = birthNoteText(layout.unplaced.length);
    const fromSample = events.filter((event) => sampleIds.has(event.id)).length;
    sampleNote.hidden = fromSample === 0;
    sampleNote.textContent = `${fromSample} of these events come from the fictional sample (${sampleName}'s life), not from you.`;
    const used = new Map();
    for (const event of events) for (const theme of event.themes || []) used.set(themeKey(theme), theme.trim());
    themesHint.textContent = used.size ? `Themes used so far: ${[...used.values()].slice(0, 12).join(", ")}.` : "";
  }

  // --- the year of birth: typed text is a draft; Set makes it an undoable step ------------
  birth.input.addEventListener("input", () => {
    birthText = birth.input.value;
    saveDraft();
  });
  birth.form.addEventListener("submit", (submitEvent) => {
    submitEvent.preventDefault();
    const value = numberOrText(birth.input.value);
    const problems = value === undefined ? [] : validate(birthSchema, value);
    if (problems.length > 0) {
      birth.showError(problems[0].message);
      editor.say("Year of birth not set; nothing saved before has changed.");
      birth.input.focus();
      return;
    }
    birth.showError("");
    birthText = ""; // from here the year itself is saved, not the text typed
    const extras = value === undefined ? {} : { birth_year: value };
    if (extras.birth_year === editor.model.extras().birth_year) {
      saveDraft();
      editor.say("Year of birth unchanged.");
      return;
    }
    const removed = value === undefined;
    editor.setExtras(extras, removed ? "remove the year of birth" : "set the year of birth", removed ? "Year of birth removed." : "Year of birth set.");
  });

  // --- export ---------------------------------------------------------------------------
  const exports = exportButtons();
  const slug = sampleOnly ? "nadia-sample-timeline" : "my-life-timeline";
  const timelineData = () => ({ events: editor.model.items(), ...editor.model.extras() });
  exports.json.addEventListener("click", () => {
    // The events and the year of birth; not the draft, which is not part of the timeline yet.
    const data = withoutDraft(timelineData());
    const envelope = store
      ? store.envelope(data)
      : { format: "psychodynamic-course-entry", version: FORMAT_VERSION, course_id: model.get("course_id"), widget_id: widgetId, kind: "timeline", title: titleText, chapter: model.get("chapter"), saved_at: Date.now(), data };
    download(`${slug}.json`, `${JSON.stringify(envelope, null, 2)}\n`, "application/json");
    editor.say("The JSON file was made in this browser; nothing was uploaded.");
  });
  exports.svg.addEventListener("click", () => {
    download(`${slug}.svg`, exportSvgText(chart.svg, titleText), "image/svg+xml");
    editor.say("The image was made in this browser; nothing was uploaded.");
  });
  exports.png.addEventListener("click", () => {
    exportPng(chart.svg, titleText, (blob) => {
      if (!blob) return editor.say("This browser could not make a PNG; try the SVG image instead.");
      downloadBlob(`${slug}.png`, blob);
      editor.say("The image was made in this browser; nothing was uploaded.");
    });
  });
  const tools = sampleOnly ? element("div") : editor.parts.tools;
  tools.classList.add("pdc-timeline-buttons", "pdc-timeline-tools");
  tools.append(" ", exports.json, " ", exports.svg, " ", exports.png);

  // --- the page -------------------------------------------------------------------------
  const { form, status, listHeading, list } = editor.parts;
  if (sampleOnly) root.append(figure, tools, status, listHeading, list);
  else root.append(birth.form, sampleNote, figure, form, tools, confirm.element, status, listHeading, list);
  // Nadia's timeline is the chapter's content: on paper, the chart and the list.
  if (sampleOnly) printAsShown(root);
  else printNote(root, PRINT_NOTE);
  el.replaceChildren(root);
  showAround(editor.model.items(), editor.model.extras(), false);

  // --- the journal file (in a kernel) and other tabs: their data is adopted, the draft kept --
  saving.connect();
  if (store) {
    // Another tab of this book saving this same timeline (storage.js): follow it, or ask
    // when the events here are not saved. The form keeps whatever is typed in it.
    const otherTabs = store.followOtherTabs({
      unsaved: saving.unsaved,
      adopt(other) {
        const data = other || { events: [] };
        saving.followedOtherTab();
        // Only its draft changed (the other tab is typing): keep this tab's undo and status.
        if (sameList(data.events, extrasOf(data))) return;
        editor.adopt(data.events, extrasOf(data), "");
      },
      saveMine: () => editor.say(`Your version was kept. ${persist()}`),
    });
    warnings.after(otherTabs.element);
    if (!status.textContent && store.available && saved.events.length > 0) editor.say(savedWhere(learner));
  }
}

export default { render: forEachLearner(render) };
