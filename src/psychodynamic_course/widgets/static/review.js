// Generated from frontend/widgets/review.js by `make frontend`: do not edit it, edit the source and run that.

// frontend/lib/clock.js
function now() {
  return new Date(Date.now());
}
var pad = (number) => String(number).padStart(2, "0");
function dayOf(date) {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
function today() {
  return dayOf(now());
}
function addDays(day, count) {
  const [year, month, date] = day.split("-").map(Number);
  const moved = new Date(Date.UTC(year, month - 1, date + count));
  return `${moved.getUTCFullYear()}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}`;
}
function daysBetween(from, to) {
  const utc = (day) => {
    const [year, month, date] = day.split("-").map(Number);
    return Date.UTC(year, month - 1, date);
  };
  return Math.round((utc(to) - utc(from)) / 864e5);
}

// frontend/lib/elements.js
var instanceCount = 0;
var CONTROLS = /* @__PURE__ */ new Set(["input", "select", "textarea", "button", "a"]);
function element(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  if (CONTROLS.has(tag)) node.setAttribute("data-lm-suppress-shortcuts", "true");
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === void 0) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
  if (text !== void 0) node.textContent = text;
  return node;
}
function uid(widgetId) {
  instanceCount += 1;
  return `pdc-${widgetId}-${instanceCount}`;
}
function textLength(text) {
  return [...text].length;
}

// frontend/lib/kernel.js
function sendAsLearner(model, learner) {
  return (content) => {
    if (!learner) return;
    try {
      model.send({ ...content, learner });
    } catch {
    }
  };
}
function kernelBridge(model, learner, onLoaded, onProblem) {
  const send = sendAsLearner(model, learner);
  model.on("msg:custom", (content) => {
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
    }
  };
}
function newerCopy(entry, local, canAdopt) {
  const localSavedAt = local ? local.saved_at : 0;
  if (entry && entry.saved_at > localSavedAt) {
    const same = local && JSON.stringify(entry.data) === JSON.stringify(local.data);
    return !same && canAdopt(entry) ? "adopt" : null;
  }
  if (localSavedAt && (!entry || localSavedAt > entry.saved_at)) return "send";
  return null;
}

// frontend/lib/validate.js
var FORMAT_VERSION = 1;
function typeOf(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}
function typeMatches(expected, value) {
  const actual = typeOf(value);
  const allowed = Array.isArray(expected) ? expected : [expected];
  return allowed.some((type) => type === actual || type === "number" && actual === "integer");
}
var CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF]/u;
var CONTROL_CHARACTERS_MESSAGE = "This contains invisible control characters, perhaps from a paste. Remove them to save; your last saved version is kept.";
function validate(schema, value, path = "") {
  const fail = (generic) => [{ path, message: schema["x-message"] || generic }];
  if (schema.anyOf) {
    const passes = schema.anyOf.some((option) => validate(option, value, path).length === 0);
    if (!passes) return fail("This value is not in an accepted form.");
  }
  if (schema.type !== void 0 && !typeMatches(schema.type, value)) {
    return fail(`Expected ${[].concat(schema.type).join(" or ")}.`);
  }
  if (schema.const !== void 0 && value !== schema.const) {
    return fail(`Expected ${JSON.stringify(schema.const)}.`);
  }
  if (schema.enum && !schema.enum.includes(value)) {
    return fail(`Choose one of: ${schema.enum.join(", ")}.`);
  }
  if (typeof value === "string") {
    if (schema["x-no-control-characters"] && CONTROL_CHARACTERS.test(value)) {
      return [{ path, message: CONTROL_CHARACTERS_MESSAGE }];
    }
    const length = textLength(value);
    if (schema.minLength !== void 0 && length < schema.minLength) return fail("This is too short.");
    if (schema.maxLength !== void 0 && length > schema.maxLength) {
      return fail(`This is ${length - schema.maxLength} characters over the limit of ${schema.maxLength}.`);
    }
    if (schema.pattern !== void 0 && !new RegExp(schema.pattern, "u").test(value)) {
      return fail("This is not in the expected form.");
    }
  }
  if (typeof value === "number") {
    if (schema.minimum !== void 0 && value < schema.minimum) return fail(`The smallest allowed value is ${schema.minimum}.`);
    if (schema.maximum !== void 0 && value > schema.maximum) return fail(`The largest allowed value is ${schema.maximum}.`);
    if (schema["x-not-after-this-year"] && value > (/* @__PURE__ */ new Date()).getFullYear()) {
      return fail("That year has not happened yet.");
    }
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== void 0 && value.length < schema.minItems) return fail("This list is too short.");
    if (schema.maxItems !== void 0 && value.length > schema.maxItems) {
      return fail(`This list can hold at most ${schema.maxItems} items.`);
    }
    if (schema.items) {
      return value.flatMap((item, index) => validate(schema.items, item, `${path}/${index}`));
    }
  }
  if (typeOf(value) === "object") {
    const errors = [];
    for (const name of schema.required || []) {
      if (!(name in value)) {
        const property = schema.properties?.[name] || {};
        errors.push({ path: `${path}/${name}`, message: property["x-message"] || `${name} is required.` });
      }
    }
    for (const [name, item] of Object.entries(value)) {
      const properties = schema.properties || {};
      const property = Object.hasOwn(properties, name) ? properties[name] : void 0;
      if (property) errors.push(...validate(property, item, `${path}/${name}`));
      else if (schema.additionalProperties === false) {
        errors.push({ path: `${path}/${name}`, message: `Unexpected field "${name}".` });
      }
    }
    return errors;
  }
  return [];
}

