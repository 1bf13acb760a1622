// Amounts of money, counts of things and percentages in a text, normalized
// so that two sources can be compared: "$50m" and "50 million dollars" are
// one value, "at least" is kept apart as a qualifier, "thirty-eight" is 38.

import { TENS_WORDS, UNIT_WORDS } from "./number-words.js";

export interface Quantity {
  /** "money:$", "money:£", "count:worker", "percent:%", "duration:year", "age:year", "score:" */
  kind: string;
  value: number;
  /** "at least", "about", "between"… lower case, or "" */
  qualifier: string;
  /** The lower end of a range ("between 40 million and 60 million francs"); value is the upper. */
  low?: number;
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
  franc: "franc",
  francs: "franc",
  yen: "¥",
  yuan: "yuan",
  rupee: "₹",
  rupees: "₹",
  peso: "peso",
  pesos: "peso",
  rouble: "rouble",
  roubles: "rouble",
  ruble: "rouble",
  rubles: "rouble",
  krona: "krona",
  kronor: "krona",
  krone: "krone",
  kroner: "krone",
  shilling: "shilling",
  shillings: "shilling",
  rand: "R",
};
/** Letters that stand for a currency before a figure: "R14.82bn" (rand), "Rs 40 crore" (rupees). */
const SYMBOL_LETTERS: Record<string, string> = { r: "R", rs: "₹", "rs.": "₹" };
const NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)";
const MONEY = new RegExp(
  `${QUALIFIER}(?:([$£€₹]|(?<![A-Za-z0-9])R(?=\\d{1,3}(?:,\\d{3})+|\\d+\\.\\d|\\d+\\s?(?:bn|billion|million|mn|m|k|thousand|trillion|tn)\\b|\\d{3,})|(?<![A-Za-z0-9])Rs\\.?(?=\\s?\\d))\\s?${NUMBER}(?:\\s?(thousand|million|billion|trillion|bln|mln|bn|mn|tn|[kmb])\\b)?|${NUMBER}\\s(thousand|million|billion|trillion)?\\s?(?:(?:US|Swiss|Canadian|Australian|Hong Kong|Singapore|New Zealand|Mexican|Indian|Russian|Swedish|Norwegian|Danish|Kenyan)\\s)?(${Object.keys(CURRENCY_WORD).join("|")})\\b)`,
  "gi",
);

const UNITS: Record<string, number> = UNIT_WORDS;
const TENS: Record<string, number> = TENS_WORDS;

const WORD_NUMBER = `(?:(?:${Object.keys(TENS).join("|")})(?:-(?:${Object.keys(UNITS).slice(0, 9).join("|")}))?|${Object.keys(UNITS).join("|")})`;
// Words that cannot describe what is counted: "4 on key issues" and "12 March hundreds of…" count nothing.
const NOT_MODIFIER =
  "(?!(?:on|in|at|of|to|for|and|or|the|a|an|by|from|with|than|who|that|which|was|were|is|are|had|have|has|will|would|jan\\w*|feb\\w*|mar\\w*|apr\\w*|may|jun\\w*|jul\\w*|aug\\w*|sep\\w*|oct\\w*|nov\\w*|dec\\w*)\\b)";
// A count is a number before a plural noun: "45 workers", "Thirty-eight workers", "about 340 wells", "212 people",
// with up to two words describing it ("1.2 million Brevolin asthma inhalers"), the fewest that reach a plural.
const COUNT = new RegExp(
  `${QUALIFIER}(?<![\\d.,])\\b(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${WORD_NUMBER})(?:\\s+(thousand|million|billion))?\\s+(?:${NOT_MODIFIER}(?:[a-z]+-)?[a-z]+\\s+){0,2}?([a-z]{3,}s|people|children|staff|crew|personnel|police|men|women)\\b`,
  "gi",
);

