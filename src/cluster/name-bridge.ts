// Small stories that are one event told on different days. A running story
// drifts: the boil-water notice, then the bacteria found, then the council
// meeting; each day's article shares too few words with the others for the
// joining threshold, but they name the same town, road and official, names
// the rest of the stream hardly uses. Two small stories that share at least
// two such names, and are not foreign to each other in words, are one story.
// Runs once, after attachByNames; stories are looked up by their names, so
// the cost grows with the stories, not their pairs.

import { nameCounts, nameFrequencies } from "./name-counts.js";
import { wordCosine } from "./similarity.js";
import { type Story, storyOf } from "./story.js";
import type { Vector } from "./tfidf.js";
import { NO_WINDOW, type TimeWindow } from "./window.js";

/** Stories this small may be days of one running story that words alone kept apart. */
const SMALL_STORY = 3;
/** A name this rare in the stream (at most this share of its articles, or this many) says which event it is. */
const RARE_SHARE = 0.01;
const RARE_LEAST = 5;
/** Two names in common: one shared place or person is a coincidence of geography, two are an event. */
const SHARED_NAMES = 2;
/**
 * Least word cosine of the two: half the joining threshold's usual value.
 * On an invented stream, the days of a running story shared 0.12 to 0.22, and
 * articles on different events that share two rare names stayed under 0.09.
 */
const BRIDGE_FLOOR = 0.12;

export function bridgeByNames(stories: Story[], vectors: Vector[], window: TimeWindow = NO_WINDOW): Story[] {
  const df = nameFrequencies(vectors);
  const rare = Math.max(RARE_LEAST, RARE_SHARE * vectors.length);
  const marks = stories.map((s) => (s.members.length <= SMALL_STORY ? rareNames(s, vectors, df, rare) : []));
  const byName = new Map<string, number[]>();
  marks.forEach((names, i) => {
    for (const n of names) byName.set(n, [...(byName.get(n) ?? []), i]);
  });
  const spans = window.spans(stories);
  const parent = stories.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    return r;
  };
  marks.forEach((names, i) => {
    const shared = new Map<number, number>();
    for (const n of names)
      for (const j of byName.get(n) ?? []) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, count] of shared) {
      if (count < SHARED_NAMES || !window.meets(spans[i] ?? null, spans[j] ?? null)) continue;
      if (wordCosine((stories[i] as Story).centre, (stories[j] as Story).centre) < BRIDGE_FLOOR) continue;
      parent[root(j)] = root(i);
    }
  });
  const groups = new Map<number, number[]>();
  stories.forEach((s, i) => {
    groups.set(root(i), [...(groups.get(root(i)) ?? []), ...s.members]);
  });
  if (groups.size === stories.length) return stories;
  return [...groups.entries()].map(([i, members]) =>
    members.length === (stories[i] as Story).members.length
      ? (stories[i] as Story)
      : storyOf(members, vectors),
  );
}

/** The rare names most of a small story's articles carry. */
function rareNames(story: Story, vectors: Vector[], df: Map<string, number>, rare: number): string[] {
  return [...nameCounts(story, vectors)]
    .filter(([t, n]) => 2 * n >= story.members.length && (df.get(t) ?? 0) <= rare)
    .map(([t]) => t);
}
