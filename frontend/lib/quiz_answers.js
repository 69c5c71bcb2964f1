// A quiz question's right answers: which options they are, whether a choice is exactly
// them, and the sentence that shows them. Pure: no DOM, so Node's test runner runs it.

/** The indexes of a question's right options. */
export function correctIndexes(question) {
  return question.options.flatMap((option, index) => (option.correct ? [index] : []));
}

/** True when two lists of indexes hold the same values, in any order. */
export function sameSet(a, b) {
  return a.length === b.length && a.every((value) => b.includes(value));
}

// Each right option as a sentence of its own: option texts may end with a full stop, a
// question mark or nothing ("Suppression"), and joining them must not make ".;" or "..".
export function answerSentence(texts) {
  const sentences = texts.map((text) => {
    const trimmed = text.trim();
    return /[.?!]["'”’)]?$/.test(trimmed) ? trimmed : `${trimmed}.`;
  });
  return `${texts.length > 1 ? "The answers" : "The answer"}: ${sentences.join(" ")}`;
}
