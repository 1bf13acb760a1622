/** Shared words over all words: strict, for "is this the same sentence, lightly edited". */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  const n = shared(a, b);
  return n / (a.size + b.size - n);
}

/** Cosine of two word sets: tolerant of one sentence saying more than the other (paraphrase, trimming). */
export function setCosine(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  return shared(a, b) / Math.sqrt(a.size * b.size);
}

function shared(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}