// frontend/lib/storage.js
function isQuotaError(error) {
  return Boolean(error) && (error.name === "QuotaExceededError" || error.name === "NS_ERROR_DOM_QUOTA_REACHED");
}
function localStorageOrNull() {
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
function sameWithoutDraft(a, b) {
  const strip = (data) => data && typeof data === "object" ? { ...data, draft: void 0 } : data;
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}
var STORAGE_MESSAGES = {
  disabled: "This browser is not letting the book save anything, so this will last only until you leave the page. Copy anything you want to keep.",
  full: "This browser's storage is full, so the latest change was not saved. It stays on screen; export your journal or free some space.",
  refused: "This browser refused to save the latest change. It stays on screen; export your journal to keep a copy.",
  unreadable: "What was saved here before could not be read, so this starts empty. The old copy was kept aside in this browser.",
  unreadableMeanwhile: "Something that could not be read was found where this is saved. It was kept aside in this browser, and your version here was saved.",
  noRoomAside: "What was saved here before could not be read, and there is no room to keep a copy of it aside, so it was left as it is and your changes here are not saved yet. Free some space in this browser to save them."
};
function createStore({ courseId, namespace, widgetId, kind, title, chapter, schema, onProblem: report, onProblemGone = () => {
} }) {
  const key = `${namespace}:${widgetId}`;
  const passing = /* @__PURE__ */ new Set([STORAGE_MESSAGES.full, STORAGE_MESSAGES.refused, STORAGE_MESSAGES.noRoomAside]);
  const standing = /* @__PURE__ */ new Set();
  const onProblem = (message) => {
    if (passing.has(message)) standing.add(message);
    report(message);
  };
  const storage = localStorageOrNull();
  if (!storage) onProblem(STORAGE_MESSAGES.disabled);
  let known = storage ? storage.getItem(key) : null;
  let notAside = null;
  let onConflict = null;
  let onSaved = () => {
  };
  const envelope = (data, savedAt = Date.now()) => ({
    format: "psychodynamic-course-entry",
    version: FORMAT_VERSION,
    course_id: courseId,
    widget_id: widgetId,
    kind,
    title,
    chapter,
    saved_at: savedAt,
    data
  });
  const parse = (raw) => {
    let saved = null;
    try {
      saved = JSON.parse(raw);
    } catch {
      return null;
    }
    const readable = saved !== null && typeof saved === "object" && saved.version === FORMAT_VERSION && saved.kind === kind && saved.data !== void 0 && (!schema || validate(schema, saved.data).length === 0);
    return readable ? saved : null;
  };
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
      if (notAside !== null && there !== notAside) notAside = null;
      if (notAside !== null) {
        if (!setAside(notAside)) return null;
      } else if (there !== known && there !== null && !parse(there)) {
        if (!setAside(there, STORAGE_MESSAGES.unreadableMeanwhile)) return null;
      } else if (there !== known && onConflict) {
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
      if (!storage) return { element: box, stop() {
      } };
      let theirs = null;
      const readable = (raw) => raw === null || parse(raw) !== null;
      const follow = (raw) => {
        const before = known === null ? null : parse(known);
        known = raw;
        const saved = raw === null ? null : parse(raw);
        adopt(saved ? saved.data : null);
        if (before && saved && sameWithoutDraft(before.data, saved.data)) return;
        note.textContent = raw === null ? "This was deleted in another tab of this book, so it was cleared here too." : "Updated with the version saved in another tab of this book.";
      };
      const ask = (raw) => {
        theirs = raw;
        text.textContent = raw === null ? "This was deleted in another tab of this book. Your version is still here on screen, not saved. Keep it, or clear it here too?" : "This was also changed in another tab of this book. Your version is still here on screen, not saved. Which version do you want to keep?";
        takeButton.textContent = raw === null ? "Clear it here too" : "Use the other tab's version";
        note.textContent = "";
        question.hidden = false;
      };
      const otherVersion = (raw) => {
        if (raw === known || !readable(raw)) return;
        if (unsaved() || !question.hidden) ask(raw);
        else follow(raw);
      };
      onConflict = ask;
      const clearNote = () => {
        note.textContent = "";
      };
      onSaved = clearNote;
      const listener = (event) => {
        if (event.key !== key && event.key !== null) return;
        const raw = storage.getItem(key);
        if (event.key !== null && raw !== event.newValue) return;
        otherVersion(raw);
      };
      window.addEventListener("storage", listener);
      keepButton.addEventListener("click", () => {
        const raw = storage.getItem(key);
        if (readable(raw)) known = raw;
        question.hidden = true;
        let kept = false;
        onSaved = () => {
          kept = true;
        };
        saveMine();
        onSaved = clearNote;
        note.textContent = kept ? "Your version in this tab was kept and saved." : "";
        note.focus();
      });
      takeButton.addEventListener("click", () => {
        question.hidden = true;
        const raw = storage.getItem(key);
        follow(readable(raw) ? raw : theirs);
        note.focus();
      });
      return { element: box, stop: () => window.removeEventListener("storage", listener) };
    }
  };
}

