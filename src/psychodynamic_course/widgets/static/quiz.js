// Generated from frontend/widgets/quiz.js by `make frontend`: do not edit it, edit the source and run that.

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
function printHandout(root, handout) {
  root.classList.add("pdc-prints-as-handout");
  handout.classList.add("pdc-print-handout");
  root.append(handout);
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

// frontend/lib/quiz_handout.js
function quizHandout(quiz) {
  const handout = element("div", { class: "pdc-quiz-handout" });
  handout.append(element("p", { class: "pdc-quiz-handout-intro" }, "Mark your answers on paper. The answers and explanations are on the next page."));
  const questions = element("ol", { class: "pdc-quiz-handout-questions" });
  for (const question of quiz.questions) {
    const item = element("li", {}, question.prompt);
    if (question.kind === "multiple") item.append(element("p", { class: "pdc-quiz-handout-hint" }, "Choose all that apply."));
    const options = element("ul", { class: `pdc-quiz-handout-options pdc-quiz-handout-${question.kind}` });
    for (const option of question.options) options.append(element("li", {}, option.text));
    item.append(options);
    questions.append(item);
  }
  const answers = element("section", { class: "pdc-quiz-handout-answers" });
  answers.append(element("h4", {}, `Answers and explanations: ${quiz.title}`));
  const list = element("ol");
  for (const question of quiz.questions) {
    const item = element("li", {}, answerSentence(correctIndexes(question).map((index) => question.options[index].text)));
    const why = element("ul");
    for (const option of question.options) {
      why.append(element("li", {}, `${option.correct ? "Correct" : "Not correct"}: ${option.text} ${option.explanation}`));
    }
    item.append(why);
    list.append(item);
  }
  answers.append(list);
  handout.append(questions, answers);
  return handout;
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

// frontend/widgets/quiz.js
function render({ model, el, namespace, learner }) {
  const quiz = model.get("quiz");
  const idPrefix = uid(model.get("widget_id"));
  const root = element("section", { class: "pdc-widget pdc-quiz", "aria-labelledby": `${idPrefix}-title` });
  const title = element("h3", { class: "pdc-quiz-title", id: `${idPrefix}-title` }, quiz.title);
  const intro = element(
    "p",
    { class: "pdc-quiz-intro" },
    "The questions are about fictional people and ideas from this chapter. Nothing is scored; your choices stay in this browser."
  );
  const storageNote = element("p", { class: "pdc-quiz-storage-note", role: "status" });
  storageNote.hidden = true;
  root.append(title, intro, storageNote);
  const showProblem = (message) => {
    storageNote.textContent = message;
    storageNote.hidden = false;
  };
  const store = createStore({
    courseId: model.get("course_id"),
    namespace,
    widgetId: model.get("widget_id"),
    kind: "quiz",
    title: quiz.title,
    chapter: model.get("chapter"),
    schema: model.get("schema"),
    onProblem: showProblem,
    onProblemGone: (message) => {
      if (storageNote.textContent === message) storageNote.hidden = true;
    }
  });
  const savedEnvelope = store.loadEnvelope();
  const saved = savedEnvelope ? savedEnvelope.data : {};
  const state = { selections: saved.selections || {}, status: saved.status || {} };
  let local = savedEnvelope;
  const bridge = kernelBridge(
    model,
    learner,
    (entry) => {
      const newer = newerCopy(entry, local, () => validate(model.get("schema"), entry.data).length === 0);
      if (newer === "adopt") {
        local = store.save(entry.data, entry.saved_at) || entry;
        state.selections = entry.data.selections;
        state.status = entry.data.status;
        drawQuestions();
      } else if (newer === "send") {
        bridge.save(local);
      }
    },
    showProblem
  );
  let unsaved = false;
  const persist = () => {
    const written = store.save(state);
    unsaved = store.available && !written;
    if (written) local = written;
    bridge.save(written || store.envelope(state));
  };
  const questions = element("div", { class: "pdc-quiz-questions" });
  function drawQuestions() {
    questions.replaceChildren(
      ...quiz.questions.map(
        (question, index) => renderQuestion(question, index, quiz.questions.length, idPrefix, state, persist)
      )
    );
  }
  drawQuestions();
  const otherTabs = store.followOtherTabs({
    unsaved: () => unsaved,
    adopt(data) {
      state.selections = data?.selections || {};
      state.status = data?.status || {};
      unsaved = false;
      drawQuestions();
    },
    saveMine: persist
  });
  storageNote.after(otherTabs.element);
  root.append(questions);
  printHandout(root, quizHandout(quiz));
  el.replaceChildren(root);
}
function renderQuestion(question, questionIndex, questionCount, idPrefix, state, persist) {
  const qid = `${idPrefix}-${question.id}`;
  const multiple = question.kind === "multiple";
  const { fieldset, optionList, rows, chosen, choose, showExplanations } = questionFields(
    question,
    qid,
    `Question ${questionIndex + 1} of ${questionCount}. `
  );
  const checkButton = element("button", { type: "button", class: "pdc-button" }, "Check answer");
  const retryButton = element("button", { type: "button", class: "pdc-button pdc-secondary" }, "Try again");
  const revealButton = element("button", { type: "button", class: "pdc-button pdc-secondary" }, "Show the answer");
  const actions = element("div", { class: "pdc-quiz-actions" });
  actions.append(checkButton, retryButton, revealButton);
  const feedback = element("p", { class: "pdc-quiz-feedback", role: "status", "aria-live": "polite" });
  fieldset.append(actions, feedback);
  const right = correctIndexes(question);
  function update() {
    const status = state.status[question.id];
    const selection = chosen();
    const allIndexes = rows.map((_, index) => index);
    retryButton.hidden = status !== "checked" || sameSet(selection, right);
    revealButton.hidden = retryButton.hidden;
    if (status === "revealed") {
      feedback.textContent = `${answerSentence(right.map((index) => question.options[index].text))} Each option's explanation is shown below it.`;
      showExplanations(allIndexes);
    } else if (status === "checked" && sameSet(selection, right)) {
      feedback.textContent = "Correct. Each option's explanation is shown below it.";
      showExplanations(allIndexes);
    } else if (status === "checked") {
      feedback.textContent = multiple ? "Not quite. The explanations below your choices say why. Try again, or show the answer." : "Not quite. The explanation below your choice says why. Try again, or show the answer.";
      showExplanations(selection);
    } else {
      showExplanations([]);
    }
  }
  choose(state.selections[question.id] || []);
  optionList.addEventListener("change", () => {
    state.selections[question.id] = chosen();
    delete state.status[question.id];
    feedback.textContent = "";
    persist();
    update();
  });
  checkButton.addEventListener("click", () => {
    if (chosen().length === 0) {
      feedback.textContent = multiple ? "Choose at least one option, then check." : "Choose an option, then check.";
      return;
    }
    state.status[question.id] = "checked";
    persist();
    update();
  });
  retryButton.addEventListener("click", () => {
    rows.forEach((r) => {
      r.input.checked = false;
    });
    state.selections[question.id] = [];
    delete state.status[question.id];
    persist();
    update();
    feedback.textContent = "Choices cleared. Have another go.";
    rows[0].input.focus();
  });
  revealButton.addEventListener("click", () => {
    state.status[question.id] = "revealed";
    persist();
    update();
  });
  update();
  return fieldset;
}
var quiz_default = { render: forEachLearner(render) };
export {
  quiz_default as default
};
