// Generated from frontend/widgets/ (the static book's split build) by `make frontend`: do not edit it, edit the source and run that.

// frontend/lib/clock.js
function now() {
  return new Date(Date.now());
}
var pad = (number) => String(number).padStart(2, "0");
function dayOf(date) {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
function today() {
  return dayOf(now());
}
function addDays(day, count) {
  const [year, month, date] = day.split("-").map(Number);
  const moved = new Date(Date.UTC(year, month - 1, date + count));
  return `${moved.getUTCFullYear()}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}`;
}
function daysBetween(from, to) {
  const utc = (day) => {
    const [year, month, date] = day.split("-").map(Number);
    return Date.UTC(year, month - 1, date);
  };
  return Math.round((utc(to) - utc(from)) / 864e5);
}

// frontend/lib/review_schedule.js
var INTERVAL_DAYS = [1, 3, 7, 14, 30];
var LAST_BOX = INTERVAL_DAYS.length;
var NEW_PER_DAY = 10;
function emptyReview() {
  return { chapters: [], cards: [] };
}
function withChapters(review, chapters) {
  return { ...review, chapters: [...new Set(chapters)].sort() };
}
function answered(review, card, recalled, day) {
  const before = review.cards.find((met) => met.id === card.id);
  const box = recalled ? Math.min((before ? before.box : 1) + 1, LAST_BOX) : 1;
  const due = addDays(day, INTERVAL_DAYS[box - 1]);
  const moved = { id: card.id, chapter: card.chapter, box, due, seen: day, met: before ? before.met : day };
  return { ...review, cards: [...review.cards.filter((met) => met.id !== card.id), moved] };
}
function withSelfCheck(review, chapter, quizId, questionIds, day) {
  const met = new Set(review.cards.map((card) => card.id));
  const added = questionIds.map((questionId) => `q:${quizId}:${questionId}`).filter((id) => !met.has(id)).map((id) => ({ id, chapter, box: 1, due: addDays(day, 1), seen: day, met: day }));
  return added.length ? { ...review, cards: [...review.cards, ...added] } : review;
}
function dueCards(review, bank, day, { newPerDay = NEW_PER_DAY } = {}) {
  const chosen = new Set(review.chapters);
  const inBank = new Map(bank.map((card) => [card.id, card]));
  const metById = new Map(review.cards.map((card) => [card.id, card]));
  const due = review.cards.filter((card) => chosen.has(card.chapter) && card.due <= day && inBank.has(card.id)).sort((a, b) => a.due < b.due ? -1 : a.due > b.due ? 1 : 0).map((card) => inBank.get(card.id));
  const newToday = review.cards.filter((card) => card.met === day).length;
  const fresh = bank.filter((card) => chosen.has(card.chapter) && !metById.has(card.id)).slice(0, Math.max(0, newPerDay - newToday));
  return [...due, ...fresh];
}
function upcoming(review, day, limit = 7) {
  const chosen = new Set(review.chapters);
  const counts = /* @__PURE__ */ new Map();
  for (const card of review.cards) {
    if (chosen.has(card.chapter) && card.due > day) counts.set(card.due, (counts.get(card.due) || 0) + 1);
  }
  return [...counts.keys()].sort().slice(0, limit).map((dueDay) => ({ day: dueDay, count: counts.get(dueDay) }));
}
function dueByChapter(review, day) {
  const counts = {};
  for (const card of review.cards) {
    if (card.due <= day) counts[card.chapter] = (counts[card.chapter] || 0) + 1;
  }
  return counts;
}
function cardsPerBox(review) {
  const counts = INTERVAL_DAYS.map(() => 0);
  for (const card of review.cards) counts[card.box - 1] += 1;
  return counts;
}

export {
  dayOf,
  today,
  daysBetween,
  emptyReview,
  withChapters,
  answered,
  withSelfCheck,
  dueCards,
  upcoming,
  dueByChapter,
  cardsPerBox
};
