// The timeline's placement, shared themes, "when" words and form text, as timeline.py
// places events. Run with `node --test frontend/tests/`.
import { test } from "node:test";
import assert from "node:assert/strict";

import { eventFromFields, fieldsOfEvent, listOrder, placeEvents, sharedThemes, timelineSummary, whenText } from "../lib/timeline_layout.js";

const event = (id, when, feeling = 0, themes) => ({ id, label: id, category: "family", feeling, ...when, ...(themes ? { themes } : {}) });

// [name, events, birth year, axis, placed ids with x, unplaced ids]
const placements = [
  ["nothing", [], undefined, "age", [], []],
  ["by age, sorted", [event("b", { age: 9 }), event("a", { age: 3 })], undefined, "age", [["a", 3], ["b", 9]], []],
  ["years only, no birth year: a year axis", [event("a", { year: 2005 }), event("b", { year: 2001 })], undefined, "year", [["b", 2001], ["a", 2005]], []],
  ["years with a birth year: ages", [event("a", { year: 2005 })], 1990, "age", [["a", 15]], []],
  ["a year-only event beside aged ones waits for a birth year", [event("a", { age: 4 }), event("b", { year: 2001 })], undefined, "age", [["a", 4]], ["b"]],
  ["age wins over year", [event("a", { age: 4, year: 2001 })], 1990, "age", [["a", 4]], []],
];

for (const [name, events, birthYear, axis, placed, unplaced] of placements) {
  test(`placement: ${name}`, () => {
    const layout = placeEvents(events, birthYear);
    assert.equal(layout.axis, axis);
    assert.deepEqual(layout.placed.map((item) => [item.event.id, item.x]), placed);
    assert.deepEqual(layout.unplaced.map((item) => item.id), unplaced);
  });
}

test("the list order is the drawing's order, the unplaced ones last", () => {
  const events = [event("late", { age: 30 }), event("year", { year: 2001 }), event("early", { age: 2 })];
  assert.deepEqual(listOrder(events, undefined).map((item) => item.id), ["early", "late", "year"]);
});

test("shared themes: two or more events, case and spaces ignored, most shared first", () => {
  const layout = placeEvents(
    [event("a", { age: 1 }, 0, ["Home", "loss"]), event("b", { age: 2 }, 0, [" home "]), event("c", { age: 3 }, 0, ["home", "loss"]), event("d", { age: 4 }, 0, ["alone"])],
    undefined,
  );
  assert.deepEqual(
    sharedThemes(layout.placed).map((theme) => [theme.name, theme.items.map((item) => item.event.id)]),
    [["Home", ["a", "b", "c"]], ["loss", ["a", "c"]]],
  );
});

test("when: age, year, or the year with the age it gives", () => {
  assert.equal(whenText({ age: 7, year: 2001 }, "age", undefined), "Age 7 (2001)");
  assert.equal(whenText({ age: 7 }, "age", undefined), "Age 7");
  assert.equal(whenText({ year: 2001 }, "age", 1990), "2001 (age 11)");
  assert.equal(whenText({ year: 2001 }, "year", undefined), "2001");
});

test("the summary counts feelings and names unplaced events", () => {
  const events = [event("a", { age: 3 }, 2), event("b", { age: 9 }, -1), event("c", { year: 2001 })];
  const layout = placeEvents(events, undefined);
  assert.equal(
    timelineSummary(layout, sharedThemes(layout.placed), events),
    "A life timeline of 2 events from age 3 to 9. 1 felt good or very good, 1 hard or very hard, 0 mixed or neutral. 1 event given by year cannot be placed without a year of birth. The list of events below gives each one in full.",
  );
  assert.equal(timelineSummary(placeEvents([], undefined), [], []), "An empty life timeline: no events yet.");
});

test("form text becomes an event as typed, and an event becomes form text", () => {
  const fields = { age: " 7 ", year: "", label: " Moved ", category: "moves", feeling: "-1", themes: "home, Home ,, away" };
  const moved = eventFromFields(fields);
  assert.deepEqual(moved, { age: 7, label: "Moved", category: "moves", feeling: -1, themes: ["home", "away"] });
  // Text that is not a number stays text, so the schema's message can name it.
  assert.equal(eventFromFields({ ...fields, age: "seven" }).age, "seven");
  assert.deepEqual(eventFromFields(fieldsOfEvent({ id: "x", ...moved })), moved);
});
