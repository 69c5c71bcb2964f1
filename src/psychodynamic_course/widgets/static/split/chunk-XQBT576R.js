// Generated from frontend/widgets/ (the static book's split build) by `make frontend`: do not edit it, edit the source and run that.
import {
  kernelBridge,
  newerCopy,
  savedWhere
} from "./chunk-QX3M5QOA.js";
import {
  debounce,
  element,
  newId
} from "./chunk-SLPQET2C.js";

// frontend/lib/class_demo.js
function isClassDemo(model) {
  return Boolean(model.get("class_demo"));
}
function classDemoNote() {
  const note = element("p", { class: "pdc-class-demo", role: "note" });
  note.append(
    element("strong", {}, "Class demo: nothing here is saved. "),
    "Not in this browser and not in anyone's journal; it is empty each time the page opens, and Clear the demo empties it at once. Use a fictional character, never a real person."
  );
  return note;
}
var CLASS_DEMO_WORDS = { clearButton: "Clear the demo" };

// frontend/lib/confirm.js
function createConfirm(idPrefix) {
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
    }
  };
}
function listEditorAsk(confirm, say, fallback) {
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
      }
    );
  };
}

// frontend/lib/list_model.js
var UNDO_LIMIT = 100;
var UNDO_SNAPSHOT_VERSION = 1;
var copy = (value) => structuredClone(value);
var sameData = (a, b) => JSON.stringify(a) === JSON.stringify(b);
var isId = (id) => typeof id === "string" && id.length > 0;
function fingerprint(items, extras = {}) {
  const text = JSON.stringify({ items, extras });
  let hash = 2166136261;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return `${text.length.toString(36)}-${hash.toString(36)}`;
}
function listProblem(items) {
  if (!Array.isArray(items)) return "The items are not a list.";
  const seen = /* @__PURE__ */ new Set();
  for (const item of items) {
    if (!item || typeof item !== "object" || !isId(item.id)) return "An item has no id.";
    if (seen.has(item.id)) return `Two items have the id ${item.id}.`;
    seen.add(item.id);
  }
  return "";
}
function withUniqueIds(items) {
  if (!Array.isArray(items)) return items;
  const seen = /* @__PURE__ */ new Set();
  return items.map((item) => {
    if (!item || typeof item !== "object" || !isId(item.id) || !seen.has(item.id)) {
      if (item && typeof item === "object") seen.add(item.id);
      return item;
    }
    let number = 2;
    const base = item.id.slice(0, 34);
    while (seen.has(`${base}-${number}`)) number += 1;
    const id = `${base}-${number}`;
    seen.add(id);
    return { ...item, id };
  });
}
function isStep(step) {
  if (!step || typeof step.what !== "string" || !step.extras || typeof step.extras !== "object") return false;
  if (step.kind === "add") return isId(step.id);
  if (step.kind === "edit") return Boolean(step.before) && isId(step.before.id);
  if (step.kind === "remove") return Boolean(step.item) && isId(step.item.id) && Number.isInteger(step.index);
  if (step.kind === "replace") return listProblem(step.items) === "";
  return step.kind === "extras";
}
function createListModel({ items: saved = [], extras = {}, check = () => "", limit = UNDO_LIMIT } = {}) {
  const items = withUniqueIds(saved);
  const problem = listProblem(items);
  if (problem) throw new TypeError(problem);
  let current = copy(items);
  let currentExtras = copy(extras);
  let steps = [];
  const indexOf = (id) => current.findIndex((item) => item.id === id);
  const apply = (nextItems, nextExtras, step, change) => {
    const extrasAfter = nextExtras === void 0 ? currentExtras : copy(nextExtras);
    const refusal = check(nextItems, extrasAfter);
    if (refusal) return { refused: refusal };
    steps.push({ ...step, extras: currentExtras });
    if (steps.length > limit) steps.shift();
    const extrasChanged = !sameData(extrasAfter, currentExtras);
    current = nextItems;
    currentExtras = extrasAfter;
    return extrasChanged ? { ...change, extras: true } : change;
  };
  const needWords = (what) => {
    if (typeof what !== "string" || what === "") throw new TypeError("Say in words what the step does.");
  };
  return {
    /** The items in stored order (do not change them in place: copy first). */
    items: () => current,
    /** The item with this id, or undefined. */
    get: (id) => current.find((item) => item.id === id),
    /** The widget's other saved values. */
    extras: () => currentExtras,
    /** Add `item` (it brings its own new id) at the end. */
    add(item, what, extras2) {
      needWords(what);
      if (!item || !isId(item.id)) return { refused: "The new item has no id." };
      if (indexOf(item.id) !== -1) return { refused: `An item with the id ${item.id} is already in the list.` };
      return apply([...current, copy(item)], extras2, { kind: "add", what, id: item.id }, { added: item.id });
    },
    /** Replace the item with `item.id` by `item`, in the same place. */
    edit(item, what, extras2) {
      needWords(what);
      const index = item ? indexOf(item.id) : -1;
      if (index === -1) return { refused: "That item is no longer in the list." };
      const next = [...current];
      next[index] = copy(item);
      return apply(next, extras2, { kind: "edit", what, before: current[index] }, { edited: item.id });
    },
    /** Delete the item with this id; Undo puts it back in the same place. */
    remove(id, what, extras2) {
      needWords(what);
      const index = indexOf(id);
      if (index === -1) return { refused: "That item is no longer in the list." };
      const next = current.filter((item) => item.id !== id);
      return apply(next, extras2, { kind: "remove", what, item: current[index], index }, { deleted: id });
    },
    /** Replace every item (load a sample); Undo brings back the list from before. */
    replaceAll(items2, what, extras2) {
      needWords(what);
      const problem2 = listProblem(items2);
      if (problem2) return { refused: problem2 };
      return apply(copy(items2), extras2, { kind: "replace", what, items: current }, { replaced: true });
    },
    /** Remove every item; Undo brings them back. */
    clear(what, extras2) {
      return this.replaceAll([], what, extras2);
    },
    /** Change only the extras (set the year of birth), as one undoable step. */
    setExtras(extras2, what) {
      needWords(what);
      if (sameData(extras2, currentExtras)) return { refused: "Nothing changed." };
      return apply(current, extras2, { kind: "extras", what }, {});
    },
    /**
     * Take data saved elsewhere (another tab, the kernel's journal file) as it is. Not a
     * step: the undo stack is emptied, because an undo would bring back the version that
     * was just replaced, which the learner did not make here.
     */
    adopt(adopted, extras2 = {}) {
      const items2 = withUniqueIds(adopted);
      const problem2 = listProblem(items2);
      if (problem2) return { refused: problem2 };
      current = copy(items2);
      currentExtras = copy(extras2);
      steps = [];
      return { replaced: true, extras: true };
    },
    /** What the next Undo would undo, in words ("delete “Leo”"), or "" when nothing. */
    undoLabel: () => steps.length ? steps[steps.length - 1].what : "",
    canUndo: () => steps.length > 0,
    /** Undo the last step; returns the change that made, with `undone` (its words). */
    undo() {
      const step = steps.pop();
      if (!step) return { refused: "There is nothing to undo." };
      const extrasChanged = !sameData(step.extras, currentExtras);
      let change = {};
      if (step.kind === "add") {
        current = current.filter((item) => item.id !== step.id);
        change = { deleted: step.id };
      } else if (step.kind === "edit") {
        current = current.map((item) => item.id === step.before.id ? step.before : item);
        change = { edited: step.before.id };
      } else if (step.kind === "remove") {
        current = [...current.slice(0, step.index), step.item, ...current.slice(step.index)];
        change = { added: step.item.id };
      } else if (step.kind === "replace") {
        current = step.items;
        change = { replaced: true };
      }
      currentExtras = step.extras;
      return { ...change, ...extrasChanged ? { extras: true } : {}, undone: step.what };
    },
    /**
     * The undo stack as plain data, to keep in sessionStorage (per learner namespace) so
     * Undo survives a reload. sessionStorage, not localStorage, on purpose: it lasts as
     * long as the tab, so a deleted painful memory does not linger in the browser after the
     * tab is closed, for example on a shared computer in a library or a classroom.
     * Each step keeps only what it undoes (one item, or the list a sample replaced), not a
     * copy of the whole list, so 100 steps stay small.
     */
    undoSnapshot: () => ({
      version: UNDO_SNAPSHOT_VERSION,
      fingerprint: fingerprint(current, currentExtras),
      steps: copy(steps)
    }),
    /**
     * Bring back an undo stack from undoSnapshot(). Refused (returns false, nothing
     * changes) when the snapshot is not one, or was taken on other data than this list
     * holds now: its steps would then undo the wrong things.
     */
    restoreUndo(snapshot) {
      if (!snapshot || snapshot.version !== UNDO_SNAPSHOT_VERSION || !Array.isArray(snapshot.steps)) return false;
      if (snapshot.fingerprint !== fingerprint(current, currentExtras)) return false;
      if (!snapshot.steps.every(isStep)) return false;
      steps = copy(snapshot.steps).slice(-limit);
      return true;
    }
  };
}
function emptyDraft(fieldNames) {
  return { editing: null, fields: Object.fromEntries(fieldNames.map((name) => [name, ""])) };
}
function isDraftEmpty(draft) {
  return draft.editing === null && Object.values(draft.fields).every((value) => value.trim() === "");
}
function setDraftField(draft, name, value) {
  if (!Object.hasOwn(draft.fields, name)) throw new RangeError(`The form has no field ${name}.`);
  return { editing: draft.editing, fields: { ...draft.fields, [name]: String(value) } };
}
function editingDraft(fieldNames, id, fields) {
  const draft = emptyDraft(fieldNames);
  for (const name of fieldNames) if (fields[name] !== void 0) draft.fields[name] = String(fields[name]);
  return { editing: id, fields: draft.fields };
}
function draftFrom(saved, fieldNames) {
  const draft = emptyDraft(fieldNames);
  if (!saved || typeof saved !== "object" || !saved.fields || typeof saved.fields !== "object") return draft;
  for (const name of fieldNames) if (typeof saved.fields[name] === "string") draft.fields[name] = saved.fields[name];
  draft.editing = isId(saved.editing) ? saved.editing : null;
  return draft;
}

