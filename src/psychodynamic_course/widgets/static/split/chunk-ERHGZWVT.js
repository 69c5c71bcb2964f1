// Generated from frontend/widgets/ (the static book's split build) by `make frontend`: do not edit it, edit the source and run that.
import {
  element
} from "./chunk-SLPQET2C.js";

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

export {
  correctIndexes,
  sameSet,
  answerSentence,
  questionFields
};
