// The spaced review's Leitner schedule and its one clock, with days moved forward by hand.
import assert from "node:assert/strict";
import { test } from "node:test";
import { addDays, dayOf, daysBetween } from "../lib/clock.js";
import {
  INTERVAL_DAYS,
  answered,
  cardsPerBox,
  dueByChapter,
  dueCards,
  emptyReview,
  upcoming,
  withChapters,
  withSelfCheck,
} from "../lib/review_schedule.js";

const DAY = "2026-12-05";
const card = (id, chapter = "chapter-03") => ({ id, chapter });
const BANK = Array.from({ length: 14 }, (_, index) => card(`t:term-${index}:term`));

const DAYS = [
  ["2026-12-05", 1, "2026-12-06"],
  ["2026-12-30", 3, "2027-01-02"],
  ["2028-02-28", 1, "2028-02-29"],
  ["2026-03-28", 2, "2026-03-30"], // across the change to summer time in Europe
  ["2026-12-05", 0, "2026-12-05"],
];
for (const [day, count, expected] of DAYS) {
  test(`${day} plus ${count} days is ${expected}`, () => {
    assert.equal(addDays(day, count), expected);
    assert.equal(daysBetween(day, expected), count);
  });
}

test("a day is the learner's local calendar day", () => {
  assert.equal(dayOf(new Date(2026, 11, 5, 23, 59)), "2026-12-05");
  assert.equal(dayOf(new Date(2026, 0, 1, 0, 0)), "2026-01-01");
});

// [answers in order (true = recalled), the box after them, days until it is due]
const MOVES = [
  [[true], 2, 3],
  [[true, true], 3, 7],
  [[true, true, true, true], 5, 30],
  [[true, true, true, true, true, true], 5, 30],
  [[false], 1, 1],
  [[true, true, false], 1, 1],
  [[false, true], 2, 3],
];
for (const [answers, box, days] of MOVES) {
  test(`answers ${JSON.stringify(answers)} leave the card in box ${box}, due in ${days} days`, () => {
    let review = emptyReview();
    let day = DAY;
    for (const recalled of answers) {
      review = answered(review, card("t:affect:term"), recalled, day);
      day = review.cards[0].due;
    }
    const [moved] = review.cards;
    assert.equal(review.cards.length, 1);
    assert.equal(moved.box, box);
    assert.equal(daysBetween(moved.seen, moved.due), days);
    assert.equal(INTERVAL_DAYS[box - 1], days);
  });
}

test("a card keeps the day it was first met, and answering does not change the input", () => {
  const first = answered(emptyReview(), card("t:affect:term"), true, DAY);
  const later = answered(first, card("t:affect:term"), false, "2026-12-08");
  assert.equal(later.cards[0].met, DAY);
  assert.equal(first.cards[0].box, 2);
});

test("only chosen chapters' cards come due; due cards first, oldest first, then new ones", () => {
  let review = withChapters(emptyReview(), ["chapter-03"]);
  review = answered(review, card("t:term-5:term"), false, "2026-12-01"); // due 12-02
  review = answered(review, card("t:term-6:term"), true, "2026-11-30"); // due 12-03
  review = answered(review, card("t:other:term", "chapter-04"), false, "2026-12-01");
  const bank = [...BANK, card("t:other:term", "chapter-04")];
  const ids = dueCards(review, bank, DAY).map((due) => due.id);
  assert.deepEqual(ids.slice(0, 2), ["t:term-5:term", "t:term-6:term"]);
  assert.equal(ids.length, 2 + 10);
  assert.ok(!ids.includes("t:other:term"));
  assert.deepEqual(dueCards(withChapters(review, []), bank, DAY), []);
});

test("new cards are capped per day, and reloading does not bring more", () => {
  let review = withChapters(emptyReview(), ["chapter-03"]);
  assert.equal(dueCards(review, BANK, DAY).length, 10);
  for (const due of dueCards(review, BANK, DAY).slice(0, 4)) review = answered(review, due, true, DAY);
  assert.equal(dueCards(review, BANK, DAY).length, 6);
  // The next day, ten new ones again: ten of the fourteen are still new.
  assert.equal(dueCards(review, BANK, addDays(DAY, 1)).length, 10);
  assert.equal(dueCards(review, BANK, DAY, { newPerDay: 20 }).length, 10);
});

test("a card not in the bank any more (an edited quiz) is never shown", () => {
  let review = withChapters(emptyReview(), ["chapter-03"]);
  review = answered(review, card("q:gone:question"), false, "2026-12-01");
  assert.ok(!dueCards(review, BANK, DAY).some((due) => due.id === "q:gone:question"));
});

test("questions checked in a chapter come back the next day, once", () => {
  const quiz = "chapter-03-self-check";
  let review = withSelfCheck(emptyReview(), "chapter-03", quiz, ["a", "b"], DAY);
  assert.deepEqual(
    review.cards.map((met) => [met.id, met.box, met.due]),
    [
      [`q:${quiz}:a`, 1, "2026-12-06"],
      [`q:${quiz}:b`, 1, "2026-12-06"],
    ],
  );
  const again = withSelfCheck(review, "chapter-03", quiz, ["a", "b"], "2026-12-07");
  assert.equal(again, review);
  review = answered(review, card(`q:${quiz}:a`), true, "2026-12-06");
  review = withSelfCheck(review, "chapter-03", quiz, ["a"], "2026-12-06");
  assert.equal(review.cards.find((met) => met.id === `q:${quiz}:a`).box, 2);
});

test("upcoming days, due counts per chapter and cards per box", () => {
  let review = withChapters(emptyReview(), ["chapter-03", "chapter-04"]);
  review = answered(review, card("t:a:term"), true, DAY); // 12-08
  review = answered(review, card("t:b:term"), false, DAY); // 12-06
  review = answered(review, card("t:c:term", "chapter-04"), false, DAY); // 12-06
  review = answered(review, card("t:d:term", "chapter-05"), false, DAY); // not chosen
  assert.deepEqual(upcoming(review, DAY), [
    { day: "2026-12-06", count: 2 },
    { day: "2026-12-08", count: 1 },
  ]);
  assert.deepEqual(upcoming(review, DAY, 1), [{ day: "2026-12-06", count: 2 }]);
  assert.deepEqual(dueByChapter(review, DAY), {});
  assert.deepEqual(dueByChapter(review, "2026-12-06"), { "chapter-03": 1, "chapter-04": 1, "chapter-05": 1 });
  assert.deepEqual(cardsPerBox(review), [3, 1, 0, 0, 0]);
});

test("chapters are kept in course order, each once", () => {
  assert.deepEqual(withChapters(emptyReview(), ["chapter-05", "chapter-01", "chapter-05"]).chapters, [
    "chapter-01",
    "chapter-05",
  ]);
});
