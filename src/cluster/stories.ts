import { addInto, cosine, DocumentFrequencies, documentTokens, normalize, type Vector } from "./tfidf.js";

export interface ClusterItem {
  id: string;
  title: string | null;
  text: string;
  /** Set for copies: they join their original's story whatever their words. */
  duplicateOf: string | null;
}

export interface StoryGroup {
  /** Stable: named after the article that founded it. */
  id: string;
  articles: string[];
  /** The article closest to the story's centre, for its title. */
  central: string;
}

interface Building {
  /** Place in the order stories were founded. */
  index: number;
  founder: string;
  members: number[];
  sum: Vector;
  /** Unit-length centroid, kept in step with `sum`. */
  centre: Vector;
}

/**
 * Online clustering in arrival order: each article joins the story whose
 * centroid is most similar (cosine >= threshold) or founds a new one; then
 * stories whose centroids meet the threshold are merged.
 */
export function clusterStories(items: ClusterItem[], threshold: number): StoryGroup[] {
  const df = new DocumentFrequencies();
  const tokens = items.map((it) => documentTokens(it.title, it.text));
  for (const t of tokens) df.add(t);
  const vectors = tokens.map((t) => df.vector(t));
  const stories: Building[] = [];
  const storyOf = new Map<string, Building>();
  const postings = new Postings();
  items.forEach((item, i) => {
    const vector = vectors[i] as Vector;
    const original = item.duplicateOf ? storyOf.get(item.duplicateOf) : undefined;
    const target = original ?? bestStory(postings.storiesSharing(vector, stories), vector, threshold);
    if (target) {
      target.members.push(i);
      addInto(target.sum, vector);
      target.centre = normalize(target.sum);
      storyOf.set(item.id, target);
      postings.add(target.index, vector);
    } else {
      const story: Building = {
        index: stories.length,
        founder: item.id,
        members: [i],
        sum: new Map(vector),
        centre: vector,
      };
      postings.add(story.index, vector);
      stories.push(story);
      storyOf.set(item.id, story);
    }
  });
  return mergeClose(stories, threshold).map((s) => toGroup(s, items, vectors));
}

/**
 * Which stories carry each term, so an article is compared only with the
 * stories that share its heaviest terms: a cost that grows with the stories
 * on its topic rather than with the whole stream.
 */
class Postings {
  private readonly byTerm = new Map<string, number[]>();
  private readonly seen = new Map<number, Set<string>>();

  add(story: number, vector: Vector): void {
    const terms = this.seen.get(story) ?? (this.seen.set(story, new Set()).get(story) as Set<string>);
    for (const t of vector.keys()) {
      if (terms.has(t)) continue;
      terms.add(t);
      const list = this.byTerm.get(t);
      if (list) list.push(story);
      else this.byTerm.set(t, [story]);
    }
  }

  /**
   * Indexes of the stories sharing one of the vector's heaviest terms, in the
   * order they were founded. A story that matches (cosine >= threshold)
   * shares heavy terms; the light tail of common words would make every
   * story a candidate.
   */
  sharing(vector: Vector): number[] {
    const out = new Set<number>();
    for (const t of heaviest(vector, QUERY_TERMS)) for (const s of this.byTerm.get(t) ?? []) out.add(s);
    return [...out].sort((a, b) => a - b);
  }

  storiesSharing<T>(vector: Vector, stories: T[]): T[] {
    return this.sharing(vector).map((i) => stories[i] as T);
  }
}

/** Terms of an article that look up candidate stories. */
const QUERY_TERMS = 12;

function heaviest(v: Vector, n: number): string[] {
  if (v.size <= n) return [...v.keys()];
  return [...v.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([t]) => t);
}

function bestStory(stories: Building[], v: Vector, threshold: number): Building | undefined {
  let best: Building | undefined;
  let bestScore = threshold;
  for (const s of stories) {
    const score = cosine(s.centre, v);
    if (score >= bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Stories that turn out to be one (their centroids meet the threshold) become
 * one. In rounds: the most similar pairs first, each story merged at most
 * once a round, until no pair is left; centroid linkage, so no chaining.
 */
function mergeClose(stories: Building[], threshold: number): Building[] {
  let live = [...stories];
  for (;;) {
    const pairs: [number, number, number][] = [];
    const postings = new Postings();
    live.forEach((story, i) => {
      postings.add(i, story.centre);
    });
    for (let i = 0; i < live.length; i++) {
      for (const j of postings.sharing((live[i] as Building).centre)) {
        if (j <= i) continue;
        const sim = cosine((live[i] as Building).centre, (live[j] as Building).centre);
        if (sim >= threshold) pairs.push([sim, i, j]);
      }
    }
    if (pairs.length === 0) return live;
    pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
    const gone = new Set<number>();
    const touched = new Set<number>();
    for (const [, i, j] of pairs) {
      if (touched.has(i) || touched.has(j)) continue;
      const a = live[i] as Building;
      const b = live[j] as Building;
      a.members.push(...b.members);
      addInto(a.sum, b.sum);
      a.centre = normalize(a.sum);
      touched.add(i).add(j);
      gone.add(j);
    }
    live = live.filter((_, k) => !gone.has(k));
  }
}

function toGroup(s: Building, items: ClusterItem[], vectors: Vector[]): StoryGroup {
  const members = [...s.members].sort((a, b) => a - b);
  const centre = s.centre;
  let central = members[0] as number;
  let bestScore = -1;
  for (const m of members) {
    const score = cosine(centre, vectors[m] as Vector) + (items[m]?.title ? 0.05 : 0);
    if (score > bestScore) {
      bestScore = score;
      central = m;
    }
  }
  return {
    id: `s-${s.founder}`,
    articles: members.map((m) => (items[m] as ClusterItem).id),
    central: (items[central] as ClusterItem).id,
  };
}
