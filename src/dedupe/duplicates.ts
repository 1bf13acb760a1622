import { LshIndex, minhash } from "./minhash.js";
import { shingles, textKey } from "./shingles.js";

export interface DedupeItem {
  id: string;
  text: string;
}

/**
 * Marks copies of earlier items (same words, or shingle Jaccard >= threshold).
 * A MinHash LSH index proposes candidates in constant time per item; each is
 * confirmed on the exact shingle sets, so the estimate never decides alone.
 */
export function findDuplicates(items: DedupeItem[], threshold: number): Map<string, string> {
  const duplicateOf = new Map<string, string>();
  const byKey = new Map<string, string>();
  const index = new LshIndex();
  const sets: Set<number>[] = [];
  const itemOf: number[] = [];
  items.forEach((item, i) => {
    const key = textKey(item.text);
    const same = byKey.get(key);
    const set = shingles(item.text);
    sets.push(set);
    const signature = minhash(set);
    if (same !== undefined) duplicateOf.set(item.id, same);
    else {
      byKey.set(key, item.id);
      const near = nearest(set, index.candidates(signature), sets, itemOf, threshold);
      if (near !== undefined) duplicateOf.set(item.id, (items[near] as DedupeItem).id);
    }
    // Only originals are indexed: a copy of a copy points at the first one.
    if (!duplicateOf.has(item.id)) itemOf[index.add(signature)] = i;
  });
  return duplicateOf;
}

function nearest(
  set: Set<number>,
  candidates: number[],
  sets: Set<number>[],
  itemOf: number[],
  threshold: number,
): number | undefined {
  let best: number | undefined;
  let bestScore = threshold;
  for (const doc of candidates) {
    const j = itemOf[doc] as number;
    const score = jaccard(set, sets[j] as Set<number>);
    if (
      score > bestScore ||
      (score === bestScore && best === undefined) ||
      (score === bestScore && j < (best as number))
    ) {
      best = j;
      bestScore = score;
    }
  }
  return best;
}

function jaccard(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / (a.size + b.size - shared || 1);
}
