import { element, uid } from "./elements.js";
import { FORMAT_VERSION, validate } from "./validate.js";

// This browser's copy of a widget's saved data: localStorage in an envelope, faults
// reported through onProblem(message). Shared by every widget that saves.

/** True for the error a browser throws when its storage for this site is full. */
export function isQuotaError(error) {
  // Chromium and WebKit name it QuotaExceededError; older Firefox NS_ERROR_DOM_QUOTA_REACHED.
  return Boolean(error) && (error.name === "QuotaExceededError" || error.name === "NS_ERROR_DOM_QUOTA_REACHED");
}

/**
 * Probe localStorage once; null when the browser refuses it (disabled, sandboxed). Storage
 * that is only full is still returned: what was saved before can be read and shown, and
 * each save that does not fit is reported where it happens.
 */
export function localStorageOrNull() {
  try {
    const storage = window.localStorage;
    const probe = "pdc-storage-probe";
    storage.getItem(probe);
    try {
      storage.setItem(probe, probe);
      storage.removeItem(probe);
    } catch (error) {
      if (!isQuotaError(error)) return null;
    }
    return storage;
  } catch {
    return null;
  }
}

/**
 * Keep an unreadable saved copy aside, byte for byte, under "<key>:unreadable", or
 * "<key>:unreadable-2", -3, ... when earlier ones are already kept (the same numbering as
 * the journal file's). A copy already kept is not kept twice. Returns false when there
 * is no room for it.
 */
function keepAside(storage, key, raw) {
  for (let number = 1; ; number += 1) {
    const aside = number === 1 ? `${key}:unreadable` : `${key}:unreadable-${number}`;
    const there = storage.getItem(aside);
    if (there === raw) return true;
    if (there !== null) continue;
    try {
      storage.setItem(aside, raw);
      return true;
    } catch {
      return false;
    }
  }
}

/** True when two saved data differ at most in their draft (the form as typed). */
function sameWithoutDraft(a, b) {
  const strip = (data) => (data && typeof data === "object" ? { ...data, draft: undefined } : data);
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}

export const STORAGE_MESSAGES = {
  disabled:
    "This browser is not letting the book save anything, so this will last only until you leave the page. Copy anything you want to keep.",
  full: "This browser's storage is full, so the latest change was not saved. It stays on screen; export your journal or free some space.",
  refused: "This browser refused to save the latest change. It stays on screen; export your journal to keep a copy.",
  unreadable:
    "What was saved here before could not be read, so this starts empty. The old copy was kept aside in this browser.",
  unreadableMeanwhile:
    "Something that could not be read was found where this is saved. It was kept aside in this browser, and your version here was saved.",
  noRoomAside:
    "What was saved here before could not be read, and there is no room to keep a copy of it aside, so it was left as it is and your changes here are not saved yet. Free some space in this browser to save them.",
};

/**
 * The saved data of one widget, under "<namespace>:<widget-id>" (the namespace comes from
 * forEachLearner). `load()` returns the envelope's data or null; `save(data, savedAt)`
 * returns the envelope it wrote (send that same one to the kernel: one save, one
 * timestamp) or null when it did not reach storage. An unreadable saved copy is moved aside to
 * "<key>:unreadable" and reported, never silently overwritten. A save never replaces a
 * version another tab saved that this tab has not seen: see followOtherTabs().
 */
