// Date expressions chrono does not read, or reads wrongly: the periods of
// business news (quarters, halves, fiscal and year-ago periods), seasons,
// weekends, decades and centuries, spelled-out years, "two years ago".
// Some take their value from the article so far (its memory): "the quarter"
// is the quarter the story reports, "that year" the year it last named.

import { MORE_RULES } from "./more-phrases.js";
import {
  comingQuarter,
  decadeValue,
  lastClosedQuarter,
  lastMonthYear,
  latestHalf,
  latestQuarter,
  type Quarter,
  quarterOf,
  quarterValue,
  seasonValue,
  shiftQuarter,
  weekendValue,
} from "./periods.js";
import { addDays, isoDay } from "./values.js";
import { COUNT, countOf, monthOf, SPELLED_YEAR, spelledYear } from "./words.js";

/** What the article has said so far that later expressions lean on. */
export interface Memory {
  quarter?: Quarter;
  year?: number;
  month?: string;
  /** The last day named ("Nov. 30"), that "until then" points back to. */
  day?: string;
}

export interface PhraseContext {
  published: Date;
  sentence: string;
  start: number;
  memory: Memory;
  forward: () => boolean;
}

export interface Phrase {
  text: string;
  start: number;
  end: number;
  absolute: boolean;
  /** The reported period ("the third quarter") that later "the quarter" and "a year ago" refer to. */
  setsQuarter: boolean;
  resolve: (c: PhraseContext) => string | undefined;
}

export interface Rule {
  pattern: RegExp;
  value: (m: RegExpExecArray, c: PhraseContext) => string | undefined;
  absolute?: (m: RegExpExecArray) => boolean;
  setsQuarter?: boolean;
}

const YEAR = "(1[5-9]\\d\\d|20\\d\\d)";
const ORD = "(first|second|third|fourth|1st|2nd|3rd|4th)";
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
const ordinal = (w: string) => ORDINAL[w.toLowerCase()] ?? Number(w[0]);
const MONTH_NAME =
  "(jan(?:uary|\\.)?|feb(?:ruary|\\.)?|march|april|may|june|july|aug(?:ust|\\.)?|sept?(?:ember|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)";
const GAME =
  /\b(?:goals?|scor(?:ed|es|ing)|match(?:es)?|game|minutes?|half-time|halftime|penalty|penalties|kick|striker|midfielder|defender|goalkeeper|innings|quarterback|touchdown|referee|whistle|season)\b/i;
const SPAN = /\b(?:(?:six|nine|\d+)\s+months|first\s+half)\b/i;
const ANOTHER_YEAR = "(?:year-ago|year-earlier|year\\s+ago|year\\s+earlier|prior-year|previous-year)";
// Figures being compared: "a year ago" there is the same period of the year before.
const RESULTS =
  /[$£€#¥]|\b(?:cents?|pence|yen|net|profit|earnings|revenue|sales|loss|income|results?|volume|shipments|output|orders)\b|%|\bpercent\b/i;

// "the last half of the '80s": a half of a decade is no half-year; the decade rule reads it.
const DECADE_AHEAD =
  "(?:(?:1[5-9]|20)\\d0'?s|'\\d0'?s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)";
const pubYear = (c: PhraseContext) => c.published.getUTCFullYear();
/** The quarter a results story is about: the last one it named, else the last one closed. */
const reported = (c: PhraseContext) => c.memory.quarter ?? lastClosedQuarter(c.published);
const yearBefore = (q: Quarter) => quarterValue({ year: q.year - 1, q: q.q });

/** "a year ago", "year-earlier": the reported quarter a year back when figures are compared, else last year. */
function yearAgo(c: PhraseContext): string {
  if (c.memory.quarter && RESULTS.test(c.sentence)) return yearBefore(c.memory.quarter);
  return String(pubYear(c) - 1);
}

function agoValue(n: number, unit: string, published: Date): string {
  const u = unit.toLowerCase().replace(/s$/, "");
  if (u === "year") return String(published.getUTCFullYear() - n);
  // TimeBank mostly counts weeks back to a day: "two weeks ago" in a March 22 paper is March 8.
  if (u === "week") return isoDay(addDays(published, -7 * n));
  if (u === "day") return isoDay(addDays(published, -n));
  const d = new Date(published.getTime());
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - n);
  return isoDay(d).slice(0, 7);
}

