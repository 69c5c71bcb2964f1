// The one "newer copy wins" rule between this browser's copy and the journal file's.
import assert from "node:assert/strict";
import { test } from "node:test";
import { newerCopy, savedWhere } from "../lib/kernel.js";

const yes = () => true;
const no = () => false;
const copy = (saved_at, text = "a") => ({ saved_at, data: { text } });
const CASES = [
  // [what, journal file's entry, this browser's envelope, canAdopt, expected]
  ["the file's copy is newer", copy(20, "b"), copy(10), yes, "adopt"],
  ["the file's copy is newer but cannot be adopted", copy(20, "b"), copy(10), no, null],
  ["the file's copy is newer with the same data: nothing is restored", copy(20), copy(10), yes, null],
  ["this browser's copy is newer", copy(10, "b"), copy(20), yes, "send"],
  ["the file has nothing yet", null, copy(20), yes, "send"],
  ["the file's copy is newer and nothing is saved here", copy(20), null, yes, "adopt"],
  ["nothing anywhere", null, null, yes, null],
  ["the same copy", copy(20), copy(20), yes, null],
];

for (const [what, entry, local, canAdopt, expected] of CASES) {
  test(what, () => {
    assert.equal(newerCopy(entry, local, canAdopt), expected);
  });
}

test("the save message names where the copies are", () => {
  assert.equal(savedWhere(null), "Saved on this device.");
  assert.equal(savedWhere("learner-id-0123456789"), "Saved in this browser and in your journal file.");
});
