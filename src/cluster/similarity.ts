// Article and story vectors hold two parts: word weights and name weights
// (names.ts), each of unit length in an article. Stories are joined, moved and
// split by the cosine of their words alone; the names only veto merging two
// large stories (refine.ts). Each part is normalized on its own, so an article
// with many or few names is judged the same by its words.
import { NAME_PREFIX } from "./names.js";
import type { Vector } from "./tfidf.js";

export interface Parts {
  words: number;
  names: number;
}

const squares = new WeakMap<Vector, Parts>();

/** Squared length of the word part and of the name part. */
export function squaredParts(v: Vector): Parts {
  const out = { words: 0, names: 0 };
  for (const [t, x] of v) {
    if (t.startsWith(NAME_PREFIX)) out.names += x * x;
    else out.words += x * x;
  }
  return out;
}

/** Centroids and article vectors are replaced, never changed, once made, so their lengths can be kept. */
function cachedSquares(v: Vector): Parts {
  let out = squares.get(v);
  if (!out) {
    out = squaredParts(v);
    squares.set(v, out);
  }
  return out;
}

function dotParts(a: Vector, b: Vector): Parts {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const out = { words: 0, names: 0 };
  for (const [t, x] of small) {
    const y = large.get(t);
    if (y === undefined) continue;
    if (t.startsWith(NAME_PREFIX)) out.names += x * y;
    else out.words += x * y;
  }
  return out;
}

const ratio = (d: number, n2: number) => (n2 > 1e-12 ? d / Math.sqrt(n2) : 0);

/** Cosine of the word parts and of the name parts, each on its own (0 for a part one side lacks). */
export function partCosines(a: Vector, b: Vector): Parts {
  const d = dotParts(a, b);
  const na = cachedSquares(a);
  const nb = cachedSquares(b);
  return { words: ratio(d.words, na.words * nb.words), names: ratio(d.names, na.names * nb.names) };
}

/** Cosine of the name parts, or null when one side names no one (names then say nothing). */
export function nameCosine(a: Vector, b: Vector): number | null {
  if (cachedSquares(a).names < 1e-12 || cachedSquares(b).names < 1e-12) return null;
  return partCosines(a, b).names;
}

export function wordCosine(a: Vector, b: Vector): number {
  return partCosines(a, b).words;
}

/**
 * Word cosine of an article with its story, the article taken out of the
 * story's sum (`sumSquares` from squaredParts of that sum): |sum - v|² =
 * |sum|² - 2 sum·v + |v|². -1 when nothing is left.
 */
export function wordCosineWithout(sum: Vector, sumSquares: Parts, v: Vector): number {
  const d = dotParts(sum, v).words;
  const v2 = cachedSquares(v).words;
  const rest = sumSquares.words - 2 * d + v2;
  return rest > 1e-9 && v2 > 1e-12 ? (d - v2) / Math.sqrt(rest * v2) : -1;
}
