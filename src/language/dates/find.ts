import * as chrono from "chrono-node";
import type { DateMention, Span } from "../../report/index.js";
import { extraDates } from "./extra.js";
import { findPhrases, type Memory, type Phrase } from "./phrases.js";
import { findReferences, type TimeReference } from "./references.js";
import { pointsForward } from "./tense.js";
import { addDays, isoDay, isoWeek, noonOf, weekdayFrom } from "./values.js";

// The span is the expression itself, without a leading preposition or trailing punctuation.
const LEADING = /^(?:(?:on|in|at|by|since|from|until|till|before|after|during|of|as of|for)\s+)+/i;
const TRAILING = /[\s,.;:]+$/;
// Words with no calendar value of their own, and durations ("three days", "eight hours").
const NO_VALUE =
  /^(?:now|right now|currently|recently|soon|tonight|this morning|this afternoon|this evening|weekdays?|weekends?)$/i;
const DURATION =
  /^(?:(?:last|past|next|first|final|coming)\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|(?:a )?few|many)(?:[\s-]+\w+)?\s+(?:minutes?|hours?|days?|weeks?|months?|years?)$/i;
// "a week after", "two days later": counted from another event, not from the day of publication.
const FROM_ANOTHER_EVENT =
  /^(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|(?:a )?few)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+(?:after|later|before|earlier|on)$/i;
const WEEK = /\b(last|this|next)\s+week\b/i;
// chrono is not cheap: a sentence with no digit and no calendar word holds no date.
const MAY_HOLD_DATE =
  /\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\b(?:today|tonight|yesterday|tomorrow|week|month|year|ago|weekend|noon|midnight|quarter|period|half|spring|summer|fall|autumn|winter|decade|century|nineteen|thousand|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)/i;

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
  return resolveInOrder(local, sentence, reference, memory);
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
    remember(memory, m, phrase);
    out.push(m);
  }
  return out;
}

function remember(memory: Memory, m: FoundDate, phrase: Phrase | undefined): void {
  const value = m.value ?? "";
  const quarter = /^(\d{4})-Q(\d)$/.exec(value);
  if (quarter && phrase?.setsQuarter) memory.quarter = { year: Number(quarter[1]), q: Number(quarter[2]) };
  if (m.anchor === "absolute" && /^\d{4}\b/.test(value)) memory.year = Number(value.slice(0, 4));
  if (/^\d{4}-\d{2}\b/.test(value)) memory.month = value.slice(0, 7);
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
  if (!body || NO_VALUE.test(body) || DURATION.test(body) || FROM_ANOTHER_EVENT.test(body)) return undefined;
  const at = start + lead;
  const end = at + body.length;
  const stated = c.isCertain("year") && /\d{4}/.test(body);
  if (!stated && !anchored) return undefined;
  const before = sentence.slice(Math.max(0, at - 16), at);
  const value = shiftByYearWord(
    calendarValue(body, before, c, reference, pointsForward(sentence, at, end)),
    sentence,
    at,
    end,
    c,
    reference,
  );
  if (!value) return undefined;
  return { text: body, start: at, end, value, anchor: stated ? "absolute" : "published" };
}

// "last Thursday", "the previous Friday": a week back even on a Thursday; "next Monday" ahead.
const WEEKDAY_BACK = /(?:^last\s|\b(?:previous|preceding|prior)\s+$)/i;
const WEEKDAY_AHEAD = /^(?:next|this\s+coming|coming)\s/i;

function calendarValue(
  body: string,
  before: string,
  c: chrono.ParsedComponents,
  reference: Date,
  forward: boolean,
): string | undefined {
  const date = new Date(
    Date.UTC(c.get("year") ?? reference.getUTCFullYear(), (c.get("month") ?? 1) - 1, c.get("day") ?? 1, 12),
  );
  const week = WEEK.exec(body)?.[1]?.toLowerCase();
  if (week) return isoWeek(addDays(reference, week === "last" ? -7 : week === "next" ? 7 : 0));
  if (/\byears?\b/i.test(body) && !c.isCertain("month")) return String(c.get("year"));
  if (c.isCertain("weekday") && !c.isCertain("day")) return weekdayValue(body, before, c, reference, forward);
  if (c.isCertain("day") && c.isCertain("month"))
    return isoDay(c.isCertain("year") ? date : dayYear(date, reference, forward));
  if (c.isCertain("month")) {
    const month = c.isCertain("year") ? date : monthYear(date, reference, forward);
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
  if (WEEKDAY_BACK.test(body) || WEEKDAY_BACK.test(before))
    return isoDay(weekdayFrom(reference, weekday, false, true));
  return isoDay(weekdayFrom(reference, weekday, forward || WEEKDAY_AHEAD.test(body)));
}

const withYear = (date: Date, year: number) => {
  const d = new Date(date.getTime());
  d.setUTCFullYear(year);
  return d;
};
// A day or month a couple of months ahead is more likely an announced date than one most of a year back.
const AHEAD_MS = 75 * 86_400_000;

/**
 * A day or month stated without a year: news reports the past, so the
 * latest one not far after the publication date ("Jan. 31" or "March" in an
 * October paper are this year's past ones, "Dec. 21" and "January" the
 * coming ones); the next one when the sentence looks ahead.
 */
function dayYear(date: Date, reference: Date, forward: boolean): Date {
  const year = reference.getUTCFullYear();
  const same = withYear(date, year);
  // A looking-ahead sentence may still name a day just gone ("extended the offer, due on Oct. 20").
  if (forward)
    return same.getTime() >= reference.getTime() - 14 * 86_400_000 ? same : withYear(date, year + 1);
  if (same.getTime() > reference.getTime() + AHEAD_MS) return withYear(date, year - 1);
  return reference.getTime() - same.getTime() > 365 * 86_400_000 - AHEAD_MS ? withYear(date, year + 1) : same;
}

/** A month stated without a year: as a day, counted from its first day. */
function monthYear(date: Date, reference: Date, forward: boolean): Date {
  const monthStart = new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), 1, 12));
  return dayYear(withYear(date, reference.getUTCFullYear()), forward ? monthStart : reference, forward);
}

// "last February", "this September", "June last year": the year word stands outside chrono's span.
const YEAR_WORD_BEFORE = /\b(last|this|next)\s+$/i;
const YEAR_AFTER = /^\s+(last|this|next)\s+year\b/i;

function shiftByYearWord(
  value: string | undefined,
  sentence: string,
  start: number,
  end: number,
  c: chrono.ParsedComponents,
  reference: Date,
): string | undefined {
  if (!value || c.isCertain("year") || !c.isCertain("month") || c.isCertain("weekday")) return value;
  const before = YEAR_WORD_BEFORE.exec(sentence.slice(Math.max(0, start - 8), start))?.[1]?.toLowerCase();
  const after = YEAR_AFTER.exec(sentence.slice(end, end + 16))?.[1]?.toLowerCase();
  const refYear = reference.getUTCFullYear();
  const month = c.get("month") ?? 1;
  const refMonth = reference.getUTCMonth() + 1;
  let year: number | undefined;
  if (after) year = refYear + (after === "last" ? -1 : after === "next" ? 1 : 0);
  else if (before === "this") year = refYear;
  else if (before === "last") year = month < refMonth ? refYear : refYear - 1;
  else if (before === "next") year = month > refMonth ? refYear : refYear + 1;
  return year === undefined ? value : `${year}${value.slice(4)}`;
}
