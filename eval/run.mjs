// npm run eval -- <task>: scores Synoptic on ../shared/data (measure only; never shipped).
// Each score is checked against eval/floors.json: a score below its floor fails the run.
import { readFileSync } from "node:fs";
import { evalDates } from "./dates.mjs";
import { evalEntities } from "./entities.mjs";
import { evalExtraction } from "./extraction.mjs";
import { evalQuotes } from "./quotes.mjs";
import { evalStories } from "./stories.mjs";
import { evalSummary } from "./summary.mjs";

const TASKS = {
  extraction: evalExtraction,
  stories: evalStories,
  entities: evalEntities,
  dates: evalDates,
  quotes: () => evalQuotes(),
  summary: evalSummary,
};
// The issue-level names: "language" is the language stage's three scores.
const GROUPS = { language: ["entities", "dates", "quotes"] };
const FLOORS = JSON.parse(readFileSync(new URL("./floors.json", import.meta.url), "utf8"));
const wanted = process.argv
  .slice(2)
  .filter((a) => !a.startsWith("--"))
  .flatMap((t) => GROUPS[t] ?? [t]);
const unknown = wanted.filter((t) => !(t in TASKS));
if (unknown.length) {
  console.error(
    `unknown evaluation: ${unknown.join(", ")}; known: ${[...Object.keys(TASKS), ...Object.keys(GROUPS)].join(", ")}`,
  );
  process.exit(2);
}
let failed = false;
for (const task of wanted.length ? wanted : Object.keys(TASKS)) {
  const scores = await TASKS[task]();
  for (const [name, floor] of Object.entries(FLOORS[task] ?? {})) {
    const score = scores[name];
    const ok = score >= floor;
    console.log(`  floor ${task}.${name} ${floor}: ${ok ? "held" : "BROKEN"} (${score.toFixed(4)})`);
    if (!ok && !process.argv.includes("--lower-floors")) failed = true;
  }
}
process.exit(failed ? 1 : 0);
