// What the browser accepts as a journal, and this learner's entries read from storage.
import assert from "node:assert/strict";
import { test } from "node:test";
import { journalProblems, readBrowserJournal, SCHEMA_OF_KIND } from "../lib/journal_read.js";
import { readJson, schema } from "./paths.js";

const schemas = Object.fromEntries(["entry", "journal", ...Object.values(SCHEMA_OF_KIND)].map((name) => [name, schema(name)]));
const fixture = readJson("tests/fixtures/journal_fixture.json");
const COURSE = fixture.course_id;

/** A localStorage with the same methods the page's has. */
function storageOf(items) {
  const keys = Object.keys(items);
  return { length: keys.length, key: (index) => keys[index], getItem: (key) => items[key] ?? null };
}

test("the fixture journal, with its drafts, is a valid journal", () => {
  assert.deepEqual(journalProblems(fixture, COURSE, schemas), []);
});

const REFUSED = [
  ["another kind of file", { format: "other" }, "This file is not a journal exported from this book."],
  ["another course", { ...fixture, course_id: "other-course" }, "This journal belongs to a different course book."],
];
for (const [what, journal, message] of REFUSED) {
  test(`refused: ${what}`, () => {
    assert.equal(journalProblems(journal, COURSE, schemas)[0].message, message);
  });
}

test("only this learner's readable entries are read; copies kept aside are counted", () => {
  const entry = fixture.entries["chapter-05-my-timeline"];
  const storage = storageOf({
    [`${COURSE}@learner-a:chapter-05-my-timeline`]: JSON.stringify(entry),
    [`${COURSE}@learner-b:chapter-05-my-timeline`]: JSON.stringify(entry),
    [`${COURSE}@learner-a:chapter-05-my-timeline:unreadable`]: "{not json",
    [`${COURSE}@learner-a:broken`]: "{not json",
  });
  const read = readBrowserJournal(COURSE, `${COURSE}@learner-a`, schemas, storage);
  assert.deepEqual(Object.keys(read.journal.entries), ["chapter-05-my-timeline"]);
  assert.deepEqual(read.unreadable, ["broken"]);
  assert.equal(read.setAside, 1);
});
