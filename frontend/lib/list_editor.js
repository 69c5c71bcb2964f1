// The add/edit/delete/undo editor of a list, shared by the life timeline and the pattern
// finder: the form with a message beside each field, Edit and Delete on each row, Undo,
// "Use the sample" and "Remove all" (asking first through the widget's own confirm box),
// the status line, and the draft. The logic is list_model.js; this is its DOM.
//
// Why: each widget had its own copy of all this and redrew everything on every change.
// Rows here are KEYED (a Map from item id to its row): adding or editing one item builds
// one row, and onChange names the change, so the widget moves only that chart marker. The
// form is a draft from the first keystroke, put back on render, so a reload does not lose it.
//
// createListEditor(options) -> { parts: { form, tools, status, listHeading, list } (the
// widget places them), fields: { name: { control, hint, error } }, model, say, setExtras, adopt }
//   fields      [{ name, label, kind: "text" | "number" | "select" | "textarea", hint,
//                  options: [[value, text]], group: legend of a sub-fieldset, attributes }]
//   describe    item -> its one line (Moved to Leeds): full in button names, quoted in prose.
//   renderItem  (item, extras) -> Node, the row's content (default: describe's text).
//   sortItems   (items, extras) -> the items in display order (default: stored order).
//   validate    fields -> [{ field: name | null, message }]: the widget's schema check.
//   toItem      fields -> an item without id.     toFields  item -> { name: text }.
//   onChange    (items, change, extras) -> a sentence on saving, for the status line.
//               change is list_model's; adopted: true marks data from elsewhere.
//   onDraft     draft -> keep it (localStorage).  onUndo  snapshot -> keep it (sessionStorage).
//   ask         (question, confirmLabel, keepLabel, onConfirm, returnTo): the confirm box.
//   sample      { name, items, extras } or null;  clearedExtras: extras of an empty list.
//   clearAtOnce true for a class demo: "Clear" empties list and form without asking.
//   items, extras, draft, undo: what was saved;  check (items, extras) -> "" or why not.
//   words { noun, nouns, any of WORDS };  textDirection text -> "ltr" | "rtl";  readOnly;  idPrefix.
//   classes { form, list, listHeading, item, field: name -> class }: the widget's own classes.
//
// How timeline.js would call it (its chart, legend and year of birth stay its own):
//   const editor = createListEditor({
//     idPrefix: uid, fields: EVENT_FIELDS, words: { noun: "event", nouns: "events" }, ask,
//     items: saved.events, extras: { birth_year: saved.birth_year }, draft: loadDraft(),
//     undo: loadUndo(), sample: { name: "Nadia", items: sampleEvents }, renderItem: eventRow,
//     describe: (event) => event.label, sortItems: byTime, onDraft: saveDraft, onUndo: saveUndo,
//     validate: (fields) => eventProblems(toEvent(fields)), toItem: toEvent, toFields: eventFields,
//     onChange: (events, change, extras) => { moveMarker(change); return change.adopted ? "" : save(events, extras); },
//   });
//   root.append(birthForm, figure, editor.parts.form, editor.parts.tools, confirmBox, ...);
//   editor.setExtras({ birth_year: 1990 }, "set the year of birth", "Year of birth set.");
import { element, newId } from "./elements.js";
import { createListModel, draftFrom, editingDraft, emptyDraft, isDraftEmpty, setDraftField } from "./list_model.js";
import { listWords } from "./list_words.js";

/** An item's description where it names an action: quoted, and long ones shortened. */
const quoted = (text) => `“${[...text].length > 40 ? `${[...text].slice(0, 39).join("")}…` : text}”`;
const button = (text, attributes = {}) => element("button", { type: "button", class: "pdc-button pdc-secondary", ...attributes }, text);

/** One field of the form: { wrapper, control, hint, error }, the error hidden. */
function buildField(field, prefix, extraClass = "") {
  const id = `${prefix}-${field.name}`;
  const attributes = { id, name: field.name, "aria-describedby": field.hint ? `${id}-hint` : null, ...field.attributes };
  let control;
  if (field.kind === "select") {
    control = element("select", attributes);
    for (const [value, text] of field.options || []) control.append(element("option", { value }, text));
  } else if (field.kind === "textarea") {
    control = element("textarea", { rows: 2, ...attributes });
  } else {
    // Numbers are typed as text, so the schema's message can name what is wrong.
    const numeric = field.kind === "number" ? { inputmode: "numeric" } : {};
    control = element("input", { type: "text", autocomplete: "off", ...numeric, ...attributes });
  }
  const wrapper = element("div", { class: `pdc-list-field pdc-list-field-${field.name} ${extraClass}`.trim() });
  const hint = field.hint ? element("p", { class: "pdc-muted pdc-list-hint", id: `${id}-hint` }, field.hint) : null;
  const error = element("p", { class: "pdc-field-error", id: `${id}-error`, hidden: true });
  // Label, hint, control, error: the hint is read before typing, the error right after.
  wrapper.append(element("label", { for: id }, field.label), ...(hint ? [hint] : []), control, error);
  return { wrapper, control, hint, error };
}

