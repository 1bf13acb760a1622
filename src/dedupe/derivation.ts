import { contentTokens, jaccard } from "../language/index.js";
import type { Derivation } from "../report/index.js";

export interface DerivationItem {
  id: string;
  text: string;
  sentences: { start: number; end: number }[];
  /** ISO date or null; earlier articles are the candidates for sources. */
  published: string | null;
  /** Arrival order, breaking ties when dates are unknown or equal. */
  order: number;
}

/** Two sentences say the same when most content words are shared (tolerates light rewording). */
const SENTENCE_MATCH = 0.5;

/**
 * For each item, the share of its text (by characters of matched sentences)
 * found in each other item that could be its source: published earlier, or,
 * undated, the one that carries more of the shared text.
 */
export function derive(items: DerivationItem[], minShare: number): Map<string, Derivation[]> {
  const sentenceSets = items.map((it) =>
    it.sentences.map((s) => wordsBesideNames(it.text.slice(s.start, s.end))),
  );
  const matched = (a: number, b: number) => matchedSentences(sentenceSets[a] ?? [], sentenceSets[b] ?? []);
  const out = new Map<string, Derivation[]>();
  for (let a = 0; a < items.length; a++) {
    const item = items[a] as DerivationItem;
    const candidates: Candidate[] = [];
    for (let b = 0; b < items.length; b++) {
      if (a === b) continue;
      const sentences = matched(a, b);
      const ab = shareOf(item, sentences);
      if (ab < minShare) continue;
      if (
        !couldBeSource(
          items[b] as DerivationItem,
          item,
          ab,
          shareOf(items[b] as DerivationItem, matched(b, a)),
        )
      )
        continue;
      candidates.push({ b, id: (items[b] as DerivationItem).id, sentences, share: ab });
    }
    out.set(item.id, explainedSources(item, candidates, minShare));
  }
  return out;
}

/**
 * The sources that explain an article's text, most first: a later candidate
 * counts only with the sentences no source before it already explains. A
 * rewrite of A that keeps the quote B also printed is derived from A, not B.
 */
interface Candidate {
  b: number;
  id: string;
  sentences: Set<number>;
  share: number;
}

function explainedSources(item: DerivationItem, candidates: Candidate[], minShare: number): Derivation[] {
  const covered = new Set<number>();
  const out: Derivation[] = [];
  for (const c of [...candidates].sort((x, y) => y.share - x.share || x.b - y.b)) {
    const fresh = new Set([...c.sentences].filter((i) => !covered.has(i)));
    if (shareOf(item, fresh) < minShare) continue;
    for (const i of c.sentences) covered.add(i);
    out.push({ article: c.id, share: Math.round(c.share * 100) / 100 });
  }
  return out;
}

function couldBeSource(
  source: DerivationItem,
  copy: DerivationItem,
  copyShare: number,
  sourceShare: number,
): boolean {
  if (source.published && copy.published && source.published.slice(0, 10) !== copy.published.slice(0, 10)) {
    return source.published < copy.published;
  }
  // The same day, both timed ("…T13:47Z", "…T10:15-04:00"): the earlier instant is the source.
  const [s, c] = [instant(source.published), instant(copy.published)];
  if (s !== undefined && c !== undefined && s !== c) return s < c;
  // Same day or undated: the text that is more contained in the other is the copy.
  if (copyShare !== sourceShare) return copyShare > sourceShare;
  return source.order < copy.order;
}

/** Milliseconds of a published time that states the time of day; undefined for a bare day. */
function instant(published: string | null): number | undefined {
  const t = published?.includes("T") ? Date.parse(published) : Number.NaN;
  return Number.isNaN(t) ? undefined : t;
}

// A capitalized word past a sentence's first: part of a name ("Kessler Paper Goods", "Tolliver Falls").
const NAME_WORD = /(?<=\S\s+)\p{Lu}[\p{L}'’-]*/gu;
/** Below this many words besides the names, a sentence is judged with its names: a short one shares its few words by chance. */
const LEAST_WORDS = 8;

/**
 * A sentence's content words apart from its names. Two outlets writing up one
 * event on their own name the same firm, town and street in almost every
 * sentence; a rewrite shares the words around them.
 */
function wordsBesideNames(sentence: string): Set<string> {
  const words = new Set(contentTokens(sentence.replace(NAME_WORD, " ")));
  return words.size >= LEAST_WORDS ? words : new Set(contentTokens(sentence));
}

/** The indexes of an item's sentences that another item says too. */
function matchedSentences(mine: Set<string>[], theirs: Set<string>[]): Set<number> {
  const out = new Set<number>();
  mine.forEach((set, i) => {
    if (set.size >= 3 && theirs.some((t) => couldMatch(set, t) && jaccard(set, t) >= SENTENCE_MATCH))
      out.add(i);
  });
  return out;
}

/** The share of an item's text (by characters) that the given sentences make up. */
function shareOf(item: DerivationItem, sentences: Set<number>): number {
  let matched = 0;
  let total = 0;
  item.sentences.forEach((span, i) => {
    const len = span.end - span.start;
    total += len;
    if (sentences.has(i)) matched += len;
  });
  return total ? matched / total : 0;
}

/** Jaccard can reach the threshold only if the smaller set is at least that share of the larger. */
function couldMatch(a: Set<string>, b: Set<string>): boolean {
  return Math.min(a.size, b.size) >= SENTENCE_MATCH * Math.max(a.size, b.size);
}
