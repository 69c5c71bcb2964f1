// The list model shared by the timeline and the pattern finder: operations, undo, the
// undo snapshot and the draft. Run with `node --test frontend/tests/`.
import { test } from "node:test";
import assert from "node:assert/strict";

import {
  UNDO_LIMIT,
  createListModel,
  draftFrom,
  editingDraft,
  emptyDraft,
  isDraftEmpty,
  setDraftField,
  withUniqueIds,
} from "../lib/list_model.js";

const leo = { id: "a", label: "Leo was born" };
const move = { id: "b", label: "Moved to Leeds" };
const exam = { id: "c", label: "Final exams" };
const ids = (list) => list.items().map((item) => item.id);
const start = () => createListModel({ items: [leo, move, exam], extras: { birth_year: 1990 } });

// Each operation: what it returns, the list after it, and what Undo then returns.
const operations = [
  {
    name: "add",
    run: (list) => list.add({ id: "d", label: "New job" }, "add “New job”"),
    change: { added: "d" },
    after: ["a", "b", "c", "d"],
    undone: { deleted: "d", undone: "add “New job”" },
  },
  {
    name: "edit",
    run: (list) => list.edit({ id: "b", label: "Moved to York" }, "edit “Moved to York”"),
    change: { edited: "b" },
    after: ["a", "b", "c"],
    undone: { edited: "b", undone: "edit “Moved to York”" },
  },
  {
    name: "delete",
    run: (list) => list.remove("b", "delete “Moved to Leeds”"),
    change: { deleted: "b" },
    after: ["a", "c"],
    undone: { added: "b", undone: "delete “Moved to Leeds”" },
  },
  {
    name: "replace all",
    run: (list) => list.replaceAll([{ id: "s1", label: "Nadia's" }], "use Nadia's sample"),
    change: { replaced: true },
    after: ["s1"],
    undone: { replaced: true, undone: "use Nadia's sample" },
  },
  {
    name: "clear",
    run: (list) => list.clear("remove all events"),
    change: { replaced: true },
    after: [],
    undone: { replaced: true, undone: "remove all events" },
  },
  {
    name: "set extras",
    run: (list) => list.setExtras({ birth_year: 1991 }, "set the year of birth"),
    change: { extras: true },
    after: ["a", "b", "c"],
    undone: { extras: true, undone: "set the year of birth" },
  },
  {
    name: "replace all with extras",
    run: (list) => list.replaceAll([], "remove all episodes", { case: "own" }),
    change: { replaced: true, extras: true },
    after: [],
    undone: { replaced: true, extras: true, undone: "remove all episodes" },
  },
];

for (const operation of operations) {
  test(`${operation.name}: returns what changed, and Undo brings back the list as it was`, () => {
    const list = start();
    const before = structuredClone({ items: list.items(), extras: list.extras() });
    assert.deepEqual(operation.run(list), operation.change);
    assert.deepEqual(ids(list), operation.after);
    assert.equal(list.canUndo(), true);
    assert.deepEqual(list.undo(), operation.undone);
    assert.deepEqual({ items: list.items(), extras: list.extras() }, before);
    assert.equal(list.canUndo(), false);
  });
}

test("edit changes the item in its place; undo restores the old text", () => {
  const list = start();
  list.edit({ id: "b", label: "Moved to York" }, "edit “Moved to York”");
  assert.equal(list.get("b").label, "Moved to York");
  list.undo();
  assert.equal(list.get("b").label, "Moved to Leeds");
});

test("undo steps come back last first, each with its words", () => {
  const list = start();
  list.remove("a", "delete “Leo was born”");
  list.add({ id: "d", label: "New job" }, "add “New job”");
  assert.equal(list.undoLabel(), "add “New job”");
  list.undo();
  assert.equal(list.undoLabel(), "delete “Leo was born”");
  list.undo();
  assert.equal(list.undoLabel(), "");
  assert.deepEqual(ids(list), ["a", "b", "c"]);
  assert.deepEqual(list.undo(), { refused: "There is nothing to undo." });
});

test("the undo stack keeps only the last UNDO_LIMIT steps", () => {
  const list = createListModel();
  for (let i = 0; i < UNDO_LIMIT + 5; i += 1) list.add({ id: `e${i}`, label: `${i}` }, `add ${i}`);
  let undone = 0;
  while (list.canUndo()) {
    list.undo();
    undone += 1;
  }
  assert.equal(undone, UNDO_LIMIT);
  assert.deepEqual(ids(list), ["e0", "e1", "e2", "e3", "e4"]);
});

test("a smaller limit can be given", () => {
  const list = createListModel({ limit: 2 });
  for (const id of ["x", "y", "z"]) list.add({ id }, `add ${id}`);
  list.undo();
  list.undo();
  assert.equal(list.canUndo(), false);
  assert.deepEqual(ids(list), ["x"]);
});