// frontend/lib/list_words.js
function listWords(noun, nouns, sampleName) {
  const count = (n) => `${n} ${n === 1 ? noun : nouns}`;
  return {
    addLegend: `Add ${/^[aeiou]/i.test(noun) ? "an" : "a"} ${noun}`,
    addButton: `Add ${noun}`,
    editLegend: (description) => `Edit the ${noun} ${description}`,
    listHeading: (n) => `${nouns[0].toUpperCase()}${nouns.slice(1)} (${n})`,
    sampleButton: `Use the fictional sample: ${sampleName}`,
    sampleQuestion: (n) => `This deletes the ${count(n)} here from this device and shows ${sampleName}'s fictional ones instead. Undo brings yours back until you close this tab.`,
    sampleConfirm: `Delete mine and show ${sampleName}'s`,
    sampleKeep: `Keep my ${nouns}`,
    clearButton: `Remove all ${nouns}`,
    clearQuestion: (n) => `This removes all ${count(n)}. You can undo it afterwards.`,
    clearConfirm: `Remove all ${nouns}`,
    clearKeep: "Keep them"
  };
}

// frontend/lib/list_editor.js
var quoted = (text) => `“${[...text].length > 40 ? `${[...text].slice(0, 39).join("")}…` : text}”`;
var button = (text, attributes = {}) => element("button", { type: "button", class: "pdc-button pdc-secondary", ...attributes }, text);
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
    const numeric = field.kind === "number" ? { inputmode: "numeric" } : {};
    control = element("input", { type: "text", autocomplete: "off", ...numeric, ...attributes });
  }
  const wrapper = element("div", { class: `pdc-list-field pdc-list-field-${field.name} ${extraClass}`.trim() });
  const hint = field.hint ? element("p", { class: "pdc-muted pdc-list-hint", id: `${id}-hint` }, field.hint) : null;
  const error = element("p", { class: "pdc-field-error", id: `${id}-error`, hidden: true });
  wrapper.append(element("label", { for: id }, field.label), ...hint ? [hint] : [], control, error);
  return { wrapper, control, hint, error };
}
function showFieldError({ control, hint, error }, message) {
  error.textContent = message;
  error.hidden = !message;
  if (message) control.setAttribute("aria-invalid", "true");
  else control.removeAttribute("aria-invalid");
  const ids = [hint && hint.id, message && error.id].filter(Boolean);
  if (ids.length) control.setAttribute("aria-describedby", ids.join(" "));
  else control.removeAttribute("aria-describedby");
}
function createListEditor(options) {
  const { fields: fieldList, describe, validate, toItem, toFields, ask, readOnly = false, sample = null } = options;
  const { renderItem = (item) => document.createTextNode(describe(item)), sortItems = (items) => items } = options;
  const { onChange = () => "", onDraft = () => {
  }, onUndo = () => {
  }, textDirection = null } = options;
  const prefix = options.idPrefix || newId();
  const css = { form: "", list: "", listHeading: "", item: "", field: () => "", ...options.classes };
  const { noun = "item", nouns = "items" } = options.words || {};
  const words = { noun, nouns, ...listWords(noun, nouns, sample?.name || ""), ...options.words };
  const names = fieldList.map((field) => field.name);
  const model = createListModel({ items: options.items || [], extras: options.extras || {}, check: options.check });
  if (options.undo) model.restoreUndo(options.undo);
  let draft = draftFrom(options.draft, names);
  let editing = null;
  const fields = {};
  const form = element("form", { class: `pdc-list-form ${css.form}`.trim(), novalidate: true });
  const fieldset = element("fieldset");
  const legend = fieldset.appendChild(element("legend", {}, words.addLegend));
  const groups = /* @__PURE__ */ new Map();
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
  function fillForm(values) {
    for (const name of names) {
      fields[name].control.value = values[name] ?? "";
      followDirection(fields[name].control);
    }
  }
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
  function keepTypedAsNew(before = "") {
    showEditing(null);
    keepDraft({ editing: null, fields: draft.fields });
    say(`${before} The ${noun} you were editing is no longer in the list. What you typed is still in the form; choose ${words.addButton} to keep it as a new ${noun}.`.trim());
  }
  function startEditing(id) {
    const item = model.get(id);
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
  form.addEventListener("keydown", (keyEvent) => {
    if (keyEvent.key !== "Enter" || keyEvent.isComposing || keyEvent.target.tagName !== "INPUT") return;
    keyEvent.preventDefault();
    form.requestSubmit();
  });
  const tools = element("div", { class: "pdc-list-buttons pdc-list-tools" });
  const undoButton = button("Undo");
  const sampleButton = button(words.sampleButton);
  const clearButton = button(words.clearButton);
  tools.append(undoButton, " ", ...sample ? [sampleButton, " "] : [], clearButton);
  const status = element("p", { class: "pdc-status", role: "status" });
  const say = (text) => status.textContent = text;
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
    const item = model.get(id);
    if (editing === id) resetForm();
    const description = quoted(describe(item));
    changed(model.remove(id, `delete ${description}`, model.items().length === 1 ? options.clearedExtras : void 0), `Deleted ${description}; Undo brings it back.`);
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
    if (options.clearAtOnce) {
      removeAll();
      listHeading.focus();
    } else ask(words.clearQuestion(model.items().length), words.clearConfirm, words.clearKeep, removeAll, clearButton);
  });
  const listHeading = element("h4", { class: `pdc-list-heading ${css.listHeading}`.trim(), tabindex: "-1", id: `${prefix}-list-heading` });
  const list = element("ol", { class: `pdc-list ${css.list}`.trim(), "aria-labelledby": `${prefix}-list-heading` });
  const rows = /* @__PURE__ */ new Map();
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
  function updateRows(change) {
    const items = model.items();
    if (change.replaced || change.extras) {
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
  function placeRows(ordered) {
    let cursor = list.firstChild;
    for (const item of ordered) {
      const node = rows.get(item.id).node;
      if (node === cursor) cursor = cursor.nextSibling;
      else list.insertBefore(node, cursor);
    }
  }
  let markedId = null;
  function markEditingRow() {
    rows.get(markedId)?.node.classList.remove("pdc-list-editing");
    rows.get(editing)?.node.classList.add("pdc-list-editing");
    markedId = editing;
  }
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
    }
  };
}

