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
