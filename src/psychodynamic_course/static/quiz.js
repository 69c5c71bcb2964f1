// Self-check quiz front end. Everything a reader needs happens here, so the quiz works in
// the static book with no kernel: choosing, checking, explanations, trying again, showing
// the answer, and keeping the choices in this browser (localStorage) across reloads.
// Text from the quiz data is only ever set with textContent, never parsed as HTML.

const STORAGE_VERSION = 1;
let instanceCount = 0;

function element(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    node.setAttribute(name, value);
  }
  if (text !== undefined) node.textContent = text;
  return node;
}

// Browser storage can be missing, disabled or full; the quiz must keep working anyway and
// say so once, beside the quiz, instead of failing silently.
function openStore(key, reportProblem) {
  let storage = null;
  try {
    storage = window.localStorage;
    storage.getItem(key);
  } catch (error) {
    storage = null;
    reportProblem(
      "This browser is not letting the book save anything, so your choices will last only until you leave the page.",
    );
  }
  return {
    load() {
      if (!storage) return null;
      const raw = storage.getItem(key);
      if (raw === null) return null;
      try {
        const saved = JSON.parse(raw);
        if (saved && saved.version === STORAGE_VERSION && typeof saved.selections === "object") {
          return saved;
        }
        throw new Error("unknown format");
      } catch (error) {
        // Keep the unreadable copy aside rather than overwrite it: nothing is thrown away.
        try {
          storage.setItem(`${key}:unreadable`, raw);
        } catch (ignored) {}
        reportProblem("Saved choices for this quiz could not be read, so it starts fresh. The old copy was kept aside.");
        return null;
      }
    },
    save(state) {
      if (!storage) return;
      try {
        storage.setItem(key, JSON.stringify({ version: STORAGE_VERSION, ...state }));
      } catch (error) {
        reportProblem("Your browser's storage is full, so this choice was not saved. It stays on screen until you leave the page.");
      }
    },
  };
}

function correctIndexes(question) {
  return question.options.flatMap((option, index) => (option.correct ? [index] : []));
}

function sameSet(a, b) {
  return a.length === b.length && a.every((value) => b.includes(value));
}

function render({ model, el }) {
  const quiz = model.get("quiz");
  const key = `${model.get("course_id")}:${model.get("widget_id")}`;
  const uid = `pdc-quiz-${model.get("widget_id")}-${++instanceCount}`;

  const root = element("section", { class: "pdc-quiz", "aria-labelledby": `${uid}-title` });
  const title = element("h3", { class: "pdc-quiz-title", id: `${uid}-title` }, quiz.title);
  const intro = element(
    "p",
    { class: "pdc-quiz-intro" },
    "The questions are about fictional people and ideas from this chapter. Nothing is scored; your choices stay in this browser.",
  );
  const storageNote = element("p", { class: "pdc-quiz-storage-note", role: "status" });
  storageNote.hidden = true;
  root.append(title, intro, storageNote);

  const store = openStore(key, (message) => {
    storageNote.textContent = message;
    storageNote.hidden = false;
  });
  const saved = store.load() || {};
  // state.status[questionId]: undefined (answering), "checked" or "revealed".
  const state = { selections: saved.selections || {}, status: saved.status || {} };

  const persist = () => {
    store.save(state);
    model.set("answers", structuredClone(state.selections));
    model.save_changes();
  };

  quiz.questions.forEach((question, questionIndex) => {
    root.append(renderQuestion(question, questionIndex, quiz.questions.length, uid, state, persist));
  });

  el.replaceChildren(root);
}

function renderQuestion(question, questionIndex, questionCount, uid, state, persist) {
  const qid = `${uid}-${question.id}`;
  const multiple = question.kind === "multiple";
  const fieldset = element("fieldset", { class: "pdc-quiz-question" });
  const legend = element("legend");
  legend.append(
    element("span", { class: "pdc-quiz-number" }, `Question ${questionIndex + 1} of ${questionCount}. `),
    document.createTextNode(question.prompt),
  );
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
      value: String(optionIndex),
    });
    const label = element("label", { for: inputId }, option.text);
    const verdict = element("span", { class: "pdc-quiz-verdict" });
    const explanation = element("p", { class: "pdc-quiz-explanation", id: `${inputId}-why` });
    explanation.hidden = true;
    row.append(input, label, verdict, explanation);
    return { option, input, row, verdict, explanation };
  });
  const optionList = element("div", { class: "pdc-quiz-options" });
  optionList.append(...rows.map((r) => r.row));

  const checkButton = element("button", { type: "button", class: "pdc-quiz-button" }, "Check answer");
  const retryButton = element("button", { type: "button", class: "pdc-quiz-button pdc-quiz-secondary" }, "Try again");
  const revealButton = element("button", { type: "button", class: "pdc-quiz-button pdc-quiz-secondary" }, "Show the answer");
  const actions = element("div", { class: "pdc-quiz-actions" });
  actions.append(checkButton, retryButton, revealButton);
  const feedback = element("p", { class: "pdc-quiz-feedback", role: "status", "aria-live": "polite" });
  fieldset.append(optionList, actions, feedback);

  const chosen = () => rows.flatMap((r, index) => (r.input.checked ? [index] : []));
  const right = correctIndexes(question);

  function showExplanations(which) {
    rows.forEach((r, index) => {
      const visible = which.includes(index);
      r.explanation.hidden = !visible;
      r.explanation.textContent = visible ? r.option.explanation : "";
      // Words, not colour, say which option is right.
      r.verdict.textContent = visible ? (r.option.correct ? " Correct answer." : " Not correct.") : "";
      r.row.dataset.verdict = visible ? (r.option.correct ? "correct" : "incorrect") : "";
      if (visible) r.input.setAttribute("aria-describedby", r.explanation.id);
      else r.input.removeAttribute("aria-describedby");
    });
  }

  function update() {
    const status = state.status[question.id];
    const selection = chosen();
    const allIndexes = rows.map((_, index) => index);
    retryButton.hidden = status !== "checked" || sameSet(selection, right);
    revealButton.hidden = retryButton.hidden;
    if (status === "revealed") {
      feedback.textContent = `The answer: ${right.map((index) => question.options[index].text).join("; ")}. Each option's explanation is shown below it.`;
      showExplanations(allIndexes);
    } else if (status === "checked" && sameSet(selection, right)) {
      feedback.textContent = "Correct. Each option's explanation is shown below it.";
      showExplanations(allIndexes);
    } else if (status === "checked") {
      feedback.textContent = multiple
        ? "Not quite. The explanations below your choices say why. Try again, or show the answer."
        : "Not quite. The explanation below your choice says why. Try again, or show the answer.";
      showExplanations(selection);
    } else {
      showExplanations([]);
    }
  }

  // Restore saved choices.
  const savedSelection = state.selections[question.id] || [];
  rows.forEach((r, index) => {
    r.input.checked = savedSelection.includes(index);
    if (multiple) r.input.setAttribute("aria-describedby", `${qid}-hint`);
  });

  optionList.addEventListener("change", () => {
    state.selections[question.id] = chosen();
    delete state.status[question.id];
    feedback.textContent = "";
    persist();
    update();
  });
  checkButton.addEventListener("click", () => {
    if (chosen().length === 0) {
      feedback.textContent = multiple
        ? "Choose at least one option, then check."
        : "Choose an option, then check.";
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

export default { render };
