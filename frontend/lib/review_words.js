// What the spaced review says about days and boxes, in the book's English. Pure: no DOM.

import { daysBetween } from "./clock.js";

/** "Sunday 6 December" for the day "2026-12-06". */
export function dayName(day) {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(year, month - 1, date).toLocaleDateString("en-GB", { weekday: "long", day: "numeric", month: "long" });
}

/**
 * When a card comes back, said from `today`: "tomorrow (Sunday 6 December)" or "in 3 days,
 * on Tuesday 8 December".
 */
export function whenBack(today, due) {
  const days = daysBetween(today, due);
  if (days <= 0) return "today";
  if (days === 1) return `tomorrow (${dayName(due)})`;
  return `in ${days} days, on ${dayName(due)}`;
}

/** "1 card" / "3 cards". */
export function cards(count) {
  return `${count} ${count === 1 ? "card" : "cards"}`;
}

/**
 * The line about what comes next: "Next: 2 cards on Sunday 6 December, then 1 card on
 * Tuesday 8 December." or "" when nothing is scheduled.
 */
export function upcomingSentence(days) {
  if (!days.length) return "";
  const parts = days.slice(0, 3).map(({ day, count }) => `${cards(count)} on ${dayName(day)}`);
  return `Next: ${parts.join(", then ")}.`;
}
