// The sentence that shows a question's right answers, and which options those are.
import assert from "node:assert/strict";
import { test } from "node:test";
import { answerSentence, correctIndexes, sameSet } from "../lib/quiz_answers.js";

const SENTENCES = [
  [["Suppression"], "The answer: Suppression."],
  [["It is kept in this browser."], "The answer: It is kept in this browser."],
  [["Is it?", "Yes!"], "The answers: Is it? Yes!"],
  [["He said \u201cno.\u201d", "Humour"], "The answers: He said \u201cno.\u201d Humour."],
  [["  Spaces around  "], "The answer: Spaces around."],
];

for (const [texts, sentence] of SENTENCES) {
  test(`answer sentence of ${JSON.stringify(texts)}`, () => {
    assert.equal(answerSentence(texts), sentence);
  });
}

test("the right options, and a choice that is exactly them in any order", () => {
  const question = { options: [{ correct: true }, { correct: false }, { correct: true }] };
  assert.deepEqual(correctIndexes(question), [0, 2]);
  assert.equal(sameSet([2, 0], [0, 2]), true);
  assert.equal(sameSet([0], [0, 2]), false);
  assert.equal(sameSet([0, 1], [0, 2]), false);
});
