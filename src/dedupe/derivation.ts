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
    it.sentences.map((s) => new Set(contentTokens(it.text.slice(s.start, s.end)))),
  );
  const share = (a: number, b: number) =>
    matchedShare(items[a] as DerivationItem, sentenceSets[a] ?? [], sentenceSets[b] ?? []);
  const out = new Map<string, Derivation[]>();
  for (let a = 0; a < items.length; a++) {
    const list: Derivation[] = [];
    for (let b = 0; b < items.length; b++) {
      if (a === b) continue;
      const ab = share(a, b);
      if (
        ab < minShare ||
        !couldBeSource(items[b] as DerivationItem, items[a] as DerivationItem, ab, share(b, a))
      )
        continue;
      list.push({ article: (items[b] as DerivationItem).id, share: Math.round(ab * 100) / 100 });
    }
    out.set(
      (items[a] as DerivationItem).id,
      list.sort((x, y) => y.share - x.share),
    );
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
  // Same day or undated: the text that is more contained in the other is the copy.
  if (copyShare !== sourceShare) return copyShare > sourceShare;
  return source.order < copy.order;
}

function matchedShare(item: DerivationItem, mine: Set<string>[], theirs: Set<string>[]): number {
  let matched = 0;
  let total = 0;
  mine.forEach((set, i) => {
    const span = item.sentences[i] as { start: number; end: number };
    const len = span.end - span.start;
    total += len;
    if (set.size >= 3 && theirs.some((t) => couldMatch(set, t) && jaccard(set, t) >= SENTENCE_MATCH))
      matched += len;
  });
  return total ? matched / total : 0;
}

/** Jaccard can reach the threshold only if the smaller set is at least that share of the larger. */
function couldMatch(a: Set<string>, b: Set<string>): boolean {
  return Math.min(a.size, b.size) >= SENTENCE_MATCH * Math.max(a.size, b.size);
}
