import { element } from "./elements.js";

// One self-check question on screen: its legend, its options and, once answered, each
// option's verdict and explanation. Shared by the chapter quizzes (widgets/quiz.js) and
// the spaced review (widgets/review.js), so a question is answered the same way in both.

/**
 * The question's fieldset with its options (radios, or checkboxes for "multiple").
 * `number` is the text before the prompt ("Question 2 of 5. "), or "" for none.
 * Returns {fieldset, optionList, rows, chosen(), choose(indexes), showExplanations(which)}:
 * chosen() is the indexes ticked; showExplanations(indexes) shows those options' verdicts
 * (in words, never by colour alone) and explanations and hides the others'.
 *
 *   const { fieldset, chosen } = questionFields(question, "q-1", "");
 */
export function questionFields(question, qid, number) {
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
      value: String(optionIndex),
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

  const chosen = () => rows.flatMap((r, index) => (r.input.checked ? [index] : []));
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
      r.verdict.textContent = visible ? (r.option.correct ? " Correct answer." : " Not correct.") : "";
      r.row.dataset.verdict = visible ? (r.option.correct ? "correct" : "incorrect") : "";
      if (visible) r.input.setAttribute("aria-describedby", r.explanation.id);
      else if (multiple) r.input.setAttribute("aria-describedby", `${qid}-hint`);
      else r.input.removeAttribute("aria-describedby");
    });
  }
  return { fieldset, optionList, rows, chosen, choose, showExplanations };
}
