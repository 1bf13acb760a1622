// npm run eval -- stories: story clustering on DUC 2006 + 2007 newswire
// (2,375 articles, 95 topic clusters), shuffled with a fixed seed, scored
// with B-cubed precision/recall/F1, beside a plain TF-IDF baseline run in the
// same process on the same order.
import { readFileSync } from "node:fs";
import { rng } from "../bench/corpus.mjs";
import { clusterStories, cosine, DocumentFrequencies } from "../dist/cluster/index.js";
import { DEFAULT_OPTIONS } from "../dist/index.js";
import { loadNerModel } from "../dist/language/entities/ner/model.js";
import { contentTokens, findNames } from "../dist/language/index.js";

const load = (year) =>
  readFileSync(new URL(`../../shared/data/duc${year}/clusters.jsonl`, import.meta.url), "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));

function shuffle(items, seed) {
  const rand = rng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** B-cubed over items; an item in several gold clusters (DUC 2006 has nine) counts as right in any. */
export function bcubed(pred, gold) {
  const members = (map) => {
    const by = new Map();
    for (const [id, cs] of map) for (const c of cs) (by.get(c) ?? by.set(c, new Set()).get(c)).add(id);
    return by;
  };
  const goldBy = members(gold);
  const predBy = members(new Map([...pred].map(([id, c]) => [id, [c]])));
  const sameGold = (a, b) => gold.get(a).some((c) => gold.get(b).includes(c));
  let p = 0;
  let r = 0;
  for (const [id, c] of pred) {
    const cluster = [...predBy.get(c)];
    p += cluster.filter((o) => sameGold(id, o)).length / cluster.length;
    const goldMates = new Set(gold.get(id).flatMap((g) => [...goldBy.get(g)]));
    r += [...goldMates].filter((o) => pred.get(o) === c).length / goldMates.size;
  }
  p /= pred.size;
  r /= pred.size;
  return { precision: p, recall: r, f1: (2 * p * r) / (p + r) };
}

/** Gold clusters spread over several stories, and stories that hold several gold clusters. */
function splitsAndMixes(pred, gold) {
  const storiesOf = new Map();
  const goldOf = new Map();
  for (const [id, c] of pred) {
    for (const g of gold.get(id)) {
      (storiesOf.get(g) ?? storiesOf.set(g, new Map()).get(g)).set(c, (storiesOf.get(g)?.get(c) ?? 0) + 1);
      (goldOf.get(c) ?? goldOf.set(c, new Map()).get(c)).set(g, (goldOf.get(c)?.get(g) ?? 0) + 1);
    }
  }
  // A side with under two articles is noise, not a split or a mix.
  const count = (m) => [...m.values()].filter((x) => [...x.values()].filter((n) => n >= 2).length > 1).length;
  return { split: count(storiesOf), mixed: count(goldOf) };
}

/** Baseline: plain TF-IDF (full vectors), each article joins the most similar earlier article's story. */
function tfidfBaseline(items, threshold) {
  const df = new DocumentFrequencies();
  const tokens = items.map((it) => contentTokens(`${it.title} ${it.text}`));
  for (const t of tokens) df.add(t);
  const vectors = tokens.map((t) => df.vector(t));
  const story = new Map();
  items.forEach((it, i) => {
    let best = -1;
    let bestScore = threshold;
    for (let j = 0; j < i; j++) {
      const s = cosine(vectors[i], vectors[j]);
      if (s >= bestScore) {
        bestScore = s;
        best = j;
      }
    }
    story.set(it.id, best >= 0 ? story.get(items[best].id) : it.id);
  });
  return story;
}

const MENTION_TYPE = { PER: "person", ORG: "organization", LOC: "location", MISC: "other" };

/** The names the pipeline's language stage gives each article before clustering (annotate), tagged once. */
function namesOf(records) {
  const scorer = loadNerModel();
  return new Map(
    records.map((r) => [
      r.doc,
      findNames(r.text, scorer).map((n) => ({ text: n.text, type: MENTION_TYPE[n.type] })),
    ]),
  );
}

/** Clustering input as the pipeline builds it: words and the names the tagger found. */
const toItems = (records, names) =>
  records.map((r) => ({
    id: r.doc,
    title: r.title || null,
    text: r.text,
    duplicateOf: null,
    entities: names.get(r.doc),
    published: r.date,
  }));

/** Days a story reaches past its first and last article (the pipeline's option; STORY_WINDOW=none for no window). */
const WINDOW =
  process.env.STORY_WINDOW === "none"
    ? null
    : Number(process.env.STORY_WINDOW ?? DEFAULT_OPTIONS.storyWindowDays ?? Number.NaN) || null;

export function evalStories() {
  const records = [...load(2006), ...load(2007)];
  const gold = new Map();
  const byDoc = new Map();
  for (const r of records) {
    gold.set(r.doc, [...(gold.get(r.doc) ?? []), r.cluster]);
    byDoc.set(r.doc, r);
  }
  const names = namesOf([...byDoc.values()]);
  const items = toItems(shuffle([...byDoc.values()], 7), names);
  const t = Date.now();
  const threshold = Number(process.env.STORY_THRESHOLD ?? DEFAULT_OPTIONS.storyThreshold);
  const groups = clusterStories(items, threshold, undefined, WINDOW);
  const seconds = (Date.now() - t) / 1000;
  const pred = new Map(groups.flatMap((g) => g.articles.map((id) => [id, g.id])));
  const base = tfidfBaseline(items, 0.3);
  const ours = bcubed(pred, gold);
  const peer = bcubed(base, gold);
  const goldCount = new Set([...gold.values()].flat()).size;
  const fmt = (s) => `P ${s.precision.toFixed(4)}  R ${s.recall.toFixed(4)}  F1 ${s.f1.toFixed(4)}`;
  console.log(
    `stories: ${items.length} DUC 2006+2007 articles in ${goldCount} gold clusters, shuffled (seed 7)`,
  );
  const o = splitsAndMixes(pred, gold);
  const b = splitsAndMixes(base, gold);
  console.log(
    `  synoptic (threshold ${threshold}, window ${WINDOW === null ? "none" : `${WINDOW} days`})  ${fmt(ours)}  stories ${groups.length}, gold split ${o.split}, stories mixed ${o.mixed}  (${seconds.toFixed(1)} s)`,
  );
  console.log(
    `  tf-idf baseline (0.3)     ${fmt(peer)}  stories ${new Set(base.values()).size}, gold split ${b.split}, stories mixed ${b.mixed}`,
  );
  const order = orderIndependence([...byDoc.values()], names, threshold, pred, gold);
  return { f1: ours.f1, orderAgreement: order };
}

/**
 * How much the stories depend on arrival order: the same articles clustered
 * in other shuffles, each scored with B-cubed against the first run's stories
 * (1 = the same partition) and against the gold topics.
 */
function orderIndependence(records, names, threshold, first, gold) {
  const agreements = [];
  const f1s = [];
  for (const seed of [11, 23, 42]) {
    const items = toItems(shuffle(records, seed), names);
    const pred = new Map(
      clusterStories(items, threshold, undefined, WINDOW).flatMap((g) => g.articles.map((id) => [id, g.id])),
    );
    agreements.push(bcubed(pred, new Map([...first].map(([id, c]) => [id, [c]]))).f1);
    f1s.push(bcubed(pred, gold).f1);
  }
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(
    `  order: three other shuffles agree with the first at B-cubed F1 ${agreements.map((x) => x.toFixed(3)).join(", ")} (mean ${mean(agreements).toFixed(3)}); their F1 against the topics ${f1s.map((x) => x.toFixed(3)).join(", ")}`,
  );
  return mean(agreements);
}
