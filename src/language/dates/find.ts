import * as chrono from "chrono-node";
import type { DateMention, Span } from "../../report/index.js";
import { extraDates } from "./extra.js";
import { notADate } from "./filters.js";
import { lastClosedQuarter, type Quarter } from "./periods.js";
import { findPhrases, type Memory, type Phrase } from "./phrases.js";
import { findReferences, type TimeReference } from "./references.js";
import { atSpeechDay } from "./speech-day.js";
import { type Direction, direction, pointsForward } from "./tense.js";
import { isoDay, noonOf, weekdayFrom, weekFrom } from "./values.js";
import { dayYear, monthYear, shiftByYearWord } from "./years.js";

// The span is the expression itself, without a leading preposition or trailing punctuation.
// "voted 11 to 4 on Tuesday": chrono reads the score's last number as an hour; the date is the day.
const LEADING =
  /^(?:(?:on|in|at|by|since|from|until|till|before|after|during|of|as of|for)\s+)*(?:\d{1,2}\s+(?=on\s))?(?:(?:on|in|at|by|since|from|until|till|before|after|during|of|as of|for)\s+)*/i;
const TRAILING = /[\s,.;:]+$/;
const WEEK = /\b(last|this|next)\s+week\b/i;
// chrono is not cheap: a sentence with no digit and no calendar word holds no date.
const MAY_HOLD_DATE =
  /\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\b(?:today|tonight|yesterday|tomorrow|day\b|week|month|year|ago|weekend|noon|midnight|quarter|period|half|spring|summer|fall|autumn|winter|decade|century|(?:until|till|by)\s+then\b|nineteen|thousand|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)/i;

/** A date mention, or (only when asked for) a time reference with no calendar value. */
export type FoundDate = DateMention & { reference?: TimeReference };

export interface FindDatesOptions {
  /** Also list "now", "recently", "in the future" with value null: the report leaves them out. */
  references?: boolean;
}

/** A mention whose value may wait for what the sentences before it said. */
type Pending = FoundDate & { phrase?: Phrase };

/**
 * Date expressions of a text, each with its ISO 8601 value: stated in full
 * (anchor "absolute"), or resolved against the publication date (anchor
 * "published"). Without a publication date only absolute dates are given.
 * Sentences are read in order: "the quarter" and "a year earlier" take the
 * period the article reports.
 */
export function findDates(
  text: string,
  sentences: Span[],
  published: string | null,
  options: FindDatesOptions = {},
): FoundDate[] {
  const reference = published ? noonOf(published) : new Date(Date.UTC(2000, 0, 1, 12));
  const memory: Memory = {};
  const out: FoundDate[] = [];
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    for (const m of datesOfSentence(sentence, reference, published !== null, memory, options))
      out.push({ ...m, start: s.start + m.start, end: s.start + m.end });
  }
  return out;
}

function datesOfSentence(
  sentence: string,
  reference: Date,
  anchored: boolean,
  memory: Memory,
  options: FindDatesOptions,
): FoundDate[] {
  const mayHold = MAY_HOLD_DATE.test(sentence);
  if (!mayHold && !options.references) return [];
  const local: Pending[] = [];
  const taken = (a: number, b: number) => local.some((m) => m.start < b && a < m.end);
  if (mayHold) {
    for (const p of findPhrases(sentence, !anchored))
      local.push({
        text: p.text,
        start: p.start,
        end: p.end,
        value: null,
        anchor: anchorOf(p.absolute),
        phrase: p,
      });
    for (const r of chrono.parse(sentence, reference, { forwardDate: false })) {
      for (const mention of toMentions(sentence, r, reference, anchored))
        if (!taken(mention.start, mention.end)) local.push(mention);
    }
    local.push(...extraDates(sentence, taken));
  }
  if (options.references)
    for (const r of findReferences(sentence, taken)) local.push({ ...r, value: null, anchor: "published" });
  local.sort((a, b) => a.start - b.start);
  return atSpeechDay(sentence, resolveInOrder(local, sentence, reference, memory));
}

const anchorOf = (absolute: boolean) => (absolute ? "absolute" : "published");

/** Values of the pending phrases, each seeing what the mentions before it left in memory. */
function resolveInOrder(local: Pending[], sentence: string, reference: Date, memory: Memory): FoundDate[] {
  const out: FoundDate[] = [];
  for (const { phrase, ...m } of local) {
    if (phrase) {
      const value = phrase.resolve({
        published: reference,
        sentence,
        start: m.start,
        memory,
        forward: () => pointsForward(sentence, m.start, m.end),
      });
      if (!value) continue;
      m.value = value;
    }
    remember(memory, m, phrase, reference);
    out.push(m);
  }
  return out;
}

function remember(memory: Memory, m: FoundDate, phrase: Phrase | undefined, reference: Date): void {
  const value = m.value ?? "";
  const quarter = /^(\d{4})-Q(\d)$/.exec(value);
  if (quarter && phrase?.setsQuarter)
    reportQuarter(memory, { year: Number(quarter[1]), q: Number(quarter[2]) }, reference);
  if (m.anchor === "absolute" && /^\d{4}\b/.test(value)) memory.year = Number(value.slice(0, 4));
  if (/^\d{4}-\d{2}\b/.test(value)) memory.month = value.slice(0, 7);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) memory.day = value;
}

