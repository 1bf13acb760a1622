// Features of one token for the averaged-perceptron entity tagger: the word,
// its shape and affixes, its neighbours, where it stands in the line, and what
// the tagger already said about the same word earlier in the document (a name
// written in full once is usually the same kind of name later). Shared by the
// tagger and its training script so both see exactly the same features.

import type { Token } from "./tokenize.js";

export function shape(word: string): string {
  let out = "";
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? "X" : /\p{Ll}/u.test(ch) ? "x" : /\p{N}/u.test(ch) ? "d" : ch;
    if (!out.endsWith(c)) out += c;
  }
  return out;
}

/** Per-token facts computed once per line. */
export interface TokenInfo {
  lower: string;
  shape: string;
  /** The token opens its line or follows sentence punctuation or an opening quote. */
  initial: boolean;
}

/** Typography the training text does not have: curly quotes and long dashes read as plain ones. */
export function plain(word: string): string {
  return word.replace(/[“”„]/g, '"').replace(/[‘’‚]/g, "'").replace(/[–—]/g, "--");
}

export function tokenInfo(tokens: readonly Token[]): TokenInfo[] {
  return tokens.map((t, i) => {
    const before = tokens[i - 1];
    const prev = before ? plain(before.text) : undefined;
    const text = plain(t.text);
    return {
      lower: text.toLowerCase(),
      shape: shape(text),
      initial: prev === undefined || /^(?:[.!?:;"'(-]|--)$/.test(prev),
    };
  });
}

/** Static features: everything except the tags already given. */
export function staticFeatures(info: readonly TokenInfo[], i: number, capsLine: boolean): string[] {
  const t = info[i] as TokenInfo;
  const w = t.lower;
  const at = (k: number) => info[i + k];
  const f = [
    "b",
    `w=${w}`,
    `s=${t.shape}`,
    `p1=${w.slice(0, 1)}`,
    `p2=${w.slice(0, 2)}`,
    `p3=${w.slice(0, 3)}`,
    `x2=${w.slice(-2)}`,
    `x3=${w.slice(-3)}`,
    `x4=${w.slice(-4)}`,
    `i=${t.initial}|${t.shape}`,
    `c=${capsLine}|${t.shape}`,
    `w-1=${at(-1)?.lower ?? "<s>"}`,
    `w+1=${at(1)?.lower ?? "</s>"}`,
    `w-2=${at(-2)?.lower ?? "<s>"}`,
    `w+2=${at(2)?.lower ?? "</s>"}`,
    `s-1=${at(-1)?.shape ?? "<s>"}`,
    `s+1=${at(1)?.shape ?? "</s>"}`,
    `s-1s+1=${at(-1)?.shape ?? "<s>"}|${t.shape}|${at(1)?.shape ?? "</s>"}`,
    `w-1w=${at(-1)?.lower ?? "<s>"}|${w}`,
    `ww+1=${w}|${at(1)?.lower ?? "</s>"}`,
  ];
  if (capsLine) f.push(`cw=${w}`);
  return f;
}

/** Features that depend on the tags given so far: the two before, and this word's last tag in the document. */
export function dynamicFeatures(w: string, prev1: string, prev2: string, seen: string | undefined): string[] {
  return [`t-1=${prev1}`, `t-2t-1=${prev2}|${prev1}`, `t-1w=${prev1}|${w}`, `d=${seen ?? "-"}`];
}

/** A line in capitals (a headline or a dateline) says less by its capitals. */
export function isCapsLine(tokens: readonly Token[]): boolean {
  let letters = 0;
  let upper = 0;
  for (const t of tokens)
    for (const ch of t.text) {
      if (/\p{L}/u.test(ch)) {
        letters++;
        if (/\p{Lu}/u.test(ch)) upper++;
      }
    }
  return letters >= 8 && upper / letters > 0.8;
}
