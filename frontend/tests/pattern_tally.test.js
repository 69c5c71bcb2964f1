// The pattern finder's tally and sentences: the same counts and words as tally() and
// describe() in pattern_finder.py (tests/test_pattern_finder_words.py has every case;
// these are some of them). Run with `node --test frontend/tests/`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import { episodeFromFields, fieldsOfEpisode, patternSentences, patternTally } from "../lib/pattern_tally.js";

const here = new URL("../../", import.meta.url);
const schema = JSON.parse(readFileSync(new URL("src/psychodynamic_course/learner_data/schemas/episodes.schema.json", here), "utf8"));
const known = JSON.parse(readFileSync(new URL("tests/fixtures/pattern_finder_episodes.json", here), "utf8")).episodes;

const CLOSE = "to be close and accepting";
const REJECTING = "rejecting and opposing";
const HELPFUL = "helpful";
const DOWN = "disappointed and depressed";
const q = (name) => `\u201c${name}\u201d`;
const TIE_NOTE =
  "In Luborsky’s terms, these would make up the core conflictual relationship theme (CCRT) of these episodes: the most frequent wish (W), response of other (RO) and response of self (RS), each counted on its own. A tie keeps each tied category in the theme until more episodes settle it.";
const episode = (id, wish, other, self) => ({ id, who: "my aunt", wish: "w", other: "o", self: "s", wish_category: wish, other_category: other, self_category: self });

const sentences = [
  ["no episodes", [], { summary: "No episodes yet: add one, or work on the fictional case, to see what comes back.", note: "", secondary: "" }],
  [
    "one episode",
    [episode("a", CLOSE, "", DOWN)],
    {
      summary: `In the one episode so far, what I wanted was ${q(CLOSE)}, how they responded has no category chosen yet and how I responded was ${q(DOWN)}.`,
      note: "A theme is what comes back across episodes, so it takes more than one to show.",
      secondary: "",
    },
  ],
  [
    "the known episodes",
    known,
    {
      summary: `Across these 7 episodes, what I wanted was most often ${q(CLOSE)} (3 of 7), how they responded was most often ${q(REJECTING)} or ${q(HELPFUL)} (2 of 7 each) and how I responded was most often ${q(DOWN)} (3 of 7).`,
      note: TIE_NOTE,
      secondary: "Secondary count: 2 of the 7 episodes match it in all three parts at once.",
    },
  ],
];

for (const [name, episodes, words] of sentences) {
  test(`sentences: ${name}`, () => assert.deepEqual(patternSentences(patternTally(episodes, schema)), words));
}

test("the tally ranks by count, then by the schema's order, the same in any input order", () => {
  const result = patternTally([episode("a", CLOSE, HELPFUL, DOWN), episode("b", CLOSE, REJECTING, DOWN)], schema);
  assert.deepEqual(result.wish, { [CLOSE]: 2 });
  // A tie of one each: the schema lists "rejecting and opposing" before "helpful".
  assert.deepEqual(Object.keys(result.other), [REJECTING, HELPFUL]);
  assert.deepEqual(result.most_frequent.other, { count: 1, categories: [REJECTING, HELPFUL] });
  assert.deepEqual(patternTally([...known].reverse(), schema), patternTally(known, schema));
});

test("form text becomes an episode, trimmed, and back", () => {
  const fields = { who: " my aunt ", wish: " to be heard ", wish_category: CLOSE, other: "o", other_category: "", self: "s", self_category: DOWN };
  const made = episodeFromFields(fields);
  assert.equal(made.who, "my aunt");
  assert.equal(made.wish, "to be heard");
  assert.deepEqual(fieldsOfEpisode({ id: "x", ...made }), { ...fields, who: "my aunt", wish: "to be heard" });
  assert.equal(fieldsOfEpisode({ id: "x", who: "a", wish: "b", other: "c", self: "d" }).self_category, "");
});
