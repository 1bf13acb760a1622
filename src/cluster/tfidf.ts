import { contentTokens } from "../language/index.js";

export type Vector = Map<string, number>;

/** Terms kept per document: the heaviest carry the topic, the tail adds noise and cost. */
const TOP_TERMS = 60;

/**
 * A small batch on one topic would make its own shared words look common and
 * weigh them down; IDF counts at least this many documents, as if the rest
 * were background text that lacks the batch's terms.
 */
const MIN_COLLECTION = 100;

/** Document frequencies of a collection, for IDF weights. */
export class DocumentFrequencies {
  private readonly df = new Map<string, number>();
  private docs = 0;

  /** `top`: terms kept per vector. */
  constructor(private readonly top = TOP_TERMS) {}

  add(tokens: string[]): void {
    this.docs++;
    for (const t of new Set(tokens)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }

  idf(term: string): number {
    return Math.log((1 + Math.max(this.docs, MIN_COLLECTION)) / (1 + (this.df.get(term) ?? 0))) + 1;
  }

  /** Log-scaled TF-IDF, cut to the top terms, unit length. */
  vector(tokens: string[]): Vector {
    const tf = new Map<string, number>();
    for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
    const weighted = [...tf].map(([t, n]) => [t, (1 + Math.log(n)) * this.idf(t)] as const);
    weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return normalize(new Map(weighted.slice(0, this.top)));
  }
}

export function normalize(v: Vector): Vector {
  let norm = 0;
  for (const x of v.values()) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm === 0) return v;
  const out: Vector = new Map();
  for (const [k, x] of v) out.set(k, x / norm);
  return out;
}

export function dot(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [k, x] of small) {
    const y = large.get(k);
    if (y !== undefined) sum += x * y;
  }
  return sum;
}

/** Cosine of two unit-length vectors: their dot product. */
export const cosine = dot;

export function addInto(sum: Vector, v: Vector): void {
  for (const [k, x] of v) sum.set(k, (sum.get(k) ?? 0) + x);
}

/** Tokens for clustering: the title counts twice, it names the event. */
export function documentTokens(title: string | null, text: string): string[] {
  const t = title ? contentTokens(title) : [];
  return [...t, ...t, ...contentTokens(text)];
}