// frontend/lib/learners.js
var LEARNER_ID = /^[A-Za-z0-9_-]{16,64}$/;
function forEachLearner(render2) {
  return ({ model, el }) => {
    const courseId = model.get("course_id");
    forgetEndedSharedSessions(courseId);
    const start = (learner) => render2({ model, el, learner, namespace: learner ? `${courseId}@${learner}` : courseId });
    if (model.get("read_only") || model.get("class_demo") || document.documentElement.hasAttribute("data-pdc-no-kernel")) {
      return start(null);
    }
    try {
      model.send({ type: "learner" });
    } catch {
      return start(null);
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
var SHARED_COMPUTER_KEY = "/shared-computer";
function sessionCookie(courseId) {
  return `${courseId.replace(/[^A-Za-z0-9_-]/g, "_")}-open=1`;
}
function markSessionOpen(courseId) {
  document.cookie = `${sessionCookie(courseId)}; path=/; SameSite=Strict`;
  return document.cookie.split("; ").includes(sessionCookie(courseId));
}
function deleteNamespace(storage, namespace) {
  const keys = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key?.startsWith(`${namespace}:`)) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
}
function forgetEndedSharedSessions(courseId) {
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

// frontend/lib/print.js
var PRINT_NOTE = "Interactive exercise: to use it, open this page in the online book or run the chapter in Jupyter.";
function printNote(root, text = PRINT_NOTE) {
  root.classList.add("pdc-prints-as-note");
  root.append(element("p", { class: "pdc-print-note" }, text));
}

// frontend/lib/quiz_answers.js
function correctIndexes(question) {
  return question.options.flatMap((option, index) => option.correct ? [index] : []);
}
function sameSet(a, b) {
  return a.length === b.length && a.every((value) => b.includes(value));
}
function answerSentence(texts) {
  const sentences = texts.map((text) => {
    const trimmed = text.trim();
    return /[.?!]["'”’)]?$/.test(trimmed) ? trimmed : `${trimmed}.`;
  });
  return `${texts.length > 1 ? "The answers" : "The answer"}: ${sentences.join(" ")}`;
}

// frontend/lib/quiz_question.js
function questionFields(question, qid, number) {
  const multiple = question.kind === "multiple";
  const fieldset = element("fieldset", { class: "pdc-quiz-question" });
  const legend = element("legend");
  if (number) legend.append(element("span", { class: "pdc-quiz-number" }, number));
  legend.append(document.createTextNode(question.prompt));
  fieldset.append(legend);
  if (multiple) {
    fieldset.append(element("p", { class: "pdc-quiz-hint", id: `${qid}-hint` }, "Choose all that apply."));
  }
  const rows = question.options.map((option, optionIndex) => {
    const inputId = `${qid}-option-${optionIndex}`;
    const row = element("div", { class: "pdc-quiz-option" });
    const input = element("input", {
      type: multiple ? "checkbox" : "radio",
      name: `${qid}-choice`,
      id: inputId,
      value: String(optionIndex)
    });
    if (multiple) input.setAttribute("aria-describedby", `${qid}-hint`);
    const label = element("label", { for: inputId }, option.text);
    const verdict = element("span", { class: "pdc-quiz-verdict" });
    const explanation = element("p", { class: "pdc-quiz-explanation", id: `${inputId}-why` });
    explanation.hidden = true;
    row.append(input, label, verdict, explanation);
    return { option, input, row, verdict, explanation };
  });
  const optionList = element("div", { class: "pdc-quiz-options" });
  optionList.append(...rows.map((r) => r.row));
  fieldset.append(optionList);
  const chosen = () => rows.flatMap((r, index) => r.input.checked ? [index] : []);
  const choose = (indexes) => {
    rows.forEach((r, index) => {
      r.input.checked = indexes.includes(index);
    });
  };
  function showExplanations(which) {
    rows.forEach((r, index) => {
      const visible = which.includes(index);
      r.explanation.hidden = !visible;
      r.explanation.textContent = visible ? r.option.explanation : "";
      r.verdict.textContent = visible ? r.option.correct ? " Correct answer." : " Not correct." : "";
      r.row.dataset.verdict = visible ? r.option.correct ? "correct" : "incorrect" : "";
      if (visible) r.input.setAttribute("aria-describedby", r.explanation.id);
      else if (multiple) r.input.setAttribute("aria-describedby", `${qid}-hint`);
      else r.input.removeAttribute("aria-describedby");
    });
  }
  return { fieldset, optionList, rows, chosen, choose, showExplanations };
}

// frontend/lib/review_schedule.js
var INTERVAL_DAYS = [1, 3, 7, 14, 30];
var LAST_BOX = INTERVAL_DAYS.length;
var NEW_PER_DAY = 10;
function emptyReview() {
  return { chapters: [], cards: [] };
}
function withChapters(review, chapters) {
  return { ...review, chapters: [...new Set(chapters)].sort() };
}
function answered(review, card, recalled, day) {
  const before = review.cards.find((met) => met.id === card.id);
  const box = recalled ? Math.min((before ? before.box : 1) + 1, LAST_BOX) : 1;
  const due = addDays(day, INTERVAL_DAYS[box - 1]);
  const moved = { id: card.id, chapter: card.chapter, box, due, seen: day, met: before ? before.met : day };
  return { ...review, cards: [...review.cards.filter((met) => met.id !== card.id), moved] };
}
function withSelfCheck(review, chapter, quizId, questionIds, day) {
  const met = new Set(review.cards.map((card) => card.id));
  const added = questionIds.map((questionId) => `q:${quizId}:${questionId}`).filter((id) => !met.has(id)).map((id) => ({ id, chapter, box: 1, due: addDays(day, 1), seen: day, met: day }));
  return added.length ? { ...review, cards: [...review.cards, ...added] } : review;
}
function dueCards(review, bank, day, { newPerDay = NEW_PER_DAY } = {}) {
  const chosen = new Set(review.chapters);
  const inBank = new Map(bank.map((card) => [card.id, card]));
  const metById = new Map(review.cards.map((card) => [card.id, card]));
  const due = review.cards.filter((card) => chosen.has(card.chapter) && card.due <= day && inBank.has(card.id)).sort((a, b) => a.due < b.due ? -1 : a.due > b.due ? 1 : 0).map((card) => inBank.get(card.id));
  const newToday = review.cards.filter((card) => card.met === day).length;
  const fresh = bank.filter((card) => chosen.has(card.chapter) && !metById.has(card.id)).slice(0, Math.max(0, newPerDay - newToday));
  return [...due, ...fresh];
}
function upcoming(review, day, limit = 7) {
  const chosen = new Set(review.chapters);
  const counts = /* @__PURE__ */ new Map();
  for (const card of review.cards) {
    if (chosen.has(card.chapter) && card.due > day) counts.set(card.due, (counts.get(card.due) || 0) + 1);
  }
  return [...counts.keys()].sort().slice(0, limit).map((dueDay) => ({ day: dueDay, count: counts.get(dueDay) }));
}

// frontend/lib/review_words.js
function dayName(day) {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(year, month - 1, date).toLocaleDateString("en-GB", { weekday: "long", day: "numeric", month: "long" });
}
function whenBack(today2, due) {
  const days = daysBetween(today2, due);
  if (days <= 0) return "today";
  if (days === 1) return `tomorrow (${dayName(due)})`;
  return `in ${days} days, on ${dayName(due)}`;
}
function cards(count) {
  return `${count} ${count === 1 ? "card" : "cards"}`;
}
function upcomingSentence(days) {
  if (!days.length) return "";
  const parts = days.slice(0, 3).map(({ day, count }) => `${cards(count)} on ${dayName(day)}`);
  return `Next: ${parts.join(", then ")}.`;
}

// frontend/widgets/review.js
function withSelfChecks(review, namespace, bank) {
  const storage = localStorageOrNull();
  if (!storage) return review;
  const quizzes = new Map(bank.filter((card) => card.kind === "question").map((card) => [card.quiz, card.chapter]));
  const known = new Set(bank.map((card) => card.id));
  let scheduled = review;
  for (const [quizId, chapter] of quizzes) {
    let saved = null;
    try {
      saved = JSON.parse(storage.getItem(`${namespace}:${quizId}`));
    } catch {
      continue;
    }
    const status = saved && saved.kind === "quiz" && saved.data && saved.data.status;
    if (!status || typeof status !== "object" || typeof saved.saved_at !== "number") continue;
    const checked = Object.keys(status).filter(
      (id) => (status[id] === "checked" || status[id] === "revealed") && known.has(`q:${quizId}:${id}`)
    );
    scheduled = withSelfCheck(scheduled, chapter, quizId, checked, dayOf(new Date(saved.saved_at)));
  }
  return scheduled;
}
function render({ model, el, namespace, learner }) {
  const bank = model.get("cards");
  const chapterTitles = model.get("chapters");
  const idPrefix = uid(model.get("widget_id"));
  const root = element("section", { class: "pdc-widget pdc-review", "aria-labelledby": `${idPrefix}-title` });
  const title = element("h3", { class: "pdc-quiz-title", id: `${idPrefix}-title` }, model.get("title"));
  const intro = element(
    "p",
    { class: "pdc-quiz-intro" },
    "Choose the chapters you have read, then work through today's cards one at a time."
  );
  const storageNote = element("p", { class: "pdc-quiz-storage-note", role: "status" });
  storageNote.hidden = true;
  const showProblem = (message) => {
    storageNote.textContent = message;
    storageNote.hidden = false;
  };
  const store = createStore({
    courseId: model.get("course_id"),
    namespace,
    widgetId: model.get("widget_id"),
    kind: "review",
    title: model.get("title"),
    chapter: model.get("chapter"),
    schema: model.get("schema"),
    onProblem: showProblem,
    onProblemGone: (message) => {
      if (storageNote.textContent === message) storageNote.hidden = true;
    }
  });
  let local = store.loadEnvelope();
  let review = local ? local.data : emptyReview();
  let current = null;
  let currentAnswered = false;
  let unsaved = false;
  const persist = () => {
    const written = store.save(review);
    unsaved = store.available && !written;
    if (written) local = written;
    bridge.save(written || store.envelope(review));
  };
  const setDraft = (draft) => {
    const { draft: _old, ...rest } = review;
    review = draft ? { ...rest, draft } : rest;
  };
  const chooser = element("fieldset", { class: "pdc-review-chapters" });
  chooser.append(element("legend", {}, "Chapters to review"));
  const boxes = chapterTitles.map(({ id, title: chapterTitle }) => {
    const inputId = `${idPrefix}-${id}`;
    const input = element("input", { type: "checkbox", id: inputId, value: id });
    const row = element("div", { class: "pdc-review-chapter" });
    row.append(input, element("label", { for: inputId }, chapterTitle));
    chooser.append(row);
    return input;
  });
  chooser.addEventListener("change", () => {
    review = withChapters(review, boxes.filter((box) => box.checked).map((box) => box.value));
    if (current && (currentAnswered || !review.chapters.includes(current.chapter))) current = null;
    persist();
    drawToday();
  });
  const todayHeading = element("h4", { class: "pdc-review-today", tabindex: "-1" });
  const next = element("p", { class: "pdc-review-next" });
  const cardArea = element("div", { class: "pdc-review-card" });
  const announce = element("p", { class: "pdc-review-status", role: "status", "aria-live": "polite" });
  function drawToday() {
    boxes.forEach((box) => {
      box.checked = review.chapters.includes(box.value);
    });
    const due = dueCards(review, bank, today());
    if (!review.chapters.length) todayHeading.textContent = "Choose at least one chapter to start.";
    else if (!due.length) todayHeading.textContent = "Nothing is due today.";
    else todayHeading.textContent = `Due today: ${cards(due.length)}.`;
    next.textContent = upcomingSentence(upcoming(review, today()));
    if (!current && review.draft && due.some((card) => card.id === review.draft.card)) {
      current = due.find((card) => card.id === review.draft.card);
    }
    if (!current) {
      current = due[0] || null;
      currentAnswered = false;
    }
    drawCard();
  }
  function moveOn(focusTarget) {
    current = null;
    currentAnswered = false;
    setDraft(null);
    persist();
    drawToday();
    (focusTarget() || todayHeading).focus();
  }
  function record(card, recalled) {
    currentAnswered = true;
    review = answered(review, card, recalled, today());
    setDraft(null);
    persist();
    const met = review.cards.find((saved) => saved.id === card.id);
    return `Comes back ${whenBack(today(), met.due)}.`;
  }
  function drawCard() {
    if (!current) {
      cardArea.replaceChildren();
      return;
    }
    const card = current;
    const cardId = `${idPrefix}-card`;
    const where = element("p", { class: "pdc-muted pdc-review-where" }, `From chapter ${Number(card.chapter.slice(-2))}.`);
    const heading = element("h5", { class: "pdc-review-card-heading", id: `${cardId}-heading`, tabindex: "-1" });
    const article = element("article", { class: "pdc-review-card-body", "aria-labelledby": heading.id });
    const actions = element("div", { class: "pdc-quiz-actions" });
    const nextButton = element("button", { type: "button", class: "pdc-button" }, "Next card");
    nextButton.hidden = true;
    nextButton.addEventListener("click", () => moveOn(() => cardArea.querySelector(".pdc-review-card-heading")));
    const draft = review.draft && review.draft.card === card.id ? review.draft : {};
    if (card.kind === "term") {
      heading.textContent = card.direction === "term" ? "What does this term mean?" : "Which term is this?";
      const prompt = element("p", { class: "pdc-review-prompt" }, card.prompt);
      const answer = element("p", { class: "pdc-review-answer", id: `${cardId}-answer` });
      answer.hidden = true;
      const show = element("button", { type: "button", class: "pdc-button" }, "Show the answer");
      const yes = element("button", { type: "button", class: "pdc-button" }, "I recalled it");
      const notYet = element("button", { type: "button", class: "pdc-button pdc-secondary" }, "Not yet");
      const reveal = () => {
        answer.textContent = card.answer;
        answer.hidden = false;
        show.hidden = true;
        yes.hidden = false;
        notYet.hidden = false;
      };
      yes.hidden = true;
      notYet.hidden = true;
      show.addEventListener("click", () => {
        reveal();
        setDraft({ card: card.id, revealed: true });
        persist();
        yes.focus();
      });
      const rate = (recalled) => {
        const when = record(card, recalled);
        announce.textContent = recalled ? `Recalled. ${when}` : `Not yet: it ${when.charAt(0).toLowerCase()}${when.slice(1)}`;
        moveOn(() => cardArea.querySelector(".pdc-review-card-heading"));
      };
      yes.addEventListener("click", () => rate(true));
      notYet.addEventListener("click", () => rate(false));
      if (draft.revealed) reveal();
      actions.append(show, yes, notYet);
      article.append(heading, where, prompt, answer, actions);
    } else {
      heading.textContent = "A question from the self-check";
      const question = card.question;
      const right = correctIndexes(question);
      const fields = questionFields(question, `${cardId}-q`, "");
      const check = element("button", { type: "button", class: "pdc-button" }, "Check answer");
      const feedback = element("p", { class: "pdc-quiz-feedback", role: "status", "aria-live": "polite" });
      fields.choose(draft.choices || []);
      fields.optionList.addEventListener("change", () => {
        setDraft({ card: card.id, choices: fields.chosen() });
        persist();
      });
      check.addEventListener("click", () => {
        const chosen = fields.chosen();
        if (!chosen.length) {
          feedback.textContent = question.kind === "multiple" ? "Choose at least one option, then check." : "Choose an option, then check.";
          return;
        }
        const correct = sameSet(chosen, right);
        const when = record(card, correct);
        fields.rows.forEach((row) => {
          row.input.disabled = true;
        });
        fields.showExplanations(question.options.map((_, index) => index));
        feedback.textContent = correct ? `Correct. ${when}` : `Not quite. ${answerSentence(right.map((index) => question.options[index].text))} It ${when.charAt(0).toLowerCase()}${when.slice(1)}`;
        feedback.textContent += " Each option's explanation is shown above.";
        announce.textContent = "";
        check.hidden = true;
        nextButton.hidden = false;
        next.textContent = upcomingSentence(upcoming(review, today()));
        nextButton.focus();
      });
      actions.append(check, nextButton);
      fields.fieldset.append(actions, feedback);
      article.append(heading, where, fields.fieldset);
    }
    cardArea.replaceChildren(article);
  }
  const bridge = kernelBridge(
    model,
    learner,
    (entry) => {
      const newer = newerCopy(entry, local, () => validate(model.get("schema"), entry.data).length === 0 && !unsaved);
      if (newer === "adopt") {
        local = store.save(entry.data, entry.saved_at) || entry;
        review = entry.data;
        current = null;
        drawToday();
      } else if (newer === "send") {
        bridge.save(local);
      }
    },
    showProblem
  );
  const otherTabs = store.followOtherTabs({
    unsaved: () => unsaved,
    adopt(data) {
      review = data || emptyReview();
      unsaved = false;
      if (current && !(review.draft && review.draft.card === current.id)) current = null;
      drawToday();
    },
    saveMine: persist
  });
  const withChecked = withSelfChecks(review, namespace, bank);
  if (withChecked !== review) {
    review = withChecked;
    persist();
  }
  root.append(title, intro, storageNote, otherTabs.element, chooser, todayHeading, next, announce, cardArea);
  printNote(root);
  drawToday();
  el.replaceChildren(root);
}
var review_default = { render: forEachLearner(render) };
export {
  review_default as default
};
