// The one "newer copy wins" rule between this browser's copy and the journal file's.
import assert from "node:assert/strict";
import { test } from "node:test";
import { newerCopy } from "../lib/kernel.js";

const yes = () => true;
const no = () => false;
const CASES = [
  // [what, journal file's entry, this browser's saved_at, canAdopt, expected]
  ["the file's copy is newer", { saved_at: 20 }, 10, yes, "adopt"],
  ["the file's copy is newer but cannot be adopted", { saved_at: 20 }, 10, no, null],
  ["this browser's copy is newer", { saved_at: 10 }, 20, yes, "send"],
  ["the file has nothing yet", null, 20, yes, "send"],
  ["the file's copy is newer and nothing is saved here", { saved_at: 20 }, 0, yes, "adopt"],
  ["nothing anywhere", null, 0, yes, null],
  ["the same copy", { saved_at: 20 }, 20, yes, null],
];

for (const [what, entry, savedAt, canAdopt, expected] of CASES) {
  test(what, () => {
    assert.equal(newerCopy(entry, savedAt, canAdopt), expected);
  });
}