/** The counted noun in the singular: "batches" → "batch", "ferries" → "ferry", "houses" → "house". */
function singularNoun(noun: string): string {
  if (/ies$/.test(noun)) return noun.replace(/ies$/, "y");
  if (/(?:ch|sh|x|ss)es$/.test(noun)) return noun.replace(/es$/, "");
  return noun.replace(/s$/, "");
}

/** The plural of a counted noun as singularNoun gives it, to name it to a reader. */
export function pluralNoun(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return noun.replace(/y$/, "ies");
  if (/(?:ch|sh|x|ss)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}
// Words that follow a number without being what is counted.
const NOT_COUNTED = new Set(
  "years months weeks days hours minutes seconds percent times points miles kilometres kilometers metres meters feet inches pounds dollars euros degrees".split(
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
  if (qualifier === "between") return "between";
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

// "12 years", "a nine-week trial", "more than 40 years": a span of time, not a time ago or an age.
const DURATION = new RegExp(
  `${QUALIFIER}(?<![\\d.,])\\b(\\d+(?:\\.\\d+)?|${WORD_NUMBER})(?:\\s+|-)(year|month|week|day|hour)s?\\b(?!-old|\\s+(?:ago|old|earlier|later|of age)\\b|['’])`,
  "gi",
);
// "aged 58", "a 58-year-old", "Victor Osei, 58, was…".
const AGE =
  /\baged\s+(\d{1,3})\b(?![-–]\d)|\b(\d{1,3})-year-old\b|(?<=\p{Lu}[\p{L}'’.-]+,\s)(\d{1,3})(?=,\s)/gu;

// "beat City 3-1", "voted 7–2", "a 2-0 win": a result, told by the words around it.
const SCORE = /(?<![\d.,:/–-])\b(\d{1,3})\s?[-–]\s?(\d{1,3})\b(?![\d,:/–-]|\.\d)/g;
const SCORE_BEFORE =
  /\b(?:beat|beats|beaten|beating|won|win|wins|winning|lost|lose|loses|losing|defeat(?:ed|s|ing)?|drew|draw|drawn|thrash\w*|edged?|led|lead|leads|leading|trail\w*|made it|voted|vote|votes|scored?|result)\b[^.;]{0,24}$/i;
const SCORE_AFTER = /^\s*(?:win|victory|defeat|loss|draw|lead|vote|majority|home win|away win|scoreline)\b/i;

export function findQuantities(sentence: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of sentence.matchAll(SCORE)) {
    const at0 = m.index ?? 0;
    const before = sentence.slice(Math.max(0, at0 - 40), at0);
    if (!SCORE_BEFORE.test(before) && !SCORE_AFTER.test(sentence.slice(at0 + m[0].length))) continue;
    const [a, b] = [Number(m[1]), Number(m[2])];
    // The winner's side first, so "beat them 3-1" and "lost 1-3" are one result.
    out.push(at(m, { kind: "score:", value: Math.max(a, b) * 1000 + Math.min(a, b), qualifier: "" }));
  }
  for (const m of sentence.matchAll(AGE)) {
    const value = Number(m[1] ?? m[2] ?? m[3]);
    if (value > 0 && value < 120) out.push(at(m, { kind: "age:year", value, qualifier: "" }));
  }
  const overlaps = (m: RegExpMatchArray) =>
    out.some((q) => q.start < (m.index ?? 0) + m[0].length && (m.index ?? 0) < q.end);
  for (const m of sentence.matchAll(DURATION)) {
    const value = wordValue(m[2] as string);
    if (value === undefined || Number.isNaN(value) || overlaps(m)) continue;
    // "cost £1bn over ten years": before a span of time, "over" and "under" say when, not how much.
    const qualifier = (m[1] ?? "").toLowerCase().replace(/^(?:over|under)$/, "");
    out.push(at(m, { kind: `duration:${(m[3] as string).toLowerCase()}`, value, qualifier }));
  }
  for (const m of sentence.matchAll(MONEY)) {
    const qualifier = (m[1] ?? "").toLowerCase();
    const written = m[2] ? (SYMBOL_LETTERS[m[2].toLowerCase()] ?? m[2]) : undefined;
    const symbol = written ?? CURRENCY_WORD[(m[7] ?? "").toLowerCase()] ?? "";
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
      kind: `count:${singularNoun(noun)}`,
      value,
      qualifier: (m[1] ?? "").toLowerCase(),
    });
    if (!taken(q.start, q.end) && !/^\d{4}$/.test(m[2] as string)) out.push(q);
  }
  // "a crowd of 41,206", "in front of 38,460": the people counted are named before the figure.
  for (const m of sentence.matchAll(GATHERED)) {
    const value = wordValue(m[2] as string);
    const start = (m.index ?? 0) + m[0].length - (m[2] as string).length - (m[1] ? m[1].length + 1 : 0);
    if (value === undefined || Number.isNaN(value) || taken(start, start + 1)) continue;
    const text = sentence.slice(start, (m.index ?? 0) + m[0].length);
    out.push({
      kind: "count:people",
      value,
      qualifier: (m[1] ?? "").toLowerCase(),
      text,
      start,
      end: start + text.length,
    });
  }
  return withRanges(sentence, out).sort((a, b) => a.start - b.start);
}

const GATHERED = new RegExp(
  `\\b(?:(?:crowd|attendance|audience|turnout|gate)\\s+(?:was\\s+|of\\s+)|in\\s+front\\s+of\\s+(?:a\\s+crowd\\s+of\\s+)?)${QUALIFIER}(\\d{1,3}(?:,\\d{3})+|\\d+)\\b(?![.,]?\\d|\\s*(?:%|per\\s?cent|percent))`,
  "gi",
);

// "between 40 and 60 million francs", "between $40m and $60m": the lower end takes the upper's scale
// when it has none of its own.
const RANGE_BEFORE = new RegExp(
  `\\bbetween\\s+[$£€]?\\s?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${WORD_NUMBER})(?:\\s?(thousand|million|billion|trillion|bn|m|k)\\b)?(?:\\s+[a-z]+)?\\s+and\\s+$`,
  "i",
);

/** A quantity that closes a "between … and …" range takes its lower end; the lower end is no quantity of its own. */
function withRanges(sentence: string, found: Quantity[]): Quantity[] {
  let out = found;
  for (const q of found) {
    if (q.qualifier) continue;
    const before = sentence.slice(Math.max(0, q.start - 48), q.start);
    const m = RANGE_BEFORE.exec(before);
    const low = m ? wordValue(m[1] as string) : undefined;
    if (!m || low === undefined || Number.isNaN(low)) continue;
    const upperScale = /\b(thousand|million|billion|trillion|bn|m|k)\b/i.exec(q.text)?.[1];
    const scale = SCALE[(m[2] ?? upperScale ?? "").toLowerCase()] ?? 1;
    const start = q.start - before.length + m.index;
    const range = { ...q, qualifier: "between", low: low * scale, start, text: sentence.slice(start, q.end) };
    out = out.filter((o) => o !== q && !(o.start >= start && o.end <= q.start)).concat(range);
  }
  return out;
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
  kind: "money" | "count" | "percent" | "duration" | "age";
  value: number;
  /** Currency symbol, counted noun (singular), "%", or a duration's or an age's unit ("year"). */
  unit: string;
  qualifier: string;
}

/** Every quantity of an article's text, for the report. */
export function findNumbers(text: string): NumberMention[] {
  // A score is two numbers: compared between sources, not listed as one figure.
  return findQuantities(text)
    .filter((q) => !q.kind.startsWith("score:"))
    .map((q) => {
      const [kind, unit] = q.kind.split(":") as [NumberMention["kind"], string];
      return { text: q.text, start: q.start, end: q.end, kind, value: q.value, unit, qualifier: q.qualifier };
    });
}
