// Saving a list widget (the timeline, the pattern finder), the same way for both: one
// envelope per save, stored here and sent as it is to the kernel's journal file (one save,
// one timestamp); the draft stored at every keystroke and sent to the file a moment later;
// the file's copy adopted when it is newer and holds other data (newerCopy).
import { debounce } from "./elements.js";
import { kernelBridge, newerCopy, savedWhere } from "./kernel.js";

/**
 * The saving half of a list widget. `savedData()` is what to save now (list, extras,
 * draft); `canAdopt(entry)` says whether the journal file's entry is usable; `onAdopt(data)`
 * shows it. Call `connect()` once the widget is drawn. `persist()` returns the words for
 * the status line; `unsaved()` is true while what is on screen failed to save.
 *
 *   const saving = listSaving({ model, learner, store, saved: envelope, savedData, canAdopt,
 *     onAdopt: (data) => editor.adopt(data.events, ...), onProblem, notSaving: "Kept on this page only." });
 */
export function listSaving({ model, learner, store, saved, savedData, canAdopt, onAdopt, onProblem, notSaving }) {
  let local = saved || null; // the envelope last written or read: its saved_at is the one timestamp
  let unsaved = false;
  let bridge = null;

  const persist = (savedAt = Date.now()) => {
    if (!store) return "";
    const data = savedData();
    const written = store.save(data, savedAt);
    unsaved = store.available && !written;
    if (written) local = written;
    bridge?.save(written || store.envelope(data, savedAt));
    if (written) return savedWhere(learner);
    return store.available ? "Not saved: see the note above." : notSaving;
  };
  // A draft is stored here at every keystroke; the journal file gets it a moment later.
  const sendDraft = debounce(() => bridge && local && bridge.save(local), 1500);
  const saveDraft = () => {
    if (!store) return;
    const written = store.save(savedData());
    if (written) local = written;
    sendDraft();
  };
  const connect = () => {
    if (!store) return;
    bridge = kernelBridge(
      model,
      learner,
      (entry) => {
        const newer = newerCopy(entry, local, () => canAdopt(entry));
        if (newer === "adopt") {
          onAdopt(entry.data);
          persist(entry.saved_at);
        } else if (newer === "send") {
          bridge.save(local);
        }
      },
      onProblem,
    );
  };
  return {
    persist,
    saveDraft,
    connect,
    flush: () => sendDraft.flush(),
    unsaved: () => unsaved,
    /** What is on screen was replaced by another tab's saved version. */
    followedOtherTab: () => {
      unsaved = false;
    },
  };
}