const order = ({ year, q }: Quarter) => year * 4 + q;

/**
 * The quarter a results story reports is the latest one it names that is
 * over: "a fourth-quarter charge" ahead is no results period, and "after a
 * flat second quarter" or "the 1988 second quarter" are comparisons.
 */
function reportQuarter(memory: Memory, quarter: Quarter, reference: Date): void {
  if (order(quarter) > order(lastClosedQuarter(reference))) return;
  if (memory.quarter && order(quarter) < order(memory.quarter)) return;
  memory.quarter = quarter;
}

/** chrono's result as mentions: a range ("Aug. 26 to Oct. 20", "today through Nov. 17") is two dates. */
function toMentions(
  sentence: string,
  r: chrono.ParsedResult,
  reference: Date,
  anchored: boolean,
): DateMention[] {
  const lead = LEADING.exec(r.text)?.[0].length ?? 0;
  const body = r.text.slice(lead).replace(TRAILING, "");
  const start = r.index + lead;
  const split = r.end ? RANGE.exec(body) : null;
  if (!split || !r.end)
    return [toMention(sentence, body, start, r.start, reference, anchored)].filter(isMention);
  const first = body.slice(0, split.index);
  const secondStart = split.index + split[0].length;
  return [
    toMention(sentence, first, start, r.start, reference, anchored),
    toMention(sentence, body.slice(secondStart), start + secondStart, r.end, reference, anchored),
  ].filter(isMention);
}

const RANGE = /\s+(?:to|through|thru|until|till|and)\s+|\s+[-–]\s+|–/i;
const isMention = (m: DateMention | undefined): m is DateMention => m !== undefined;

function toMention(
  sentence: string,
  text: string,
  start: number,
  c: chrono.ParsedComponents,
  reference: Date,
  anchored: boolean,
): DateMention | undefined {
  const lead = LEADING.exec(text)?.[0].length ?? 0;
  const body = text.slice(lead).replace(TRAILING, "");
  const at = start + lead;
  const end = at + body.length;
  if (notADate(body, sentence.slice(Math.max(0, at - 4), at), sentence.slice(end, end + 24)))
    return undefined;
  // "every Monday morning", "each Friday": a recurrence, no one day.
  if (/\b(?:every|each)\s+(?:other\s+)?$/i.test(sentence.slice(Math.max(0, at - 12), at))) return undefined;
  const stated = c.isCertain("year") && /\d{4}/.test(body);
  if (!stated && !anchored) return undefined;
  const before = sentence.slice(Math.max(0, at - 16), at);
  const value = shiftByYearWord(
    calendarValue(body, before, c, reference, direction(sentence, at, end)),
    sentence,
    at,
    end,
    c,
    reference,
  );
  if (!value) return undefined;
  return { text: body, start: at, end, value, anchor: stated ? "absolute" : "published" };
}

// "last Thursday": a week back even on a Thursday; "next Monday" ahead.
const WEEKDAY_BACK = /^last\s/i;
// "the previous Friday" is the one before the Friday the story is at: a week before a bare "Friday".
const WEEKDAY_BEFORE = /\b(?:previous|preceding|prior)\s+$/i;
const WEEKDAY_AHEAD = /^(?:next|this\s+coming|coming)\s/i;

function calendarValue(
  body: string,
  before: string,
  c: chrono.ParsedComponents,
  reference: Date,
  toward: Direction,
): string | undefined {
  const date = new Date(
    Date.UTC(c.get("year") ?? reference.getUTCFullYear(), (c.get("month") ?? 1) - 1, c.get("day") ?? 1, 12),
  );
  const week = WEEK.exec(body)?.[1]?.toLowerCase();
  if (week) return weekFrom(reference, week === "last" ? -1 : week === "next" ? 1 : 0);
  if (/\byears?\b/i.test(body) && !c.isCertain("month")) return String(c.get("year"));
  if (c.isCertain("weekday") && !c.isCertain("day"))
    return weekdayValue(body, before, c, reference, toward === "forward");
  if (c.isCertain("day") && c.isCertain("month"))
    return isoDay(c.isCertain("year") ? date : dayYear(date, reference, toward));
  if (c.isCertain("month")) {
    const month = c.isCertain("year") ? date : monthYear(date, reference, toward);
    return isoDay(month).slice(0, 7);
  }
  if (c.isCertain("year") && /\d{4}/.test(body)) return String(c.get("year"));
  return undefined;
}

function weekdayValue(
  body: string,
  before: string,
  c: chrono.ParsedComponents,
  reference: Date,
  forward: boolean,
): string {
  const weekday = c.get("weekday") ?? 0;
  if (WEEKDAY_BACK.test(body)) return isoDay(weekdayFrom(reference, weekday, false, true));
  if (WEEKDAY_BEFORE.test(before))
    return isoDay(weekdayFrom(weekdayFrom(reference, weekday, false), weekday, false, true));
  const ahead = WEEKDAY_AHEAD.test(body);
  // "will play on Wednesday" in Wednesday's paper is that day; "next Wednesday" is a week on.
  if (forward && !ahead && reference.getUTCDay() === weekday) return isoDay(reference);
  return isoDay(weekdayFrom(reference, weekday, forward || ahead));
}
