import * as chrono from "chrono-node";
import { type Line, normalizeLine, type Pass, type ScrapeMeta, wordCount } from "../line.js";

// The head of a scrape: headline, then byline and date lines in some order.
// They become metadata; the lines go to `removed` with the reason.
const HEAD_LINES = 10;
const MAX_HEADLINE_WORDS = 25;
const MAX_DATE_LINE_WORDS = 12;
const DATE_PREFIX = /^(?:published|updated|posted|last updated|first published)\s*(?:on|at)?\s*:?\s*/i;
const BY_PREFIX = /^by\s+(.{3,80})$/i;
// A name as bylines print it: two to five capitalised words ("Jo Marsh", "Ana de la Cruz").
const NAME =
  /^(?:[\p{Lu}][\p{L}'’.-]+|de|la|van|von|der|da|di|le|bin|al)(?:\s+(?:[\p{Lu}][\p{L}'’.-]+|de|la|van|von|der|da|di|le|bin|al|and|&)){1,5}$/u;

export const header: Pass = {
  id: "header",
  run(lines, meta) {
    let head = lines.filter((l) => !l.drop).slice(0, HEAD_LINES);
    if (takeMasthead(head, meta)) head = head.slice(1);
    takeHeadline(head, meta);
    const dateIndex = head.findIndex((l) => !l.drop && takeDate(l, meta));
    const knownByline = meta.byline;
    for (const [i, line] of head.entries()) {
      if (line.drop) continue;
      if (knownByline !== undefined) {
        if (echoesByline(line.text, knownByline))
          line.drop = { rule: "byline", reason: "byline (kept as the byline)" };
        continue;
      }
      if (meta.byline) continue;
      const adjacent = dateIndex >= 0 && Math.abs(i - dateIndex) === 1;
      takeByline(line, meta, adjacent);
    }
  },
};

// "SITE NAME | Slogan" above the headline: the site's masthead, kept as the outlet.
const MASTHEAD = /^([^|]{2,60}?)\s+\|\s+[^|]{2,80}$/;

function takeMasthead(head: Line[], meta: ScrapeMeta): boolean {
  const [first, second] = head;
  if (!first || !second || meta.title !== undefined) return false;
  const m = MASTHEAD.exec(first.text);
  if (!m || !looksLikeHeadline(second.text) || wordCount(first.text) > 15) return false;
  meta.outlet ??= titleCaseShouting(m[1] as string);
  first.drop = { rule: "masthead", reason: "site masthead (kept as the outlet)" };
  return true;
}

/** "TRI-COUNTY RECORD" reads as "Tri-County Record"; mixed case is left as written. */
function titleCaseShouting(s: string): string {
  if (s !== s.toUpperCase()) return s;
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

function takeHeadline(head: Line[], meta: ScrapeMeta): void {
  const first = head[0];
  if (!first) return;
  // Metadata may already hold the title (an HTML page's): then only its echo goes.
  if (meta.title !== undefined) {
    if (normalizeLine(first.text) === normalizeLine(meta.title))
      first.drop = { rule: "headline", reason: "headline (kept as the title)" };
    return;
  }
  if (!looksLikeHeadline(first.text)) return;
  meta.title = first.text;
  first.drop = { rule: "headline", reason: "headline (kept as the title)" };
}

export function looksLikeHeadline(text: string): boolean {
  const words = wordCount(text);
  if (words < 2 || words > MAX_HEADLINE_WORDS) return false;
  if (/[.,;:]["'”’)]?$/.test(text)) return false;
  return /^[\p{Lu}\p{N}"'“‘]/u.test(text);
}

function takeDate(line: Line, meta: ScrapeMeta): boolean {
  // Every date line a scrape prints has a digit (day or year); chrono is not cheap.
  if (wordCount(line.text) > MAX_DATE_LINE_WORDS || !/\d/.test(line.text)) return false;
  const body = line.text.replace(DATE_PREFIX, "");
  const found = parseDateLine(body);
  const certain =
    found && ["year", "month", "day"].every((c) => found.start.isCertain(c as chrono.Component));
  if (!found || !certain) return false;
  // The date must be the line, not a date inside a sentence.
  const rest = body
    .replace(found.text, "")
    .replace(/[\s,|·•–—-]+/g, " ")
    .trim();
  if (wordCount(rest) > 2) return false;
  meta.published ??= isoFromChrono(found.start);
  line.drop = { rule: "date-line", reason: "date line (kept as the published date)" };
  return true;
}

/** "Jo Marsh | The Courier" and "Jo Marsh, Wire Service": the byline is the name. */
function withoutAffiliation(byline: string): string {
  const [first, ...rest] = byline.split(/\s*[|,]\s*/);
  return rest.length && first && NAME.test(first) ? first : byline;
}

function echoesByline(text: string, byline: string): boolean {
  const t = normalizeLine(text).replace(/^by\s+/, "");
  return t === normalizeLine(byline);
}

/**
 * chrono settles summer time for zone names like "ET" against the reference
 * date, not the parsed one: parse again with the found day as reference so
 * "9:47 AM ET" in June is -04:00, not -05:00.
 */
function parseDateLine(text: string): chrono.ParsedResult | undefined {
  const first = chrono.parse(text, undefined, { forwardDate: false })[0];
  if (!first) return undefined;
  return chrono.parse(text, first.start.date(), { forwardDate: false })[0] ?? first;
}

function takeByline(line: Line, meta: ScrapeMeta, besideDate: boolean): void {
  const by = BY_PREFIX.exec(line.text);
  const name = by
    ? withoutAffiliation(by[1]?.trim() ?? "")
    : besideDate && NAME.test(line.text.trim())
      ? line.text.trim()
      : undefined;
  if (!name || wordCount(name) > 8) return;
  meta.byline = name;
  line.drop = { rule: "byline", reason: "byline (kept as the byline)" };
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
