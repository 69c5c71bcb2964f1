// The list behind the life timeline and the pattern finder, without any DOM: items in
// order with stable ids, add / edit / delete / replace all / clear, an undo stack that says
// in words what each step undoes, a snapshot of that stack that survives a reload, and the
// draft of the add/edit form. The DOM half is list_editor.js.
//
// Every operation returns what changed, so a view can update only that item and its chart
// marker instead of redrawing everything (a full redraw of a 200-event timeline took about
// 60 ms per keypress-sized change):
//   { added: id }  { edited: id }  { deleted: id }  { replaced: true }  { extras: true }
// An undo returns the change that undoing made (undoing an add is { deleted: id }) plus
// `undone`, the words of the step. A change also carries `extras: true` when the widget's
// other saved values (below) changed with it. An operation that cannot be done changes
// nothing and returns { refused: "a sentence saying why" }.
//
// "Extras" are the widget's saved values beside the list that undo must also bring back:
// the timeline's year of birth, the pattern finder's case ("own" or "fictional"). They are
// a small plain object; every undo step keeps the extras from before it.
//
// Example:
//   const list = createListModel({ items: saved.events, extras: { birth_year: 1990 } });
//   list.add({ id: "e1", label: "Moved to Leeds" }, "add “Moved to Leeds”"); // { added: "e1" }
//   list.undoLabel();  // "add “Moved to Leeds”"
//   list.undo();       // { deleted: "e1", undone: "add “Moved to Leeds”" }

/** One limit for both widgets (the timeline had 100, the pattern finder 50). */
export const UNDO_LIMIT = 100;

/** The format of an undo snapshot; a snapshot of another version is ignored. */
export const UNDO_SNAPSHOT_VERSION = 1;

const copy = (value) => structuredClone(value);
const sameData = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const isId = (id) => typeof id === "string" && id.length > 0;

/**
 * A short fingerprint of a list and its extras (FNV-1a over the JSON). An undo snapshot
 * carries the fingerprint of the data it was taken on: restored onto other data (another
 * tab saved meanwhile), its steps would undo the wrong things, so it is refused.
 */