// frontend/lib/list_saving.js
function listSaving({ model, learner, store, saved, savedData, canAdopt, onAdopt, onProblem, notSaving }) {
  let local = saved || null;
  let unsaved = false;
  let bridge = null;
  const persist = (savedAt = Date.now()) => {
    if (!store) return "";
    const data = savedData();
    const written = store.save(data, savedAt);
    unsaved = store.available && !written;
    if (written) local = written;
    bridge?.save(written || store.envelope(data, savedAt));
    if (written) return savedWhere(learner);
    return store.available ? "Not saved: see the note above." : notSaving;
  };
  const sendDraft = debounce(() => bridge && local && bridge.save(local), 1500);
  const saveDraft = () => {
    if (!store) return;
    const written = store.save(savedData());
    if (written) local = written;
    sendDraft();
  };
  const connect = () => {
    if (!store) return;
    bridge = kernelBridge(
      model,
      learner,
      (entry) => {
        const newer = newerCopy(entry, local, () => canAdopt(entry));
        if (newer === "adopt") {
          onAdopt(entry.data);
          persist(entry.saved_at);
        } else if (newer === "send") {
          bridge.save(local);
        }
      },
      onProblem
    );
  };
  return {
    persist,
    saveDraft,
    connect,
    flush: () => sendDraft.flush(),
    unsaved: () => unsaved,
    /** What is on screen was replaced by another tab's saved version. */
    followedOtherTab: () => {
      unsaved = false;
    }
  };
}

