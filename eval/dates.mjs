// npm run eval -- dates: date expressions of TimeBank 1.2 (TempEval-3 cleaned)
// resolved against each document's publication date. For every gold DATE
// timex: found (our span overlaps it) and value equal; all, and the relative
// ones (temporalFunction true) apart.
import { readFileSync } from "node:fs";
import { findDates, loadLanguageTools, splitSentences } from "../dist/language/index.js";

export function evalDates() {
  const tools = loadLanguageTools();
  const docs = readFileSync(new URL("../../shared/data/timebank/timex.jsonl", import.meta.url), "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  const tally = {
    all: { gold: 0, found: 0, right: 0 },
    relative: { gold: 0, found: 0, right: 0 },
    calendar: { gold: 0, found: 0, right: 0 },
    "calendar relative": { gold: 0, found: 0, right: 0 },
  };
  let predicted = 0;
  let predictedMatched = 0;
  for (const doc of docs) {
    // References ("now", "recently", "soon") are asked for: TIMEX3 writes them PRESENT_REF, PAST_REF, FUTURE_REF.
    const found = findDates(doc.text, splitSentences(doc.text, tools), doc.dct, { references: true }).map(
      (p) => (p.reference ? { ...p, value: `${p.reference.toUpperCase()}_REF` } : p),
    );
    predicted += found.length;
    const gold = doc.timexes.filter((t) => t.type === "DATE");
    for (const p of found) if (gold.some((g) => p.start < g.end && g.start < p.end)) predictedMatched++;
    for (const g of gold) {
      const hit = found.find((p) => p.start < g.end && g.start < p.end);
      const right = hit && (hit.value === g.value || hit.value?.split("/")[0] === g.value);
      // PRESENT_REF, PAST_REF, FUTURE_REF ("now", "recently"): no calendar value in the report, so also counted apart.
      const calendar = !/_REF$/.test(g.value);
      const relative = g.temporalFunction === "true";
      const keys = [
        "all",
        relative && "relative",
        calendar && "calendar",
        calendar && relative && "calendar relative",
      ].filter(Boolean);
      for (const key of keys) {
        tally[key].gold++;
        if (hit) tally[key].found++;
        if (right) tally[key].right++;
      }
    }
  }
  const pct = (n, d) => (d ? n / d : 0).toFixed(4);
  console.log(
    `dates: ${docs.length} TimeBank documents, ${tally.all.gold} gold DATE expressions (${tally.relative.gold} relative)`,
  );
  for (const key of Object.keys(tally)) {
    const t = tally[key];
    console.log(
      `  ${key.padEnd(17)} (${String(t.gold).padStart(4)}) found ${pct(t.found, t.gold)}  value accuracy ${pct(t.right, t.gold)}  (value right when found ${pct(t.right, t.found)})`,
    );
  }
  console.log(
    `  precision of found expressions (overlap a gold DATE): ${pct(predictedMatched, predicted)} of ${predicted}`,
  );
  return {
    accuracy: tally.all.right / tally.all.gold,
    relativeAccuracy: tally.relative.right / tally.relative.gold,
  };
}