export function fingerprint(items, extras = {}) {
  const text = JSON.stringify({ items, extras });
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}-${hash.toString(36)}`;
}

/** Why `items` cannot be a list (ids missing or repeated), or "" when they can. */
function listProblem(items) {
  if (!Array.isArray(items)) return "The items are not a list.";
  const seen = new Set();
  for (const item of items) {
    if (!item || typeof item !== "object" || !isId(item.id)) return "An item has no id.";
    if (seen.has(item.id)) return `Two items have the id ${item.id}.`;
    seen.add(item.id);
  }
  return "";
}

/**
 * `items` with every id unique: a repeated id (saved data edited by hand, or an old copy
 * merged in) gets "-2", "-3"... so each item stays listed and editable, never dropped.
 *
 *   withUniqueIds([{ id: "a" }, { id: "a" }]).map((item) => item.id);  // ["a", "a-2"]
 */
export function withUniqueIds(items) {
  if (!Array.isArray(items)) return items;
  const seen = new Set();
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

/** True when `step` is an undo step as this module makes them (storage can hold anything). */
function isStep(step) {
  if (!step || typeof step.what !== "string" || !step.extras || typeof step.extras !== "object") return false;
  if (step.kind === "add") return isId(step.id);
  if (step.kind === "edit") return Boolean(step.before) && isId(step.before.id);
  if (step.kind === "remove") return Boolean(step.item) && isId(step.item.id) && Number.isInteger(step.index);
  if (step.kind === "replace") return listProblem(step.items) === "";
  return step.kind === "extras";
}

/**
 * A list of items with undo. `items` and `extras` are copied, never kept by reference, so a
 * widget's sample stays untouched. `check(items, extras)` is the widget's rule for the whole
 * list (its schema: at most so many items, ...); it returns a sentence when the list would
 * be wrong, and the operation is then refused. `limit` is how many steps Undo remembers.
 *
 *   const list = createListModel({ items: [{ id: "a", who: "Ravi" }] });
 *   list.remove("a", "delete “Ravi”");   // { deleted: "a" }
 *   list.items().length;                 // 0
 */
export function createListModel({ items: saved = [], extras = {}, check = () => "", limit = UNDO_LIMIT } = {}) {
  const items = withUniqueIds(saved);
  const problem = listProblem(items);
  if (problem) throw new TypeError(problem);
  let current = copy(items);
  let currentExtras = copy(extras);
  let steps = [];

  const indexOf = (id) => current.findIndex((item) => item.id === id);

  /** Keep `nextItems` (and `nextExtras`) when the widget's check allows; remember `step`. */
  const apply = (nextItems, nextExtras, step, change) => {
    const extrasAfter = nextExtras === undefined ? currentExtras : copy(nextExtras);
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
    add(item, what, extras) {
      needWords(what);
      if (!item || !isId(item.id)) return { refused: "The new item has no id." };
      if (indexOf(item.id) !== -1) return { refused: `An item with the id ${item.id} is already in the list.` };
      return apply([...current, copy(item)], extras, { kind: "add", what, id: item.id }, { added: item.id });
    },

    /** Replace the item with `item.id` by `item`, in the same place. */
    edit(item, what, extras) {
      needWords(what);
      const index = item ? indexOf(item.id) : -1;
      if (index === -1) return { refused: "That item is no longer in the list." };
      const next = [...current];
      next[index] = copy(item);
      return apply(next, extras, { kind: "edit", what, before: current[index] }, { edited: item.id });
    },

    /** Delete the item with this id; Undo puts it back in the same place. */
    remove(id, what, extras) {
      needWords(what);
      const index = indexOf(id);
      if (index === -1) return { refused: "That item is no longer in the list." };
      const next = current.filter((item) => item.id !== id);
      return apply(next, extras, { kind: "remove", what, item: current[index], index }, { deleted: id });
    },

    /** Replace every item (load a sample); Undo brings back the list from before. */
    replaceAll(items, what, extras) {
      needWords(what);
      const problem = listProblem(items);
      if (problem) return { refused: problem };
      return apply(copy(items), extras, { kind: "replace", what, items: current }, { replaced: true });
    },

    /** Remove every item; Undo brings them back. */
    clear(what, extras) {
      return this.replaceAll([], what, extras);
    },

    /** Change only the extras (set the year of birth), as one undoable step. */
    setExtras(extras, what) {
      needWords(what);
      if (sameData(extras, currentExtras)) return { refused: "Nothing changed." };
      return apply(current, extras, { kind: "extras", what }, {});
    },

    /**
     * Take data saved elsewhere (another tab, the kernel's journal file) as it is. Not a
     * step: the undo stack is emptied, because an undo would bring back the version that
     * was just replaced, which the learner did not make here.
     */
    adopt(adopted, extras = {}) {
      const items = withUniqueIds(adopted);
      const problem = listProblem(items);
      if (problem) return { refused: problem };
      current = copy(items);
      currentExtras = copy(extras);
      steps = [];
      return { replaced: true, extras: true };
    },

    /** What the next Undo would undo, in words ("delete “Leo”"), or "" when nothing. */
    undoLabel: () => (steps.length ? steps[steps.length - 1].what : ""),
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
        current = current.map((item) => (item.id === step.before.id ? step.before : item));
        change = { edited: step.before.id };
      } else if (step.kind === "remove") {
        current = [...current.slice(0, step.index), step.item, ...current.slice(step.index)];
        change = { added: step.item.id };
      } else if (step.kind === "replace") {
        current = step.items;
        change = { replaced: true };
      }
      currentExtras = step.extras;
      return { ...change, ...(extrasChanged ? { extras: true } : {}), undone: step.what };
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
      steps: copy(steps),
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
    },
  };
}

// ---------------------------------------------------------------------------------------
// The draft: what is typed in the add/edit form, kept from the first keystroke so that a
// reload, or a phone discarding the background tab, does not lose it. Plain data:
//   { editing: id | null, fields: { name: "text as typed" } }
// ---------------------------------------------------------------------------------------

/** A draft with every named field empty, editing nothing. */
export function emptyDraft(fieldNames) {
  return { editing: null, fields: Object.fromEntries(fieldNames.map((name) => [name, ""])) };
}

/** True when the draft holds nothing worth keeping: no item being edited, no text. */
export function isDraftEmpty(draft) {
  return draft.editing === null && Object.values(draft.fields).every((value) => value.trim() === "");
}

/** The draft with one field set to `value` (a new object; the old one is unchanged). */
export function setDraftField(draft, name, value) {
  if (!Object.hasOwn(draft.fields, name)) throw new RangeError(`The form has no field ${name}.`);
  return { editing: draft.editing, fields: { ...draft.fields, [name]: String(value) } };
}

/** The draft of editing the item with `id`, its fields as `fields` gives them. */
export function editingDraft(fieldNames, id, fields) {
  const draft = emptyDraft(fieldNames);
  for (const name of fieldNames) if (fields[name] !== undefined) draft.fields[name] = String(fields[name]);
  return { editing: id, fields: draft.fields };
}

/**
 * A saved draft made safe to use: only the named fields, only text, `editing` an id or
 * null. Anything that is not a draft gives an empty one (storage can hold anything).
 */
export function draftFrom(saved, fieldNames) {
  const draft = emptyDraft(fieldNames);
  if (!saved || typeof saved !== "object" || !saved.fields || typeof saved.fields !== "object") return draft;
  for (const name of fieldNames) if (typeof saved.fields[name] === "string") draft.fields[name] = saved.fields[name];
  draft.editing = isId(saved.editing) ? saved.editing : null;
  return draft;
}
