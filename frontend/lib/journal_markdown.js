// The journal as readable Markdown, the same text as journal_markdown.py (a unit test
// holds the two to each other on tests/fixtures/journal_fixture.*): what "Export as
// Markdown" downloads. My journal shows the same facts as a page (journal_view.js).

import { cardsPerBox } from "./review_schedule.js";

const OTHER_CHAPTER = "Other";

function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

const signed = (n) => (n > 0 ? `+${n}` : String(n));
const withCategory = (text, category) => (category ? `${text} [${category}]` : text);

// The names a draft's fields are kept under, as a reader knows them from the forms.
const FIELD_NAMES = {
  age: "Age",
  year: "Year",
  label: "What happened",
  category: "Category",
  feeling: "How it felt",
  themes: "Themes",
  birth_year: "Year of birth",
  who: "With whom",
  wish: "I wanted",
  wish_category: "I wanted (category)",
  other: "They responded",
  other_category: "They responded (category)",
  self: "I responded",
  self_category: "I responded (category)",
};

/**
 * The draft kept in an entry's data (the form as typed, not yet added) as [name, text]
 * rows, in form order; [] when there is none. Shared with the Markdown export, so what
 * My journal shows and what an export holds are the same.
 *
 *   draftRows({ events: [], draft: { editing: null, fields: { label: "Mov" } } });
 *   // [["What happened", "Mov"]]
 */
export function draftRows(data) {
  const draft = (data && data.draft) || {};
  const typed = { ...(draft.fields || {}) };
  if (typeof draft.birth_year_text === "string") typed.birth_year = draft.birth_year_text;
  // Form order, whatever order the keys were saved in (the journal file sorts them).
  const known = Object.keys(FIELD_NAMES).filter((name) => Object.hasOwn(typed, name));
  const others = Object.keys(typed).filter((name) => !Object.hasOwn(FIELD_NAMES, name)).sort(compareText);
  return [...known, ...others]
    .filter((name) => typeof typed[name] === "string" && typed[name].trim() !== "")
    .map((name) => [FIELD_NAMES[name] || name, typed[name]]);
}

/** The draft as Markdown lines after an entry's list; none when there is no draft. */
function draftLines(data) {
  const rows = draftRows(data);
  if (!rows.length) return [];
  return ["", "Not yet added: a draft, kept as you typed it.", "", ...rows.map(([name, text]) => `- ${name}: ${text}`)];
}

/**
 * The spaced review in words, shared by My journal and the Markdown export: a summary
 * line, then one line per card met (all of it, so an export holds nothing unseen), then
 * the card on screen when the learner left. Boxes say when a card returns, never a grade.
 *
 *   reviewLines({ chapters: ["chapter-03"], cards: [] }).summary;
 *   // "Chapters chosen for review: 3. Cards met: none yet."
 */
export function reviewLines(data) {
  const chapterNumber = (chapter) => String(Number(chapter.slice(-2)));
  const chosen = data.chapters.length ? data.chapters.map(chapterNumber).join(", ") : "none yet";
  const boxes = cardsPerBox(data)
    .map((count, index) => [index + 1, count])
    .filter(([, count]) => count)
    .map(([box, count]) => `box ${box}: ${count}`);
  const met = data.cards.length ? `${data.cards.length} (${boxes.join(", ")})` : "none yet";
  const cards = [...data.cards]
    .sort((a, b) => compareText(a.due + a.id, b.due + b.id))
    .map((card) => `Chapter ${chapterNumber(card.chapter)}, ${card.id}: box ${card.box}, back on ${card.due}, last seen ${card.seen}`);
  let draft = "";
  if (data.draft && data.draft.card) {
    draft = `On screen when you left: ${data.draft.card}`;
    if (data.draft.choices && data.draft.choices.length) draft += `, options chosen: ${data.draft.choices.map((n) => n + 1).join(", ")}`;
    if (data.draft.revealed) draft += ", answer shown";
    draft += ".";
  }
  return { summary: `Chapters chosen for review: ${chosen}. Cards met: ${met}.`, cards, draft };
}

// Everything an entry holds is shown, on My journal and in the Markdown: a learner who
// shares an export must be able to see all of it first.
export const MARKDOWN = {
  reflection(data) {
    if (data.mode === "skipped") {
      const lines = ["(You chose to skip this reflection.)"];
      if (data.text.trim()) lines.push("", "What you wrote before choosing to skip, kept at your choice:", "", data.text);
      return lines;
    }
    const lines = data.mode === "fictional" ? ["(Written about the fictional person, not about yourself.)", ""] : [];
    lines.push(data.text.trim() ? data.text : "(No answer written.)");
    return lines;
  },
  quiz(data) {
    let line = `Questions checked: ${Object.keys(data.status).length}.`;
    const chosen = Object.values(data.selections).filter((choice) => Array.isArray(choice) && choice.length > 0).length;
    if (chosen) line += ` Your choices are kept for ${chosen} ${chosen === 1 ? "question" : "questions"}, to show when you come back.`;
    return [`${line} (Self-checks are never scored.)`];
  },
  timeline(data) {
    const birth = "birth_year" in data ? [`Year of birth: ${data.birth_year}`, ""] : [];
    if (!data.events.length) return [...birth, "(No events.)", ...draftLines(data)];
    const events = data.events.map((event) => {
      const when = "age" in event ? `Age ${event.age}` : `Year ${event.year}`;
      const themes = (event.themes || []).join(", ");
      let detail = `${event.category}; felt ${signed(event.feeling)}`;
      if (themes) detail += `; themes: ${themes}`;
      return `- ${when}: ${event.label} (${detail})`;
    });
    return [...birth, ...events, ...draftLines(data)];
  },
  episodes(data) {
    if (!data.episodes.length) return ["(No episodes.)", ...draftLines(data)];
    const intro = data.case === "fictional" ? ["(The fictional case, not your own episodes.)", ""] : [];
    const episodes = data.episodes.flatMap((episode, index) => [
      `${index + 1}. With ${episode.who}`,
      `   - I wanted: ${withCategory(episode.wish, episode.wish_category || "")}`,
      `   - They responded: ${withCategory(episode.other, episode.other_category || "")}`,
      `   - I responded: ${withCategory(episode.self, episode.self_category || "")}`,
    ]);
    return [...intro, ...episodes, ...draftLines(data)];
  },
  review(data) {
    const { summary, cards, draft } = reviewLines(data);
    return [summary, ...(cards.length ? ["", ...cards.map((line) => `- ${line}`)] : []), ...(draft ? ["", draft] : [])];
  },
};

export function groupByChapter(entries) {
  const chapters = [...new Set(entries.map((e) => e.chapter || OTHER_CHAPTER))].sort(compareText);
  return chapters.map((chapter) => [
    chapter,
    entries
      .filter((e) => (e.chapter || OTHER_CHAPTER) === chapter)
      .sort((a, b) => compareText(a.title || a.widget_id, b.title || b.widget_id)),
  ]);
}

export function journalToMarkdown(journal) {
  const lines = ["# My journal", "", "Everything you saved in this course book, exported from your device.", ""];
  const entries = Object.values(journal.entries);
  if (!entries.length) lines.push("(Nothing saved yet.)", "");
  for (const [chapter, inChapter] of groupByChapter(entries)) {
    lines.push(`## ${chapter}`, "");
    for (const entry of inChapter) {
      lines.push(`### ${entry.title || entry.widget_id}`, "", ...MARKDOWN[entry.kind](entry.data), "");
    }
  }
  return lines.join("\n");
}
