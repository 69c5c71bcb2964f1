// Self-check quiz front end. Everything a reader needs happens here, so the quiz works in
// the static book with no kernel: choosing, checking, explanations, trying again, showing
// the answer, and keeping the choices in this browser (localStorage) across reloads.
// Text from the quiz data is only ever set with textContent, never parsed as HTML.

import { element, uid } from "../lib/elements.js";
import { kernelBridge, newerCopy } from "../lib/kernel.js";
import { forEachLearner } from "../lib/learners.js";
import { printHandout } from "../lib/print.js";
import { quizHandout } from "../lib/quiz_handout.js";
import { answerSentence, correctIndexes, sameSet } from "../lib/quiz_answers.js";
import { questionFields } from "../lib/quiz_question.js";
import { createStore } from "../lib/storage.js";
import { validate } from "../lib/validate.js";

function render({ model, el, namespace, learner }) {
  const quiz = model.get("quiz");
  const idPrefix = uid(model.get("widget_id"));

  const root = element("section", { class: "pdc-widget pdc-quiz", "aria-labelledby": `${idPrefix}-title` });
  const title = element("h3", { class: "pdc-quiz-title", id: `${idPrefix}-title` }, quiz.title);
  const intro = element(
    "p",
    { class: "pdc-quiz-intro" },
    "The questions are about fictional people and ideas from this chapter. Nothing is scored; your choices stay in this browser.",
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
    },
  });
  const savedEnvelope = store.loadEnvelope();
  const saved = savedEnvelope ? savedEnvelope.data : {};
  // state.status[questionId]: undefined (answering), "checked" or "revealed".
  const state = { selections: saved.selections || {}, status: saved.status || {} };
  // The envelope last written or read here: its saved_at is the one timestamp of this copy.
  let local = savedEnvelope;

  // In a kernel, the journal file keeps a copy; the newer of the two wins.
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
    showProblem,
  );

  // True while the choices on screen are not in storage (a save failed); another tab's
  // change then asks instead of replacing them.
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
      ...quiz.questions.map((question, index) =>
        renderQuestion(question, index, quiz.questions.length, idPrefix, state, persist),
      ),
    );
  }
  drawQuestions();
  // Another tab of this book saving this same quiz (storage.js): follow it, or ask when the
  // choices here are not saved.
  const otherTabs = store.followOtherTabs({
    unsaved: () => unsaved,
    adopt(data) {
      state.selections = data?.selections || {};
      state.status = data?.status || {};
      unsaved = false;
      drawQuestions();
    },
    saveMine: persist,
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
    `Question ${questionIndex + 1} of ${questionCount}. `,
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
      feedback.textContent = multiple
        ? "Not quite. The explanations below your choices say why. Try again, or show the answer."
        : "Not quite. The explanation below your choice says why. Try again, or show the answer.";
      showExplanations(selection);
    } else {
      showExplanations([]);
    }
  }

  // Restore saved choices.
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

export default { render: forEachLearner(render) };
