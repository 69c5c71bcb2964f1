// The form's draft inside a widget's saved data and back, valid under the schemas however
// it was typed. Run with `node --test frontend/tests/`.
import { test } from "node:test";
import assert from "node:assert/strict";

import { emptyDraft } from "../lib/list_model.js";
import { DRAFT_TEXT_LIMIT, clipDraftText, draftOfSaved, draftTextOfSaved, withDraft, withoutDraft } from "../lib/saved_draft.js";

const names = ["age", "label"];
const saved = { events: [{ id: "a", age: 3, label: "x", category: "family", feeling: 0 }], birth_year: 1990 };

test("a draft goes into the saved data and comes back as typed", () => {
  const draft = { editing: "a", fields: { age: "3", label: "Moved\u0000 \u202e to Leeds" } };
  const data = withDraft(saved, draft);
  assert.deepEqual(data.draft, draft);
  assert.deepEqual(data.events, saved.events);
  assert.deepEqual(draftOfSaved(data, names), draft);
  assert.deepEqual(withoutDraft(data), saved);
  assert.equal(saved.draft, undefined, "the data given is not changed");
});

test("an empty draft is not kept, and replaces one kept before", () => {
  const data = withDraft(saved, { editing: null, fields: { age: "3", label: "" } });
  assert.deepEqual(withDraft(data, emptyDraft(names)), saved);
  assert.deepEqual(draftOfSaved(saved, names), emptyDraft(names));
});

test("the year of birth as typed is kept beside the draft, even when the form is empty", () => {
  const data = withDraft(saved, emptyDraft(names), { birth_year_text: "19" });
  assert.equal(draftTextOfSaved(data, "birth_year_text"), "19");
  assert.deepEqual(draftOfSaved(data, names), emptyDraft(names));
  assert.equal(draftTextOfSaved(saved, "birth_year_text"), "");
  assert.deepEqual(withDraft(data, emptyDraft(names), { birth_year_text: "  " }), saved);
});

test("a draft from storage is made safe: unknown fields dropped, non-text ignored", () => {
  const data = { events: [], draft: { editing: 5, fields: { age: 7, label: "ok", colour: "red" } } };
  assert.deepEqual(draftOfSaved(data, names), { editing: null, fields: { age: "", label: "ok" } });
  assert.deepEqual(draftOfSaved({ events: [], draft: "nonsense" }, names), emptyDraft(names));
});

test("a draft text over the schema's limit is cut to it, counted in characters", () => {
  const long = "😊".repeat(DRAFT_TEXT_LIMIT + 3);
  assert.equal([...clipDraftText(long)].length, DRAFT_TEXT_LIMIT);
  assert.equal(clipDraftText("short"), "short");
  const data = withDraft(saved, { editing: null, fields: { age: "", label: long } });
  assert.equal([...data.draft.fields.label].length, DRAFT_TEXT_LIMIT);
});
