import type { DateMention } from "../../report/index.js";

// Expressions chrono does not read: bare years ("in 1988") and quarters
// ("the third quarter", "fourth-quarter"), the staple of business news.
const YEAR = /\b(1[89]\d\d|20\d\d)\b(?![-/.,]?\d)/g;
const QUARTER =
  /\b(first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter\b(?:\s+(?:of\s+)?(1[89]\d\d|20\d\d))?/gi;
const ORDINAL: Record<string, number> = {
  first: 1,
  "1st": 1,
  second: 2,
  "2nd": 2,
  third: 3,
  "3rd": 3,
  fourth: 4,
  "4th": 4,
};

/** Bare years and quarters in a sentence, skipping what another mention already covers. */
export function extraDates(
  sentence: string,
  published: Date | null,
  taken: (start: number, end: number) => boolean,
): Omit<DateMention, "start" | "end">[] & { start: number; end: number }[] {
  const out: (Omit<DateMention, "start" | "end"> & { start: number; end: number })[] = [];
  for (const m of sentence.matchAll(QUARTER)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken(start, end)) continue;
    const quarter = ORDINAL[(m[1] as string).toLowerCase()] as number;
    const stated = m[2] !== undefined;
    if (!stated && !published) continue;
    out.push({
      text: m[0],
      start,
      end,
      value: `${stated ? m[2] : quarterYear(published as Date, quarter)}-Q${quarter}`,
      anchor: stated ? "absolute" : "published",
    });
  }
  for (const m of sentence.matchAll(YEAR)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken(start, end) || /[$£€]\s*$/.test(sentence.slice(0, start))) continue;
    out.push({ text: m[0], start, end, value: m[0], anchor: "absolute" });
  }
  return out;
}

/** A quarter named without a year is the latest one of that number not after the publication date. */
function quarterYear(published: Date, quarter: number): number {
  const current = Math.floor(published.getUTCMonth() / 3) + 1;
  return quarter <= current ? published.getUTCFullYear() : published.getUTCFullYear() - 1;
}
