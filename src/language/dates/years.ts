// The year of a day or month stated without one ("Jan. 31", "in March"),
// and of one shifted by a year word outside chrono's span ("last February",
// "June last year").
import type * as chrono from "chrono-node";
import { lastMonthYear } from "./periods.js";
import type { Direction } from "./tense.js";

const DAY_MS = 86_400_000;
const withYear = (date: Date, year: number) => {
  const d = new Date(date.getTime());
  d.setUTCFullYear(year);
  return d;
};
// A day or month a couple of months ahead is more likely an announced date than one most of a year back.
const AHEAD_MS = 75 * DAY_MS;

/**
 * A day stated without a year. Looking ahead: the next one (a day just gone
 * still counts: "extended the offer, due on Oct. 20"). Else news reports the
 * past, so the latest one not far after the publication date ("Jan. 31" in
 * an October paper is this year's); a day most of a year back is rather the
 * coming one ("Dec. 21" in a January paper), unless the clause is told in the
 * past ("In January, the firm hired…" in a November paper).
 */
export function dayYear(date: Date, reference: Date, direction: Direction): Date {
  const year = reference.getUTCFullYear();
  const same = withYear(date, year);
  if (direction === "forward")
    return same.getTime() >= reference.getTime() - 14 * DAY_MS ? same : withYear(date, year + 1);
  if (same.getTime() > reference.getTime() + AHEAD_MS) return withYear(date, year - 1);
  if (direction === "back") return same;
  return reference.getTime() - same.getTime() > 365 * DAY_MS - AHEAD_MS ? withYear(date, year + 1) : same;
}

/** A month stated without a year: as a day, counted from its first day; the current month is this year's. */
export function monthYear(date: Date, reference: Date, direction: Direction): Date {
  const monthStart = new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), 1, 12));
  const from = direction === "forward" ? monthStart : reference;
  return dayYear(withYear(date, reference.getUTCFullYear()), from, direction);
}

// "last February", "this September", "June last year": the year word stands outside chrono's span.
const YEAR_WORD_BEFORE = /\b(last|this|next)\s+$/i;
const YEAR_AFTER = /^\s+(last|this|next)\s+year\b/i;

export function shiftByYearWord(
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
  else if (before === "last") year = lastMonthYear(month, reference);
  else if (before === "next") year = month > refMonth ? refYear : refYear + 1;
  return year === undefined ? value : `${year}${value.slice(4)}`;
}
