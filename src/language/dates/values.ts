const pad = (n: number) => String(n).padStart(2, "0");
const DAY_MS = 86_400_000;

export function isoDay(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** ISO 8601 week, "2025-W18": weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const weekday = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / DAY_MS + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}

/** The ISO week `weeks` weeks from the publication day's ("last week" is -1, "two weeks ago" -2). */
export function weekFrom(published: Date, weeks: number): string {
  return isoWeek(addDays(published, 7 * weeks));
}

/**
 * The given weekday (0 = Sunday) on or before the reference day (a Tuesday
 * paper's "on Tuesday" is that day; "last Tuesday" is not: strict), or
 * strictly after it.
 */
export function weekdayFrom(reference: Date, weekday: number, forward: boolean, strict = false): Date {
  const d = new Date(reference.getTime());
  if (!forward && !strict && d.getUTCDay() === weekday) return d;
  do d.setUTCDate(d.getUTCDate() + (forward ? 1 : -1));
  while (d.getUTCDay() !== weekday);
  return d;
}

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * DAY_MS);
}

/** A noon UTC instant for an ISO day, so that calendar arithmetic never crosses a zone boundary. */
export function noonOf(isoDate: string): Date {
  return new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
}
