// The form's draft kept INSIDE a widget's saved data, as its optional `draft` property:
//   { events: [...], birth_year: 1990, draft: { editing: null, fields: { label: "Mov" } } }
// Why inside: a draft is learner data. Kept in the same envelope it is saved per learner
// namespace, goes to the kernel's journal file with the list, and is deleted with it; a
// separate key would outlive a "delete my data" and miss the journal.
//
// The schemas give each draft text a generous limit and no control-character rule, so a
// draft as typed (a half-pasted text, a stray control character) is always savable and can
// never make the saved list unreadable. Text longer than the limit is cut here, not refused.
//
//   const data = withDraft({ events: [] }, { editing: null, fields: { label: "Mov" } });
//   // { events: [], draft: { editing: null, fields: { label: "Mov" } } }
//   draftOfSaved(data, ["label"]);   // { editing: null, fields: { label: "Mov" } }
//   withDraft(data, emptyDraft(["label"]));   // { events: [] }: an empty draft is not kept
import { draftFrom, isDraftEmpty } from "./list_model.js";

/** The schemas' maxLength of one draft text (characters as a reader counts them). */
export const DRAFT_TEXT_LIMIT = 5000;

/** `text` cut to the draft limit, counted in code points as the validator counts. */
export function clipDraftText(text) {
  const value = String(text);
  if (value.length <= DRAFT_TEXT_LIMIT) return value; // fewer UTF-16 units: fewer characters
  return [...value].slice(0, DRAFT_TEXT_LIMIT).join("");
}

/**
 * `data` with `draft` as its draft property, or without one when the draft is empty and
 * `extraText` (the timeline's year of birth as typed) is empty too. A new object.
 *
 *   withDraft({ episodes: [] }, { editing: "e1", fields: { who: "" } }).draft.editing;  // "e1"
 */
export function withDraft(data, draft, extraText = {}) {
  const { draft: _old, ...rest } = data;
  const extras = Object.fromEntries(
    Object.entries(extraText).filter(([, value]) => typeof value === "string" && value.trim() !== "").map(([name, value]) => [name, clipDraftText(value)]),
  );
  if (isDraftEmpty(draft) && Object.keys(extras).length === 0) return rest;
  const fields = Object.fromEntries(Object.entries(draft.fields).map(([name, value]) => [name, clipDraftText(value)]));
  return { ...rest, draft: { editing: draft.editing, fields, ...extras } };
}

/** The draft kept in saved `data` (an empty one when none), only the named fields. */
export function draftOfSaved(data, fieldNames) {
  return draftFrom(data && data.draft, fieldNames);
}

/** One extra draft text (e.g. "birth_year_text") kept in saved `data`, or "". */
export function draftTextOfSaved(data, name) {
  const value = data && data.draft && data.draft[name];
  return typeof value === "string" ? value : "";
}

/** `data` without its draft: what a list, an export or a comparison is about. */
export function withoutDraft(data) {
  const { draft: _draft, ...rest } = data || {};
  return rest;
}
