// npm run bench (second part): HTML extraction throughput of synoptic beside Readability on linkedom and on jsdom,
// on real test pages (if present) and on synthetic 200 KB news pages, so extraction speed is judged against peers.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { parseHTML } from "linkedom";
import { extractArticle } from "../dist/extract/index.js";
import { DEFAULT_OPTIONS } from "../dist/index.js";
import { syntheticPages } from "./html-pages.mjs";

const REAL_PAGES = new URL("../../shared/data/extraction/readability-testpages.jsonl", import.meta.url);
const SYNTHETIC_COUNT = 60;
const SYNTHETIC_SEED = 7;
const WARMUP_PAGES = 3;
// jsdom reads a few pages a second: a subset keeps the whole run under two minutes.
const JSDOM_PAGES = 40;
// Synoptic and Readability+linkedom: passes in turn, best time per page kept.
const PASSES = 3;

const OPTIONS = {
  clean: true,
  maxHtmlElements: DEFAULT_OPTIONS.limits.maxHtmlElements,
  maxHtmlDepth: DEFAULT_OPTIONS.limits.maxHtmlDepth,
};

// Each extractor returns null on success or a short reason; a throw is caught by the caller.
function synoptic(page) {
  const r = extractArticle({ source: page.id, format: "html", content: page.html }, OPTIONS);
  return r.ok ? null : `${r.rejection.code}: ${r.rejection.reason}`;
}

function readabilityLinkedom(page) {
  const { document } = parseHTML(page.html);
  return new Readability(document).parse() ? null : "no article found";
}

// A bare VirtualConsole drops everything, so jsdom's CSS parse errors do not flood the output.
const silent = new VirtualConsole();

function readabilityJsdom(page) {
  const dom = new JSDOM(page.html, { virtualConsole: silent });
  try {
    return new Readability(dom.window.document).parse() ? null : "no article found";
  } finally {
    // Closing is how jsdom frees a window; any real jsdom user pays for it, so it is timed too.
    dom.window.close();
  }
}

const EXTRACTORS = [
  { name: "synoptic", run: synoptic },
  { name: "readability+linkedom", run: readabilityLinkedom },
  { name: "readability+jsdom", run: readabilityJsdom, limit: JSDOM_PAGES },
];

let peakRss = 0;

function attempt(extractor, page) {
  try {
    return extractor.run(page);
  } catch (e) {
    return `threw ${e?.name ?? "error"}: ${String(e?.message ?? e).split("\n")[0]}`;
  }
}

/** Warm-up on a few pages, then one timed pass over all (or the first `limit`) pages. */
function measure(extractor, pages) {
  const used = extractor.limit ? pages.slice(0, extractor.limit) : pages;
  for (const page of used.slice(0, WARMUP_PAGES)) attempt(extractor, page);
  const failures = [];
  // Per-page times let a peer timed on a subset be compared on exactly the same pages.
  const times = [];
  for (const page of used) {
    const start = process.hrtime.bigint();
    const reason = attempt(extractor, page);
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
    if (reason) failures.push({ id: page.id, reason });
  }
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  return { name: extractor.name, used, times, failures, subset: used.length < pages.length };
}

/**
 * The fast extractors take turns over several passes and keep each page's
 * fastest time: one pass alone swings by 20% or more with garbage collection
 * and with which extractor ran first.
 */
function measureInTurns(extractors, pages) {
  const runs = extractors.map(() => []);
  for (let pass = 0; pass < PASSES; pass++) {
    extractors.forEach((x, i) => {
      runs[i].push(measure(x, pages));
    });
  }
  return runs.map((passes) => ({
    ...passes[0],
    times: passes[0].times.map((_, page) => Math.min(...passes.map((p) => p.times[page]))),
  }));
}

const sum = (xs) => xs.reduce((s, x) => s + x, 0);

function report(label, m, total) {
  const mb = sum(m.used.map((p) => p.bytes)) / 1e6;
  const seconds = sum(m.times);
  const subset = m.subset ? ` (first ${m.used.length} of ${total} only: jsdom is slow)` : "";
  console.log(
    `${label} ${m.name}: ${m.used.length} pages${subset} (${mb.toFixed(1)} MB) in ${seconds.toFixed(2)} s = ${(m.used.length / seconds).toFixed(1)} pages/s, ${(mb / seconds).toFixed(2)} MB/s; failures: ${m.failures.length}`,
  );
  for (const f of m.failures) console.log(`${label} ${m.name} failed on ${f.id}: ${f.reason.slice(0, 160)}`);
}

/** Ours over the peer in pages/s, on the pages the peer was timed on. */
function ratioLine(label, ours, peer) {
  const n = peer.used.length;
  const ratio = sum(peer.times) / sum(ours.times.slice(0, n));
  const same = peer.subset ? `, on the same first ${n} pages` : "";
  console.log(`${label} ratio ${ours.name} / ${peer.name}: ${ratio.toFixed(2)}x (pages/s${same})`);
}

function benchSet(set, kind, pages) {
  const label = `set ${set}`;
  const mb = sum(pages.map((p) => p.bytes)) / 1e6;
  console.log(`extraction set ${set} (${kind}): ${pages.length} pages, ${mb.toFixed(1)} MB`);
  const fast = EXTRACTORS.filter((x) => !x.limit);
  const [ours, ...peers] = [
    ...measureInTurns(fast, pages),
    ...EXTRACTORS.filter((x) => x.limit).map((x) => measure(x, pages)),
  ];
  for (const m of [ours, ...peers]) report(label, m, pages.length);
  for (const peer of peers) ratioLine(label, ours, peer);
}

/** The real pages, or null when the shared data is not on this machine. */
function realPages() {
  let text;
  try {
    text = readFileSync(REAL_PAGES, "utf8");
  } catch (e) {
    if (e.code === "ENOENT") return null;
    throw e;
  }
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line))
    .map(({ id, html }) => ({ id: String(id), html, bytes: Buffer.byteLength(html) }));
}

const real = realPages();
if (real) benchSet("A", "real pages", real);
else console.log(`extraction set A (real pages): skipped, ${fileURLToPath(REAL_PAGES)} not found`);

const synthetic = syntheticPages(SYNTHETIC_COUNT, SYNTHETIC_SEED).map((p) => ({
  ...p,
  bytes: Buffer.byteLength(p.html),
}));
benchSet("B", "synthetic news pages", synthetic);
console.log(`extraction peak rss: ${(peakRss / 1e6).toFixed(0)} MB`);
