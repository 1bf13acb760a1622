// The public article-extraction benchmark's metric: tokens are \w+ runs, each
// text a multiset of 4-token shingles, precision/recall/F1 from multiset overlap.
const SIZE = 4;

export function shingleCounts(text) {
  // Python's \w is Unicode-aware; JavaScript's is not without \p classes.
  const tokens = text.match(/[\p{L}\p{N}\p{M}_]+/gu) ?? [];
  const counts = new Map();
  for (let i = 0; i + SIZE <= tokens.length; i++) {
    const key = tokens.slice(i, i + SIZE).join(" ");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function shingleF1(predicted, expected) {
  const p = shingleCounts(predicted);
  const e = shingleCounts(expected);
  let overlap = 0;
  let pn = 0;
  let en = 0;
  for (const n of p.values()) pn += n;
  for (const n of e.values()) en += n;
  for (const [k, n] of p) overlap += Math.min(n, e.get(k) ?? 0);
  if (pn === 0 && en === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = pn ? overlap / pn : 0;
  const recall = en ? overlap / en : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
