// Where a list editor's undo snapshot (list_model.undoSnapshot) is kept: sessionStorage,
// per learner namespace and widget, so Undo survives a reload but not the tab (a deleted
// painful memory does not linger on a shared computer; see list_model.js).
//
//   const undo = undoStorage("learner-a", "timeline-1");
//   undo.save(editor.model.undoSnapshot());
//   createListEditor({ ..., undo: undo.load(), onUndo: undo.save });

/** The sessionStorage of this page, or null where it is blocked (it can throw). */
function sessionStorageOrNull() {
  try {
    return globalThis.sessionStorage || null;
  } catch {
    return null;
  }
}

/** load() -> the saved snapshot or null; save(snapshot) keeps it (quietly, if it can). */
export function undoStorage(namespace, widgetId) {
  const key = `${namespace}:${widgetId}:undo`;
  const storage = sessionStorageOrNull();
  return {
    load() {
      try {
        return storage ? JSON.parse(storage.getItem(key) || "null") : null;
      } catch {
        return null; // not JSON: list_model refuses what is not a snapshot anyway
      }
    },
    save(snapshot) {
      try {
        if (storage) storage.setItem(key, JSON.stringify(snapshot));
      } catch {
        // Full or blocked: Undo still works until the page is left, as before.
      }
    },
  };
}
