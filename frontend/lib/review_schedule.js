// The spaced review's schedule: Leitner boxes, as pure functions of the saved review and a
// day ("YYYY-MM-DD", from clock.js). No DOM, so Node's test runner runs it.
//
// How it works, in the words the Review page uses: every card you have met sits in one of
// five boxes. A card you recall moves up a box and comes back later each time: after 1,
// 3, 7, 14 and then 30 days. A card you do not recall goes back to box 1 and comes back
// tomorrow. A question you checked in a chapter's self-check starts in box 1 and comes
// back the next day. Nothing here grades the learner: boxes only say when a card returns.

import { addDays } from "./clock.js";

/** Days until a card in box n (1..5) comes back: INTERVAL_DAYS[n - 1]. */
export const INTERVAL_DAYS = [1, 3, 7, 14, 30];
export const LAST_BOX = INTERVAL_DAYS.length;
/** New cards a day, at most, so choosing every chapter does not bring 200 cards at once. */
export const NEW_PER_DAY = 10;

/** A review with nothing chosen and no card met. */
export function emptyReview() {
  return { chapters: [], cards: [] };
}

/** The review with `chapters` chosen (in course order, each once). */
export function withChapters(review, chapters) {
  return { ...review, chapters: [...new Set(chapters)].sort() };
}

/**
 * The review after the learner answered card `{id, chapter}` on `day`: recalled (or right)
 * moves it up a box, not recalled sends it back to box 1 for tomorrow.
 *
 *   answered(emptyReview(), { id: "t:affect:term", chapter: "chapter-02" }, true, "2026-12-05")
 *   // cards: [{ id: "t:affect:term", chapter: "chapter-02", box: 2, due: "2026-12-08",
 *   //           seen: "2026-12-05", met: "2026-12-05" }]
 */
export function answered(review, card, recalled, day) {
  const before = review.cards.find((met) => met.id === card.id);
  // A card met for the first time counts as having been in box 1.
  const box = recalled ? Math.min((before ? before.box : 1) + 1, LAST_BOX) : 1;
  const due = addDays(day, INTERVAL_DAYS[box - 1]);
  const moved = { id: card.id, chapter: card.chapter, box, due, seen: day, met: before ? before.met : day };
  return { ...review, cards: [...review.cards.filter((met) => met.id !== card.id), moved] };
}

/**
 * The review with the questions a learner checked in a chapter's self-check scheduled:
 * each one not met yet goes into box 1, due the day after `day`. Calling it again
 * changes nothing.
 */
export function withSelfCheck(review, chapter, quizId, questionIds, day) {
  const met = new Set(review.cards.map((card) => card.id));
  const added = questionIds
    .map((questionId) => `q:${quizId}:${questionId}`)
    .filter((id) => !met.has(id))
    .map((id) => ({ id, chapter, box: 1, due: addDays(day, 1), seen: day, met: day }));
  return added.length ? { ...review, cards: [...review.cards, ...added] } : review;
}

/**
 * Today's cards from `bank` (each has `id` and `chapter`): every met card of a chosen
 * chapter that is due on or before `day`, the longest-waiting first, then up to
 * `newPerDay` cards of the chosen chapters never met, in the bank's order. Cards first
 * met today count against the day's new cards, so reloading the page does not bring ten
 * more.
 */
export function dueCards(review, bank, day, { newPerDay = NEW_PER_DAY } = {}) {
  const chosen = new Set(review.chapters);
  const inBank = new Map(bank.map((card) => [card.id, card]));
  const metById = new Map(review.cards.map((card) => [card.id, card]));
  const due = review.cards
    .filter((card) => chosen.has(card.chapter) && card.due <= day && inBank.has(card.id))
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))
    .map((card) => inBank.get(card.id));
  const newToday = review.cards.filter((card) => card.met === day).length;
  const fresh = bank
    .filter((card) => chosen.has(card.chapter) && !metById.has(card.id))
    .slice(0, Math.max(0, newPerDay - newToday));
  return [...due, ...fresh];
}

/**
 * The next days after `day` on which met cards of the chosen chapters come due, soonest
 * first, at most `limit` of them: [{day, count}].
 */
export function upcoming(review, day, limit = 7) {
  const chosen = new Set(review.chapters);
  const counts = new Map();
  for (const card of review.cards) {
    if (chosen.has(card.chapter) && card.due > day) counts.set(card.due, (counts.get(card.due) || 0) + 1);
  }
  return [...counts.keys()]
    .sort()
    .slice(0, limit)
    .map((dueDay) => ({ day: dueDay, count: counts.get(dueDay) }));
}

/** How many met cards of each chapter are due on or before `day`: {chapter: count}. */
export function dueByChapter(review, day) {
  const counts = {};
  for (const card of review.cards) {
    if (card.due <= day) counts[card.chapter] = (counts[card.chapter] || 0) + 1;
  }
  return counts;
}

/** How many met cards are in each box, 1..5: [n1, n2, n3, n4, n5]. */
export function cardsPerBox(review) {
  const counts = INTERVAL_DAYS.map(() => 0);
  for (const card of review.cards) counts[card.box - 1] += 1;
  return counts;
}
