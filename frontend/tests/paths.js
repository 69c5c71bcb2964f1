// Where the tests find the tables and schemas the Python tests use, so both sides are held
// to the same cases.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** Parsed JSON of a file under the repository root. */
export function readJson(path) {
  return JSON.parse(readFileSync(`${root}${path}`, "utf8"));
}

/** Text of a file under the repository root. */
export function readText(path) {
  return readFileSync(`${root}${path}`, "utf8");
}

/** One of the package's JSON Schemas, e.g. schema("timeline"). */
export function schema(name) {
  return readJson(`src/psychodynamic_course/learner_data/schemas/${name}.schema.json`);
}
