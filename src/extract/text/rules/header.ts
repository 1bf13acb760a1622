import { type Line, normalizeLine, type Pass, type ScrapeMeta, titleCase, wordCount } from "../line.js";
import { takeByline, takeNameAndTitle } from "./byline.js";
import { takeDate } from "./date-line.js";

// The head of a scrape: masthead and section labels, headline, standfirst,
// byline and date lines in some order. They become metadata; the lines go to
// `removed` with the reason.
// Score boxes and market tickers may stand between the menu and the headline.
const HEAD_LINES = 14;
const MAX_HEADLINE_WORDS = 25;
/** Mastheads and section labels are short; a headline says something. */
const MIN_HEADLINE_WORDS_UNDER_MASTHEAD = 4;
const MAX_LABEL_WORDS = 12;
// Navigation and masthead lines list things: "Rivers · Climate", "NAME | Slogan".
// Breadcrumbs too: "Sport / Football / Saltire Cup", "Home » Companies » Retail".
const LIST_SEPARATOR = /\s[|·•/»›>]\s/;
/** Lines that make up the byline-and-date block under a headline. */
const BLOCK_RULES = new Set(["date-line", "byline", "meta-line"]);
/** A one-word label ("Transport") names a section; a masthead names the site in two words or more. */
const MIN_MASTHEAD_WORDS = 2;

export const header: Pass = makeHeader(true);
/** For paragraphs of a page whose metadata is read elsewhere: echoes go, nothing is guessed. */
export const headerEchoes: Pass = makeHeader(false);

function makeHeader(guessHeadline: boolean): Pass {
  return {
    id: guessHeadline ? "header" : "header-echoes",
    run: (lines, meta) => readHeader(lines, meta, guessHeadline),
  };
}

function readHeader(lines: Line[], meta: ScrapeMeta, guessHeadline: boolean): void {
  const head = headOf(lines);
  // Every date line of the head ("Published: …", "Updated: …"); the first places the byline.
  const dates = head.map((l) => !l.drop && takeDate(l, meta));
  const dateIndex = dates.indexOf(true);
  const knownByline = meta.byline;
  takeNameAndTitle(head, meta);
  const besideDate = (i: number) => dateIndex >= 0 && Math.abs(i - dateIndex) === 1;
  head.forEach((line, i) => {
    if (!line.drop) takeByline(line, meta, besideDate(i), knownByline, false);
  });
  // "News Desk" and the like sign only under a headline: above it, such a line is the site's name.
  const headline = head.findIndex((l) => !l.drop && looksLikeHeadline(l.text) && isSubstantial(l.text));
  head.forEach((line, i) => {
    if (!line.drop && headline >= 0 && i > headline) takeByline(line, meta, besideDate(i), knownByline, true);
  });
  dropAffiliations(head, meta);
  const blockStart = head.findIndex((l) => BLOCK_RULES.has(l.drop?.rule ?? ""));
  if (guessHeadline || meta.title !== undefined) {
    takeHeadline(blockStart >= 0 ? head.slice(0, blockStart) : head, meta, blockStart >= 0);
  }
  // "Tuesday, March 10, 2026 | Subscribe" over the headline: the headline sits between that bar and the byline.
  if (guessHeadline && meta.title === undefined && blockStart >= 0) {
    let from = blockStart;
    while (from < head.length && head[from]?.drop !== undefined) from++;
    const next = head.findIndex((l, i) => i > from && BLOCK_RULES.has(l.drop?.rule ?? ""));
    if (next > from) takeHeadline(head.slice(from, next), meta, true);
  }
}

/**
 * "Wire Service, Kessbrunn" or "Staff Reporter | Pune" on its own line:
 * an agency or desk and a place, every word capitalized, with no sentence
 * in it. Such a line signs the story as the byline does.
 */
