import { NAME_PREFIX } from "./names.js";
import type { Story } from "./story.js";
import type { Vector } from "./tfidf.js";

/** How many articles of the stream carry each name term (names are `NAME_PREFIX` terms of the vectors). */
export function nameFrequencies(vectors: Vector[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const v of vectors)
    for (const t of v.keys()) if (t.startsWith(NAME_PREFIX)) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

/** For each name term of a story, how many of its members carry it. */
export function nameCounts(story: Story, vectors: Vector[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of story.members)
    for (const t of (vectors[m] as Vector).keys())
      if (t.startsWith(NAME_PREFIX)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}