export function createStore({ courseId, namespace, widgetId, kind, title, chapter, schema, onProblem: report, onProblemGone = () => {} }) {
  const key = `${namespace}:${widgetId}`;
  // Problems that a later successful save ends (full, refused, no room aside): once a
  // save gets through, onProblemGone(message) takes each back, so no stale warning says
  // a change was not saved when it was.
  const passing = new Set([STORAGE_MESSAGES.full, STORAGE_MESSAGES.refused, STORAGE_MESSAGES.noRoomAside]);
  const standing = new Set();
  const onProblem = (message) => {
    if (passing.has(message)) standing.add(message);
    report(message);
  };
  const storage = localStorageOrNull();
  if (!storage) onProblem(STORAGE_MESSAGES.disabled);
  // The stored text this tab last read or wrote: anything else found there at save time
  // was written by another tab (or by hand) and must not be overwritten unseen.
  let known = storage ? storage.getItem(key) : null;
  // An unreadable copy that could not be set aside yet: saving waits until it is.
  let notAside = null;
  // Called with the stored text when a save finds a version this tab has not seen.
  let onConflict = null;
  let onSaved = () => {};
  // One save, one timestamp: the envelope written here is the one sent to the kernel.
  const envelope = (data, savedAt = Date.now()) => ({
    format: "psychodynamic-course-entry",
    version: FORMAT_VERSION,
    course_id: courseId,
    widget_id: widgetId,
    kind,
    title,
    chapter,
    saved_at: savedAt,
    data,
  });
  /** The envelope in `raw` when it is a readable one of this widget, else null. */
  const parse = (raw) => {
    let saved = null;
    try {
      saved = JSON.parse(raw);
    } catch {
      return null;
    }
    const readable =
      saved !== null &&
      typeof saved === "object" &&
      saved.version === FORMAT_VERSION &&
      saved.kind === kind &&
      saved.data !== undefined &&
      (!schema || validate(schema, saved.data).length === 0);
    return readable ? saved : null;
  };
  /** Keep unreadable stored text aside and say so; false when there was no room. */
  const setAside = (raw, message = STORAGE_MESSAGES.unreadable) => {
    if (keepAside(storage, key, raw)) {
      notAside = null;
      onProblem(message);
      return true;
    }
    notAside = raw;
    onProblem(STORAGE_MESSAGES.noRoomAside);
    return false;
  };
  return {
    key,
    available: storage !== null,
    envelope,
    loadEnvelope() {
      if (!storage) return null;
      const raw = storage.getItem(key);
      known = raw;
      if (raw === null) return null;
      const saved = parse(raw);
      if (saved) return saved;
      setAside(raw);
      return null;
    },
    load() {
      const saved = this.loadEnvelope();
      return saved ? saved.data : null;
    },
    save(data, savedAt = Date.now()) {
      if (!storage) return null;
      const there = storage.getItem(key);
      if (notAside !== null && there !== notAside) notAside = null; // replaced meanwhile
      if (notAside !== null) {
        // The unreadable copy found at load had no room aside: keep it before saving.
        if (!setAside(notAside)) return null;
      } else if (there !== known && there !== null && !parse(there)) {
        // Something unreadable was written while this page was open: keep it, then save.
        if (!setAside(there, STORAGE_MESSAGES.unreadableMeanwhile)) return null;
      } else if (there !== known && onConflict) {
        // Another tab saved a version this tab has not taken in yet: ask, do not replace it.
        onConflict(there);
        return null;
      }
      const written = envelope(data, savedAt);
      const text = JSON.stringify(written);
      try {
        storage.setItem(key, text);
      } catch (error) {
        onProblem(isQuotaError(error) ? STORAGE_MESSAGES.full : STORAGE_MESSAGES.refused);
        return null;
      }
      known = text;
      for (const message of standing) onProblemGone(message);
      standing.clear();
      onSaved();
      return written;
    },
    remove() {
      if (!storage) return;
      storage.removeItem(key);
      known = null;
    },
    /**
     * Follow other tabs of this book that save this same entry, never losing either
     * version. With no unsaved changes here (`unsaved()` false), this tab takes the
     * other tab's version, `adopt(data)` (data null when it was deleted there), and says
     * so. With unsaved changes, nothing on screen is replaced: a warning asks whether to
     * keep this tab's version (`saveMine()` then saves it over the other) or to take the
     * other one. Returns {element, stop}: put the element, which shows these messages,
     * beside the widget; stop() stops following.
     */
    followOtherTabs({ unsaved, adopt, saveMine }) {
      const idPrefix = uid(`${widgetId}-tabs`);
      const box = element("div", { class: "pdc-other-tab" });
      const note = element("p", { class: "pdc-other-tab-note", role: "status", tabindex: "-1" });
      const question = element("div", { class: "pdc-warning", role: "group", "aria-labelledby": `${idPrefix}-text` });
      const text = element("p", { id: `${idPrefix}-text`, role: "alert" });
      const keepButton = element("button", { type: "button", class: "pdc-button" }, "Keep the version in this tab");
      const takeButton = element("button", { type: "button", class: "pdc-button pdc-secondary" }, "");
      question.append(text, keepButton, " ", takeButton);
      question.hidden = true;
      box.append(note, question);
      if (!storage) return { element: box, stop() {} };
      let theirs = null; // the other tab's stored text while the question is open

      const readable = (raw) => raw === null || parse(raw) !== null;
      const follow = (raw) => {
        const before = known === null ? null : parse(known);
        known = raw;
        const saved = raw === null ? null : parse(raw);
        adopt(saved ? saved.data : null);
        // A draft typed in another tab is saved at each keystroke: not news worth a note.
        if (before && saved && sameWithoutDraft(before.data, saved.data)) return;
        note.textContent =
          raw === null
            ? "This was deleted in another tab of this book, so it was cleared here too."
            : "Updated with the version saved in another tab of this book.";
      };
      const ask = (raw) => {
        theirs = raw;
        text.textContent =
          raw === null
            ? "This was deleted in another tab of this book. Your version is still here on screen, not saved. Keep it, or clear it here too?"
            : "This was also changed in another tab of this book. Your version is still here on screen, not saved. Which version do you want to keep?";
        takeButton.textContent = raw === null ? "Clear it here too" : "Use the other tab's version";
        note.textContent = "";
        question.hidden = false;
      };
      const otherVersion = (raw) => {
        if (raw === known || !readable(raw)) return; // nothing new, or garbage: set aside at the next save
        if (unsaved() || !question.hidden) ask(raw);
        else follow(raw);
      };
      onConflict = ask;
      // A note about another tab's change is out of date once this tab saves again.
      const clearNote = () => {
        note.textContent = "";
      };
      onSaved = clearNote;
      const listener = (event) => {
        // key null: another tab cleared all of this site's storage.
        if (event.key !== key && event.key !== null) return;
        // Skip a change already replaced by a later one; that one has its own event.
        const raw = storage.getItem(key);
        if (event.key !== null && raw !== event.newValue) return;
        otherVersion(raw);
      };
      window.addEventListener("storage", listener);
      keepButton.addEventListener("click", () => {
        // Save over the other tab's version; something unreadable would be kept aside first.
        const raw = storage.getItem(key);
        if (readable(raw)) known = raw;
        question.hidden = true;
        let kept = false;
        onSaved = () => {
          kept = true;
        };
        saveMine();
        onSaved = clearNote;
        // When the save fails (storage full), the widget's own message says why.
        note.textContent = kept ? "Your version in this tab was kept and saved." : "";
        note.focus();
      });
      takeButton.addEventListener("click", () => {
        question.hidden = true;
        // The other tab may have saved again meanwhile: take what is stored now.
        const raw = storage.getItem(key);
        follow(readable(raw) ? raw : theirs);
        note.focus();
      });
      return { element: box, stop: () => window.removeEventListener("storage", listener) };
    },
  };
}

