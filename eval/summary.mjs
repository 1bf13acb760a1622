// npm run eval -- summary: DUC 2006 multi-document summaries of 250 words,
// scored with ROUGE-2 recall (Porter stemming, stopwords kept, cut to 250
// words, jackknifed over the four references), next to NIST's published
// scores; the scorer is checked by scoring the human summaries too.
import { readFileSync } from "node:fs";
import { stemmer } from "stemmer";
import { loadLanguageTools, splitSentences } from "../dist/language/index.js";
import { summarize } from "../dist/summarize/index.js";

const WORDS = 250;
const read = (name) =>
  readFileSync(new URL(`../../shared/data/duc2006/${name}`, import.meta.url), "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));

function bigrams(text) {
  const tokens = (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).slice(0, WORDS).map((t) => stemmer(t));
  const counts = new Map();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const k = `${tokens[i]} ${tokens[i + 1]}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

function matched(candidate, reference) {
  let hits = 0;
  let total = 0;
  for (const [k, n] of reference) {
    total += n;
    hits += Math.min(n, candidate.get(k) ?? 0);
  }
  return { hits, total };
}

/** Jackknifed ROUGE-2 recall: the mean over leave-one-out reference sets of pooled recall. */
export function rouge2(candidate, references) {
  const c = bigrams(candidate);
  const scored = references.map((r) => matched(c, bigrams(r)));
  if (scored.length === 1) return scored[0].hits / scored[0].total;
  const sets = scored.map((_, leave) => scored.filter((__, i) => i !== leave));
  const recall = (set) => set.reduce((a, x) => a + x.hits, 0) / set.reduce((a, x) => a + x.total, 0);
  return sets.reduce((a, set) => a + recall(set), 0) / sets.length;
}

export function evalSummary() {
  const tools = loadLanguageTools();
  const byCluster = new Map();
  for (const r of read("clusters.jsonl"))
    (byCluster.get(r.cluster) ?? byCluster.set(r.cluster, []).get(r.cluster)).push(r);
  const refs = new Map();
  for (const s of read("summaries.jsonl"))
    (refs.get(s.cluster) ?? refs.set(s.cluster, []).get(s.cluster)).push(s);
  const ours = [];
  const humans = new Map();
  for (const [cluster, docs] of byCluster) {
    const articles = docs.map((d) => ({
      id: d.doc,
      outlet: d.doc.slice(0, 3),
      text: d.text,
      sentences: splitSentences(d.text, tools),
      duplicateOf: null,
    }));
    const summary = summarize(articles, WORDS)
      .map((s) => s.text)
      .join(" ");
    const references = refs.get(cluster) ?? [];
    ours.push(
      rouge2(
        summary,
        references.map((r) => r.summary),
      ),
    );
    // Each human summary against the other humans' (what NIST reports for the humans).
    for (const h of references) {
      const others = references.filter((r) => r !== h).map((r) => r.summary);
      (humans.get(h.annotator) ?? humans.set(h.annotator, []).get(h.annotator)).push(
        rouge2(h.summary, others),
      );
    }
  }
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const official = read("official_rouge_avg.jsonl").filter((o) => o.metric === "ROUGE-2");
  console.log(`summary: DUC 2006, ${byCluster.size} clusters, ${WORDS} words, ROUGE-2 recall (jackknifed)`);
  console.log(
    `  synoptic: ${mean(ours).toFixed(4)}   (best 2006 system 0.0951, lead baseline 0.0495, humans 0.118-0.133)`,
  );
  const agreement = [...humans]
    .map(([a, xs]) => [a, mean(xs), official.find((o) => o.summarizer === a)?.recall])
    .filter(([, , o]) => o !== undefined)
    .sort((x, y) => y[2] - x[2]);
  console.log(
    `  scorer check, humans (ours vs official): ${agreement.map(([a, m, o]) => `${a} ${m.toFixed(4)}/${o.toFixed(4)}`).join(", ")}`,
  );
  return { rouge2: mean(ours) };
}
