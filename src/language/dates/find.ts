import * as chrono from "chrono-node";
import type { DateMention, Span } from "../../report/index.js";
import { extraDates } from "./extra.js";
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
  /\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\b(?:today|tonight|yesterday|tomorrow|week|month|year|ago|weekend|noon|midnight)\b/i;

/**
 * Date expressions of a text, each with its ISO 8601 value: stated in full
 * (anchor "absolute"), or resolved against the publication date (anchor
 * "published"). Without a publication date only absolute dates are given.
 */
export function findDates(text: string, sentences: Span[], published: string | null): DateMention[] {
  const reference = published ? noonOf(published) : new Date(Date.UTC(2000, 0, 1, 12));
  const out: DateMention[] = [];
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    if (!MAY_HOLD_DATE.test(sentence)) continue;
    const local: DateMention[] = [];
    for (const r of chrono.parse(sentence, reference, { forwardDate: false })) {
      const mention = toMention(sentence, r, reference, published !== null);
      if (mention) local.push(mention);
    }
    const taken = (a: number, b: number) => local.some((m) => m.start < b && a < m.end);
    local.push(...extraDates(sentence, published ? reference : null, taken));
    local.sort((a, b) => a.start - b.start);
    for (const m of local) out.push({ ...m, start: s.start + m.start, end: s.start + m.end });
  }
  return out;
}

function toMention(
  sentence: string,
  r: chrono.ParsedResult,
  reference: Date,
  anchored: boolean,
): DateMention | undefined {
  const lead = LEADING.exec(r.text)?.[0].length ?? 0;
  const body = r.text.slice(lead).replace(TRAILING, "");
  if (!body || NO_VALUE.test(body) || DURATION.test(body) || FROM_ANOTHER_EVENT.test(body)) return undefined;
  const start = r.index + lead;
  const end = start + body.length;
  const c = r.start;
  const stated = c.isCertain("year") && /\d{4}/.test(body);
  if (!stated && !anchored) return undefined;
  const value = shiftByYearWord(
    calendarValue(body, c, reference, pointsForward(sentence, start, end)),
    sentence,
    start,
    end,
    c,
    reference,
  );
  if (!value) return undefined;
  const range =
    r.end && c.isCertain("day") && r.end.isCertain("day") ? `${value}/${isoDay(r.end.date())}` : value;
  return { text: body, start, end, value: range, anchor: stated ? "absolute" : "published" };
}

function calendarValue(
  body: string,
  c: chrono.ParsedComponents,
  reference: Date,
  forward: boolean,
): string | undefined {
  const date = new Date(
    Date.UTC(c.get("year") ?? reference.getUTCFullYear(), (c.get("month") ?? 1) - 1, c.get("day") ?? 1, 12),
  );
  const week = WEEK.exec(body)?.[1]?.toLowerCase();
  if (week) return isoWeek(addDays(reference, week === "last" ? -7 : week === "next" ? 7 : 0));
  if (/\byear\b/i.test(body) && !c.isCertain("month")) return String(c.get("year"));
  if (c.isCertain("weekday") && !c.isCertain("day"))
    return isoDay(weekdayFrom(reference, c.get("weekday") ?? 0, forward));
  if (c.isCertain("day") && c.isCertain("month"))
    return isoDay(c.isCertain("year") ? date : nearestYear(date, reference));
  if (c.isCertain("month")) {
    const month = c.isCertain("year") ? date : nearestYear(date, reference, forward);
    return isoDay(month).slice(0, 7);
  }
  if (c.isCertain("year") && /\d{4}/.test(body)) return String(c.get("year"));
  return undefined;
}

/**
 * A day or month stated without a year takes the year that puts it nearest
 * the publication date ("on 26 May" in a mid-May paper is this May, "in
 * December" in a January paper last December); a month the sentence says is
 * still to come moves to the next year.
 */
function nearestYear(date: Date, reference: Date, forward = false): Date {
  const candidates = [-1, 0, 1].map((k) => {
    const d = new Date(date.getTime());
    d.setUTCFullYear(reference.getUTCFullYear() + k);
    return d;
  });
  const distance = (d: Date) => Math.abs(d.getTime() - reference.getTime());
  let best = candidates.reduce((a, b) => (distance(b) < distance(a) ? b : a));
  if (
    forward &&
    best.getUTCMonth() < reference.getUTCMonth() &&
    best.getUTCFullYear() === reference.getUTCFullYear()
  )
    best = candidates[2] as Date;
  return best;
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
