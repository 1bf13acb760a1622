import { describe, expect, it } from "vitest";
import { type ClusterItem, clusterStories } from "../../src/cluster/index.js";
import { refine } from "../../src/cluster/refine.js";
import { storyOf } from "../../src/cluster/story.js";
import { normalize, type Vector } from "../../src/cluster/tfidf.js";
import { dayNumber, TimeWindow } from "../../src/cluster/window.js";

const BUDGET =
  "The county council approved its annual budget after a long debate over library closures, road repairs " +
  "and the rise in council tax. Councillors voted 31 to 12 for the plan, which cuts two mobile library routes " +
  "and spends more on potholes. The finance chair said the council tax rise was the smallest in six years.";

/** The same kind of news, published on the given days. */
const items = (days: string[]): ClusterItem[] =>
  days.map((published, i) => ({
    id: `a${i}`,
    title: `Council budget approved ${i}`,
    text: `${BUDGET} Reported on ${published}.`,
    duplicateOf: null,
    published,
  }));

const partition = (groups: { articles: string[] }[]) => groups.map((g) => g.articles);

describe("the time window of a story", () => {
  it("reads ISO days and date-times as day numbers", () => {
    expect(dayNumber("1970-01-02")).toBe(1);
    expect(dayNumber("2026-03-04T23:59:00Z")).toBe(dayNumber("2026-03-04"));
    expect(dayNumber("March 4")).toBeNull();
    expect(dayNumber(null)).toBeNull();
  });

  it("keeps next year's news of the same kind out of this year's story", () => {
    const pile = items(["2025-03-01", "2025-03-02", "2026-03-01", "2026-03-03"]);
    expect(partition(clusterStories(pile, 0.25, undefined, 30))).toEqual([
      ["a0", "a1"],
      ["a2", "a3"],
    ]);
    // Without a window they are one story, as DUC's year-long topics need.
    expect(partition(clusterStories(pile, 0.25))).toEqual([["a0", "a1", "a2", "a3"]]);
  });

  it("moves with the story: each article stretches it", () => {
    const pile = items(["2026-01-01", "2026-01-25", "2026-02-20", "2026-03-15", "2026-09-01"]);
    expect(partition(clusterStories(pile, 0.25, undefined, 30))).toEqual([["a0", "a1", "a2", "a3"], ["a4"]]);
  });

  it("does not hold back undated articles", () => {
    const pile = items(["2026-01-01", "2026-06-01"]);
    pile.push({ ...(pile[0] as ClusterItem), id: "u", published: null });
    const groups = partition(clusterStories(pile, 0.25, undefined, 30));
    // Two dated stories half a year apart; the undated article joins one of them rather than standing alone.
    expect(groups.length).toBe(2);
    expect(groups.find((g) => g.includes("u"))?.length).toBe(2);
  });

  it("never merges two stories further apart than the window in refinement", () => {
    const v: Vector = normalize(
      new Map([
        ["budget", 3],
        ["council", 2],
      ]),
    );
    const vectors = [v, v, v, v];
    const window = new TimeWindow([0, 1, 200, 201], 30);
    const options = { merge: 0.3, attach: 0.15, split: 0.4, rounds: 4 };
    const stories = [storyOf([0, 1], vectors), storyOf([2, 3], vectors)];
    expect(refine(stories, vectors, options, window).map((s) => s.members)).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(refine([storyOf([0, 1], vectors), storyOf([2, 3], vectors)], vectors, options).length).toBe(1);
  });
});
