// Amounts of money, counts of things and percentages in a text, normalized
// so that two sources can be compared: "$50m" and "50 million dollars" are
// one value, "at least" is kept apart as a qualifier, "thirty-eight" is 38.

import { TENS_WORDS, UNIT_WORDS } from "./number-words.js";

export interface Quantity {
  /** "money:$", "money:£", "count:worker", "percent:%" */
  kind: string;
  value: number;
  /** "at least", "about"… lower case, or "" */
  qualifier: string;
  /** As written, qualifier included. */
  text: string;
  start: number;
  end: number;
}

const QUALIFIER =
  "(?:(at least|more than|over|under|fewer than|less than|about|around|nearly|almost|up to|some|roughly|approximately|an estimated|as many as|as much as)\\s+)?";
const SCALE: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  billion: 1e9,
  bn: 1e9,
  bln: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};
const CURRENCY_WORD: Record<string, string> = {
  dollar: "$",
  dollars: "$",
  pound: "£",
  pounds: "£",
  euro: "€",
  euros: "€",
};
const NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)";
const MONEY = new RegExp(
  `${QUALIFIER}(?:([$£€])\\s?${NUMBER}(?:\\s?(thousand|million|billion|trillion|bln|mln|bn|mn|tn|[kmb])\\b)?|${NUMBER}\\s(thousand|million|billion|trillion)?\\s?(dollars|pounds|euros)\\b)`,
  "gi",
);

const UNITS: Record<string, number> = UNIT_WORDS;
const TENS: Record<string, number> = TENS_WORDS;

const WORD_NUMBER = `(?:(?:${Object.keys(TENS).join("|")})(?:-(?:${Object.keys(UNITS).slice(0, 9).join("|")}))?|${Object.keys(UNITS).join("|")})`;
// A count is a number before a plural noun: "45 workers", "Thirty-eight workers", "about 340 wells", "212 people".
const COUNT = new RegExp(
  `${QUALIFIER}(?<![\\d.,])\\b(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${WORD_NUMBER})(?:\\s+(thousand|million|billion))?\\s+(?:(?:[a-z]+-)?[a-z]+\\s+)?([a-z]{3,}s|people|children|staff|crew|personnel|police|men|women)\\b`,
  "gi",
);
// Words that follow a number without being what is counted.
const NOT_COUNTED = new Set(
  "years months weeks days hours minutes seconds percent times points votes miles kilometres kilometers metres meters feet inches pounds dollars euros degrees".split(
    " ",
  ),
);

function wordValue(w: string): number | undefined {
  const lower = w.toLowerCase();
  if (/^[\d,.]+$/.test(lower)) return Number(lower.replace(/,/g, ""));
  const [tens, unit] = lower.split("-");
  if (unit) return (TENS[tens as string] ?? Number.NaN) + (UNITS[unit] ?? Number.NaN);
  return UNITS[lower] ?? TENS[lower];
}

/** Qualifiers that mean the same bound: "about" and "around" agree, "at least" and "about" do not. */
export function qualifierClass(qualifier: string): string {
  if (/^(?:at least|more than|over|as many as|as much as)$/.test(qualifier)) return "at least";
  if (/^(?:up to|under|fewer than|less than|nearly|almost)$/.test(qualifier)) return "at most";
  return qualifier ? "about" : "";
}

/** Every number a sentence states, in figures or words: what a count can be checked against. */
export function numbersIn(sentence: string): Set<number> {
  const out = new Set<number>();
  for (const m of sentence.matchAll(
    new RegExp(`(?<![\\d.,])\\b(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${WORD_NUMBER})\\b`, "gi"),
  )) {
    const v = wordValue(m[1] as string);
    if (v !== undefined && !Number.isNaN(v)) out.add(v);
  }
  return out;
}

// "6.5%", "87 per cent", "about ten percent".
const PERCENT = new RegExp(
  `${QUALIFIER}(?<![\\d.,])\\b(\\d+(?:\\.\\d+)?|${WORD_NUMBER})\\s?(?:%|per ?cent\\b|percent\\b)`,
  "gi",
);

export function findQuantities(sentence: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of sentence.matchAll(MONEY)) {
    const qualifier = (m[1] ?? "").toLowerCase();
    const symbol = m[2] ?? CURRENCY_WORD[(m[7] ?? "").toLowerCase()] ?? "";
    const number = Number((m[3] ?? m[5] ?? "").replace(/,/g, ""));
    const scale = SCALE[(m[4] ?? m[6] ?? "").toLowerCase()] ?? 1;
    if (!symbol || Number.isNaN(number)) continue;
    out.push(at(m, { kind: `money:${symbol}`, value: number * scale, qualifier }));
  }
  for (const m of sentence.matchAll(PERCENT)) {
    const value = wordValue(m[2] as string);
    if (value === undefined || Number.isNaN(value)) continue;
    out.push(at(m, { kind: "percent:%", value, qualifier: (m[1] ?? "").toLowerCase() }));
  }
  const taken = (s: number, e: number) => out.some((q) => q.start < e && s < q.end);
  for (const m of sentence.matchAll(COUNT)) {
    const noun = (m[4] as string).toLowerCase();
    const base = wordValue(m[2] as string);
    const value = base === undefined ? undefined : base * (SCALE[(m[3] ?? "").toLowerCase()] ?? 1);
    if (value === undefined || Number.isNaN(value) || NOT_COUNTED.has(noun)) continue;
    const q = at(m, {
      kind: `count:${noun.replace(/ies$/, "y").replace(/s$/, "")}`,
      value,
      qualifier: (m[1] ?? "").toLowerCase(),
    });
    if (!taken(q.start, q.end) && !/^\d{4}$/.test(m[2] as string)) out.push(q);
  }
  return out.sort((a, b) => a.start - b.start);
}

function at(m: RegExpMatchArray, q: Omit<Quantity, "text" | "start" | "end">): Quantity {
  const start = m.index ?? 0;
  return { ...q, text: m[0].trim(), start, end: start + m[0].trimEnd().length };
}

/** The report's form of a quantity: what it measures, in which unit, with offsets into the text. */
export interface NumberMention {
  text: string;
  start: number;
  end: number;
  kind: "money" | "count" | "percent";
  value: number;
  /** Currency symbol, counted noun (singular) or "%". */
  unit: string;
  qualifier: string;
}

/** Every quantity of an article's text, for the report. */
export function findNumbers(text: string): NumberMention[] {
  return findQuantities(text).map((q) => {
    const [kind, unit] = q.kind.split(":") as [NumberMention["kind"], string];
    return { text: q.text, start: q.start, end: q.end, kind, value: q.value, unit, qualifier: q.qualifier };
  });
}
