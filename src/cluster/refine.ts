// The refinement pass after online clustering. Arrival order decides which
// story an article meets first, and a story's centroid is young when its
// first members join; once all stories exist, each article is looked at
// again: stories that turn out to be one merge, articles move to the story
// they fit best, and stories whose members fall in two camps split. Every
// step looks stories up by shared heavy terms, so a round costs about the
// same per article however long the stream. Last, small stories that name
// a large story's own names join it (attachByNames).

import { bridgeByNames } from "./name-bridge.js";
import { nameCounts, nameFrequencies } from "./name-counts.js";
import { Postings } from "./postings.js";
import { nameCosine, type Parts, squaredParts, wordCosine, wordCosineWithout } from "./similarity.js";
import { byFirstMember, type Story, storyOf } from "./story.js";
import { addInto, normalize, type Vector } from "./tfidf.js";
import { NO_WINDOW, type TimeWindow } from "./window.js";

export interface RefineOptions {
  /** Centroid similarity at which two stories are one. */
  merge: number;
  /** Least similarity that keeps an article in a story (its own, or the best other). */
  attach: number;
  /** Two camps of one story whose centroids are less similar than this are two stories. */
  split: number;
  rounds: number;
}

/** A story is looked up by this many of its centroid's heaviest terms: the ones an article's heaviest terms (postings.ts) meet. */
const CENTRE_TERMS = 60;

export function refine(
  stories: Story[],
  vectors: Vector[],
  options: RefineOptions,
  window: TimeWindow = NO_WINDOW,
): Story[] {
  let live = mergeClose(stories, options.merge, window);
  for (let round = 0; round < options.rounds; round++) {
    const moved = reassign(live, vectors, options.attach, window);
    const split = splitMixed(moved.stories, vectors, options.split);
    live = mergeClose(split.stories, options.merge, window);
    if (!moved.changed && !split.changed && live.length === split.stories.length) break;
  }
  return byFirstMember(bridgeByNames(attachByNames(live, vectors, window), vectors, window));
}

/**
 * A story this large has named its people, organizations and places often
 * enough for its name centroid to be stable; a smaller one may not have named
 * them yet, so its names cannot speak against a merge. The same size as a
 * story checked for two camps (SPLIT_MIN_MEMBERS).
 */
const NAMED_STORY = 10;
/**
 * Two large stories of one event name the same actors: at least half their
 * name weight in common (name cosine 0.5). Two stories of one subject (two
 * plane crashes, two countries' nuclear programmes, one war's battles and its
 * elections) share the subject's words but name other people and places;
 * their words alone would merge them. On DUC 2006+2007 any gate from 0.45 to
 * 0.7 gives the same stories (measured with `npm run eval -- stories`).
 */
const NAME_AGREEMENT = 0.5;

/** Whether the names of two stories let them merge (always, unless both are large and named). */
function namesAgree(a: Story, b: Story): boolean {
  if (a.members.length < NAMED_STORY || b.members.length < NAMED_STORY) return true;
  const names = nameCosine(a.centre, b.centre);
  return names === null || names >= NAME_AGREEMENT;
}

/**
 * Stories whose centroids meet the threshold become one, unless their names
 * say they are two events (namesAgree). In rounds: the most
 * similar pairs first, each story merged at most once a round, until no pair
 * is left; centroid linkage, so no chaining.
 */
export function mergeClose(stories: Story[], threshold: number, window: TimeWindow = NO_WINDOW): Story[] {
  let live = [...stories];
  for (;;) {
    const spans = window.spans(live);
    const postings = new Postings();
    live.forEach((story, i) => {
      postings.add(i, story.centre, CENTRE_TERMS);
    });
    const pairs: [number, number, number][] = [];
    live.forEach((story, i) => {
      for (const j of postings.sharing(story.centre)) {
        if (j <= i) continue;
        const other = live[j] as Story;
        const sim = wordCosine(story.centre, other.centre);
        if (sim >= threshold && namesAgree(story, other) && window.meets(spans[i] ?? null, spans[j] ?? null))
          pairs.push([sim, i, j]);
      }
    });
    if (pairs.length === 0) return live;
    pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
    const gone = new Set<number>();
    const touched = new Set<number>();
    for (const [, i, j] of pairs) {
      if (touched.has(i) || touched.has(j)) continue;
      const a = live[i] as Story;
      const b = live[j] as Story;
      a.members.push(...b.members);
      addInto(a.sum, b.sum);
      a.centre = normalize(a.sum);
      touched.add(i).add(j);
      gone.add(j);
    }
    live = live.filter((_, k) => !gone.has(k));
  }
}

