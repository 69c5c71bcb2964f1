// What a journal is, as the browser reads it: the same rules as journal_format.py
// (journal_problems), and this learner's entries read from this browser's storage.
import { typeOf, validate } from "./validate.js";

export const SCHEMA_OF_KIND = { reflection: "reflection", quiz: "quiz-progress", timeline: "timeline", episodes: "episodes", review: "review" };

/** Problems of one saved entry: envelope first, then its data by kind. */
export function entryProblems(entry, schemas, path) {
  const problems = validate(schemas.entry, entry, path);
  if (problems.length) return problems;
  return validate(schemas[SCHEMA_OF_KIND[entry.kind]], entry.data, `${path}/data`);
}

/** Problems of a whole journal export, the same rules as journal_problems() in Python. */
export function journalProblems(journal, courseId, schemas) {
  if (typeOf(journal) !== "object" || journal.format !== "psychodynamic-course-journal") {
    // Say the one thing that matters about a file of another kind.
    return [{ path: "", message: "This file is not a journal exported from this book." }];
  }
  const problems = validate(schemas.journal, journal);
  if (problems.length) return problems;
  if (journal.course_id !== courseId) {
    return [{ path: "/course_id", message: "This journal belongs to a different course book." }];
  }
  return Object.entries(journal.entries).flatMap(([widgetId, entry]) => {
    const found = entryProblems(entry, schemas, `/entries/${widgetId}`);
    if (!found.length && (entry.widget_id !== widgetId || entry.course_id !== courseId)) {
      return [{ path: `/entries/${widgetId}`, message: "This entry belongs somewhere else." }];
    }
    return found;
  });
}

// -- reading and writing this browser's copy -------------------------------------------

/** This learner's entries in this browser: those under "<namespace>:" (forEachLearner). */
export function readBrowserJournal(courseId, namespace, schemas, storage) {
  const journal = { format: "psychodynamic-course-journal", version: 1, course_id: courseId, entries: {} };
  const unreadable = [];
  let setAside = 0;
  if (!storage) return { journal, unreadable, setAside };
  const prefix = `${namespace}:`;
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (!key?.startsWith(prefix)) continue;
    const widgetId = key.slice(prefix.length);
    // "<widget>:unreadable", "<widget>:unreadable-2": copies a widget could not read and
    // kept aside (storage.js). A widget id never holds a colon.
    if (widgetId.includes(":")) {
      setAside += 1;
      continue;
    }
    try {
      const entry = JSON.parse(storage.getItem(key));
      if (entryProblems(entry, schemas, "").length === 0 && entry.widget_id === widgetId && entry.course_id === courseId) {
        journal.entries[widgetId] = entry;
        continue;
      }
    } catch {}
    unreadable.push(widgetId);
  }
  return { journal, unreadable, setAside };
}
