// The validator against tests/fixtures/validation_cases.json, the table data_model.py's
// tests use (tests/test_data_model_parity.py compares the messages too).
import assert from "node:assert/strict";
import { test } from "node:test";
import { SCHEMA_OF_KIND } from "../lib/journal_read.js";
import { FORMAT_VERSION, validate } from "../lib/validate.js";
import { readJson, schema } from "./paths.js";

test("every case of the shared table gives the paths Python gives", () => {
  for (const { kind, data, paths } of readJson("tests/fixtures/validation_cases.json")) {
    const problems = validate(schema(SCHEMA_OF_KIND[kind]), data);
    assert.deepEqual(
      problems.map((problem) => problem.path),
      paths,
      JSON.stringify(data),
    );
  }
});

test("a message comes from the schema and names the limit", () => {
  const [problem] = validate(schema("reflection"), { text: "x".repeat(5001), mode: "own" });
  assert.equal(problem.path, "/text");
  assert.match(problem.message, /5,000 characters/);
});

test("length counts characters, not UTF-16 units", () => {
  const emoji = "😊".repeat(5000);
  assert.deepEqual(validate(schema("reflection"), { text: emoji, mode: "own" }), []);
  assert.notDeepEqual(validate(schema("reflection"), { text: `${emoji}😊`, mode: "own" }), []);
});

test("control characters are refused with their own message", () => {
  const [problem] = validate(schema("reflection"), { text: "a\u0007b", mode: "own" });
  assert.match(problem.message, /invisible control characters/);
});

test("the format version is the journal file's", () => {
  assert.equal(FORMAT_VERSION, 1);
});
