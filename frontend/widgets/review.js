// The spaced review: the chapters' self-check questions and the glossary's terms brought
// back on a Leitner schedule (lib/review_schedule.js), one card at a time. Everything
// happens here, so it works in the static book with no kernel; the learner's boxes and
// days are kept like every saved entry (this browser, and in a kernel the journal file).
// It never shows a grade, a percentage or a label: only what is due and when cards return.

import { dayOf, today } from "../lib/clock.js";
import { element, uid } from "../lib/elements.js";
import { kernelBridge, newerCopy } from "../lib/kernel.js";
import { forEachLearner } from "../lib/learners.js";
import { printNote } from "../lib/print.js";
import { answerSentence, correctIndexes, sameSet } from "../lib/quiz_answers.js";
import { questionFields } from "../lib/quiz_question.js";
import { answered, dueCards, emptyReview, upcoming, withChapters, withSelfCheck } from "../lib/review_schedule.js";
import { cards, upcomingSentence, whenBack } from "../lib/review_words.js";
import { createStore, localStorageOrNull } from "../lib/storage.js";
import { validate } from "../lib/validate.js";

/**
 * The review with every question this learner checked in a chapter's self-check
 * scheduled, read from this browser's saved quizzes (same namespace). A quiz checked on a
 * day comes back the day after; an unreadable saved quiz is left to its own widget.
 */
function withSelfChecks(review, namespace, bank) {
  const storage = localStorageOrNull();
  if (!storage) return review;
  const quizzes = new Map(bank.filter((card) => card.kind === "question").map((card) => [card.quiz, card.chapter]));
  // Only questions the course has: a saved quiz is the learner's data, not a list of ids
  // to trust, and one odd key would make the whole saved review unreadable.
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
      (id) => (status[id] === "checked" || status[id] === "revealed") && known.has(`q:${quizId}:${id}`),
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
    "Choose the chapters you have read, then work through today's cards one at a time.",
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
    },
  });
  let local = store.loadEnvelope();
  let review = local ? local.data : emptyReview();
  // The card on screen: kept until the learner moves on, so its explanation stays visible
  // after it is answered (answering takes it off today's list).
  let current = null;
  // True once the card on screen is answered: drawn again, it would be answered twice.
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

  // --- chapters to review ---
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

  // --- today ---
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
      // The question's own result line is read out as it changes; the widget's status line
      // is for term cards, whose result shows after the next card is drawn.
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
        feedback.textContent = correct
          ? `Correct. ${when}`
          : `Not quite. ${answerSentence(right.map((index) => question.options[index].text))} It ${when.charAt(0).toLowerCase()}${when.slice(1)}`;
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
    showProblem,
  );

  const otherTabs = store.followOtherTabs({
    unsaved: () => unsaved,
    adopt(data) {
      review = data || emptyReview();
      unsaved = false;
      if (current && !(review.draft && review.draft.card === current.id)) current = null;
      drawToday();
    },
    saveMine: persist,
  });

  // Questions checked in the chapters since the last visit join the review.
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

export default { render: forEachLearner(render) };
