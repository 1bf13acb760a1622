import { shingles, textKey } from "./shingles.js";

export interface DedupeItem {
  id: string;
  text: string;
}

/**
 * Marks copies of earlier items (same words, or shingle Jaccard >= threshold).
 * An inverted index over shingles finds candidates without comparing all pairs.
 */
export function findDuplicates(items: DedupeItem[], threshold: number): Map<string, string> {
  const duplicateOf = new Map<string, string>();
  const byKey = new Map<string, string>();
  const index = new Map<number, number[]>();
  const sets: Set<number>[] = [];
  items.forEach((item, i) => {
    const key = textKey(item.text);
    const same = byKey.get(key);
    const set = shingles(item.text);
    sets.push(set);
    if (same !== undefined) duplicateOf.set(item.id, same);
    else {
      byKey.set(key, item.id);
      const near = nearest(set, index, sets, threshold);
      if (near !== undefined) duplicateOf.set(item.id, (items[near] as DedupeItem).id);
    }
    // Only originals are indexed: a copy of a copy points at the first one.
    if (!duplicateOf.has(item.id)) for (const s of set) (index.get(s) ?? index.set(s, []).get(s))?.push(i);
  });
  return duplicateOf;
}

function nearest(
  set: Set<number>,
  index: Map<number, number[]>,
  sets: Set<number>[],
  threshold: number,
): number | undefined {
  const shared = new Map<number, number>();
  for (const s of set) for (const j of index.get(s) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
  let best: number | undefined;
  let bestScore = threshold;
  for (const [j, n] of shared) {
    const other = sets[j] as Set<number>;
    const jaccard = n / (set.size + other.size - n);
    if (jaccard >= bestScore) {
      best = j;
      bestScore = jaccard;
    }
  }
  return best;
}
