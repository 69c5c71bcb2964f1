// The pattern finder's counting and its words, without any DOM: patternTally and
// patternSentences are tally() and describe() in pattern_finder.py, word for word
// (tests/test_pattern_finder_words.py holds the cases; frontend/tests runs some here).
//
//   const result = patternTally(episodes, schema);
//   result.most_frequent.wish;           // { count: 3, categories: ["to be close and accepting"] }
//   patternSentences(result).summary;    // "Across these 7 episodes, what I wanted was ..."

// Plain words first, then Luborsky's term and its letters. The stored field names
// (key, category) are in learners' saved episodes: never rename them.
export const PATTERN_PARTS = [
  { key: "wish", category: "wish_category", plain: "what I wanted", question: "What did I want?", term: "wish", abbreviation: "W" },
  { key: "other", category: "other_category", plain: "how they responded", question: "How did they respond?", term: "response of other", abbreviation: "RO" },
  { key: "self", category: "self_category", plain: "how I responded", question: "How did I respond?", term: "response of self", abbreviation: "RS" },
];
/** The fields of an episode as the form has them, in order; their text is the draft. */
export const PATTERN_FIELDS = ["who", ...PATTERN_PARTS.flatMap((part) => [part.key, part.category])];

/** "What I wanted (wish, W)": a part's plain name with its technical term beside it. */
export function patternPartName(part) {
  return `${part.plain[0].toUpperCase()}${part.plain.slice(1)} (${part.term}, ${part.abbreviation})`;
}

/** "1 episode", "3 episodes". */
export function plural(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
}

/** The categories of each part, in the schema's order, without the blank choice. */
export function patternCategories(schema) {
  const item = schema.properties.episodes.items.properties;
  const result = {};
  for (const part of PATTERN_PARTS) result[part.key] = item[part.category].enum.filter((name) => name !== "");
  return result;
}

/**
 * Count the chosen categories of each part and find each part's most frequent one(s),
 * each part counted on its own (Luborsky's CCRT): exactly what tally() in
 * pattern_finder.py returns, with the same order and the same ties.
 */
export function patternTally(episodes, schema) {
  const order = patternCategories(schema);
  const rankOf = (part, name) => {
    const index = order[part].indexOf(name);
    return index === -1 ? order[part].length : index;
  };
  const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  const result = { episodes: episodes.length };
  const tops = {};
  for (const part of PATTERN_PARTS) {
    const counts = new Map();
    for (const episode of episodes) {
      const name = episode[part.category];
      if (name) counts.set(name, (counts.get(name) || 0) + 1);
    }
    const ranked = [...counts].sort((a, b) => b[1] - a[1] || rankOf(part.key, a[0]) - rankOf(part.key, b[0]) || byName(a[0], b[0]));
    result[part.key] = Object.fromEntries(ranked);
    const top = ranked.length ? ranked[0][1] : 0;
    tops[part.key] = { count: top, categories: ranked.filter(([, n]) => n === top).map(([name]) => name) };
  }
  result.most_frequent = tops;
  result.whole_theme = episodes.filter((episode) =>
    PATTERN_PARTS.every((part) => episode[part.category] && tops[part.key].categories.includes(episode[part.category])),
  ).length;
  return result;
}

function quotedNames(names) {
  const quoted = names.map((name) => `\u201c${name}\u201d`);
  return quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}`;
}

/** One part of the summary sentence, e.g. 'what I wanted was most often “…” (4 of 6)'. */
function partClause(part, top, total) {
  const names = top.categories;
  if (top.count === 0) return `${part.plain} has no category chosen yet`;
  if (total === 1) return `${part.plain} was ${quotedNames(names)}`;
  if (top.count === 1 && names.length > 1) return `${part.plain} was different each time`;
  if (top.count === 1) return `${part.plain} was ${quotedNames(names)} in 1 of ${total}`;
  return `${part.plain} was most often ${quotedNames(names)} (${top.count} of ${total}${names.length > 1 ? " each" : ""})`;
}

/**
 * The tally in words: { summary, note, secondary }, each "" when not shown. The same
 * sentences as describe() in pattern_finder.py.
 */
export function patternSentences(result) {
  const total = result.episodes;
  if (total === 0) {
    return { summary: "No episodes yet: add one, or work on the fictional case, to see what comes back.", note: "", secondary: "" };
  }
  const tops = result.most_frequent;
  const [first, second, third] = PATTERN_PARTS.map((part) => partClause(part, tops[part.key], total));
  const opening = total === 1 ? "In the one episode so far" : `Across these ${total} episodes`;
  const summary = `${opening}, ${first}, ${second} and ${third}.`;
  if (total === 1) {
    return { summary, note: "A theme is what comes back across episodes, so it takes more than one to show.", secondary: "" };
  }
  if (PATTERN_PARTS.some((part) => tops[part.key].count < 2)) {
    return {
      summary,
      note: "The core conflictual relationship theme (CCRT) is the most frequent wish (W), response of other (RO) and response of self (RS), each counted on its own, so it needs a category that comes back in every part.",
      secondary: "",
    };
  }
  let note =
    "In Luborsky’s terms, these would make up the core conflictual relationship theme (CCRT) of these episodes: the most frequent wish (W), response of other (RO) and response of self (RS), each counted on its own.";
  if (PATTERN_PARTS.some((part) => tops[part.key].categories.length > 1)) {
    note += " A tie keeps each tied category in the theme until more episodes settle it.";
  }
  const whole = result.whole_theme;
  const secondary =
    whole === 0
      ? "Secondary count: no single episode matches it in all three parts at once."
      : `Secondary count: ${whole} of the ${total} episodes ${whole === 1 ? "matches" : "match"} it in all three parts at once.`;
  return { summary, note, secondary };
}

/** The chart's aria-label: what is chosen most often in each part, in words. */
export function chartLabel(result) {
  const parts = PATTERN_PARTS.map((part) => {
    const top = result.most_frequent[part.key];
    if (top.count === 0) return `${part.plain}, none chosen yet`;
    const tie = top.categories.length > 1;
    return `${part.plain}, ${top.categories.join(" and ")} (${plural(top.count, "episode", "episodes")}${tie ? " each, a tie" : ""})`;
  });
  return `Bar chart of the categories chosen in ${plural(result.episodes, "episode", "episodes")}, one part at a time. Chosen most often: ${parts.join("; ")}. The full counts are in the table that follows.`;
}

/** The episode's fields for the form (categories may be missing in old saves). */
export function fieldsOfEpisode(episode) {
  return Object.fromEntries(PATTERN_FIELDS.map((name) => [name, episode[name] || ""]));
}

/** The episode the form's texts describe, without id: text trimmed, categories as chosen. */
export function episodeFromFields(fields) {
  const episode = {};
  for (const name of PATTERN_FIELDS) {
    const value = fields[name] || "";
    episode[name] = name.endsWith("_category") ? value : value.trim();
  }
  return episode;
}
