// npm run bench:scale -- copies and stories at scale, on a synthetic stream
// with copies injected at known places: MinHash signatures per second,
// near-duplicate lookup latency (p50/p99), memory per indexed article, recall
// of the injected copies and false positives, then clustering throughput at
// growing sizes with the fitted growth exponent (1 = linear, 2 = quadratic).
// Sizes: node bench/scale.mjs 10000 100000 1000000 (the default).

import { clusterStories } from "../dist/cluster/index.js";
import { LshIndex, minhash, shingles } from "../dist/dedupe/index.js";
import { DEFAULT_OPTIONS } from "../dist/index.js";
import { rng, syntheticArticles } from "./corpus.mjs";

// The index flags a candidate on its MinHash estimate at 0.8; the pipeline then confirms on the exact
// shingle sets at 0.85 (duplicateThreshold). 64 hashes estimate with a standard error of about 0.035,
// so flagging at 0.85 itself would miss a few percent of true copies near 0.9.
const THRESHOLD = 0.8;
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const SIZES = sizes.length ? sizes : [10_000, 100_000, 1_000_000];
/** One article in 40 is a copy of an earlier one: half exact re-scrapes, half re-issues with an edit. */
const COPY_EVERY = 40;

const VOCAB = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}`);

/** Article `i` of a stream: about 250 words from a Zipf-like shared vocabulary, the same every time. */
function original(i, seed) {
  const r = rng(seed * 1_000_003 + i);
  return Array.from({ length: 250 }, () => VOCAB[Math.floor(VOCAB.length * r() ** 2.5)]).join(" ");
}

/** The stream, with copies of earlier articles injected at known places (texts regenerated, not kept). */
function* stream(n, seed) {
  const r = rng(seed);
  for (let i = 0; i < n; i++) {
    if (i > 100 && i % COPY_EVERY === 0) {
      let of = Math.floor(r() * i);
      while (of % COPY_EVERY === 0) of--;
      const text = original(of, seed);
      // A re-issue: a corrected word and a new last sentence, as wire services do.
      const exact = (i / COPY_EVERY) % 2 === 0;
      yield {
        i,
        text: exact
          ? text
          : `${text.replace(/w[0-9a-z]+/, "corrected")} ${original(n + i, seed).slice(0, 80)}.`,
        copyOf: of,
      };
    } else yield { i, text: original(i, seed), copyOf: null };
  }
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

function copiesAt(n) {
  const index = new LshIndex();
  let signSeconds = 0;
  const lookups = new Float64Array(n);
  let injected = 0;
  let found = 0;
  let falsePositives = 0;
  const used = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const heapBefore = used();
  for (const a of stream(n, 7)) {
    let t = process.hrtime.bigint();
    const sig = minhash(shingles(a.text));
    signSeconds += Number(process.hrtime.bigint() - t) / 1e9;
    t = process.hrtime.bigint();
    const near = index.nearest(sig, THRESHOLD);
    lookups[a.i] = Number(process.hrtime.bigint() - t) / 1e6;
    if (a.copyOf !== null) {
      injected++;
      if (near) found++;
    } else if (near) falsePositives++;
    if (!near) index.add(sig);
  }
  const tail = [...lookups.subarray(Math.max(0, n - 10_000))].sort((x, y) => x - y);
  // Memory growth (heap and typed arrays) holds the index and the latency log (8 B/article): no text is kept.
  const heapPerArticle = (used() - heapBefore) / n;
  console.log(
    `copies, ${n.toLocaleString("en")} articles: ${(n / signSeconds).toFixed(0)} signatures/s; lookup p50 ${quantile(tail, 0.5).toFixed(3)} ms, p99 ${quantile(tail, 0.99).toFixed(3)} ms (last 10,000); index ${index.bytesPerDocument().toFixed(0)} B/article (process memory growth ${heapPerArticle.toFixed(0)} B/article); injected copies found ${found}/${injected} = ${(found / injected).toFixed(4)}; false positives ${falsePositives} of ${n - injected} (${((100 * falsePositives) / (n - injected)).toFixed(3)}%)`,
  );
}

/** Clustering time at doubling sizes, and the exponent of the fitted power law t = c·n^k. */
function clusteringGrowth() {
  const points = [];
  for (const n of [1000, 2000, 4000, 8000]) {
    const items = syntheticArticles(n, { words: 200 }).map((a) => ({
      id: a.id,
      title: null,
      text: a.text,
      duplicateOf: null,
    }));
    const t = process.hrtime.bigint();
    const groups = clusterStories(items, DEFAULT_OPTIONS.storyThreshold);
    const s = Number(process.hrtime.bigint() - t) / 1e9;
    points.push([n, s]);
    console.log(
      `clustering ${n} articles: ${s.toFixed(2)} s = ${(n / s).toFixed(0)} articles/s, ${groups.length} stories`,
    );
  }
  const xs = points.map(([n]) => Math.log(n));
  const ys = points.map(([, s]) => Math.log(s));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const k =
    xs.reduce((a, x, i) => a + (x - mx) * ((ys[i] ?? 0) - my), 0) / xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  console.log(`clustering growth exponent: ${k.toFixed(2)} (1 = linear, 2 = quadratic)`);
}

for (const n of SIZES) copiesAt(n);
clusteringGrowth();
console.log(`peak rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
