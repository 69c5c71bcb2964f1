// The life timeline's logic without any DOM: its categories and feelings, where each
// event goes (the same rules as place_events() in timeline.py), the themes events share,
// the words of "when" and the summary read out for the drawing, and turning the form's
// text into an event and back. The drawing is timeline_chart.js.
//
//   const layout = placeEvents([{ id: "a", age: 7, ... }], undefined);
//   layout.axis;            // "age"
//   layout.placed[0].x;     // 7

// Category -> colour (Okabe-Ito) and marker shape; the same table as CATEGORY_STYLE in
// timeline.py (a unit test keeps them equal). Shape and colour together: never colour alone.
export const CATEGORIES = [
  { name: "family", colour: "#E69F00", shape: "circle" },
  { name: "school or work", colour: "#56B4E9", shape: "square" },
  { name: "relationships", colour: "#D55E00", shape: "triangle-up" },
  { name: "loss", colour: "#000000", shape: "triangle-down" },
  { name: "health", colour: "#009E73", shape: "diamond" },
  { name: "moves", colour: "#F0E442", shape: "pentagon" },
  { name: "achievements", colour: "#0072B2", shape: "star" },
  { name: "other", colour: "#CC79A7", shape: "plus" },
];
// Shown with words: a bare number would read like a score.
export const FEELINGS = [
  [2, "very good"],
  [1, "good"],
  [0, "mixed or neutral"],
  [-1, "hard"],
  [-2, "very hard"],
];
/** The fields of the add/edit form, in order; their text is the draft. */
export const EVENT_FIELDS = ["age", "year", "label", "category", "feeling", "themes"];

/** The category called `name`, or "other". */
export function categoryOf(name) {
  return CATEGORIES.find((category) => category.name === name) || CATEGORIES[7];
}

/** "+2 very good", "-1 hard", "0 mixed or neutral". */
export function feelingText(value) {
  const found = FEELINGS.find(([number]) => number === value);
  return `${value > 0 ? "+" : ""}${value} ${found ? found[1] : ""}`.trim();
}

/** Themes are the same theme whatever their case or spaces around them. */
export function themeKey(theme) {
  return theme.trim().toLowerCase();
}

/**
 * Where each event goes on the horizontal axis (the same rules as place_events() in
 * timeline.py): by age; a year-only event at year - birth year when that is known; if every
 * event has only a year and there is no birth year, the axis is years instead.
 *   placeEvents([{ year: 2001 }], undefined).axis;   // "year"
 */
export function placeEvents(events, birthYear) {
  const hasBirth = Number.isInteger(birthYear);
  const byYear = events.length > 0 && !hasBirth && events.every((event) => event.age === undefined);
  const axis = byYear ? "year" : "age";
  const placed = [];
  const unplaced = [];
  for (const event of events) {
    let x = null;
    if (axis === "year") x = event.year;
    else if (event.age !== undefined) x = event.age;
    else if (hasBirth && event.year !== undefined) x = event.year - birthYear;
    if (x === null) unplaced.push(event);
    else placed.push({ x, event });
  }
  placed.sort((a, b) => a.x - b.x);
  return { axis, placed, unplaced };
}

/** Themes shared by two or more placed events: [{ key, name, items }], most shared first. */
export function sharedThemes(placed) {
  const groups = new Map();
  for (const item of placed) {
    const seen = new Set();
    for (const theme of item.event.themes || []) {
      const key = themeKey(theme);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      if (!groups.has(key)) groups.set(key, { key, name: theme.trim(), items: [] });
      groups.get(key).items.push(item);
    }
  }
  return [...groups.values()]
    .filter((group) => group.items.length >= 2)
    .sort((a, b) => b.items.length - a.items.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** "Age 7 (2001)", "Age 7", "2001 (age 11)" or "2001". */
export function whenText(event, axis, birthYear) {
  if (event.age !== undefined && event.year !== undefined) return `Age ${event.age} (${event.year})`;
  if (event.age !== undefined) return `Age ${event.age}`;
  if (axis === "age" && Number.isInteger(birthYear)) return `${event.year} (age ${event.year - birthYear})`;
  return `${event.year}`;
}

/** A plain summary of the drawing for its aria-label (it describes; it interprets nothing). */
export function timelineSummary(layout, themes, events) {
  if (events.length === 0) return "An empty life timeline: no events yet.";
  const parts = [];
  const { placed, axis } = layout;
  if (placed.length > 0) {
    const unit = axis === "age" ? "age " : "";
    const count = placed.length;
    parts.push(`A life timeline of ${count} event${count === 1 ? "" : "s"} from ${unit}${placed[0].x} to ${placed[count - 1].x}.`);
    const feel = (test) => placed.filter((item) => test(item.event.feeling)).length;
    parts.push(`${feel((f) => f > 0)} felt good or very good, ${feel((f) => f < 0)} hard or very hard, ${feel((f) => f === 0)} mixed or neutral.`);
    if (themes.length > 0) {
      parts.push(`Themes that recur, joined by lines: ${themes.map((t) => `${t.name} (${t.items.length} events)`).join("; ")}.`);
    }
  }
  if (layout.unplaced.length > 0) {
    const count = layout.unplaced.length;
    parts.push(`${count} event${count === 1 ? "" : "s"} given by year cannot be placed without a year of birth.`);
  }
  parts.push("The list of events below gives each one in full.");
  return parts.join(" ");
}

/** Form text as a number when it is one; anything else stays text, so the schema's message names it. */
export function numberOrText(text) {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  return /^[+-]?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/**
 * The event the form's texts describe, without id (values as typed, so the schema can
 * name what is wrong). Themes are split at commas, repeats dropped.
 *   eventFromFields({ age: "7", year: "", label: " Moved ", category: "moves", feeling: "-1", themes: "home, Home" });
 *   // { age: 7, label: "Moved", category: "moves", feeling: -1, themes: ["home"] }
 */
export function eventFromFields(fields) {
  const event = {};
  const age = numberOrText(fields.age || "");
  const year = numberOrText(fields.year || "");
  if (age !== undefined) event.age = age;
  if (year !== undefined) event.year = year;
  event.label = (fields.label || "").trim();
  event.category = fields.category || "";
  if ((fields.feeling || "") !== "") event.feeling = Number(fields.feeling);
  const seen = new Set();
  const themes = [];
  for (const piece of (fields.themes || "").split(",")) {
    const theme = piece.trim();
    if (theme && !seen.has(themeKey(theme))) {
      seen.add(themeKey(theme));
      themes.push(theme);
    }
  }
  if (themes.length) event.themes = themes;
  return event;
}

/** The form's texts for editing `event`: the reverse of eventFromFields. */
export function fieldsOfEvent(event) {
  return {
    age: event.age !== undefined ? String(event.age) : "",
    year: event.year !== undefined ? String(event.year) : "",
    label: event.label,
    category: event.category,
    feeling: String(event.feeling),
    themes: (event.themes || []).join(", "),
  };
}

/** The events in the order of the list: placed ones in time order, then the unplaced. */
export function listOrder(events, birthYear) {
  const layout = placeEvents(events, birthYear);
  return [...layout.placed.map((item) => item.event), ...layout.unplaced];
}
