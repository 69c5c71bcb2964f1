// The one clock of the spaced review. Everything that needs "today" asks here, and only
// here reads the time, so a test moves days forward by moving this clock (Node tests pass
// days in; browser tests move Date with Playwright's page.clock).

/** The time now. */
export function now() {
  return new Date(Date.now());
}

const pad = (number) => String(number).padStart(2, "0");

/**
 * The learner's local calendar day of `date`, as "YYYY-MM-DD": a card due "tomorrow"
 * comes due at the learner's midnight, not at UTC's.
 *
 *   dayOf(new Date(2026, 11, 5, 23, 30)); // "2026-12-05"
 */
export function dayOf(date) {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today, by the one clock. */
export function today() {
  return dayOf(now());
}

/**
 * The day `count` days after `day` (both "YYYY-MM-DD"); calendar arithmetic in UTC, so
 * a change to or from summer time never skips or repeats a day.
 *
 *   addDays("2026-12-30", 3); // "2027-01-02"
 */
export function addDays(day, count) {
  const [year, month, date] = day.split("-").map(Number);
  const moved = new Date(Date.UTC(year, month - 1, date + count));
  return `${moved.getUTCFullYear()}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from, to) {
  const utc = (day) => {
    const [year, month, date] = day.split("-").map(Number);
    return Date.UTC(year, month - 1, date);
  };
  return Math.round((utc(to) - utc(from)) / 86400000);
}
