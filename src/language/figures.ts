// Two sentences can share nearly all their words and still disagree: "212
// people … on Sunday" against "214 passengers … on Saturday". Such a sentence
// is no support for the other; the comparison lists them as a discrepancy.
// Figures are compared within their class (money, percentages, times of day,
// years, each unit of measure, plain counts), so "a $1.4 billion dam" and "a
// 310-foot dam" say different things without contradicting each other.
import { TENS_WORDS, UNIT_WORDS } from "./number-words.js";

const WORDS = [...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS)].filter((w) => w !== "one").join("|");
const FIGURE = new RegExp(
  `(?<![\\p{L}\\p{N}.,:])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?::\\d{2}|\\.\\d+)?|(?:${WORDS})(?:-(?:${Object.keys(UNIT_WORDS).join("|")}))?)(?![\\p{L}\\p{N}]|[.,]\\d)`,
  "giu",
);
const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi;
const CURRENCY_BEFORE = /[$£€¥₹]\s?$|\b(?:us|usd|eur|gbp|rs)\.?\s?$/i;
const AFTER = {
  money:
    /^\s?(?:(?:million|billion|trillion|bn|m|k)\s+)?(?:dollars?|euros?|pounds? sterling|yen|rupees?|yuan|francs?|cents?)\b/i,
  percent: /^\s?(?:%|per ?cent\b|percent\b)/i,
  time: /^\s?(?:a\.?m\.?|p\.?m\.?)(?![\p{L}])/iu,
};
/** Units of measure and duration: a figure with one of these is compared only with figures in the same unit. */
const UNIT =
  /^[\s-]?(foot|feet|ft|mile|km|kilomet(?:er|re)|met(?:er|re)|megawatt|gigawatt|mw|acre|hectare|tonne|ton|degree|inch|inches|cm|mm|kg|mph|kph|second|minute|hour|day|week|month|year|page|storey|story|floor)s?\b/i;

/** Each figure of a sentence as "class:value". */
function figures(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const m of sentence.matchAll(FIGURE)) {
    const raw = (m[1] as string).toLowerCase();
    const at = m.index ?? 0;
    const before = sentence.slice(Math.max(0, at - 4), at);
    const after = sentence.slice(at + (m[0] as string).length, at + (m[0] as string).length + 40);
    out.add(`${figureClass(raw, before, after)}:${figureValue(raw)}`);
  }
  return out;
}

function figureClass(raw: string, before: string, after: string): string {
  if (CURRENCY_BEFORE.test(before) || AFTER.money.test(after)) return "money";
  if (AFTER.percent.test(after)) return "percent";
  if (raw.includes(":") || AFTER.time.test(after)) return "time";
  const unit = UNIT.exec(after)?.[1]?.toLowerCase();
  if (unit) return unit === "feet" ? "foot" : unit;
  if (/^(?:1[89]|20)\d\d$/.test(raw)) return "year";
  if (/^[-–]\d/.test(after) || /[-–]$/.test(before)) return "score";
  // A count is of what follows it; counts of people are compared whatever word names them.
  // "six of its 41 bus routes": a part counts what the whole counts.
  const noun = (OF_WHOLE.exec(after) ?? /^\s+([a-z]+)/.exec(after))?.[1];
  if (!noun) return "count";
  return PEOPLE.has(noun) ? "people" : `of ${noun.replace(/s$/, "")}`;
}

const OF_WHOLE = /^\s+of\s+(?:(?:the|its|their|his|her|our|these|those|them)\s+)?(?:[\d,.]+\s+)?([a-z]+)/;

/** Words news uses to count people: "212 people" and "214 passengers" count the same thing. */
const PEOPLE = new Set(
  "people persons passengers residents workers employees staff children adults students patients victims soldiers troops members crew civilians protesters migrants refugees villagers pupils voters fans officers firefighters".split(
    " ",
  ),
);

function figureValue(raw: string): string {
  const [tens, unit] = raw.split("-");
  const word =
    (TENS_WORDS[tens as string] ?? UNIT_WORDS[tens as string] ?? 0) + (UNIT_WORDS[unit ?? ""] ?? 0);
  return word ? String(word) : raw.replace(/,/g, "");
}

function weekdays(sentence: string): Set<string> {
  return new Set([...sentence.matchAll(WEEKDAY)].map((m) => `day:${(m[1] as string).toLowerCase()}`));
}

/** Each side states, in one class, a value the other does not: one sentence adding a figure is no contradiction. */
function differBothWays(a: Set<string>, b: Set<string>): boolean {
  const classes = new Set([...a].map((f) => f.split(":")[0]));
  for (const c of classes) {
    const inA = [...a].filter((f) => f.startsWith(`${c}:`));
    const inB = [...b].filter((f) => f.startsWith(`${c}:`));
    if (inB.length && inA.some((f) => !b.has(f)) && inB.some((f) => !a.has(f))) return true;
  }
  return false;
}

/** Whether two sentences contradict each other on a figure or a weekday. */
export function disagreeOnFigures(a: string, b: string): boolean {
  return differBothWays(figures(a), figures(b)) || differBothWays(weekdays(a), weekdays(b));
}
