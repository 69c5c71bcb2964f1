// The journal's Markdown export on the fixture journal_markdown.py's tests use: the
// browser's text and Python's are the same, byte for byte.
import assert from "node:assert/strict";
import { test } from "node:test";
import { journalToMarkdown } from "../lib/journal_markdown.js";
import { readJson, readText } from "./paths.js";

test("the fixture journal renders to the expected Markdown", () => {
  const journal = readJson("tests/fixtures/journal_fixture.json");
  assert.equal(journalToMarkdown(journal), readText("tests/fixtures/journal_fixture.md"));
});