// frontend/lib/saved_draft.js
var DRAFT_TEXT_LIMIT = 5e3;
function clipDraftText(text) {
  const value = String(text);
  if (value.length <= DRAFT_TEXT_LIMIT) return value;
  return [...value].slice(0, DRAFT_TEXT_LIMIT).join("");
}
function withDraft(data, draft, extraText = {}) {
  const { draft: _old, ...rest } = data;
  const extras = Object.fromEntries(
    Object.entries(extraText).filter(([, value]) => typeof value === "string" && value.trim() !== "").map(([name, value]) => [name, clipDraftText(value)])
  );
  if (isDraftEmpty(draft) && Object.keys(extras).length === 0) return rest;
  const fields = Object.fromEntries(Object.entries(draft.fields).map(([name, value]) => [name, clipDraftText(value)]));
  return { ...rest, draft: { editing: draft.editing, fields, ...extras } };
}
function draftOfSaved(data, fieldNames) {
  return draftFrom(data && data.draft, fieldNames);
}
function draftTextOfSaved(data, name) {
  const value = data && data.draft && data.draft[name];
  return typeof value === "string" ? value : "";
}
function withoutDraft(data) {
  const { draft: _draft, ...rest } = data || {};
  return rest;
}

// frontend/lib/undo_storage.js
function sessionStorageOrNull() {
  try {
    return globalThis.sessionStorage || null;
  } catch {
    return null;
  }
}
function undoStorage(namespace, widgetId) {
  const key = `${namespace}:${widgetId}:undo`;
  const storage = sessionStorageOrNull();
  return {
    load() {
      try {
        return storage ? JSON.parse(storage.getItem(key) || "null") : null;
      } catch {
        return null;
      }
    },
    save(snapshot) {
      try {
        if (storage) storage.setItem(key, JSON.stringify(snapshot));
      } catch {
      }
    }
  };
}

export {
  isClassDemo,
  classDemoNote,
  CLASS_DEMO_WORDS,
  createConfirm,
  listEditorAsk,
  createListEditor,
  listSaving,
  withDraft,
  draftOfSaved,
  draftTextOfSaved,
  withoutDraft,
  undoStorage
};
