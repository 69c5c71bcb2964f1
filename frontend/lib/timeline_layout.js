// The life timeline's layout: where each event goes (place_events() in timeline.py),
// the themes events share, and the plain summary of the drawing. Pure: no DOM, so
// Node's test runner runs it too.

export function themeKey(theme) {
  return theme.trim().toLowerCase();
}

/**
 * Where each event goes on the horizontal axis (the same rules as place_events() in
 * timeline.py): by age; a year-only event at year - birth year when that is known; if every
 * event has only a year and there is no birth year, the axis is years instead.
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

/** Themes shared by two or more placed events: [{name, items}] with most shared first. */
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

/** A plain summary of the drawing for its aria-label (it describes; it interprets nothing). */
export function timelineSummary(layout, themes, events) {
  if (events.length === 0) return "An empty life timeline: no events yet.";
  const parts = [];
  const { placed, axis } = layout;
  if (placed.length > 0) {
    const unit = axis === "age" ? "age " : "";
    const count = placed.length;
    parts.push(
      `A life timeline of ${count} event${count === 1 ? "" : "s"} from ${unit}${placed[0].x} to ${placed[count - 1].x}.`,
    );
    const feel = (test) => placed.filter((item) => test(item.event.feeling)).length;
    parts.push(
      `${feel((f) => f > 0)} felt good or very good, ${feel((f) => f < 0)} hard or very hard, ${feel((f) => f === 0)} mixed or neutral.`,
    );
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