/**
 * Every article goes to the story it fits best, all at once against the
 * current centroids. Its own story is judged without it (leave one out), so
 * a story does not hold a member by the member's own weight; an article that
 * fits no story well enough leaves to stand alone. Only stories of two or
 * more receive articles: two loners are joined by the merge step, which
 * weighs them as a pair.
 */
function reassign(
  stories: Story[],
  vectors: Vector[],
  attach: number,
  window: TimeWindow,
): { stories: Story[]; changed: boolean } {
  const spans = window.spans(stories);
  const postings = new Postings();
  stories.forEach((s, i) => {
    if (s.members.length > 1) postings.add(i, s.centre, CENTRE_TERMS);
  });
  const norms = stories.map((s) => squaredParts(s.sum));
  const target = new Map<number, number | "alone">();
  let changed = false;
  stories.forEach((story, k) => {
    for (const m of story.members) {
      const v = vectors[m] as Vector;
      const own = story.members.length > 1 ? wordCosineWithout(story.sum, norms[k] as Parts, v) : -1;
      let best = own;
      let bestStory = k;
      for (const c of postings.sharing(v)) {
        if (c === k || !window.admits(spans[c] ?? null, m)) continue;
        const score = wordCosine((stories[c] as Story).centre, v);
        if (score > best) {
          best = score;
          bestStory = c;
        }
      }
      if (best < attach) {
        if (story.members.length > 1) {
          target.set(m, "alone");
          changed = true;
        } else target.set(m, k);
      } else {
        target.set(m, bestStory);
        if (bestStory !== k) changed = true;
      }
    }
  });
  if (!changed) return { stories, changed };
  const members = new Map<number, number[]>();
  const out: Story[] = [];
  for (const [m, t] of target) {
    if (t === "alone") out.push(storyOf([m], vectors));
    else members.set(t, [...(members.get(t) ?? []), m]);
  }
  for (const ms of members.values()) out.push(storyOf(ms, vectors));
  return { stories: byFirstMember(out), changed };
}

/** Stories this large are checked for two camps; smaller ones have too few members to tell. */
const SPLIT_MIN_MEMBERS = 10;
/** Each camp of a split holds at least this many articles, or it is an outlier, not a camp. */
const SPLIT_MIN_CAMP = 3;
const SPLIT_ITERATIONS = 8;

function splitMixed(
  stories: Story[],
  vectors: Vector[],
  threshold: number,
): { stories: Story[]; changed: boolean } {
  const out: Story[] = [];
  let changed = false;
  for (const story of stories) {
    const camps = story.members.length >= SPLIT_MIN_MEMBERS ? twoCamps(story, vectors) : null;
    if (
      camps &&
      camps.a.members.length >= SPLIT_MIN_CAMP &&
      camps.b.members.length >= SPLIT_MIN_CAMP &&
      wordCosine(camps.a.centre, camps.b.centre) < threshold
    ) {
      out.push(camps.a, camps.b);
      changed = true;
    } else out.push(story);
  }
  return { stories: byFirstMember(out), changed };
}

/**
 * Two-means from two far-apart seeds: the member least like the centroid,
 * then the member least like that one. Deterministic: ties go to the member
 * listed first.
 */
function twoCamps(story: Story, vectors: Vector[]): { a: Story; b: Story } | null {
  const vec = (m: number) => vectors[m] as Vector;
  const farthestFrom = (centre: Vector) => {
    let pick = story.members[0] as number;
    let low = Number.POSITIVE_INFINITY;
    for (const m of story.members) {
      const s = wordCosine(centre, vec(m));
      if (s < low) {
        low = s;
        pick = m;
      }
    }
    return pick;
  };
  const seedA = farthestFrom(story.centre);
  const seedB = farthestFrom(vec(seedA));
  if (seedA === seedB) return null;
  let centreA = vec(seedA);
  let centreB = vec(seedB);
  let a: Story | null = null;
  let b: Story | null = null;
  for (let i = 0; i < SPLIT_ITERATIONS; i++) {
    const inA: number[] = [];
    const inB: number[] = [];
    for (const m of story.members)
      (wordCosine(centreA, vec(m)) >= wordCosine(centreB, vec(m)) ? inA : inB).push(m);
    if (inA.length === 0 || inB.length === 0) return null;
    a = storyOf(inA, vectors);
    b = storyOf(inB, vectors);
    centreA = a.centre;
    centreB = b.centre;
  }
  return a && b ? { a, b } : null;
}

