// The pattern finder's tally and sentences on the fixture the Python and browser tests use
// (tests/test_pattern_finder_words.py holds every case to tally() and describe()).
import assert from "node:assert/strict";
import { test } from "node:test";
import { PATTERN_PARTS, patternCategories, patternSentences, patternTally } from "../lib/pattern_tally.js";
import { readJson, schema } from "./paths.js";

const episodes = readJson("tests/fixtures/pattern_finder_episodes.json").episodes;
const episodesSchema = schema("episodes");

test("each part is counted on its own, ties kept", () => {
  const result = patternTally(episodes, episodesSchema);
  assert.deepEqual(result.most_frequent.wish.categories, ["to be close and accepting"]);
  assert.deepEqual(result.most_frequent.other.categories, ["rejecting and opposing", "helpful"]);
  assert.equal(result.whole_theme, 2);
});

test("the sentences say what is most frequent, part by part", () => {
  const words = patternSentences(patternTally(episodes, episodesSchema));
  assert.equal(
    words.summary,
    "Across these 7 episodes, what I wanted was most often \u201cto be close and accepting\u201d (3 of 7), " +
      "how they responded was most often \u201crejecting and opposing\u201d or \u201chelpful\u201d (2 of 7 each) " +
      "and how I responded was most often \u201cdisappointed and depressed\u201d (3 of 7).",
  );
  assert.equal(words.secondary, "Secondary count: 2 of the 7 episodes match it in all three parts at once.");
  assert.doesNotMatch(Object.values(words).join(" "), /combination/);
});

test("the categories of each part come from the schema, without the blank choice", () => {
  const categories = patternCategories(episodesSchema);
  for (const part of PATTERN_PARTS) {
    assert.ok(categories[part.key].length > 0);
    assert.ok(!categories[part.key].includes(""));
  }
});
