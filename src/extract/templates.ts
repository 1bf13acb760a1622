// Learning an outlet's template from the corpus itself: a line that recurs in
// several different articles of one outlet is its furniture (a standing
// footer, a masthead line, a promo), not news. Counting is a pure function
// of extractions, so a service can keep the counts per outlet and update them
// as articles arrive.

import type { RemovedLine } from "../report/index.js";
import { normalizeLine, wordCount } from "./text/line.js";
import type { Extraction } from "./types.js";

/** For each outlet, in how many of its articles each paragraph occurs. */
export type TemplateCounts = Map<string, Map<string, number>>;

/** A line must recur in this many different articles of an outlet to be template. */
export const MIN_TEMPLATE_ARTICLES = 3;
/** Longer paragraphs are prose even when repeated (a standing background paragraph is still news). */
const MAX_TEMPLATE_WORDS = 60;
/** Template sits at the top or the foot of the text; in between only very short lines count. */
const HEAD_PARAGRAPHS = 3;
const FOOT_PARAGRAPHS = 5;
const MAX_INLINE_TEMPLATE_WORDS = 6;
/** A paragraph this long that no sibling shares shows the article is not a copy of another. */
const OWN_PARAGRAPH_WORDS = 8;
/**
 * Word overlap (Jaccard) below which two articles are about different things.
 * A line must recur in unrelated articles: follow-ups of one story share
 * background paragraphs, which are news, not template.
 */
const UNRELATED_OVERLAP = 0.15;

const paragraphsOf = (e: Extraction): string[] => e.text.split("\n\n").filter((p) => p.trim() !== "");

/** Whose template an article follows: its outlet's name, or failing that its address's host. */
export function templateKey(e: Pick<Extraction, "outlet" | "url">): string | null {
  if (e.outlet?.trim()) return e.outlet.trim().toLowerCase();
  if (!e.url) return null;
  try {
    return new URL(e.url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}

/**
 * For each outlet, the paragraphs that recur in at least three of its
 * articles, two of them unrelated, with the number of articles. An article
 * counts only if it has text of its own (a paragraph no other article of the
 * outlet carries): copies of one article share every line, and their lines
 * are not template.
 */
export function countTemplateLines(extractions: readonly Extraction[]): TemplateCounts {
  const byOutlet = new Map<string, Extraction[]>();
  for (const e of extractions) {
    const key = templateKey(e);
    if (key) byOutlet.set(key, [...(byOutlet.get(key) ?? []), e]);
  }
  const counts: TemplateCounts = new Map();
  for (const [outlet, articles] of byOutlet) {
    if (articles.length < MIN_TEMPLATE_ARTICLES) continue;
    const lines = outletTemplate(articles);
    if (lines.size) counts.set(outlet, lines);
  }
  return counts;
}

function outletTemplate(articles: readonly Extraction[]): Map<string, number> {
  const keys = articles.map((e) => [...new Set(paragraphsOf(e).map(normalizeLine))]);
  const everywhere = tally(
    keys.map((_, i) => i),
    keys,
  );
  const own = keys
    .map((_, i) => i)
    .filter((i) =>
      keys[i]?.some((k) => everywhere.get(k)?.length === 1 && wordCount(k) >= OWN_PARAGRAPH_WORDS),
    );
  const words = new Map<number, Set<string>>();
  const wordsOf = (i: number) => {
    let w = words.get(i);
    if (!w) {
      w = contentWords(articles[i] as Extraction);
      words.set(i, w);
    }
    return w;
  };
  const out = new Map<string, number>();
  for (const [line, where] of tally(own, keys)) {
    if (where.length >= MIN_TEMPLATE_ARTICLES && spansUnrelated(where, wordsOf)) out.set(line, where.length);
  }
  return out;
}

/** Which of the given articles carry each paragraph. */
function tally(which: readonly number[], keys: readonly string[][]): Map<string, number[]> {
  const n = new Map<string, number[]>();
  for (const i of which) {
    for (const k of keys[i] ?? []) {
      const list = n.get(k);
      if (list) list.push(i);
      else n.set(k, [i]);
    }
  }
  return n;
}

/** Pairs are checked among the first few carriers only: the cost must not grow with the square of an outlet. */
const MAX_CARRIERS_CHECKED = 40;

function spansUnrelated(all: readonly number[], wordsOf: (i: number) => Set<string>): boolean {
  const where = all.slice(0, MAX_CARRIERS_CHECKED);
  for (let a = 0; a < where.length; a++) {
    for (let b = a + 1; b < where.length; b++) {
      if (jaccard(wordsOf(where[a] as number), wordsOf(where[b] as number)) < UNRELATED_OVERLAP) return true;
    }
  }
  return false;
}

const contentWords = (e: Extraction): Set<string> => new Set(e.text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union ? shared / union : 0;
}

/** The article without the lines its outlet's template explains, each listed in `removed`. */
export function removeTemplateLines(e: Extraction, counts: TemplateCounts): Extraction {
  const key = templateKey(e);
  const lines = key ? counts.get(key) : undefined;
  if (!lines) return e;
  const paragraphs = paragraphsOf(e);
  const removed: RemovedLine[] = [];
  const kept = paragraphs.filter((p, i) => {
    const seen = lines.get(normalizeLine(p)) ?? 0;
    if (seen < MIN_TEMPLATE_ARTICLES || !isTemplatePlace(p, i, paragraphs.length)) return true;
    removed.push({
      text: p,
      rule: "outlet-template",
      reason: `recurs in ${seen} articles of ${e.outlet ?? key}: the site's template, not news`,
    });
    return false;
  });
  if (removed.length === 0 || kept.length === 0) return e;
  return { ...e, text: kept.join("\n\n"), removed: [...e.removed, ...removed] };
}

function isTemplatePlace(paragraph: string, index: number, total: number): boolean {
  const words = wordCount(paragraph);
  if (words > MAX_TEMPLATE_WORDS) return false;
  if (index < HEAD_PARAGRAPHS || index >= total - FOOT_PARAGRAPHS) return true;
  return words <= MAX_INLINE_TEMPLATE_WORDS && !/["“”]/.test(paragraph);
}