const AFFILIATION =
  /^\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of|for|the|and|&|\p{Lu}[\p{L}.&'’-]*)){0,5}\s*(?:,|\s[|·•])\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u;

/** An agency-and-place line right under the byline (or under the date line that follows it). */
function dropAffiliations(head: Line[], meta: ScrapeMeta): void {
  head.forEach((line, i) => {
    if (line.drop || !AFFILIATION.test(line.text.trim())) return;
    const above = head.slice(0, i).findLast((l) => l.drop?.rule !== "masthead");
    const twoAbove = head.slice(0, i - 1).findLast((l) => l.drop?.rule !== "masthead");
    // The byline line, whichever rule took it ("Hollis Penmarrow" may have gone as a short label).
    const signed = (l: Line | undefined) =>
      l?.drop?.rule === "byline" ||
      (l?.drop !== undefined &&
        meta.byline !== undefined &&
        normalizeLine(l.text) === normalizeLine(meta.byline));
    if (signed(above) || (above?.drop?.rule === "date-line" && signed(twoAbove)))
      line.drop = { rule: "byline", reason: "the byline's agency or desk and place" };
  });
}

/** The lines up to the tenth one still kept, dropped ones included: earlier passes may have read some. */
function headOf(lines: Line[]): Line[] {
  let kept = 0;
  const end = lines.findIndex((l) => !l.drop && ++kept > HEAD_LINES);
  return end < 0 ? lines : lines.slice(0, end);
}

/**
 * Without a byline or date block the headline can only be the first line.
 * With one, it is the first line above the block that reads as a headline;
 * short lines above it are the site's masthead and section labels.
 */
function takeHeadline(above: Line[], meta: ScrapeMeta, blockFound: boolean): void {
  const live = above.filter((l) => !l.drop);
  if (meta.title !== undefined) {
    // Metadata already holds the title (an HTML page's): only its echo goes.
    const echo = live[0];
    if (echo && normalizeLine(echo.text) === normalizeLine(meta.title)) echo.drop = HEADLINE;
    return;
  }
  const at = blockFound ? headlineAboveBlock(live) : firstHeadline(live);
  const headline = live[at];
  if (!headline) {
    // No headline, but the paper's name above the byline ("Harbour Post"): the outlet.
    const name = live.find((l) => MASTHEAD_WORDS.test(l.text) && outletOfMasthead(l.text));
    if (blockFound && name) {
      meta.outlet ??= outletOfMasthead(name.text);
      name.drop = { rule: "masthead", reason: "site masthead above the byline" };
    }
    return;
  }
  const labels = live.slice(0, at);
  if (labels.some((l) => wordCount(l.text) > MAX_LABEL_WORDS)) return;
  for (const label of labels) {
    meta.outlet ??= outletOfMasthead(label.text);
    label.drop = { rule: "masthead", reason: "site masthead or section label above the headline" };
  }
  meta.title = headline.text;
  headline.drop = HEADLINE;
}

const HEADLINE = { rule: "headline", reason: "headline (kept as the title)" };

/** Without a byline block: the first line, or the second under a one-word section label ("Business"). */
function firstHeadline(live: Line[]): number {
  if (looksLikeHeadline(live[0]?.text ?? "")) return 0;
  const label = live[0]?.text ?? "";
  return wordCount(label) === 1 && /^\p{Lu}/u.test(label) && looksLikeHeadline(live[1]?.text ?? "") ? 1 : -1;
}

/** Words of a newspaper's name: "Harbour Post", "Daily Record". */
export const MASTHEAD_WORDS =
  /\b(?:post|times|herald|gazette|tribune|chronicle|ledger|courier|observer|examiner|inquirer|bulletin|dispatch|sentinel|telegraph|guardian|news|daily|record|journal|star|mail|express|echo|mirror|standard|independent|weekly|online|press|review|today)\b/i;

/**
 * The first line above the byline block that reads as a headline; failing
 * that, a short one ("Storm Eunice") right above the block, unless it reads
 * as the paper's own name.
 */
function headlineAboveBlock(live: Line[]): number {
  const candidates = live.flatMap((l, i) => (looksLikeHeadline(l.text) && isSubstantial(l.text) ? [i] : []));
  // "LIVE: KZXB 7 News at Noon" over the story's headline: a programme promo, not the headline.
  const at = candidates.find((i) => !PROMO.test((live[i] as Line).text)) ?? candidates[0] ?? -1;
  if (at >= 0) return at;
  const last = live.length - 1;
  const short = live[last]?.text ?? "";
  return looksLikeHeadline(short) && !LIST_SEPARATOR.test(short) && !MASTHEAD_WORDS.test(short) ? last : -1;
}

const PROMO = /^(?:live|watch(?: live)?|listen|live now|on air|now playing)\s*:/i;

function isSubstantial(text: string): boolean {
  return wordCount(text) >= MIN_HEADLINE_WORDS_UNDER_MASTHEAD && !LIST_SEPARATOR.test(text);
}

export function looksLikeHeadline(text: string): boolean {
  const words = wordCount(text);
  if (words < 2 || words > MAX_HEADLINE_WORDS) return false;
  if (/[.,;:]["'”’)]?$/.test(text)) return false;
  return /^[\p{Lu}\p{N}"'“‘]/u.test(text);
}

/** The site name of a masthead: "TRI-COUNTY RECORD | Slogan" → "Tri-County Record". */
function outletOfMasthead(text: string): string | undefined {
  const name = text.split(LIST_SEPARATOR)[0]?.trim() ?? "";
  if (wordCount(name) > 5 || wordCount(name) < MIN_MASTHEAD_WORDS) return undefined;
  if (name !== name.toUpperCase()) return name;
  return titleCase(name);
}
