import * as chrono from "chrono-node";
import { type Line, type ScrapeMeta, wordCount } from "../line.js";

const MAX_DATE_LINE_WORDS = 12;
// A day a date line can state for certain: a month name beside a number, or a
// numeric day-month-year. ("May" alone is mostly the verb; chrono is not cheap.)
const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
const DATE_HINT = new RegExp(
  `\\b${MONTH},?\\s+\\d{1,4}(?:st|nd|rd|th)?\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?${MONTH}\\b|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}`,
  "i",
);
// Other languages' date lines: "3 mai 2027", "3. Mai 2027", "3 de mayo de 2027", "mardi 3 mai 2027".
const FOREIGN_DATE_HINT = /\b\d{1,2}\.?\s+(?:de\s+)?\p{L}{3,}\.?\s+(?:de\s+)?\d{4}\b/u;
/** chrono's parsers for the languages whose date lines are read: a line in none of them is left alone. */
const FOREIGN = [chrono.fr, chrono.de, chrono.es, chrono.nl, chrono.pt, chrono.it];
/** "Published on", "Updated:": the label a date line may open with (a string, for chrome-lines.ts to build on). */
export const DATE_LABEL =
  "(?:published|updated|posted|last updated|first published|publié|mis à jour|veröffentlicht|aktualisiert|publicado|actualizado)\\s*(?:on|at|le|am|el)?\\s*:?\\s*";
const DATE_PREFIX = new RegExp(`^${DATE_LABEL}`, "i");
const UPDATE_LABEL = /^(?:(?:last\s+)?updated|mis à jour|aktualisiert|actualizado)\b/i;
const UPDATE_INSIDE = /\s*,?\s+(?=(?:last\s+)?updated\b|mis à jour\b|aktualisiert\b|actualizado\b)/i;

/** A scraper that dropped the spaces between a page's date spans: "March 9, 20263:52 PM GMT+8Updated 2 hours ago". */
function unglued(text: string): string {
  return (
    text
      .replace(/\b((?:19|20)\d{2})(\d{1,2}:\d{2})/, "$1 $2")
      .replace(/(?<=[\p{L}\d)])(?=(?:Updated|Posted|Published)\b)/u, " ")
      // "April 15, 2026 (Wed.) 18:30 JST": the weekday in brackets says nothing the date does not.
      .replace(/\s*\((?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?\)/i, "")
  );
}

/**
 * A line that is a date and nothing else ("Tuesday 14 April 2026 09:12 BST"):
 * kept as the published date, or as the modified date when labelled "Updated".
 * "Published 15:42 BST, 3 June | Updated 17:01 BST, 3 June" gives both.
 */
export function takeDate(line: Line, meta: ScrapeMeta): boolean {
  const text = unglued(line.text);
  const byBar = text.split(/\s+[|·•]\s+/);
  // "Posted May 3, 2027 9:14 AM Updated May 3, 2027 11:02 AM", "Publié le 3 mai 2027, mis à jour à 16h20":
  // the update may follow with no bar between.
  const byLabel = text.split(UPDATE_INSIDE);
  const labelled = byBar.length > 1 ? byBar : byLabel;
  if (
    labelled.length > 1 &&
    (labelled.every((p) => DATE_PREFIX.test(p)) || (labelled === byLabel && labelled.length === 2))
  ) {
    const dates = labelled.map((p) => (eitherWayRound(p) ? undefined : dateOfLine(p)));
    // "Posted: Mar 23, 2026 10:15 AM | Last Updated: Mar 23": a part with no year still belongs to the line.
    if (dates.every((d) => d === undefined)) return false;
    labelled.forEach((p, i) => {
      if (dates[i] === undefined) return;
      if (UPDATE_LABEL.test(p)) meta.modified ??= dates[i];
      else meta.published ??= dates[i];
    });
    line.drop = { rule: "date-line", reason: "date line (kept as the published and modified dates)" };
    return true;
  }
  const date = dateOfLine(text);
  if (!date) return false;
  if (eitherWayRound(text)) {
    line.drop = { rule: "date-line", reason: "date line (day and month may be either way round: not used)" };
    return true;
  }
  if (UPDATE_LABEL.test(text)) {
    meta.modified ??= date;
    line.drop = { rule: "date-line", reason: "date line (kept as the modified date)" };
  } else {
    meta.published ??= date;
    line.drop = { rule: "date-line", reason: "date line (kept as the published date)" };
  }
  return true;
}

