// A greedy left-to-right averaged-perceptron tagger for people,
// organizations, places and other names (BIO tags). No well-kept JavaScript
// library recognizes names in English news at this accuracy (compromise's
// rules and wink-nlp's lite model find neither organizations nor most
// foreign names), so the tagger is small and written here; its weights are
// trained by scripts/train-ner.mjs.

import { dynamicFeatures, isCapsLine, staticFeatures, tokenInfo } from "./features.js";
import { joinParticles } from "./particles.js";
import {
  canBeInName,
  joinPossessive,
  lowercaseWords,
  type NameSpan,
  type NameType,
  repair,
  shortForms,
  splitConjoined,
  splitRoleRuns,
  type Vocabulary,
} from "./repair.js";
import { type Token, tokenize } from "./tokenize.js";

export type { NameSpan, NameType } from "./repair.js";

/** The stored model: tag names and, per feature, one integer weight per tag (times `scale`). */
export interface NerModelData {
  labels: string[];
  scale: number;
  /** Ordinary English words (lower case), seen so in the training text. */
  common?: string[];
  features: Record<string, number[]>;
}

export interface Scorer {
  labels: readonly string[];
  common: ReadonlySet<string>;
  /** Adds the weights of `features` into `scores`. */
  score(features: readonly string[], scores: Float64Array): void;
}

export function modelScorer(data: NerModelData): Scorer {
  const weights = new Map<string, Float32Array>();
  for (const [f, w] of Object.entries(data.features))
    weights.set(
      f,
      Float32Array.from(w, (v) => v / data.scale),
    );
  return {
    labels: data.labels,
    common: new Set(data.common ?? []),
    score(features, scores) {
      for (const f of features) {
        const w = weights.get(f);
        if (w) for (let l = 0; l < w.length; l++) scores[l] = (scores[l] as number) + (w[l] as number);
      }
    },
  };
}

/** An I- tag may only continue a name of its own type. */
export function allowed(label: string, prev: string): boolean {
  return !label.startsWith("I-") || prev.slice(2) === label.slice(2);
}

/** Memory of the document so far: the last type given to each capitalized word. */
export type DocumentMemory = Map<string, string>;

export function remember(memory: DocumentMemory, token: Token, lower: string, label: string): void {
  if (/^\p{Lu}/u.test(token.text)) memory.set(lower, label === "O" ? "O" : label.slice(2));
}

/** Tags one line; `memory` carries across the lines of a document. */
export function tagLine(tokens: readonly Token[], scorer: Scorer, memory: DocumentMemory): string[] {
  const info = tokenInfo(tokens);
  const caps = isCapsLine(tokens);
  const tags: string[] = [];
  const scores = new Float64Array(scorer.labels.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = info[i] as { lower: string };
    const prev1 = tags[i - 1] ?? "<s>";
    const prev2 = tags[i - 2] ?? "<s>";
    // A lower-case word outside a name does not open one (names in lower case, "de", "van", only continue one):
    // tagging it O without scoring halves the tagger's time.
    if (prev1 === "O" && !/[\p{Lu}\p{N}]/u.test((tokens[i] as Token).text)) {
      tags.push("O");
      remember(memory, tokens[i] as Token, t.lower, "O");
      continue;
    }
    scores.fill(0);
    scorer.score(staticFeatures(info, i, caps), scores);
    scorer.score(dynamicFeatures(t.lower, prev1, prev2, memory.get(t.lower)), scores);
    let best = "O";
    let bestScore = Number.NEGATIVE_INFINITY;
    scorer.labels.forEach((label, l) => {
      if ((scores[l] as number) > bestScore && allowed(label, prev1)) {
        best = label;
        bestScore = scores[l] as number;
      }
    });
    tags.push(best);
    remember(memory, tokens[i] as Token, t.lower, best);
  }
  return tags;
}

/** Names in a text, line by line (a line is a paragraph or a headline). */
export function findNames(text: string, scorer: Scorer): NameSpan[] {
  const out: NameSpan[] = [];
  const memory: DocumentMemory = new Map();
  const lowered = lowercaseWords(text);
  let offset = 0;
  for (const line of text.split("\n")) {
    const tokens = tokenize(line).map((t) => ({ ...t, start: t.start + offset, end: t.end + offset }));
    // A headline in Title Case is read as the training text's headlines are written: in capitals.
    const read = titleCase(tokens) ? tokens.map((t) => ({ ...t, text: t.text.toUpperCase() })) : tokens;
    const tags = tagLine(read, scorer, memory);
    out.push(...spans(tokens, tags, text, { lowered, common: scorer.common }));
    offset += line.length + 1;
  }
  return shortForms(splitConjoined(splitRoleRuns(joinParticles(joinPossessive(out, text), text))));
}

/** A short line without a full stop whose longer words are nearly all capitalized. */
function titleCase(tokens: readonly Token[]): boolean {
  const long = tokens.filter((t) => /^\p{L}{4,}$/u.test(t.text));
  const capitalized = long.filter((t) => /^\p{Lu}/u.test(t.text)).length;
  const last = tokens[tokens.length - 1]?.text ?? "";
  // Lists of names with scores, places in brackets or commas (sports tables, team lists) are not headlines.
  if (tokens.some((t) => /[\p{N}(,]/u.test(t.text))) return false;
  return (
    tokens.length <= 25 && long.length >= 3 && capitalized / long.length >= 0.75 && !/^[.!?"”]$/.test(last)
  );
}

function spans(
  tokens: readonly Token[],
  tags: readonly string[],
  text: string,
  words: Vocabulary,
): NameSpan[] {
  const out: NameSpan[] = [];
  let open: NameSpan | undefined;
  tags.forEach((given, i) => {
    let tag = given;
    const t = tokens[i] as Token;
    if (!canBeInName(t)) tag = "O";
    if (open && tag === `I-${open.type}`) {
      open.end = t.end;
      return;
    }
    if (open) out.push(open);
    open = tag.startsWith("B-")
      ? { type: tag.slice(2) as NameType, start: t.start, end: t.end, text: "" }
      : undefined;
  });
  if (open) out.push(open);
  return out.flatMap((s) => repair(s, tokens, text, words) ?? []);
}
