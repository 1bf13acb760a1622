// npm run eval -- quotes: direct quotes of PolNeAR (political news, 7
// outlets). Content: character overlap between our quoted words and the gold
// direct quotes (marks and spaces left out), as precision/recall/F1. Speaker:
// of the gold direct quotes we find, the share whose speaker span overlaps ours.
import { readFileSync } from "node:fs";
import { findQuotes } from "../dist/language/index.js";

/** Python counts code points, JavaScript UTF-16 units: map one to the other. */
function unitIndex(text) {
  const map = [];
  let unit = 0;
  for (const ch of text) {
    map.push(unit);
    unit += ch.length;
  }
  map.push(unit);
  return (cp) => map[cp] ?? unit;
}

const CONTENT = /[^\s“”"'‘’«»]/u;

function mark(set, text, start, end) {
  for (let i = start; i < end; i++) if (CONTENT.test(text[i])) set.add(i);
}

export function evalQuotes(splits = ["dev"]) {
  const docs = readFileSync(new URL("../../shared/data/polnear/quotes.jsonl", import.meta.url), "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  const results = {};
  for (const split of [...splits, "all"]) {
    let overlap = 0;
    let ours = 0;
    let gold = 0;
    let matched = 0;
    let speakerRight = 0;
    let attributed = 0;
    for (const doc of docs.filter((d) => split === "all" || d.split === split)) {
      const u = unitIndex(doc.text);
      const found = findQuotes(doc.text);
      const goldSet = new Set();
      const oursSet = new Set();
      const direct = doc.quotes.filter((q) => q.direct);
      for (const q of direct) for (const [s, e] of q.quote_spans) mark(goldSet, doc.text, u(s), u(e));
      for (const q of found) mark(oursSet, doc.text, q.start, q.end);
      for (const i of oursSet) if (goldSet.has(i)) overlap++;
      ours += oursSet.size;
      gold += goldSet.size;
      for (const q of direct) {
        const [s, e] = [u(q.char_start), u(q.char_end)];
        const hit = found.find((f) => f.start < e && s < f.end);
        if (!hit) continue;
        matched++;
        if (hit.speakerStart === null) continue;
        attributed++;
        if ((q.speaker_spans ?? []).some(([a, b]) => hit.speakerStart < u(b) && u(a) < hit.speakerEnd))
          speakerRight++;
      }
    }
    const p = overlap / ours;
    const r = overlap / gold;
    results[split] = { f1: (2 * p * r) / (p + r), p, r, matched, attributed, speakerRight };
  }
  const total = docs.reduce((n, d) => n + d.quotes.filter((q) => q.direct).length, 0);
  console.log(`quotes: PolNeAR, ${docs.length} articles, ${total} gold direct quotes`);
  for (const [split, x] of Object.entries(results)) {
    console.log(
      `  ${split.padEnd(4)} content P ${x.p.toFixed(4)} R ${x.r.toFixed(4)} F1 ${x.f1.toFixed(4)}; speaker right ${(x.speakerRight / x.matched).toFixed(4)} of quotes found (${x.speakerRight}/${x.matched}), ${(x.speakerRight / Math.max(1, x.attributed)).toFixed(4)} of those we attribute (${x.attributed})`,
    );
  }
  const dev = results.dev;
  return { contentF1: dev.f1, speakerAccuracy: dev.speakerRight / dev.matched };
}
