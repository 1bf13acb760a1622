import { describe, expect, it } from "vitest";
import { bridgeByNames } from "../../src/cluster/name-bridge.js";
import { withNames } from "../../src/cluster/names.js";
import { type Story, storyOf } from "../../src/cluster/story.js";
import { normalize, type Vector } from "../../src/cluster/tfidf.js";
import { TimeWindow } from "../../src/cluster/window.js";

const vec = (weights: Record<string, number>): Vector => normalize(new Map(Object.entries(weights)));
const article = (words: Record<string, number>, names: string[]) =>
  withNames(vec(words), vec(Object.fromEntries(names.map((n) => [`@${n}`, 1]))));
const partition = (stories: Story[]) => stories.map((s) => [...s.members].sort((a, b) => a - b)).sort();

// Three days of one running story: each day in its own words, the same town, river and road.
const days = [
  article({ boil: 3, advisory: 2, cloudy: 2, taps: 1, water: 1 }, ["fennwick", "ridley river"]),
  article({ bacteria: 3, samples: 2, hospital: 2, advisory: 1, water: 1 }, [
    "fennwick",
    "ridley river",
    "orchard road",
  ]),
  article({ council: 3, plant: 2, repairs: 2, water: 1, samples: 1 }, ["fennwick", "orchard road"]),
];
// Background: the rest of a stream, so that the shared names are rare in it.
const background = Array.from({ length: 40 }, (_, i) =>
  article({ [`topic${i}`]: 3, news: 1 }, [`place${i}`]),
);

describe("bridgeByNames", () => {
  it("joins the days of a running story that share two rare names and some words", () => {
    const vectors = [...days, ...background];
    const stories = vectors.map((_, i) => storyOf([i], vectors));
    const out = partition(bridgeByNames(stories, vectors));
    expect(out).toContainEqual([0, 1, 2]);
    expect(out).toHaveLength(41);
  });

  it("keeps apart articles that share one rare name, or two names but no words", () => {
    const oneName = [
      days[0] as Vector,
      article({ bacteria: 3, samples: 2, water: 1 }, ["fennwick", "kessler"]),
    ];
    const noWords = [days[0] as Vector, article({ marathon: 3, runners: 2 }, ["fennwick", "ridley river"])];
    for (const pair of [oneName, noWords]) {
      const vectors = [...pair, ...background];
      const stories = vectors.map((_, i) => storyOf([i], vectors));
      expect(bridgeByNames(stories, vectors)).toHaveLength(42);
    }
  });

  it("does not join across the time window", () => {
    const vectors = [...days, ...background];
    const window = new TimeWindow(
      vectors.map((_, i) => (i === 2 ? 30 : 0)),
      3,
    );
    const stories = vectors.map((_, i) => storyOf([i], vectors));
    expect(partition(bridgeByNames(stories, vectors, window))).toContainEqual([0, 1]);
    expect(partition(bridgeByNames(stories, vectors, window))).toContainEqual([2]);
  });
});
