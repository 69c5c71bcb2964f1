import { element } from "./elements.js";
import { answerSentence, correctIndexes } from "./quiz_answers.js";

// A self-check as a paper handout for group work: the questions with a box or circle to
// mark beside each option, then, on a page of its own, the answers with every option's
// explanation, so a lecturer can hand out the first pages alone. Built from the quiz's own
// content only: what a learner chose never reaches paper.

/**
 * The handout of `quiz` (the quiz YAML's data), an element for printHandout().
 *
 *   printHandout(root, quizHandout(quiz));
 */
export function quizHandout(quiz) {
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
