// Calendar arithmetic on the periods news counts in besides days: quarters,
// halves, seasons, weekends, decades. Values follow TIMEX3 where ISO 8601 has
// no form: "1989-Q3", "1989-H2", "1998-SU", "1990-W32-WE", "199" (the 1990s).
import { isoWeek, weekdayFrom } from "./values.js";

export interface Quarter {
  year: number;
  q: number;
}

export const quarterValue = ({ year, q }: Quarter) => `${year}-Q${q}`;

export function quarterOf(d: Date): Quarter {
  return { year: d.getUTCFullYear(), q: Math.floor(d.getUTCMonth() / 3) + 1 };
}

export function shiftQuarter({ year, q }: Quarter, by: number): Quarter {
  const n = year * 4 + (q - 1) + by;
  return { year: Math.floor(n / 4), q: (n % 4) + 1 };
}

/** The last quarter that had ended by the publication date: the one a results story reports. */
export function lastClosedQuarter(published: Date): Quarter {
  return shiftQuarter(quarterOf(published), -1);
}

/** A quarter named without a year is the latest one of that number not after the publication date. */
export function latestQuarter(published: Date, q: number): Quarter {
  const current = quarterOf(published);
  return { year: q <= current.q ? current.year : current.year - 1, q };
}

/** A quarter named without a year in a sentence that looks ahead: the current one of that number, or next year's. */
export function comingQuarter(published: Date, q: number): Quarter {
  const current = quarterOf(published);
  return { year: q >= current.q ? current.year : current.year + 1, q };
}

/** A half named without a year: the latest one of that number not after the publication date. */
export function latestHalf(published: Date, half: number): string {
  const current = published.getUTCMonth() < 6 ? 1 : 2;
  return `${half <= current ? published.getUTCFullYear() : published.getUTCFullYear() - 1}-H${half}`;
}

// Winter is counted from January so that "the winter of 1994" is 1994-WI.
const SEASON_START: Record<string, [string, number]> = {
  winter: ["WI", 0],
  spring: ["SP", 2],
  summer: ["SU", 5],
  fall: ["FA", 8],
  autumn: ["FA", 8],
};

/**
 * "this summer" is the publication year's; "last summer" the latest one that
 * is over; a bare "the summer" the latest one begun, or the next one when the
 * sentence looks ahead.
 */
export function seasonValue(name: string, modifier: string, published: Date, forward: boolean): string {
  const [code, start] = SEASON_START[name.toLowerCase()] ?? ["SU", 5];
  const year = published.getUTCFullYear();
  const month = published.getUTCMonth();
  let y = year;
  if (/^(?:last|this past|past)$/.test(modifier)) y = start + 3 <= month ? year : year - 1;
  else if (modifier === "next") y = start > month ? year : year + 1;
  else if (modifier !== "this")
    y = forward ? (start >= month ? year : year + 1) : start <= month ? year : year - 1;
  return `${y}-${code}`;
}

/** The weekend (Saturday's ISO week) meant by "the weekend", "this weekend", "last weekend". */
export function weekendValue(modifier: string, published: Date, forward: boolean): string {
  const saturdayOfWeek = new Date(published.getTime());
  saturdayOfWeek.setUTCDate(published.getUTCDate() + 5 - ((published.getUTCDay() + 6) % 7));
  let saturday: Date;
  if (modifier === "this") saturday = saturdayOfWeek;
  else if (modifier === "last") saturday = weekdayFrom(saturdayOfWeek, 6, false, true);
  else if (modifier === "next") saturday = weekdayFrom(saturdayOfWeek, 6, true);
  else if (forward) saturday = weekdayFrom(published, 6, true);
  else saturday = weekdayFrom(published, 6, false);
  return `${isoWeek(saturday)}-WE`;
}

/** "the 1990s", "the '80s", "the nineties": TIMEX3 writes a decade as its first three digits. */
export function decadeValue(century: string | undefined, digit: number, published: Date): string {
  if (century) return `${century}${digit}`;
  const year = published.getUTCFullYear();
  // A two-digit decade after the current one belongs to the century before.
  const c = Math.floor(year / 100) - (digit * 10 > year % 100 ? 1 : 0);
  return `${c}${digit}`;
}

/**
 * The year of "last May" (month 1-12): the latest May before the current
 * month. The month just gone is "last month" in news, so "last February" in
 * a March paper is the February of the year before.
 */
export function lastMonthYear(month: number, published: Date): number {
  return published.getUTCFullYear() - (month < published.getUTCMonth() ? 0 : 1);
}
