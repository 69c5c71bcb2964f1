// My journal's progress per chapter: facts in words, never a score.
import assert from "node:assert/strict";
import { test } from "node:test";
import { chapterProgress } from "../lib/journal_progress.js";

const entry = (widget_id, kind, data) => ({ widget_id, kind, data });
const DAY = "2026-12-05";

test("nothing saved: every chapter says not yet, in words", () => {
  const rows = chapterProgress([], DAY);
  assert.equal(rows.length, 9);
  assert.deepEqual(rows[8], {
    chapter: "chapter-09",
    name: "Chapter 9",
    selfCheck: "Not tried yet",
    reflection: "None written yet",
    review: "Not chosen for review",
  });
});

test("a chapter's quiz, reflections and due cards are counted for that chapter only", () => {
  const rows = chapterProgress(
    [
      entry("chapter-03-self-check", "quiz", { selections: {}, status: { a: "checked", b: "revealed" } }),
      entry("chapter-03-alliance", "reflection", { text: "Trust.", mode: "own" }),
      entry("chapter-03-other", "reflection", { text: "kept", mode: "skipped" }),
      entry("chapter-04-dose", "reflection", { text: "  ", mode: "own" }),
      entry("try-the-tools-reflection", "reflection", { text: "Practice", mode: "own" }),
      entry("review", "review", {
        chapters: ["chapter-03", "chapter-05"],
        cards: [
          { id: "t:a:term", chapter: "chapter-03", box: 1, due: "2026-12-05", seen: "2026-12-04" },
          { id: "t:b:term", chapter: "chapter-03", box: 2, due: "2026-12-01", seen: "2026-11-28" },
          { id: "t:c:term", chapter: "chapter-05", box: 3, due: "2026-12-09", seen: "2026-12-02" },
        ],
      }),
    ],
    DAY,
  );
  const [, , three, four, five] = rows;
  assert.deepEqual([three.selfCheck, three.reflection, three.review], ["2 questions checked", "1 reflection written", "2 cards due"]);
  assert.deepEqual([four.selfCheck, four.reflection, four.review], ["Not tried yet", "None written yet", "Not chosen for review"]);
  assert.equal(five.review, "Nothing due today");
  for (const row of rows) assert.doesNotMatch(JSON.stringify(row), /%|score|grade/i);
});
