import { NAME_PREFIX } from "./names.js";
import type { Vector } from "./tfidf.js";

/** Terms of an article that look up candidate stories. */
const QUERY_TERMS = 12;
/**
 * Candidates compared in full, those sharing the most heavy terms first: a
 * story that matches shares many, and the cap keeps the cost per article
 * flat when common terms would make every story a candidate.
 */
const MAX_CANDIDATES = 32;

/**
 * Which stories carry each term, so an article is compared only with the
 * stories that share its heaviest terms: a cost that grows with the stories
 * on its topic rather than with the whole stream.
 */
export class Postings {
  private readonly byTerm = new Map<string, number[]>();
  private readonly seen = new Map<number, Set<string>>();

  /** Indexes the story under the vector's terms, or only its `limit` heaviest (a centroid's long tail finds nothing). */
  add(story: number, vector: Vector, limit?: number): void {
    const terms = this.seen.get(story) ?? (this.seen.set(story, new Set()).get(story) as Set<string>);
    for (const t of limit === undefined ? vector.keys() : heaviest(vector, limit)) {
      if (terms.has(t)) continue;
      terms.add(t);
      const list = this.byTerm.get(t);
      if (list) list.push(story);
      else this.byTerm.set(t, [story]);
    }
  }

  /**
   * Stories sharing one of the vector's heaviest terms, in the order they
   * were added. A story that matches (cosine >= threshold) shares heavy
   * terms; the light tail of common words would make every story a candidate.
   */
  sharing(vector: Vector): number[] {
    const hits = new Map<number, number>();
    for (const t of heaviest(vector, QUERY_TERMS))
      for (const s of this.byTerm.get(t) ?? []) hits.set(s, (hits.get(s) ?? 0) + 1);
    let stories = [...hits.keys()];
    if (stories.length > MAX_CANDIDATES) {
      stories = [...hits.entries()]
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, MAX_CANDIDATES)
        .map(([s]) => s);
    }
    return stories.sort((a, b) => a - b);
  }
}

/** The heaviest word terms: names only judge candidates that words found (see similarity.ts). */
function heaviest(v: Vector, n: number): string[] {
  const words = [...v.entries()].filter(([t]) => !t.startsWith(NAME_PREFIX));
  if (words.length <= n) return words.map(([t]) => t);
  return words
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([t]) => t);
}