function yearWordShift(word: string | undefined): number {
  const w = word?.toLowerCase();
  return w === "last" || w === "previous" || w === "prior" ? -1 : w === "next" ? 1 : 0;
}

const RULES: Rule[] = [
  // "the year-ago third quarter", "the year-earlier second quarter"
  {
    pattern: new RegExp(`\\b(?:the\\s+)?${ANOTHER_YEAR}\\s+${ORD}[-\\s]quarter\\b`, "gi"),
    value: (m, c) => yearBefore(latestQuarter(c.published, ordinal(m[1] as string))),
  },
  // "the quarter a year ago", "the same period last year", "last year's quarter"
  {
    pattern:
      /\b(?:(?:the\s+)?(?:same\s+|comparable\s+|corresponding\s+)?(?:quarter|period)\s+(?:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year)|last\s+year's\s+(?:quarter|period))\b/gi,
    value: (_m, c) => yearBefore(reported(c)),
  },
  // "the year-ago quarter", "the comparable year-earlier period", "year-ago results"
  {
    pattern:
      /\b(?:the\s+)?(?:same\s+|comparable\s+|corresponding\s+)?(?:year-ago|year-earlier)(?:\s+(quarter|period))?\b/gi,
    value: (m, c) => (m[1] ? yearBefore(reported(c)) : yearAgo(c)),
  },
  { pattern: /\ba\s+year\s+(?:ago|earlier|before)\b/gi, value: (_m, c) => yearAgo(c) },
  // "two years ago", "nearly four years ago", "six weeks ago", "a week or so ago"
  {
    pattern: new RegExp(
      `\\b(?:(?:nearly|almost|about|some|roughly|just|more\\s+than|over|only)\\s+)?(${COUNT})\\s+(years?|months?|weeks?|days?)(?:\\s+or\\s+so)?\\s+ago\\b`,
      "gi",
    ),
    value: (m, c) => {
      const n = countOf(m[1] as string);
      return n === undefined ? undefined : agoValue(n, m[2] as string, c.published);
    },
  },
  // "the first two quarters of 1990", "the last half of 1989", "the second half"
  {
    pattern: new RegExp(
      `\\b(?:the\\s+)?(first|second|last|latter)\\s+(?:half|two\\s+quarters)\\b(?!\\s+of\\s+(?:the\\s+)?${DECADE_AHEAD})(?!\\s+of\\s+(?:the|this|that|his|her|its|their)\\s+(?:\\S+\\s+)?(?:season|game|match|campaign|term|century|decade|show|film|book|race|tournament|league|contest|fight|trial|meeting|speech|day|night|month|week)\\b)(?:\\s+of\\s+(?:${YEAR}|(this|last|next)\\s+year|the\\s+year))?`,
      "gi",
    ),
    value: (m, c) => {
      const half = (m[1] as string).toLowerCase() === "first" ? 1 : 2;
      if (m[2]) return `${m[2]}-H${half}`;
      // "scored twice in the second half": a half of a game, not of a year.
      if (!m[3] && !/the\s+year$/i.test(m[0]) && GAME.test(c.sentence)) return undefined;
      if (m[3] || /the\s+year$/i.test(m[0])) return `${pubYear(c) + yearWordShift(m[3])}-H${half}`;
      return latestHalf(c.published, half);
    },
    absolute: (m) => m[2] !== undefined,
  },
  // "the third quarter", "fourth-quarter", "the 1988 second quarter", "next year's first quarter", "third quarter of 1989"
  {
    pattern: new RegExp(
      `\\b(?:${YEAR}\\s+|(this|last|next)\\s+year's\\s+)?(?:fiscal\\s+)?${ORD}[-\\s](?:fiscal\\s+)?quarter\\b(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?${YEAR})?`,
      "gi",
    ),
    value: (m, c) => {
      const q = ordinal(m[3] as string);
      const year = m[1] ?? m[4];
      if (year) return `${year}-Q${q}`;
      if (m[2]) return `${pubYear(c) + yearWordShift(m[2])}-Q${q}`;
      // "expected to close by the end of the second quarter" in March: the coming one. The quarter just
      // closed stays the reported one, whatever the clause says ("the dividend due to its third-quarter loss").
      const latest = latestQuarter(c.published, q);
      const closed = lastClosedQuarter(c.published);
      const stale = latest.year * 4 + latest.q < closed.year * 4 + closed.q;
      return quarterValue(stale && c.forward() ? comingQuarter(c.published, q) : latest);
    },
    absolute: (m) => m[1] !== undefined || m[4] !== undefined,
    setsQuarter: true,
  },
  // "the 1988 quarter", "the 1989 period": the reported quarter of that year
  {
    pattern: new RegExp(`\\bthe\\s+${YEAR}\\s+(quarter|period)\\b`, "gi"),
    // Beside "the first nine months" or "the first half" it is that span of the year, not the quarter.
    value: (m, c) => (c.memory.quarter && !SPAN.test(c.sentence) ? `${m[1]}-Q${c.memory.quarter.q}` : m[1]),
    absolute: () => true,
  },
  {
    pattern: /\b(?:the|this)\s+current\s+quarter\b/gi,
    value: (_m, c) => quarterValue(quarterOf(c.published)),
  },
  {
    pattern: /\b(?:the\s+)?(?:previous|prior|preceding)\s+quarter\b/gi,
    value: (_m, c) => quarterValue(shiftQuarter(reported(c), -1)),
  },
  // "the quarter", "the latest quarter", "this quarter", "the latest period": the one reported
  {
    pattern:
      /\b(?:(the|this|that)\s+(?:(latest|most\s+recent|same)\s+)?|(latest)\s+)(quarter|period)\b(?!-)/gi,
    value: (m, c) => {
      const determiner = m[1]?.toLowerCase();
      const latest = m[2] ?? m[3];
      if ((m[4] as string).toLowerCase() === "period" && !latest && !c.memory.quarter) return undefined;
      if (determiner === "that") return c.memory.quarter && quarterValue(c.memory.quarter);
      if (determiner === "this" && !c.memory.quarter) return quarterValue(quarterOf(c.published));
      return quarterValue(reported(c));
    },
  },
  // "the year two thousand", "January nineteen ninety-seven", "in nineteen ninety-one"
  {
    pattern: new RegExp(
      `\\b(?:${MONTH_NAME}\\s+|the\\s+year\\s+)?(${SPELLED_YEAR})\\b(?!\\s+(?:and\\s+)?(?:hundred|thousand|people|dollars))`,
      "gi",
    ),
    value: (m) => {
      const year = spelledYear(m[2] as string);
      if (year === undefined || (year >= 2000 && !m[1] && !/^the\s+year/i.test(m[0]))) return undefined;
      const month = m[1] ? monthOf(m[1]) : undefined;
      return month ? `${year}-${String(month).padStart(2, "0")}` : String(year);
    },
    absolute: () => true,
  },
  // Seasons: "this summer", "last fall", "the winter of 1994", "the early summer"
  {
    pattern: new RegExp(
      `\\b(?:(this\\s+past|this|last|next|the|(?:the\\s+)?(?:early|late|mid))[-\\s]+)?(spring|summer|fall|autumn|winter)\\b(?:\\s+of\\s+(${YEAR.slice(1, -1)}|${SPELLED_YEAR}))?`,
      "gi",
    ),
    value: (m, c) => {
      const modifier = (m[1] ?? "").toLowerCase().replace(/\s+/g, " ");
      const name = m[2] as string;
      if (m[3])
        return `${/^\d/.test(m[3]) ? m[3] : spelledYear(m[3])}-${seasonValue(name, "this", c.published, false).slice(5)}`;
      // "fall" and a bare season name are too often something else ("prices fall", "summer jobs").
      if (!modifier) return undefined;
      return seasonValue(name, modifier, c.published, c.forward());
    },
    absolute: (m) => m[3] !== undefined,
  },
  // Weekends: "over the weekend", "this weekend", "ahead of the weekend"
  {
    pattern: /\b(the|this|last|next)\s+weekend\b/gi,
    value: (m, c) => weekendValue((m[1] as string).toLowerCase(), c.published, c.forward()),
  },
  // Decades: "the 1990s", "the late '70s", "the mid-1990s", "the nineties"
  {
    pattern:
      /\b(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?(?:(1[5-9]|20)(\d)0'?s|'(\d)0'?s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b/gi,
    value: (m, c) => {
      const word = m[4]?.toLowerCase();
      const digit = word
        ? [
            "twenties",
            "thirties",
            "forties",
            "fifties",
            "sixties",
            "seventies",
            "eighties",
            "nineties",
          ].indexOf(word) + 2
        : Number(m[2] ?? m[3]);
      if (word && !/^the\b|^(?:early|mid|late)/i.test(m[0])) return undefined;
      return decadeValue(m[1], digit, c.published);
    },
    absolute: (m) => m[1] !== undefined,
  },
  {
    pattern: /\b(?:the\s+)?last\s+decade\b/gi,
    value: (_m, c) => String(Math.floor(pubYear(c) / 10) - 1),
  },
  // Centuries: "the 20th century" is TIMEX3 "19"
  {
    pattern: /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[-\s]century\b/gi,
    value: (m) => String(Number(m[1]) - 1).padStart(2, "0"),
    absolute: () => true,
  },
  // The year of publication under other names: "the current year", "the fiscal year", "year-end"
  {
    pattern:
      /\b(?:(the|this)\s+(?:(current|full|latest|previous|prior|coming|next)\s+)?(?:fiscal\s+|calendar\s+)?year|(last|next)\s+fiscal\s+year)\b(?![-\s](?:ago|earlier|before|two\s+thousand|or\b|end(?:ed|ing)\b|(?:to|through|until|till)\s+[A-Z]))/gi,
    value: (m, c) => {
      const word = (m[2] ?? m[3])?.toLowerCase();
      const shift = word === "latest" || word === "previous" || word === "prior" || word === "last" ? -1 : 0;
      return String(pubYear(c) + shift + (word === "next" || word === "coming" ? 1 : 0));
    },
  },
  {
    pattern: /\b(?:the\s+)?(?:end\s+of\s+the\s+year|year(-)end|year\s+end|year's\s+end)\b/gi,
    // "since year-end" looks back to the end of last year; "year-end" names its last day.
    value: (m, c) => {
      const year = pubYear(c) - (/\bsince\s+$/i.test(c.sentence.slice(0, c.start)) ? 1 : 0);
      return m[1] ? `${year}-12-31` : String(year);
    },
  },
  // The year or month the article last named: "that year", "the following year", "the following month"
  {
    pattern:
      /\b(that|the\s+same|the\s+following|the\s+next|the\s+previous)\s+(year|month)\b(?!\s+(?:ago|earlier|or)\b)/gi,
    value: (m, c) => {
      const word = (m[1] as string).toLowerCase().replace(/^the\s+/, "");
      const shift = word === "following" || word === "next" ? 1 : word === "previous" ? -1 : 0;
      if ((m[2] as string).toLowerCase() === "year")
        return c.memory.year === undefined ? undefined : String(c.memory.year + shift);
      if (!c.memory.month) return undefined;
      const d = new Date(`${c.memory.month}-01T12:00:00Z`);
      d.setUTCMonth(d.getUTCMonth() + shift);
      return isoDay(d).slice(0, 7);
    },
  },
  // "last May", "this September", "next March": chrono leaves "May" out for being a verb too.
  {
    pattern: new RegExp(`\\b(last|this|next)\\s+${MONTH_NAME}(?!\\s+\\d)\\b`, "gi"),
    value: (m, c) => {
      const month = monthOf(m[2] as string) as number;
      const ref = c.published.getUTCMonth() + 1;
      const word = (m[1] as string).toLowerCase();
      if (word === "last") return `${lastMonthYear(month, c.published)}-${String(month).padStart(2, "0")}`;
      const year = pubYear(c) + (word === "next" ? (month > ref ? 0 : 1) : 0);
      return `${year}-${String(month).padStart(2, "0")}`;
    },
  },
  // "later in the day", "earlier in the day": the day of publication, not tomorrow.
  { pattern: /\b(?:later|earlier)\s+in\s+the\s+day\b/gi, value: (_m, c) => isoDay(c.published) },
  ...MORE_RULES,
];

/** Phrases of a sentence, longest first where two overlap; values are resolved later, in reading order. */
export function findPhrases(sentence: string, needsYear: boolean): Phrase[] {
  const all: Phrase[] = [];
  for (const rule of RULES) {
    for (const m of sentence.matchAll(rule.pattern)) {
      const match = m as RegExpExecArray;
      const absolute = rule.absolute?.(match) ?? false;
      if (needsYear && !absolute) continue;
      all.push({
        text: m[0],
        start: m.index,
        end: m.index + m[0].length,
        absolute,
        setsQuarter: rule.setsQuarter ?? false,
        resolve: (c) => rule.value(match, c),
      });
    }
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Phrase[] = [];
  for (const p of all) if (!kept.some((k) => k.start < p.end && p.start < k.end)) kept.push(p);
  return kept;
}
