// Generated from frontend/widgets/ (the static book's split build) by `make frontend`: do not edit it, edit the source and run that.
import {
  answerSentence,
  correctIndexes,
  questionFields,
  sameSet
} from "./chunk-ERHGZWVT.js";
import {
  printHandout
} from "./chunk-KYWU6LAD.js";
import {
  createStore,
  forEachLearner,
  kernelBridge,
  newerCopy,
  validate
} from "./chunk-QX3M5QOA.js";
import {
  element,
  uid
} from "./chunk-SLPQET2C.js";

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
