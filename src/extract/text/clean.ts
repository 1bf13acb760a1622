import type { RemovedLine } from "../../report/index.js";
import type { Line, Pass, ScrapeMeta } from "./line.js";
import { authorBio } from "./rules/author-bio.js";
import { captions } from "./rules/captions.js";
import { chromeLines, chromeLinesInPages } from "./rules/chrome-lines.js";
import { commentTail } from "./rules/comment-tail.js";
import { dateline } from "./rules/dateline.js";
import { header, headerEchoes } from "./rules/header.js";
import { metaLine } from "./rules/meta-line.js";
import { navigationMenu } from "./rules/navigation-menu.js";
import { nextArticle } from "./rules/next-article.js";
import { pressRelease } from "./rules/press-release.js";
import { relatedList } from "./rules/related-list.js";
import { pullQuotes, repeatedLines } from "./rules/repeated-lines.js";
import { sectionLabel } from "./rules/section-label.js";
import { trailingFurniture } from "./rules/trailing-furniture.js";

/**
 * Order matters: specific chrome rules name a line before the comment-tail rule
 * sweeps what is left of the comment block; captions and duplicates go before
 * the header is read.
 */
export const PASSES: readonly Pass[] = [
  nextArticle,
  chromeLines,
  pressRelease,
  navigationMenu,
  commentTail,
  relatedList,
  captions,
  repeatedLines,
  metaLine,
  header,
  pullQuotes,
  sectionLabel,
  dateline,
  authorBio,
  trailingFurniture,
];

/**
 * For paragraphs Readability already chose from a page: only rules for chrome
 * inside the article body. Repeats and the closing-chrome sweep are scrape
 * faults; in a page they would cut real content. A page's body keeps its
 * contributor credits and its writer's biography, as the reference
 * extractions do; a scrape's lines lose them.
 */
export const HTML_PASSES: readonly Pass[] = [
  chromeLinesInPages,
  pressRelease,
  relatedList,
  captions,
  sectionLabel,
  metaLine,
  headerEchoes,
  dateline,
];

const FLATTENED_MENU = { rule: "navigation-menu", reason: "site navigation or footer links on one line" };

/**
 * "Subscribe   Sign In   Culture   Ideas": a menu the scraper flattened onto
 * one line, its items kept apart by runs of spaces or tabs. Three items or
 * more, each a few capitalized words.
 */
function isSpacedMenu(raw: string): boolean {
  const items = raw.trim().split(/\s{3,}|\t+/);
  return items.length >= 3 && items.every((i) => /^[\p{Lu}\p{N}&]/u.test(i) && i.split(" ").length <= 3);
}

export interface CleanedScrape {
  meta: ScrapeMeta;
  paragraphs: string[];
  removed: RemovedLine[];
}

/** Cleans a plain-text scrape: each non-empty line is a paragraph unless a pass drops it. */
export function cleanScrape(raw: string, passes: readonly Pass[] = PASSES): CleanedScrape {
  return cleanLines(unwrap(raw.split(/\r\n|\r|\n|\u2028|\u2029/)), {}, passes);
}

/** A line this long that stops mid-sentence, with the next line going on in lower case, was wrapped. */
const MIN_WRAPPED_LINE = 40;
const ENDS_SENTENCE = /[.!?:;"”'’)\]]\s*$/;
/** "by Jane Doe, KPRX 8 News" under a headline: a byline in lower case, not the headline's next line. */
const LOWER_CASE_BYLINE =
  /^\s*by\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|and|&|the)){1,6}\s*(?:[,|]|$)/iu;

/**
 * Text wrapped at a fixed width (wire feeds, e-mail, some scrapers) breaks a
 * paragraph over several lines: "a debate / that lasted four hours". A long
 * line that ends without a sentence's closing mark, followed by a line that
 * goes on in lower case, is one line; so each paragraph is one line again.
 */
function unwrap(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    const continues =
      last !== undefined &&
      last.trim().length >= MIN_WRAPPED_LINE &&
      !ENDS_SENTENCE.test(last) &&
      /^\s*\p{Ll}/u.test(line) &&
      !LOWER_CASE_BYLINE.test(line);
    if (continues) out[out.length - 1] = `${last.trimEnd()} ${line.trim()}`;
    else out.push(line);
  }
  return out;
}

/**
 * Cleans paragraphs that another extractor produced (an HTML page's), with
 * the metadata it already found: chrome that sits inside the article body
 * goes the same way as in a scrape.
 */
export function cleanLines(raw: string[], known: ScrapeMeta, passes: readonly Pass[]): CleanedScrape {
  const lines: Line[] = [];
  let blank = false;
  for (const l of raw) {
    if (l.trim() === "") {
      blank = lines.length > 0;
      continue;
    }
    const text = l.replace(/[\s\u00a0]+/g, " ").trim();
    const line: Line = isSpacedMenu(l) ? { text, drop: FLATTENED_MENU } : { text };
    if (blank) line.afterBlank = true;
    lines.push(line);
    blank = false;
  }
  const meta: ScrapeMeta = { ...known };
  for (const pass of passes) pass.run(lines, meta);
  const paragraphs: string[] = [];
  const removed: RemovedLine[] = [];
  for (const line of lines) {
    if (line.cut) removed.push(line.cut);
    if (line.drop) removed.push({ text: line.text, reason: line.drop.reason, rule: line.drop.rule });
    else paragraphs.push(line.text);
  }
  return { meta, paragraphs, removed };
}