// Ids that cannot be used: nothing changes and no undo step is made.
const refusals = [
  ["add without an id", (list) => list.add({ label: "x" }, "add x")],
  ["add with an empty id", (list) => list.add({ id: "", label: "x" }, "add x")],
  ["add with an id already used", (list) => list.add({ id: "a", label: "x" }, "add x")],
  ["edit of an unknown id", (list) => list.edit({ id: "zz", label: "x" }, "edit x")],
  ["delete of an unknown id", (list) => list.remove("zz", "delete x")],
  ["replace all with a repeated id", (list) => list.replaceAll([leo, leo], "use the sample")],
  ["replace all with an item without id", (list) => list.replaceAll([{ label: "x" }], "use the sample")],
  ["extras that are the same", (list) => list.setExtras({ birth_year: 1990 }, "set the year of birth")],
];

for (const [name, run] of refusals) {
  test(`refused: ${name}`, () => {
    const list = start();
    const change = run(list);
    assert.equal(typeof change.refused, "string");
    assert.ok(change.refused.length > 0);
    assert.deepEqual(ids(list), ["a", "b", "c"]);
    assert.equal(list.canUndo(), false);
  });
}

test("a list with missing ids cannot be made", () => {
  assert.throws(() => createListModel({ items: [{ label: "no id" }] }), TypeError);
});

test("every operation needs its words for Undo", () => {
  assert.throws(() => start().add({ id: "d" }), TypeError);
  assert.throws(() => start().remove("a", ""), TypeError);
});

test("the widget's check refuses a list it would not save, with its own sentence", () => {
  const list = createListModel({ check: (items) => (items.length > 2 ? "At most 2 events." : "") });
  list.add({ id: "x" }, "add x");
  list.add({ id: "y" }, "add y");
  assert.deepEqual(list.add({ id: "z" }, "add z"), { refused: "At most 2 events." });
  assert.deepEqual(ids(list), ["x", "y"]);
  assert.equal(list.undoLabel(), "add y");
});

test("ids stay unique and in order through adds, deletes and undos", () => {
  const list = createListModel();
  for (const id of ["p", "q", "r", "s"]) list.add({ id }, `add ${id}`);
  list.remove("q", "delete q");
  list.remove("s", "delete s");
  list.add({ id: "t" }, "add t");
  assert.equal(list.add({ id: "p" }, "add p again").refused.length > 0, true);
  list.undo(); // the add of t
  list.undo(); // the delete of s
  list.undo(); // the delete of q
  assert.deepEqual(ids(list), ["p", "q", "r", "s"]);
  assert.equal(new Set(ids(list)).size, ids(list).length);
});

test("items given to the model are copied: a sample is never changed through it", () => {
  const sample = [{ id: "s1", label: "Nadia's" }];
  const list = createListModel();
  list.replaceAll(sample, "use the sample");
  list.edit({ id: "s1", label: "changed" }, "edit");
  assert.equal(sample[0].label, "Nadia's");
});

test("adopting data from another tab empties the undo stack", () => {
  const list = start();
  list.remove("a", "delete a");
  assert.deepEqual(list.adopt([exam], { birth_year: 1990 }), { replaced: true, extras: true });
  assert.deepEqual(ids(list), ["c"]);
  assert.equal(list.canUndo(), false);
});

test("undo snapshot: a restored stack undoes the same steps, in the same words", () => {
  const first = start();
  first.remove("a", "delete “Leo was born”");
  first.edit({ id: "b", label: "Moved to York" }, "edit “Moved to York”");
  first.add({ id: "d", label: "New job" }, "add “New job”");
  first.replaceAll([{ id: "s1" }], "use the sample", { birth_year: 1985 });
  // As after a reload: the saved list, and the stack from sessionStorage (as JSON).
  const snapshot = JSON.parse(JSON.stringify(first.undoSnapshot()));
  const second = createListModel({ items: first.items(), extras: first.extras() });
  assert.equal(second.restoreUndo(snapshot), true);
  while (first.canUndo()) {
    assert.equal(second.undoLabel(), first.undoLabel());
    assert.deepEqual(second.undo(), first.undo());
    assert.deepEqual(second.items(), first.items());
    assert.deepEqual(second.extras(), first.extras());
  }
  assert.equal(second.canUndo(), false);
  assert.deepEqual(ids(second), ["a", "b", "c"]);
});

const badSnapshots = [
  ["nothing", null],
  ["another version", { version: 99, fingerprint: "", steps: [] }],
  ["steps that are not a list", { version: 1, steps: "x" }],
];

for (const [name, snapshot] of badSnapshots) {
  test(`undo snapshot refused: ${name}`, () => {
    const list = start();
    assert.equal(list.restoreUndo(snapshot), false);
    assert.equal(list.canUndo(), false);
  });
}

