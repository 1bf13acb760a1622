// npm run eval -- summary: DUC 2006 multi-document summaries of 250 words,
// scored with ROUGE-2 recall (Porter stemming, stopwords kept, cut to 250
// words, jackknifed over the four references), next to NIST's published
// scores; the scorer is checked by scoring the human summaries too.
import { readFileSync } from "node:fs";
import { stemmer } from "stemmer";
import { extractArticle } from "../dist/extract/index.js";
import { loadLanguageTools, splitSentences } from "../dist/language/index.js";
import { summarize } from "../dist/summarize/index.js";

const WORDS = 250;
const UPDATE_WORDS = 100;
const read = (name, year = 2006) =>
  readFileSync(new URL(`../../shared/data/duc${year}/${name}`, import.meta.url), "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));

/** n-gram counts of the first `cut` words, Porter-stemmed, stopwords kept (NIST's ROUGE settings). */
function ngrams(text, n, cut) {
  const tokens = (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).slice(0, cut).map((t) => stemmer(t));
  const counts = new Map();
  for (let i = 0; i + n <= tokens.length; i++) {
    const k = tokens.slice(i, i + n).join(" ");
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

/** Jackknifed ROUGE-n recall: the mean over leave-one-out reference sets of pooled recall. */
export function rouge(candidate, references, n = 2, cut = WORDS) {
  const c = ngrams(candidate, n, cut);
  const scored = references.map((r) => matched(c, ngrams(r, n, cut)));
  if (scored.length === 1) return scored[0].hits / scored[0].total;
  const sets = scored.map((_, leave) => scored.filter((__, i) => i !== leave));
  const recall = (set) => set.reduce((a, x) => a + x.hits, 0) / set.reduce((a, x) => a + x.total, 0);
  return sets.reduce((a, set) => a + recall(set), 0) / sets.length;
}

export const rouge2 = (candidate, references) => rouge(candidate, references, 2, WORDS);

/** A DUC document as the pipeline would hand it on: cleaned by extraction (datelines cut, chrome dropped). */
function summaryArticle(d, tools) {
  const text = cleaned(d);
  return {
    id: d.doc,
    outlet: d.doc.slice(0, 3),
    text,
    sentences: splitSentences(text, tools),
    duplicateOf: null,
  };
}

function cleaned(d) {
  const r = extractArticle(
    { source: d.doc, format: "text", content: d.text },
    { clean: true, maxHtmlElements: 100_000, maxHtmlDepth: 120 },
  );
  return r.ok ? r.extraction.text : d.text;
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
  const ours1 = [];
  const oursFocused = [];
  const topics = new Map(read("topics.jsonl").map((t) => [t.cluster, t]));
  const humans = new Map();
  for (const [cluster, docs] of byCluster) {
    const articles = docs.map((d) => summaryArticle(d, tools));
    const summary = summarize(articles, WORDS)
      .map((s) => s.text)
      .join(" ");
    const topic = topics.get(cluster);
    const focused = summarize(articles, WORDS, { focus: topic ? `${topic.title}. ${topic.narrative}` : "" })
      .map((s) => s.text)
      .join(" ");
    const references = refs.get(cluster) ?? [];
    oursFocused.push(
      rouge2(
        focused,
        references.map((r) => r.summary),
      ),
    );
    ours.push(
      rouge2(
        summary,
        references.map((r) => r.summary),
      ),
    );
    ours1.push(
      rouge(
        summary,
        references.map((r) => r.summary),
        1,
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
    `  synoptic: ROUGE-2 ${mean(ours).toFixed(4)}   (best 2006 system 0.0951, lead baseline 0.0495, humans 0.118-0.133); ROUGE-1 ${mean(ours1).toFixed(4)}`,
  );
  console.log(
    `  synoptic focused on each cluster's question (title and narrative): ROUGE-2 ${mean(oursFocused).toFixed(5)}`,
  );
  const agreement = [...humans]
    .map(([a, xs]) => [a, mean(xs), official.find((o) => o.summarizer === a)?.recall])
    .filter(([, , o]) => o !== undefined)
    .sort((x, y) => y[2] - x[2]);
  console.log(
    `  scorer check, humans (ours vs official): ${agreement.map(([a, m, o]) => `${a} ${m.toFixed(4)}/${o.toFixed(4)}`).join(", ")}`,
  );
  const update = evalUpdate(tools);
  return { rouge2: mean(ours), rouge2Focused: mean(oursFocused), updateRouge2: update };
}

/**
 * DUC 2007's update task: ten topics split in time into parts A, B and C;
 * the summary of B says what is new given A, of C given A and B (100 words).
 * Synoptic summarizes a part with the earlier parts' sentences as `known`,
 * and the same part without them, to show what knowing the past changes.
 */
function evalUpdate(tools) {
  const articles = read("clusters.jsonl", 2007).filter((d) => d.update_part);
  const refs = read("update_summaries.jsonl", 2007);
  const rows = { A: [], B: [], C: [], "B blind": [], "C blind": [] };
  const topics = [...new Set(articles.map((d) => d.cluster))];
  for (const topic of topics) {
    const part = (p) =>
      articles.filter((d) => d.cluster === topic && d.update_part === p).map((d) => summaryArticle(d, tools));
    const sentencesOf = (list) => list.flatMap((a) => a.sentences.map((s) => a.text.slice(s.start, s.end)));
    const [a, b, c] = ["A", "B", "C"].map(part);
    const references = (p) =>
      refs.filter((r) => r.cluster === topic && r.update_part === p).map((r) => r.summary);
    const score = (list, known, p) => {
      const text = summarize(list, UPDATE_WORDS, { known })
        .map((s) => s.text)
        .join(" ");
      return [rouge(text, references(p), 2, UPDATE_WORDS), rouge(text, references(p), 1, UPDATE_WORDS)];
    };
    rows.A.push(score(a, [], "A"));
    rows.B.push(score(b, sentencesOf(a), "B"));
    rows.C.push(score(c, sentencesOf([...a, ...b]), "C"));
    rows["B blind"].push(score(b, [], "B"));
    rows["C blind"].push(score(c, [], "C"));
  }
  const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
  console.log(
    `update summaries: DUC 2007, ${topics.length} topics, ${UPDATE_WORDS} words, jackknifed recall`,
  );
  for (const [name, scores] of Object.entries(rows)) {
    const label = name.includes("blind")
      ? `${name[0]} without the earlier parts`
      : name === "A"
        ? "A"
        : `${name} given the earlier parts`;
    console.log(
      `  ${label.padEnd(34)} ROUGE-2 ${mean(scores.map((x) => x[0])).toFixed(4)}  ROUGE-1 ${mean(scores.map((x) => x[1])).toFixed(4)}`,
    );
  }
  return mean([...rows.B, ...rows.C].map((x) => x[0]));
}
