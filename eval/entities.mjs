// npm run eval -- entities: people, organizations and places on the dev split
// of CoNLL-2003 English (Reuters 1996), exact-span F1 over PER, ORG and LOC
// (MISC ignored, as the data's README allows), beside a baseline that calls
// every run of capitalized words an entity, scored the same way. The tagger
// reads the raw text with its own tokenizer; the gold tokens are not used.
import { readFileSync } from "node:fs";
import { findNames, loadLanguageTools } from "../dist/language/index.js";

const TYPES = ["PER", "ORG", "LOC"];

/** Every run of capitalized words, typed with the type gold gives most often (an upper bound on typing). */
function capitalizedRuns(text) {
  return [...text.matchAll(/\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*)*/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}

function tally() {
  return Object.fromEntries(TYPES.map((t) => [t, { gold: 0, predicted: 0, right: 0 }]));
}

function f1(t) {
  const p = t.predicted ? t.right / t.predicted : 0;
  const r = t.gold ? t.right / t.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

function total(counts) {
  return Object.values(counts).reduce(
    (a, t) => ({ gold: a.gold + t.gold, predicted: a.predicted + t.predicted, right: a.right + t.right }),
    { gold: 0, predicted: 0, right: 0 },
  );
}

export function evalEntities() {
  const tools = loadLanguageTools();
  const docs = readFileSync(new URL("../../shared/data/conll2003/ner.jsonl", import.meta.url), "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l))
    .filter((d) => d.split === "dev");
  const ours = tally();
  let baseline = { gold: 0, predicted: 0, right: 0 };
  let tokens = 0;
  let ms = 0;
  for (const doc of docs) {
    const gold = doc.entities.filter((e) => TYPES.includes(e.type));
    tokens += doc.tokens.length;
    const started = performance.now();
    const found = findNames(doc.text, tools.names).filter((e) => TYPES.includes(e.type));
    ms += performance.now() - started;
    const key = (e) => `${e.type}:${e.start}:${e.end}`;
    const goldKeys = new Set(gold.map(key));
    for (const g of gold) ours[g.type].gold++;
    for (const p of found) {
      ours[p.type].predicted++;
      if (goldKeys.has(key(p))) ours[p.type].right++;
    }
    const goldSpans = new Set(gold.map((e) => `${e.start}:${e.end}`));
    const runs = capitalizedRuns(doc.text);
    baseline = {
      gold: baseline.gold + gold.length,
      predicted: baseline.predicted + runs.length,
      right: baseline.right + runs.filter((r) => goldSpans.has(`${r.start}:${r.end}`)).length,
    };
  }
  const all = f1(total(ours));
  const base = f1(baseline);
  const fmt = (s) => `P ${s.p.toFixed(4)} R ${s.r.toFixed(4)} F1 ${s.f.toFixed(4)}`;
  console.log(
    `entities: CoNLL-2003 dev, ${docs.length} documents, ${tokens} tokens; exact spans, PER ORG LOC`,
  );
  console.log(`  synoptic        ${fmt(all)}  (${Math.round(tokens / (ms / 1000))} tokens/s)`);
  for (const t of TYPES) console.log(`    ${t}            ${fmt(f1(ours[t]))}  (${ours[t].gold} gold)`);
  console.log(`  capitalized runs (span only, type ignored) ${fmt(base)}`);
  return { f1: all.f };
}