test("undo snapshot refused when the list changed since it was taken (another tab)", () => {
  const first = start();
  first.remove("a", "delete a");
  const snapshot = first.undoSnapshot();
  const other = createListModel({ items: [move] });
  assert.equal(other.restoreUndo(snapshot), false);
  assert.equal(other.canUndo(), false);
});

// Steps a damaged or hand-edited sessionStorage could hold: the whole snapshot is refused.
const badSteps = [
  ["an unknown kind", { kind: "explode", what: "x", extras: {} }],
  ["no words", { kind: "add", id: "a", extras: {} }],
  ["no extras", { kind: "add", what: "add a", id: "a" }],
  ["an add without id", { kind: "add", what: "add a", extras: {} }],
  ["an edit without the item", { kind: "edit", what: "edit a", extras: {} }],
  ["a delete without its place", { kind: "remove", what: "delete a", item: leo, extras: {} }],
  ["a replace of a broken list", { kind: "replace", what: "use the sample", items: [leo, leo], extras: {} }],
];

for (const [name, step] of badSteps) {
  test(`undo snapshot refused when a step has ${name}`, () => {
    const list = start();
    const snapshot = list.undoSnapshot();
    snapshot.steps = [step];
    assert.equal(list.restoreUndo(snapshot), false);
    assert.equal(list.canUndo(), false);
  });
}

// ---- the draft -------------------------------------------------------------------------

const names = ["age", "label", "category"];

test("an empty draft edits nothing and has every field empty", () => {
  assert.deepEqual(emptyDraft(names), { editing: null, fields: { age: "", label: "", category: "" } });
  assert.equal(isDraftEmpty(emptyDraft(names)), true);
});

const emptiness = [
  ["one letter typed", setDraftField(emptyDraft(names), "label", "L"), false],
  ["only spaces", setDraftField(emptyDraft(names), "label", "   "), true],
  ["a category chosen", setDraftField(emptyDraft(names), "category", "loss"), false],
  ["editing an item, fields emptied", { editing: "a", fields: { age: "", label: "", category: "" } }, false],
];

for (const [name, draft, empty] of emptiness) {
  test(`draft empty? ${name}: ${empty}`, () => {
    assert.equal(isDraftEmpty(draft), empty);
  });
}

test("setting a draft field makes a new draft and leaves the old one", () => {
  const before = emptyDraft(names);
  const after = setDraftField(before, "label", "Leo was born");
  assert.equal(after.fields.label, "Leo was born");
  assert.equal(before.fields.label, "");
  assert.throws(() => setDraftField(before, "colour", "red"), RangeError);
});

test("a draft of editing an item holds its id and its fields as text", () => {
  const draft = editingDraft(names, "a", { age: 7, label: "Leo was born" });
  assert.deepEqual(draft, { editing: "a", fields: { age: "7", label: "Leo was born", category: "" } });
  assert.equal(isDraftEmpty(draft), false);
});

test("a draft survives JSON (as in storage) unchanged", () => {
  const draft = setDraftField(editingDraft(names, "b", { label: "Moved" }), "age", "12");
  assert.deepEqual(draftFrom(JSON.parse(JSON.stringify(draft)), names), draft);
});

const savedDrafts = [
  ["nothing saved", null, emptyDraft(names)],
  ["not an object", "label", emptyDraft(names)],
  ["no fields", { editing: "a" }, emptyDraft(names)],
  [
    "unknown fields and non-text dropped",
    { editing: 5, fields: { label: "Leo", age: 7, colour: "red" } },
    { editing: null, fields: { age: "", label: "Leo", category: "" } },
  ],
];

for (const [name, saved, expected] of savedDrafts) {
  test(`a saved draft is made safe: ${name}`, () => {
    assert.deepEqual(draftFrom(saved, names), expected);
  });
}

test("an undo step keeps only what it undoes, not a copy of the whole list", () => {
  const many = Array.from({ length: 200 }, (_, i) => ({ id: `e${i}`, label: `Event number ${i}` }));
  const list = createListModel({ items: many });
  list.remove("e7", "delete “Event number 7”");
  list.edit({ id: "e8", label: "Changed" }, "edit “Changed”");
  assert.ok(JSON.stringify(list.undoSnapshot()).length < 500);
});

test("a repeated id in saved data is renamed, never dropped, so the widget still opens", () => {
  const model = createListModel({ items: [{ id: "a", label: "one" }, { id: "a", label: "two" }, { id: "a-2", label: "three" }] });
  assert.deepEqual(
    model.items().map((item) => [item.id, item.label]),
    [["a", "one"], ["a-2", "two"], ["a-2-2", "three"]],
  );
  assert.deepEqual(withUniqueIds([{ id: "b" }, { id: "b" }]).map((item) => item.id), ["b", "b-2"]);
});
