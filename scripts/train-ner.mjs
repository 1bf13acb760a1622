// Trains the entity tagger's weights (models/ner-en.json.gz) on the train
// split of CoNLL-2003 English, as given in ../shared/data/conll2003/ner.jsonl
// (see the data's README; the data itself is never shipped). Averaged
// perceptron, greedy decoding with the gold previous tags; deterministic.
//   npm run build && node scripts/train-ner.mjs [--epochs 10] [--data FILE] [--out FILE]
import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import {
  dynamicFeatures,
  isCapsLine,
  staticFeatures,
  tokenInfo,
} from "../dist/language/entities/ner/features.js";
import { allowed, remember } from "../dist/language/entities/ner/tagger.js";
import { tokenize } from "../dist/language/entities/ner/tokenize.js";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const EPOCHS = Number(arg("epochs", "10"));
const DATA = arg("data", new URL("../../shared/data/conll2003/ner.jsonl", import.meta.url).pathname);
const OUT = arg("out", new URL("../models/ner-en.json.gz", import.meta.url).pathname);
const LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];
const SCALE = 100;

/** Each document as lines of tokens with gold BIO tags. */
function examples(doc) {
  const lines = [];
  let offset = 0;
  for (const line of doc.text.split("\n")) {
    const tokens = tokenize(line).map((t) => ({ ...t, start: t.start + offset, end: t.end + offset }));
    const tags = tokens.map((t) => {
      const e = doc.entities.find((e) => t.start >= e.start && t.end <= e.end);
      if (!e) return "O";
      return `${e.start === t.start ? "B" : "I"}-${e.type}`;
    });
    lines.push({ tokens, tags });
    offset += line.length + 1;
  }
  return lines;
}

// Lazily averaged weights: per feature [w, total, stamp] for each label.
const weights = new Map();
let clock = 1;
function update(feature, label, delta) {
  let w = weights.get(feature);
  if (!w) {
    w = new Float64Array(LABELS.length * 3);
    weights.set(feature, w);
  }
  const k = label * 3;
  w[k + 1] += (clock - w[k + 2]) * w[k];
  w[k + 2] = clock;
  w[k] += delta;
}
function scoreInto(features, scores) {
  for (const f of features) {
    const w = weights.get(f);
    if (w) for (let l = 0; l < LABELS.length; l++) scores[l] += w[l * 3];
  }
}

function trainLine({ tokens, tags }, memory) {
  const info = tokenInfo(tokens);
  const caps = isCapsLine(tokens);
  let mistakes = 0;
  for (let i = 0; i < tokens.length; i++) {
    const prev1 = tags[i - 1] ?? "<s>";
    const prev2 = tags[i - 2] ?? "<s>";
    const features = [
      ...staticFeatures(info, i, caps),
      ...dynamicFeatures(info[i].lower, prev1, prev2, memory.get(info[i].lower)),
    ];
    const scores = new Float64Array(LABELS.length);
    scoreInto(features, scores);
    let best = 0;
    for (let l = 1; l < LABELS.length; l++)
      if (scores[l] > scores[best] && allowed(LABELS[l], prev1)) best = l;
    const gold = LABELS.indexOf(tags[i]);
    if (best !== gold) {
      mistakes++;
      for (const f of features) {
        update(f, gold, 1);
        update(f, best, -1);
      }
    }
    clock++;
    remember(memory, tokens[i], info[i].lower, tags[i]);
  }
  return mistakes;
}

// A fixed shuffle: the same data gives the same weights.
function shuffle(items, seed) {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const docs = readFileSync(DATA, "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l))
  .filter((d) => d.split === "train")
  .map(examples);
const tokens = docs.flat().reduce((n, l) => n + l.tokens.length, 0);
console.log(`train-ner: ${docs.length} documents, ${tokens} tokens, ${EPOCHS} epochs`);
for (let epoch = 1; epoch <= EPOCHS; epoch++) {
  let mistakes = 0;
  for (const doc of shuffle(docs, epoch)) {
    const memory = new Map();
    for (const line of doc) mistakes += trainLine(line, memory);
  }
  console.log(`  epoch ${epoch}: ${mistakes} mistakes (${((mistakes / tokens) * 100).toFixed(2)}%)`);
}

// Averaged weights, rounded; features whose weights all round to zero are dropped.
const features = {};
for (const [f, w] of weights) {
  const row = LABELS.map((_, l) => {
    const total = w[l * 3 + 1] + (clock - w[l * 3 + 2]) * w[l * 3];
    return Math.round((total / clock) * SCALE);
  });
  if (row.some((v) => v !== 0)) features[f] = row;
}
// Ordinary words: seen in lower case at least three times inside sentences. A
// lone capitalized one opening a sentence ("Dozens of workers ...") is no name.
const seen = new Map();
for (const doc of docs)
  for (const { tokens: line } of doc)
    line.forEach((t, i) => {
      if (i > 0 && /^\p{Ll}+$/u.test(t.text)) seen.set(t.text, (seen.get(t.text) ?? 0) + 1);
    });
const common = [...seen]
  .filter(([, n]) => n >= 3)
  .map(([w]) => w)
  .sort();
const json = JSON.stringify({ labels: LABELS, scale: SCALE, common, features });
writeFileSync(OUT, gzipSync(json, { level: 9 }));
console.log(
  `  ${common.length} common words; ${Object.keys(features).length} of ${weights.size} features kept; ${(json.length / 1e6).toFixed(1)} MB JSON, written gzipped to ${OUT}`,
);