/** Stories this small may be fragments of a larger story that their words alone did not reach. */
const SMALL_STORY = 3;
/** Stories this large have named their main actors often enough to say which names are theirs. */
const ANCHOR_STORY = 5;
/** A name is one of a story's own when at least half its members name it... */
const DOMINANT_SHARE = 0.5;
/** ...and at least half of all the articles that name it are in the story, so naming it points there. */
const SPECIFIC_SHARE = 0.5;
/**
 * Least word cosine for a fragment to join by names: two articles on one
 * event share at least the event's words, however differently they tell it;
 * below 0.1 two articles share little more than the vocabulary of news. On
 * DUC 2006+2007 any floor from 0.06 to 0.1 gives the same stories.
 */
const NAME_ATTACH_FLOOR = 0.1;

/**
 * The names that mark a story: named by most of its members and found
 * mostly in it across the stream, so a wide name (a country, a big city)
 * named everywhere marks no story, and a person at the heart of one does.
 */
export function markingNames(story: Story, vectors: Vector[], df: Map<string, number>): string[] {
  const size = story.members.length;
  return [...nameCounts(story, vectors)]
    .filter(([t, n]) => n >= DOMINANT_SHARE * size && n >= SPECIFIC_SHARE * (df.get(t) ?? 0))
    .map(([t]) => t);
}

/**
 * Small stories that name a large story's marking names join it, if their
 * words are not foreign to it (NAME_ATTACH_FLOOR). A later article on an
 * event often tells another side of it (a trial after a crime, a profile
 * after an award) in other words, too few shared for the joining threshold,
 * but names the same people; a name marking one story is evidence words do
 * not give. A small story with names in several large stories joins the one
 * it shares most marking names with, then the one most alike in words. Names
 * are looked up in an index of the large stories' marking names, so the cost
 * grows with the stories, not their pairs. Runs once, after the rounds,
 * which would judge the joined articles by words alone again.
 */
export function attachByNames(stories: Story[], vectors: Vector[], window: TimeWindow = NO_WINDOW): Story[] {
  const df = nameFrequencies(vectors);
  const anchors = new Map<string, number[]>();
  stories.forEach((s, i) => {
    if (s.members.length < ANCHOR_STORY) return;
    for (const t of markingNames(s, vectors, df)) anchors.set(t, [...(anchors.get(t) ?? []), i]);
  });
  if (anchors.size === 0) return stories;
  const spans = window.spans(stories);
  const into = new Map<number, number>();
  stories.forEach((s, i) => {
    if (s.members.length > SMALL_STORY) return;
    const shared = new Map<number, number>();
    for (const t of nameCounts(s, vectors).keys())
      for (const a of anchors.get(t) ?? []) shared.set(a, (shared.get(a) ?? 0) + 1);
    let best = -1;
    let bestShared = 0;
    let bestWords = 0;
    // Candidates in story order, so ties go to the earlier story.
    for (const [a, n] of [...shared].sort((x, y) => x[0] - y[0])) {
      if (!window.meets(spans[a] ?? null, spans[i] ?? null)) continue;
      const words = wordCosine((stories[a] as Story).centre, s.centre);
      if (words < NAME_ATTACH_FLOOR) continue;
      if (n > bestShared || (n === bestShared && words > bestWords)) {
        best = a;
        bestShared = n;
        bestWords = words;
      }
    }
    if (best >= 0) into.set(i, best);
  });
  if (into.size === 0) return stories;
  const joined = new Map<number, number[]>();
  for (const [i, a] of into) joined.set(a, [...(joined.get(a) ?? []), ...(stories[i] as Story).members]);
  return stories.flatMap((s, i) => {
    if (into.has(i)) return [];
    const extra = joined.get(i);
    return [extra ? storyOf([...s.members, ...extra], vectors) : s];
  });
}
