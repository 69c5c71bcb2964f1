// ---------------------------------------------------------------------------------------
// The kernel, when there is one: Python keeps a journal file so answers survive a kernel
// restart and a change of browser on a hub. Learner data travels only in messages, never
// in synced widget state, so it cannot end up saved inside a notebook.
// ---------------------------------------------------------------------------------------

/** A send(content) to Python that names `learner`, as Python requires (widgets/base.py). */
export function sendAsLearner(model, learner) {
  return (content) => {
    if (!learner) return; // No kernel (the static book): the browser copy is the only copy.
    try {
      model.send({ ...content, learner });
    } catch {
      // The kernel went away: the browser copy is kept all the same.
    }
  };
}

/**
 * Connect to the kernel if there is one. onLoaded(entry) receives the journal file's copy
 * (or null); the widget adopts it when it is newer than the browser's copy, and sends
 * the browser's copy back (bridge.save) when that one is newer. Every message names the
 * `learner` forEachLearner was given, and Python refuses one that names anyone else.
 */
export function kernelBridge(model, learner, onLoaded, onProblem) {
  const send = sendAsLearner(model, learner);
  model.on("msg:custom", (content) => {
    // entry is null when the journal file has nothing for this widget yet.
    if (content && content.type === "loaded") onLoaded(content.entry || null);
    if (content && content.type === "problem" && onProblem) onProblem(content.message);
  });
  send({ type: "load" });
  return {
    save(envelope) {
      send({ type: "save", entry: envelope });
    },
    clear() {
      send({ type: "clear" });
    },
  };
}


/**
 * The one rule between this browser's copy and the journal file's: the newer one wins.
 * Given the journal file's `entry` (or null), this browser's envelope `local` (or null when
 * nothing is saved) and `canAdopt(entry)` (it is readable, nothing unsaved is on screen),
 * returns "adopt" when the file's entry is newer and holds other data, "send" when this
 * browser's copy is newer or the file has none, else null: nothing to do, and nothing to
 * tell the learner (the same data is not "restored").
 *
 *   newerCopy({ saved_at: 2, data: { a: 1 } }, { saved_at: 1, data: { a: 1 } }, () => true); // null
 */
export function newerCopy(entry, local, canAdopt) {
  const localSavedAt = local ? local.saved_at : 0;
  if (entry && entry.saved_at > localSavedAt) {
    const same = local && JSON.stringify(entry.data) === JSON.stringify(local.data);
    return !same && canAdopt(entry) ? "adopt" : null;
  }
  if (localSavedAt && (!entry || localSavedAt > entry.saved_at)) return "send";
  return null;
}

/** The status after a save: where the copies are kept, so a learner knows what "saved" means. */
export function savedWhere(learner) {
  return learner ? "Saved in this browser and in your journal file." : "Saved on this device.";
}
