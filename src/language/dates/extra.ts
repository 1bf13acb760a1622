import type { DateMention } from "../../report/index.js";

// Bare years ("in 1988"), which chrono does not read; not amounts ("$2019 million").
const YEAR = /\b(1[89]\d\d|20\d\d)\b(?![-/.,]?\d)/g;

/** Bare years in a sentence, skipping what another mention already covers. */
export function extraDates(sentence: string, taken: (start: number, end: number) => boolean): DateMention[] {
  const out: DateMention[] = [];
  for (const m of sentence.matchAll(YEAR)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken(start, end) || /[$£€]\s*$/.test(sentence.slice(0, start))) continue;
    out.push({ text: m[0], start, end, value: m[0], anchor: "absolute" });
  }
  return out;
}
