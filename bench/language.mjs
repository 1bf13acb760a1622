// npm run bench (language part): tokens per second of the language stage as
// a whole and of each of its parts, on the synthetic stream, beside wink-nlp
// reading the same texts (tokens, sentences, POS) in the same process.
//   node bench/language.mjs [articles]

import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import {
  annotate,
  detectLanguage,
  findDates,
  findNames,
  findNumbers,
  findQuotes,
  loadLanguageTools,
  nameTokens,
  splitSentences,
} from "../dist/language/index.js";
import { syntheticArticles } from "./corpus.mjs";

const n = Number(process.argv[2] ?? 1000);
const texts = syntheticArticles(n).map((a) => a.text);
const tokens = texts.reduce((s, t) => s + nameTokens(t).length, 0);
const tools = loadLanguageTools();
const sentences = texts.map((t) => splitSentences(t, tools));

function seconds(fn) {
  const t = process.hrtime.bigint();
  for (let i = 0; i < texts.length; i++) fn(texts[i], i);
  return Number(process.hrtime.bigint() - t) / 1e9;
}

const nlp = winkNLP(model);
const peer = seconds((t) => nlp.readDoc(t).tokens().out(nlp.its.pos));
const whole = seconds((t) => annotate(t, tools, null, "2026-03-04"));
const parts = [
  ["sentences", seconds((t) => splitSentences(t, tools))],
  ["names", seconds((t) => findNames(t, tools.names))],
  ["dates", seconds((t, i) => findDates(t, sentences[i], "2026-03-04"))],
  ["quotes", seconds((t) => findQuotes(t))],
  ["numbers", seconds((t) => findNumbers(t))],
  ["language id", seconds((t) => detectLanguage(t))],
];
const rate = (s) => `${Math.round(tokens / s).toLocaleString("en")} tokens/s`;
console.log(`language stage: ${n} synthetic articles, ${tokens} tokens`);
console.log(`  whole stage (annotate): ${whole.toFixed(2)} s = ${rate(whole)}`);
console.log(`  peer (wink-nlp tokens+sentences+POS): ${peer.toFixed(2)} s = ${rate(peer)}`);
console.log(`  ratio synoptic/peer time: ${(whole / peer).toFixed(2)}x`);
const sum = parts.reduce((s, [, x]) => s + x, 0);
for (const [name, s] of parts)
  console.log(
    `  ${name.padEnd(12)} ${s.toFixed(2)} s  ${rate(s).padStart(20)}  ${((s / sum) * 100).toFixed(0)}% of the parts`,
  );
