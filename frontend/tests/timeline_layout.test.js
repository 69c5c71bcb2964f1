// Where the timeline puts each event (the same rules as place_events() in timeline.py),
// the themes events share, and the plain summary read out for the drawing.
import assert from "node:assert/strict";
import { test } from "node:test";
import { placeEvents, sharedThemes, themeKey, timelineSummary } from "../lib/timeline_layout.js";

const PLACEMENT = [
  // [what, events, birthYear, axis, placed xs (in order), unplaced labels]
  ["by age, sorted", [{ label: "b", age: 12 }, { label: "a", age: 3 }], undefined, "age", [3, 12], []],
  ["a year-only event uses the birth year", [{ label: "a", age: 3 }, { label: "b", year: 2010 }], 2000, "age", [3, 10], []],
  ["a year-only event without a birth year is unplaced", [{ label: "a", age: 3 }, { label: "b", year: 2010 }], undefined, "age", [3], ["b"]],
  ["years only and no birth year: the axis is years", [{ label: "a", year: 2012 }, { label: "b", year: 2001 }], undefined, "year", [2001, 2012], []],
  ["nothing to place", [], undefined, "age", [], []],
];

for (const [what, events, birthYear, axis, xs, unplaced] of PLACEMENT) {
  test(`placement: ${what}`, () => {
    const layout = placeEvents(events, birthYear);
    assert.equal(layout.axis, axis);
    assert.deepEqual(
      layout.placed.map((item) => item.x),
      xs,
    );
    assert.deepEqual(
      layout.unplaced.map((event) => event.label),
      unplaced,
    );
  });
}

test("themes shared by two or more events, most shared first, case and spaces ignored", () => {
  const placed = placeEvents(
    [
      { age: 1, themes: ["Loss", "home"] },
      { age: 2, themes: [" loss ", "school"] },
      { age: 3, themes: ["LOSS", "Home", "home"] },
      { age: 4, themes: ["school"] },
    ],
    undefined,
  ).placed;
  const themes = sharedThemes(placed);
  assert.deepEqual(
    themes.map((theme) => [theme.name, theme.items.length]),
    [
      ["Loss", 3],
      ["home", 2],
      ["school", 2],
    ],
  );
  assert.equal(themeKey("  Home "), "home");
});

test("the summary describes the drawing and names what cannot be placed", () => {
  const events = [
    { age: 4, feeling: 2, themes: ["moves"] },
    { age: 9, feeling: -1, themes: ["moves"] },
    { year: 2015, feeling: 0 },
  ];
  const layout = placeEvents(events, undefined);
  const summary = timelineSummary(layout, sharedThemes(layout.placed), events);
  assert.equal(
    summary,
    "A life timeline of 2 events from age 4 to 9. 1 felt good or very good, 1 hard or very hard, 0 mixed or neutral. " +
      "Themes that recur, joined by lines: moves (2 events). " +
      "1 event given by year cannot be placed without a year of birth. " +
      "The list of events below gives each one in full.",
  );
  assert.equal(timelineSummary(placeEvents([], undefined), [], []), "An empty life timeline: no events yet.");
});