/** Show `message` beside a field ("" clears it); the control points at its hint and error. */
function showFieldError({ control, hint, error }, message) {
  error.textContent = message;
  error.hidden = !message;
  if (message) control.setAttribute("aria-invalid", "true");
  else control.removeAttribute("aria-invalid");
  const ids = [hint && hint.id, message && error.id].filter(Boolean);
  if (ids.length) control.setAttribute("aria-describedby", ids.join(" "));
  else control.removeAttribute("aria-describedby");
}

/** The editor of a list; see the header of this file for its options. */
export function createListEditor(options) {
  const { fields: fieldList, describe, validate, toItem, toFields, ask, readOnly = false, sample = null } = options;
  const { renderItem = (item) => document.createTextNode(describe(item)), sortItems = (items) => items } = options;
  const { onChange = () => "", onDraft = () => {}, onUndo = () => {}, textDirection = null } = options;
  const prefix = options.idPrefix || newId();
  const css = { form: "", list: "", listHeading: "", item: "", field: () => "", ...options.classes };
  const { noun = "item", nouns = "items" } = options.words || {};
  const words = { noun, nouns, ...listWords(noun, nouns, sample?.name || ""), ...options.words };
  const names = fieldList.map((field) => field.name);
  const model = createListModel({ items: options.items || [], extras: options.extras || {}, check: options.check });
  if (options.undo) model.restoreUndo(options.undo);
  let draft = draftFrom(options.draft, names);
  let editing = null; // the id of the item in the form, or null when adding

  // ---- the form --------------------------------------------------------------------------
  const fields = {};
  const form = element("form", { class: `pdc-list-form ${css.form}`.trim(), novalidate: true });
  const fieldset = element("fieldset");
  const legend = fieldset.appendChild(element("legend", {}, words.addLegend));
  const groups = new Map(); // legend text -> its sub-fieldset
  for (const field of fieldList) {
    fields[field.name] = buildField(field, prefix, css.field(field.name));
    if (field.group && !groups.has(field.group)) {
      groups.set(field.group, element("fieldset", { class: "pdc-list-group" }));
      groups.get(field.group).append(element("legend", {}, field.group));
      fieldset.append(groups.get(field.group));
    }
    (field.group ? groups.get(field.group) : fieldset).append(fields[field.name].wrapper);
    followInput(field.name);
  }
  const submitButton = element("button", { type: "submit", class: "pdc-button" }, words.addButton);
  const cancelButton = button("Cancel editing", { hidden: true });
  const formError = element("p", { class: "pdc-field-error", id: `${prefix}-form-error`, hidden: true });
  const formButtons = element("div", { class: "pdc-list-buttons" });
  formButtons.append(submitButton, " ", cancelButton);
  form.append(fieldset);
  fieldset.append(formButtons, formError);

  /** Every keystroke goes into the draft; a field showing a problem is checked again. */
  function followInput(name) {
    const control = fields[name].control;
    control.addEventListener("input", () => {
      followDirection(control);
      keepDraft(setDraftField(draft, name, control.value));
      if (control.getAttribute("aria-invalid") !== "true") return;
      const own = validate(readFields()).find((problem) => problem.field === name);
      showFieldError(fields[name], own ? own.message : "");
    });
  }

  function followDirection(control) {
    if (textDirection && control.tagName !== "SELECT") control.dir = textDirection(control.value);
  }

  function clearErrors() {
    for (const name of names) showFieldError(fields[name], "");
    formError.hidden = true;
  }

  const readFields = () => Object.fromEntries(names.map((name) => [name, fields[name].control.value]));
  const keepDraft = (next) => {
    draft = next;
    onDraft(draft);
  };

  /** Put text into the form from code: no input event fires, so direction is set here. */
  function fillForm(values) {
    for (const name of names) {
      fields[name].control.value = values[name] ?? "";
      followDirection(fields[name].control);
    }
  }

  /** The form as editing `item`, or as adding one when `item` is null. */
  function showEditing(item) {
    editing = item ? item.id : null;
    legend.textContent = item ? words.editLegend(quoted(describe(item))) : words.addLegend;
    submitButton.textContent = item ? "Save changes" : words.addButton;
    cancelButton.hidden = !item;
    markEditingRow();
  }

  function resetForm() {
    showEditing(null);
    fillForm({});
    clearErrors();
    keepDraft(emptyDraft(names));
  }

  /** The item being edited has gone (another tab, an undo): keep what is typed, as new. */
  function keepTypedAsNew(before = "") {
    showEditing(null);
    keepDraft({ editing: null, fields: draft.fields });
    say(`${before} The ${noun} you were editing is no longer in the list. What you typed is still in the form; choose ${words.addButton} to keep it as a new ${noun}.`.trim());
  }

  function startEditing(id) {
    const item = model.get(id); // always there: rows follow the model on every change
    clearErrors();
    keepDraft(editingDraft(names, id, toFields(item)));
    fillForm(draft.fields);
    showEditing(item);
    fields[names[0]].control.focus();
  }

  form.addEventListener("submit", (submitEvent) => {
    submitEvent.preventDefault();
    const values = readFields();
    const problems = validate(values);
    clearErrors();
    if (problems.length > 0) {
      const named = names.filter((name) => problems.some((problem) => problem.field === name));
      for (const name of named) showFieldError(fields[name], problems.find((problem) => problem.field === name).message);
      // A problem of no one field (a rule across fields) shows under the buttons.
      const general = problems.find((problem) => !names.includes(problem.field));
      formError.textContent = general ? general.message : "";
      formError.hidden = !general;
      const count = named.length || 1;
      say(`Not ${editing ? "changed" : "added"}: ${count === 1 ? "one field needs" : `${count} fields need`} a look. Nothing saved before has changed.`);
      fields[named[0] || names[0]].control.focus();
      return;
    }
    if (editing && !model.get(editing)) return keepTypedAsNew();
    const id = editing;
    const item = { ...toItem(values), id: id || newId() };
    const description = quoted(describe(item));
    const change = id ? model.edit(item, `edit ${description}`) : model.add(item, `add ${description}`);
    // Refused by the widget's check (a full list): say why beside the form, which keeps its text.
    formError.textContent = change.refused || "";
    formError.hidden = !change.refused;
    if (!changed(change, id ? `Changed ${description}.` : `Added ${description}.`)) return;
    resetForm();
    (id ? rows.get(id)?.editButton : fields[names[0]].control)?.focus();
  });

  cancelButton.addEventListener("click", () => {
    const id = editing;
    resetForm();
    say("Editing cancelled; nothing changed.");
    rows.get(id)?.editButton.focus();
  });

  // Enter in a text field submits: JupyterLab swallows the keypress that would do it.
  form.addEventListener("keydown", (keyEvent) => {
    if (keyEvent.key !== "Enter" || keyEvent.isComposing || keyEvent.target.tagName !== "INPUT") return;
    keyEvent.preventDefault();
    form.requestSubmit();
  });

  // ---- undo, the sample, remove all, the status line ---------------------------------------
  const tools = element("div", { class: "pdc-list-buttons pdc-list-tools" });
  const undoButton = button("Undo");
  const sampleButton = button(words.sampleButton);
  const clearButton = button(words.clearButton);
  tools.append(undoButton, " ", ...(sample ? [sampleButton, " "] : []), clearButton);
  const status = element("p", { class: "pdc-status", role: "status" });
  const say = (text) => (status.textContent = text);

  /** After a change of the model: the rows, the buttons, the widget; false if refused. */
  function changed(change, message) {
    if (change.refused) {
      say(`Not changed: ${change.refused}`);
      return false;
    }
    updateRows(change);
    updateTools();
    onUndo(model.undoSnapshot());
    say([message, onChange(model.items(), change, model.extras())].filter(Boolean).join(" "));
    return true;
  }

  function updateTools() {
    undoButton.disabled = !model.canUndo();
    undoButton.textContent = model.canUndo() ? `Undo: ${model.undoLabel()}` : "Undo";
    clearButton.disabled = model.items().length === 0;
  }

  function deleteItem(id) {
    const item = model.get(id); // always there: rows follow the model on every change
    if (editing === id) resetForm();
    const description = quoted(describe(item));
    changed(model.remove(id, `delete ${description}`, model.items().length === 1 ? options.clearedExtras : undefined), `Deleted ${description}; Undo brings it back.`);
    undoButton.focus();
  }

  undoButton.addEventListener("click", () => {
    const change = model.undo();
    if (change.refused) return;
    changed(change, `Undone: ${change.undone}.`);
    if (editing && !model.get(editing)) keepTypedAsNew(status.textContent);
    if (!model.canUndo()) listHeading.focus();
  });

  function loadSample() {
    resetForm();
    const change = model.replaceAll(sample.items, `use ${sample.name}'s sample`, sample.extras);
    if (changed(change, `Showing ${sample.name}'s fictional ${nouns}; Undo brings back what was here.`)) listHeading.focus();
  }
  sampleButton.addEventListener("click", () => {
    const count = model.items().length;
    if (count === 0) loadSample();
    else if (JSON.stringify(model.items()) === JSON.stringify(sample.items)) say(`These are already ${sample.name}'s ${nouns}.`);
    else ask(words.sampleQuestion(count), words.sampleConfirm, words.sampleKeep, loadSample, sampleButton);
  });
  clearButton.addEventListener("click", () => {
    const removeAll = () => {
      resetForm();
      changed(model.clear(`remove all ${nouns}`, options.clearedExtras), `Removed all ${nouns}; Undo brings them back.`);
    };
    // A class demo keeps nothing, so clearing it asks nothing (class_demo.js).
    if (options.clearAtOnce) {
      removeAll();
      listHeading.focus(); // the button is disabled now: focus goes to the empty list
    } else ask(words.clearQuestion(model.items().length), words.clearConfirm, words.clearKeep, removeAll, clearButton);
  });

  // ---- the list: one row per item, kept in a Map by id ---------------------------------
  const listHeading = element("h4", { class: `pdc-list-heading ${css.listHeading}`.trim(), tabindex: "-1", id: `${prefix}-list-heading` });
  const list = element("ol", { class: `pdc-list ${css.list}`.trim(), "aria-labelledby": `${prefix}-list-heading` });
  const rows = new Map(); // id -> { node, item, editButton }

  /** Build the row of one item; one already in the list is swapped in place. */
  function setRow(item) {
    const row = { node: element("li", { class: `pdc-list-item ${css.item}`.trim(), "data-id": item.id }), item, editButton: null };
    row.node.append(renderItem(item, model.extras()));
    if (!readOnly) {
      const actions = element("div", { class: "pdc-list-item-actions" });
      row.editButton = button("Edit", { "data-action": "edit", "aria-label": `Edit: ${describe(item)}` });
      const remove = button("Delete", { "data-action": "delete", "aria-label": `Delete: ${describe(item)}` });
      row.editButton.addEventListener("click", () => startEditing(item.id));
      remove.addEventListener("click", () => deleteItem(item.id));
      actions.append(row.editButton, " ", remove);
      row.node.append(actions);
    }
    rows.get(item.id)?.node.replaceWith(row.node);
    rows.set(item.id, row);
  }

  function removeRow(id) {
    rows.get(id)?.node.remove();
    rows.delete(id);
  }

  /** Bring the rows up to date with the model, touching only what `change` names. */
  function updateRows(change) {
    const items = model.items();
    if (change.replaced || change.extras) {
      // Extras can change every row (the birth year, each "when"); else unchanged rows stay.
      const present = new Set(items.map((item) => item.id));
      for (const id of [...rows.keys()]) if (!present.has(id)) removeRow(id);
      for (const item of items) {
        const row = rows.get(item.id);
        if (change.extras || !row || JSON.stringify(row.item) !== JSON.stringify(item)) setRow(item);
      }
    } else if (change.deleted) {
      removeRow(change.deleted);
    } else if (change.added || change.edited) {
      setRow(model.get(change.added || change.edited));
    }
    placeRows(sortItems(items, model.extras()));
    listHeading.textContent = words.listHeading(items.length);
    list.hidden = items.length === 0;
    markEditingRow();
  }

  /** Put the rows in display order, moving only those out of place (moving loses focus). */
  function placeRows(ordered) {
    let cursor = list.firstChild;
    for (const item of ordered) {
      const node = rows.get(item.id).node;
      if (node === cursor) cursor = cursor.nextSibling;
      else list.insertBefore(node, cursor);
    }
  }

  // Only the rows that start or stop being edited are touched, not every row.
  let markedId = null;
  function markEditingRow() {
    rows.get(markedId)?.node.classList.remove("pdc-list-editing");
    rows.get(editing)?.node.classList.add("pdc-list-editing");
    markedId = editing;
  }

  // ---- first render: the saved list, then the saved draft ----------------------------------
  updateRows({ replaced: true });
  updateTools();
  if (!readOnly) {
    fillForm(draft.fields);
    if (draft.editing && model.get(draft.editing)) showEditing(model.get(draft.editing));
    else if (draft.editing) keepTypedAsNew();
    else if (!isDraftEmpty(draft)) say(`What you were typing is back in the form; choose ${words.addButton} to keep it.`);
  }

  return {
    parts: { form: readOnly ? null : form, tools: readOnly ? null : tools, status, listHeading, list },
    fields,
    model,
    say,
    /** Change the widget's other saved values as one undoable step (the year of birth). */
    setExtras: (extras, what, message) => changed(model.setExtras(extras, what), message),
    /** Take data saved elsewhere (another tab, the journal file): not undoable, not saved back. */
    adopt(items, extras, message) {
      const change = model.adopt(items, extras);
      if (change.refused) return false;
      changed({ ...change, adopted: true }, message);
      if (editing && !model.get(editing)) keepTypedAsNew(status.textContent);
      return true;
    },
  };
}