// "03/06/2027" is 3 June in most of the world and March 6 in the US: with both numbers 12 or under
// and nothing else on the line to tell, a wrong date is worse than none.
const NUMERIC_DATE = /\b(\d{1,2})[./-](\d{1,2})[./-]\d{2,4}\b/;

export function eitherWayRound(text: string): boolean {
  const m = NUMERIC_DATE.exec(text);
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return a <= 12 && b <= 12 && a !== b;
}

/** The day (and time) a line states when the line is that date and nothing else. */
function dateOfLine(text: string): string | undefined {
  if (wordCount(text) > MAX_DATE_LINE_WORDS) return undefined;
  if (!DATE_HINT.test(text)) return FOREIGN_DATE_HINT.test(text) ? foreignDateOfLine(text) : undefined;
  // "May 28, 2026 | 10:15 PM": the parts of a date line read as one date.
  const body = shortZones(text.replace(DATE_PREFIX, "").replace(/\s+[|·•/]\s+/g, " "));
  const found = parseDateLine(body);
  const certain =
    found && ["year", "month", "day"].every((c) => found.start.isCertain(c as chrono.Component));
  if (!found || !certain) return undefined;
  // The date must be the line, not a date inside a sentence.
  const rest = body
    .replace(found.text, "")
    .replace(/[\s,|·•–—-]+/g, " ")
    .trim();
  return wordCount(rest) > 2 ? undefined : isoFromChrono(found.start);
}

const ZONE_NAMES: [RegExp, string][] = [
  [/\b(Eastern|Central|Mountain|Pacific|Alaska|Atlantic)\s+(Standard|Daylight)\s+Time\b/i, ""],
  [/\bBritish Summer Time\b/i, "BST"],
  [/\bGreenwich Mean Time\b/i, "GMT"],
  [/\bCentral European Summer Time\b/i, "CEST"],
  [/\bCentral European Time\b/i, "CET"],
];

/** "08:00 AM Eastern Daylight Time" as chrono reads it: "08:00 AM EDT". */
function shortZones(text: string): string {
  let out = text;
  for (const [name, short] of ZONE_NAMES)
    out = out.replace(
      name,
      (_m, region?: string, kind?: string) =>
        short || `${(region as string)[0]}${(kind as string)[0]}T`.toUpperCase(),
    );
  return out;
}

/** A date line in another language: the first parser that reads the whole line as one certain day. */
function foreignDateOfLine(text: string): string | undefined {
  for (const locale of FOREIGN) {
    const found = locale.parse(text, undefined, { forwardDate: false })[0];
    if (!found || !["year", "month", "day"].every((c) => found.start.isCertain(c as chrono.Component)))
      continue;
    const rest = text
      .replace(found.text, "")
      .replace(/[\s,|·•–—-]+/g, " ")
      .trim();
    if (wordCount(rest) <= 2) return isoFromChrono(found.start);
  }
  return undefined;
}

/**
 * chrono settles summer time for zone names like "ET" against the reference
 * date, not the parsed one: parse again with the found day as reference so
 * "9:47 AM ET" in June is -04:00, not -05:00.
 */
function parseDateLine(text: string): chrono.ParsedResult | undefined {
  const first = chrono.strict.parse(text, undefined, { forwardDate: false })[0];
  if (!first) return undefined;
  return chrono.strict.parse(text, first.start.date(), { forwardDate: false })[0] ?? first;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Day, or day and time with the zone when the line states them. */
export function isoFromChrono(c: chrono.ParsedComponents): string {
  const day = `${c.get("year")}-${pad(c.get("month") ?? 1)}-${pad(c.get("day") ?? 1)}`;
  if (!c.isCertain("hour")) return day;
  const time = `${day}T${pad(c.get("hour") ?? 0)}:${pad(c.get("minute") ?? 0)}`;
  if (!c.isCertain("timezoneOffset")) return time;
  const offset = c.get("timezoneOffset") ?? 0;
  if (offset === 0) return `${time}Z`;
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
