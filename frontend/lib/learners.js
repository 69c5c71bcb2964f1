import { element } from "./elements.js";
import { localStorageOrNull } from "./storage.js";

// Whose data a page may show (per-learner namespaces) and shared computers.

// ---------------------------------------------------------------------------------------
// Whose data a page may show. A hub serves all its users from one address, and a lab
// computer has one browser profile for everyone, so browser storage there is shared by
// people. In a kernel, Python says whose journal file it keeps, and this browser's copy
// is kept under that learner's own namespace.
// ---------------------------------------------------------------------------------------

// What Python's Journal.learner_id looks like (journal.py): anything else is refused.
export const LEARNER_ID = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * Wrap a saving widget's render so it runs once it is known whose data it may show.
 * The static book has no kernel: render at once with namespace "<course-id>", this
 * browser's entries of the book. In a kernel, ask Python first (`{type: "learner"}`),
 * show a note meanwhile, then render with namespace "<course-id>@<learner>": nothing of
 * another Jupyter user's copy is read, shown or sent to this user's journal file.
 * render({model, el, namespace, learner}) may return a cleanup function.
 */
export function forEachLearner(render) {
  return ({ model, el }) => {
    const courseId = model.get("course_id");
    forgetEndedSharedSessions(courseId);
    const start = (learner) =>
      render({ model, el, learner, namespace: learner ? `${courseId}@${learner}` : courseId });
    // Read-only figures save nothing. The html-manager comparison build has no kernel but
    // a send() that stays silent, so its pages say so (widget_runtime/require-config.js).
    // A class demo saves nothing anywhere, so it has no one's journal to ask for.
    if (model.get("read_only") || model.get("class_demo") || document.documentElement.hasAttribute("data-pdc-no-kernel")) {
      return start(null);
    }
    try {
      model.send({ type: "learner" });
    } catch {
      return start(null); // no kernel: the static book's loader throws here
    }
    el.replaceChildren(element("p", { class: "pdc-muted", role: "status" }, "Opening your saved work from the journal file…"));
    let cleanup = null;
    let stopped = false;
    const answer = (content) => {
      if (content?.type !== "learner") return;
      model.off("msg:custom", answer);
      if (stopped) return;
      if (typeof content.learner === "string" && LEARNER_ID.test(content.learner)) {
        cleanup = start(content.learner);
      } else {
        const message = "This exercise could not tell whose journal this is, so it shows nothing. Run the cell again.";
        el.replaceChildren(element("p", { class: "pdc-warning", role: "status" }, message));
      }
    };
    model.on("msg:custom", answer);
    return () => {
      stopped = true;
      model.off("msg:custom", answer);
      if (typeof cleanup === "function") cleanup();
    };
  };
}

// ---------------------------------------------------------------------------------------
// Shared computers. A learner can ask (on My journal) for everything this book saved in
// this browser to be deleted when the browser is closed. A session cookie marks a browser
// session in which the book was open; localStorage outlives it. So when a page of the book
// starts and a namespace asked for this but the cookie is gone, the browser was closed in
// between: that namespace's entries are deleted before any widget reads them. The cookie
// holds no learner data ("1"); where cookies do not work (a file:// page) nothing is ever
// deleted by guesswork, and My journal says the option is not available.
// ---------------------------------------------------------------------------------------

const SHARED_COMPUTER_KEY = "/shared-computer"; // "<namespace>/shared-computer" = "1"

function sessionCookie(courseId) {
  return `${courseId.replace(/[^A-Za-z0-9_-]/g, "_")}-open=1`;
}

/** Mark this browser session as one in which the book is open; false without cookies. */
function markSessionOpen(courseId) {
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing in Firefox and Safari; a session cookie is the point here.
  document.cookie = `${sessionCookie(courseId)}; path=/; SameSite=Strict`;
  return document.cookie.split("; ").includes(sessionCookie(courseId));
}

/** Delete every entry (and copy set aside) of one namespace from this browser. */
function deleteNamespace(storage, namespace) {
  const keys = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key?.startsWith(`${namespace}:`)) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
}

/** Run at the start of every page with a saving widget, before anything is read. */
export function forgetEndedSharedSessions(courseId) {
  const storage = localStorageOrNull();
  if (!storage) return;
  const namespaces = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (!key?.endsWith(SHARED_COMPUTER_KEY)) continue;
    const namespace = key.slice(0, -SHARED_COMPUTER_KEY.length);
    if (namespace === courseId || namespace.startsWith(`${courseId}@`)) namespaces.push(namespace);
  }
  if (!namespaces.length || document.cookie.split("; ").includes(sessionCookie(courseId))) return;
  if (!markSessionOpen(courseId)) return;
  for (const namespace of namespaces) deleteNamespace(storage, namespace);
}

/** True when this namespace's entries are to be deleted once the browser is closed. */
export function isSharedComputer(storage, namespace) {
  return storage.getItem(`${namespace}${SHARED_COMPUTER_KEY}`) === "1";
}

/** Ask for (or stop asking for) that; false when cookies do not work here, and then
 * nothing is changed. */
export function setSharedComputer(storage, courseId, namespace, on) {
  const key = `${namespace}${SHARED_COMPUTER_KEY}`;
  if (!on) {
    storage.removeItem(key);
    return true;
  }
  if (!markSessionOpen(courseId)) return false;
  try {
    storage.setItem(key, "1");
  } catch {
    return false; // storage full: the choice could not be kept
  }
  return true;
}

