import { describe, expect, it } from "vitest";
import { NAME_PREFIX, withNames } from "../../src/cluster/names.js";
import { attachByNames, markingNames } from "../../src/cluster/refine.js";
import { type Story, storyOf } from "../../src/cluster/story.js";
import { normalize, type Vector } from "../../src/cluster/tfidf.js";
import { TimeWindow } from "../../src/cluster/window.js";

/** A unit vector over the given terms, weights as listed. */
function vec(weights: Record<string, number>): Vector {
  return normalize(new Map(Object.entries(weights)));
}

/** An article: its words and the names it carries (name terms get the prefix). */
function article(words: Record<string, number>, names: string[]): Vector {
  return withNames(vec(words), vec(Object.fromEntries(names.map((n) => [`${NAME_PREFIX}${n}`, 1]))));
}

const partition = (stories: Story[]) => stories.map((s) => [...s.members].sort((a, b) => a - b));

/** Five articles on a trial, all naming its defendant and most the city. */
const trial = Array.from({ length: 5 }, (_, i) =>
  article({ court: 3, jury: 2, verdict: 1 + (i % 2), [`day${i}`]: 1 }, ["jane roe", "springfield"]),
);
/** Five articles on a flood elsewhere in the same city. */
const flood = Array.from({ length: 5 }, (_, i) =>
  article({ flood: 3, river: 2, levee: 1 + (i % 2), [`day${i}`]: 1 }, ["springfield", "mayor lee"]),
);

describe("markingNames", () => {
  it("keeps the names most members carry and the stream carries mostly there", () => {
    const vectors = [...trial, ...flood];
    const df = new Map([
      [`${NAME_PREFIX}jane roe`, 5],
      [`${NAME_PREFIX}springfield`, 12],
      [`${NAME_PREFIX}mayor lee`, 5],
    ]);
    expect(markingNames(storyOf([0, 1, 2, 3, 4], vectors), vectors, df)).toEqual([`${NAME_PREFIX}jane roe`]);
  });
});

describe("attachByNames", () => {
  const stories = (vectors: Vector[], loners: number[]) => [
    storyOf([0, 1, 2, 3, 4], vectors),
    storyOf([5, 6, 7, 8, 9], vectors),
    ...loners.map((m) => storyOf([m], vectors)),
  ];

  it("joins a small story to the large story whose own names it carries, though their words are little alike", () => {
    // The appeal, months later: other words, one shared with the trial, the same defendant.
    const appeal = article({ appeal: 3, prison: 2, sentence: 2, court: 1 }, ["jane roe", "springfield"]);
    const vectors = [...trial, ...flood, appeal];
    expect(partition(attachByNames(stories(vectors, [10]), vectors))).toEqual([
      [0, 1, 2, 3, 4, 10],
      [5, 6, 7, 8, 9],
    ]);
  });

  it("does not join by a name the whole stream carries", () => {
    const festival = article({ festival: 3, music: 2, court: 1 }, ["springfield"]);
    const vectors = [...trial, ...flood, festival];
    expect(partition(attachByNames(stories(vectors, [10]), vectors))).toEqual([
      [0, 1, 2, 3, 4],
      [5, 6, 7, 8, 9],
      [10],
    ]);
  });

  it("does not join a small story whose words are foreign to the large one", () => {
    // Another Jane Roe, an athlete: the name alone does not make it the trial.
    const race = article({ marathon: 3, runner: 2, medal: 2 }, ["jane roe"]);
    const vectors = [...trial, ...flood, race];
    expect(partition(attachByNames(stories(vectors, [10]), vectors))).toEqual([
      [0, 1, 2, 3, 4],
      [5, 6, 7, 8, 9],
      [10],
    ]);
  });

  it("does not join across the time window", () => {
    const appeal = article({ appeal: 3, prison: 2, sentence: 2, court: 1 }, ["jane roe"]);
    const vectors = [...trial, ...flood, appeal];
    const days = [...Array.from({ length: 10 }, () => 0), 400];
    const window = new TimeWindow(days, 30);
    expect(partition(attachByNames(stories(vectors, [10]), vectors, window))).toEqual([
      [0, 1, 2, 3, 4],
      [5, 6, 7, 8, 9],
      [10],
    ]);
  });

  it("leaves stories without names as they are", () => {
    const vectors = [...Array.from({ length: 6 }, (_, i) => vec({ tariff: 3, steel: 2, [`w${i}`]: 1 }))];
    const input = [storyOf([0, 1, 2, 3, 4], vectors), storyOf([5], vectors)];
    expect(partition(attachByNames(input, vectors))).toEqual([[0, 1, 2, 3, 4], [5]]);
  });
});
