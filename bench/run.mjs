// npm run bench: whole-pipeline throughput on synthetic plain-text articles,
// beside a peer run in the same process on the same input (wink-nlp reading
// every text once: the floor any NLP pipeline over these texts pays).

import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import { analyze } from "../dist/index.js";
import { syntheticArticles } from "./corpus.mjs";

const n = Number(process.argv[2] ?? 1000);
const articles = syntheticArticles(n);
const mb = articles.reduce((s, a) => s + Buffer.byteLength(a.text), 0) / 1e6;

function time(fn) {
  const t = process.hrtime.bigint();
  const result = fn();
  return result instanceof Promise
    ? result.then((r) => [Number(process.hrtime.bigint() - t) / 1e9, r])
    : [Number(process.hrtime.bigint() - t) / 1e9, result];
}

const [peerSeconds] = time(() => {
  const nlp = winkNLP(model);
  let tokens = 0;
  for (const a of articles) tokens += nlp.readDoc(a.text).tokens().length();
  return tokens;
});
const [seconds, report] = await time(() => analyze({ records: articles }, { now: () => new Date(0) }));
const rss = process.memoryUsage().rss / 1e6;

console.log(
  `synoptic analyze: ${n} plain-text articles (${mb.toFixed(1)} MB) in ${seconds.toFixed(2)} s = ${(n / seconds).toFixed(0)} articles/s, ${(mb / seconds).toFixed(2)} MB/s; ${report.stories.length} stories; rss ${rss.toFixed(0)} MB`,
);
console.log(
  `peer (wink-nlp readDoc only): ${peerSeconds.toFixed(2)} s = ${(n / peerSeconds).toFixed(0)} articles/s`,
);
console.log(`ratio synoptic/peer time: ${(seconds / peerSeconds).toFixed(2)}x`);

// Where the time goes: the stages timed apart on the same input.
const { resolveOptions } = await import("../dist/config/defaults.js");
const { recordToInput } = await import("../dist/ingest/index.js");
const { assignIds } = await import("../dist/pipeline/ids.js");
const { processArticles } = await import("../dist/pipeline/articles.js");
const { loadLanguageTools } = await import("../dist/language/index.js");
const { derive, findDuplicates } = await import("../dist/dedupe/index.js");
const { clusterStories } = await import("../dist/cluster/index.js");
const { summarize } = await import("../dist/summarize/index.js");
const { compareStory } = await import("../dist/compare/index.js");
const { resolveSpeakers } = await import("../dist/language/index.js");
const options = resolveOptions();
const inputs = articles.map((r, i) => recordToInput(r, `r${i}`).input);
const stages = [];
const stage = (name, fn) => {
  const [s, result] = time(fn);
  stages.push(`${name} ${s.toFixed(2)} s`);
  return result;
};
const { articles: annotated } = stage("extract+language", () =>
  processArticles(assignIds(inputs).articles, loadLanguageTools(), options),
);
stage("duplicates", () => findDuplicates(annotated, options.duplicateThreshold));
const groups = stage("clustering", () => clusterStories(annotated, options.storyThreshold));
const byId = new Map(annotated.map((a) => [a.id, a]));
const members = groups.map((g) => g.articles.map((id) => byId.get(id)));
stage("derivation", () =>
  members.map((m) =>
    derive(
      m.map((a, order) => ({ ...a, order })),
      options.derivationMinShare,
    ),
  ),
);
stage("summaries", () => members.map((m) => summarize(m, options.summaryWords)));
stage("comparison", () => members.map((m) => compareStory(m)));
stage("speakers", () => resolveSpeakers(annotated, groups));
console.log(`stages: ${stages.join(", ")}`);
