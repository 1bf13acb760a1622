// Words inside quotation marks are someone's exact words: an article supports
// a sentence that quotes them only if it prints the same words. Typography
// (curly or straight marks, dashes, case, punctuation) does not count.
const QUOTED = /[“"]([^“”"]{12,})[”"]/g;

export function normalizeQuoted(s: string): string {
  return s
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, " ")
    .trim();
}

/** The quoted passages of a sentence, normalized for comparison. */
export function quotedPassages(sentence: string): string[] {
  return [...sentence.matchAll(QUOTED)]
    .map((m) => normalizeQuoted(m[1] as string))
    .filter((q) => q.includes(" "));
}

/** Does `other` print every passage that `passages` quotes? */
export function printsSameWords(passages: string[], other: string): boolean {
  if (passages.length === 0) return true;
  const text = normalizeQuoted(other);
  return passages.every((q) => text.includes(q));
}
