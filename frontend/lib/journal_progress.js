// My journal's "at a glance": per chapter, whether its self-check was tried, whether a
// reflection was written there and how many review cards are due. Facts in words, never
// a score, a percentage, a tick or a label of the learner.
import { element } from "./elements.js";
import { dueByChapter } from "./review_schedule.js";

const CHAPTERS = ["01", "02", "03", "04", "05", "06", "07", "08", "09"].map((number) => `chapter-${number}`);

const plural = (count, one, many) => `${count} ${count === 1 ? one : many}`;

/**
 * One row per chapter, 1 to 9, from the saved entries and today's day ("YYYY-MM-DD"):
 * [{chapter: "chapter-03", name: "Chapter 3", selfCheck, reflection, review}], each a phrase.
 *
 *   chapterProgress([], "2026-12-05")[0];
 *   // {chapter: "chapter-01", name: "Chapter 1", selfCheck: "Not tried yet",
 *   //  reflection: "None written yet", review: "Not chosen for review"}
 */
export function chapterProgress(entries, day) {
  const review = entries.find((entry) => entry.kind === "review");
  const due = review ? dueByChapter(review.data, day) : {};
  const reviewing = new Set(review ? [...review.data.chapters, ...review.data.cards.map((card) => card.chapter)] : []);
  return CHAPTERS.map((chapter) => {
    const own = entries.filter((entry) => entry.widget_id.startsWith(`${chapter}-`));
    const checked = own
      .filter((entry) => entry.kind === "quiz")
      .reduce((count, entry) => count + Object.keys(entry.data.status).length, 0);
    const written = own.filter(
      (entry) => entry.kind === "reflection" && entry.data.mode !== "skipped" && entry.data.text.trim() !== "",
    ).length;
    let reviewPhrase = "Not chosen for review";
    if (due[chapter]) reviewPhrase = `${plural(due[chapter], "card", "cards")} due`;
    else if (reviewing.has(chapter)) reviewPhrase = "Nothing due today";
    return {
      chapter,
      name: `Chapter ${Number(chapter.slice(-2))}`,
      selfCheck: checked ? `${plural(checked, "question", "questions")} checked` : "Not tried yet",
      reflection: written ? `${plural(written, "reflection", "reflections")} written` : "None written yet",
      review: reviewPhrase,
    };
  });
}

/** The rows as a table with a caption and headers, for My journal. */
export function progressTable(rows) {
  const head = element("tr");
  for (const name of ["Chapter", "Self-check", "Reflection", "Review today"]) head.append(element("th", { scope: "col" }, name));
  const body = element("tbody");
  for (const row of rows) {
    const line = element("tr");
    line.append(element("th", { scope: "row" }, row.name));
    for (const phrase of [row.selfCheck, row.reflection, row.review]) line.append(element("td", {}, phrase));
    body.append(line);
  }
  const table = element("table", { class: "pdc-journal-progress" });
  const thead = element("thead");
  thead.append(head);
  table.append(element("caption", {}, "At a glance, chapter by chapter (nothing here is scored)"), thead, body);
  return table;
}
