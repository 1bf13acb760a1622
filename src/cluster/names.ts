// Names as clustering features. Two articles on one event name the same
// people, organizations and places; two articles on one subject (two plane
// crashes, two nuclear programmes) share the subject's words but not the
// names. A name is one term ("john kennedy", not "john" and "kennedy"), so it
// says more than the words it is made of.
import { nameKey } from "../language/index.js";
import type { Vector } from "./tfidf.js";

export { nameKey };

/** A name as the tagger found it: a report's mention fits (type "person", "organization", …). */
export interface ClusterName {
  text: string;
  type: string;
}

/** Name terms are kept apart from word terms by this prefix (words never hold it). */
export const NAME_PREFIX = "@";

/**
 * The article's names as terms, one per mention. A person named by surname
 * alone after the full name ("Kennedy" after "John Kennedy") is the same
 * person, so the surname mention counts for the full name.
 */
export function nameTerms(names: readonly ClusterName[]): string[] {
  const keys = names.map((n) => ({ key: nameKey(n.text), person: n.type === "person" }));
  const full = new Map<string, string>();
  for (const { key, person } of keys) {
    const parts = key.split(" ");
    if (person && parts.length > 1) full.set(parts[parts.length - 1] as string, key);
  }
  return keys.filter(({ key }) => key.length > 1).map(({ key }) => `${NAME_PREFIX}${full.get(key) ?? key}`);
}

/**
 * One vector of an article's word weights and its name weights, each part of
 * unit length; compare such vectors with similarity.ts, which keeps the parts
 * apart, not with a plain cosine.
 */
export function withNames(words: Vector, names: Vector): Vector {
  const out: Vector = new Map(words);
  for (const [t, x] of names) out.set(t, x);
  return out;
}
