// The envelope a widget's data is saved in, and what happens when the stored copy is not
// this tab's: unreadable text is kept aside, never overwritten. localStorage is the
// browser's; here a Map-backed Storage with the same methods stands in for it.
import assert from "node:assert/strict";
import { beforeEach, test } from "node:test";
import { createStore, isQuotaError, STORAGE_MESSAGES } from "../lib/storage.js";
import { schema } from "./paths.js";

class MemoryStorage {
  constructor() {
    this.items = new Map();
    this.full = false;
  }
  get length() {
    return this.items.size;
  }
  key(index) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key) {
    return this.items.has(key) ? this.items.get(key) : null;
  }
  setItem(key, value) {
    if (this.full) throw Object.assign(new Error("full"), { name: "QuotaExceededError" });
    this.items.set(key, String(value));
  }
  removeItem(key) {
    this.items.delete(key);
  }
}

let storage;
let problems;
beforeEach(() => {
  storage = new MemoryStorage();
  globalThis.window = { localStorage: storage };
  problems = [];
});

const open = () =>
  createStore({
    courseId: "course",
    namespace: "course",
    widgetId: "chapter-01-reflection",
    kind: "reflection",
    title: "A reflection",
    chapter: "Chapter 1",
    schema: schema("reflection"),
    onProblem: (message) => problems.push(message),
  });

test("a save is an envelope under <namespace>:<widget-id> and loads back", () => {
  const store = open();
  assert.ok(store.save({ text: "hello", mode: "own" }));
  const saved = JSON.parse(storage.getItem("course:chapter-01-reflection"));
  assert.equal(saved.format, "psychodynamic-course-entry");
  assert.equal(saved.version, 1);
  assert.equal(saved.kind, "reflection");
  assert.equal(saved.widget_id, "chapter-01-reflection");
  assert.deepEqual(open().load(), { text: "hello", mode: "own" });
  assert.deepEqual(problems, []);
});

test("an unreadable saved copy is kept aside and reported, and loading starts empty", () => {
  storage.setItem("course:chapter-01-reflection", "{not json");
  assert.equal(open().load(), null);
  assert.equal(storage.getItem("course:chapter-01-reflection:unreadable"), "{not json");
  assert.deepEqual(problems, [STORAGE_MESSAGES.unreadable]);
});

test("data that breaks the schema is unreadable too", () => {
  open().save({ text: "fine", mode: "own" });
  const saved = JSON.parse(storage.getItem("course:chapter-01-reflection"));
  saved.data.mode = "nonsense";
  storage.setItem("course:chapter-01-reflection", JSON.stringify(saved));
  assert.equal(open().load(), null);
  assert.deepEqual(problems, [STORAGE_MESSAGES.unreadable]);
});

test("garbage written while the page was open is kept aside before this tab saves", () => {
  const store = open();
  store.load();
  storage.setItem("course:chapter-01-reflection", "garbage from elsewhere");
  assert.ok(store.save({ text: "mine", mode: "own" }));
  assert.equal(storage.getItem("course:chapter-01-reflection:unreadable"), "garbage from elsewhere");
  assert.deepEqual(store.load(), { text: "mine", mode: "own" });
  assert.deepEqual(problems, [STORAGE_MESSAGES.unreadableMeanwhile]);
});

test("a second unreadable copy is numbered, never written over the first", () => {
  storage.setItem("course:chapter-01-reflection:unreadable", "older garbage");
  storage.setItem("course:chapter-01-reflection", "newer garbage");
  open().load();
  assert.equal(storage.getItem("course:chapter-01-reflection:unreadable"), "older garbage");
  assert.equal(storage.getItem("course:chapter-01-reflection:unreadable-2"), "newer garbage");
});

test("a full storage is reported, and the warning is taken back after a save gets through", () => {
  const gone = [];
  const store = createStore({
    courseId: "course",
    namespace: "course",
    widgetId: "w",
    kind: "reflection",
    schema: schema("reflection"),
    onProblem: (message) => problems.push(message),
    onProblemGone: (message) => gone.push(message),
  });
  storage.full = true;
  assert.equal(store.save({ text: "a", mode: "own" }), null);
  assert.deepEqual(problems, [STORAGE_MESSAGES.full]);
  storage.full = false;
  assert.ok(store.save({ text: "a", mode: "own" }));
  assert.deepEqual(gone, [STORAGE_MESSAGES.full]);
});

test("quota errors are recognised under both browsers' names", () => {
  assert.equal(isQuotaError({ name: "QuotaExceededError" }), true);
  assert.equal(isQuotaError({ name: "NS_ERROR_DOM_QUOTA_REACHED" }), true);
  assert.equal(isQuotaError(new Error("other")), false);
  assert.equal(isQuotaError(null), false);
});

test("one save, one timestamp: save returns the envelope it stored, with the time it was given", () => {
  const store = open();
  const written = store.save({ text: "hello", mode: "own" }, 1234);
  assert.equal(written.saved_at, 1234);
  assert.deepEqual(JSON.parse(storage.getItem(store.key)), written);
});
