// npm run eval -- quotes: direct quotes of PolNeAR (political news, 7
// outlets). Content: character overlap between our quoted words and the gold
// direct quotes (marks and spaces left out), as precision/recall/F1; and again
// with quoted words that the gold attributes as indirect speech (partial quotes)
// not counted against precision. Speaker:
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

/**
 * The baseline: text between a pair of quotation marks in one paragraph,
 * its speaker a capitalized name right after it with "said" ("…," Jane Doe said / said Jane Doe).
 */
export function betweenMarks(text) {
  const out = [];
  for (const m of text.matchAll(/“([^“”\n]+)”|"([^"\n]+)"/g)) {
    const start = m.index + 1;
    const end = m.index + m[0].length - 1;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const cue = /^\s*(?:said\s+)?(\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*)(?:\s+said)?/u.exec(after);
    const ok = cue && /\bsaid\b/.test(cue[0]);
    const at = ok ? m.index + m[0].length + cue[0].indexOf(cue[1]) : null;
    out.push({ start, end, speakerStart: at, speakerEnd: ok ? at + cue[1].length : null });
  }
  return out;
}

export function evalQuotes(splits = ["dev"]) {
  const docs = readFileSync(new URL("../../shared/data/polnear/quotes.jsonl", import.meta.url), "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  const results = score(docs, splits, findQuotes);
  const baseline = score(docs, splits, betweenMarks);
  const total = docs.reduce((n, d) => n + d.quotes.filter((q) => q.direct).length, 0);
  console.log(`quotes: PolNeAR, ${docs.length} articles, ${total} gold direct quotes`);
  for (const [split, x] of Object.entries(results)) print(split, x);
  print("dev, baseline: between marks, 'X said'", baseline.dev);
  const dev = results.dev;
  return { contentF1: dev.f1, contentF1Attributed: dev.f1a, speakerAccuracy: dev.speakerRight / dev.matched };
}

function print(split, x) {
  console.log(
    `  ${split.padEnd(4)} content P ${x.p.toFixed(4)} R ${x.r.toFixed(4)} F1 ${x.f1.toFixed(4)} (P ${x.pa.toFixed(4)} F1 ${x.f1a.toFixed(4)} counting words any attribution quotes); speaker right ${(x.speakerRight / x.matched).toFixed(4)} of quotes found (${x.speakerRight}/${x.matched}), ${(x.speakerRight / Math.max(1, x.attributed)).toFixed(4)} of those we attribute (${x.attributed})`,
  );
}

function score(docs, splits, find) {
  const results = {};
  for (const split of [...splits, "all"]) {
    let overlap = 0;
    let inAttribution = 0;
    let ours = 0;
    let gold = 0;
    let matched = 0;
    let speakerRight = 0;
    let attributed = 0;
    for (const doc of docs.filter((d) => split === "all" || d.split === split)) {
      const u = unitIndex(doc.text);
      const found = find(doc.text);
      const goldSet = new Set();
      const oursSet = new Set();
      const direct = doc.quotes.filter((q) => q.direct);
      for (const q of direct) for (const [s, e] of q.quote_spans) mark(goldSet, doc.text, u(s), u(e));
      // Quoted words inside reported speech ("said the plan was “dead”") are the content of an indirect
      // attribution: not a direct quote to find, but no false one either.
      const anyAttribution = new Set(goldSet);
      for (const q of doc.quotes)
        for (const [s, e] of q.quote_spans ?? []) mark(anyAttribution, doc.text, u(s), u(e));
      for (const q of found) mark(oursSet, doc.text, q.start, q.end);
      for (const i of oursSet) if (goldSet.has(i)) overlap++;
      for (const i of oursSet) if (anyAttribution.has(i)) inAttribution++;
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
    const pa = inAttribution / ours;
    const f1a = (2 * pa * r) / (pa + r);
    results[split] = { f1: (2 * p * r) / (p + r), p, r, pa, f1a, matched, attributed, speakerRight };
  }
  return results;
}
