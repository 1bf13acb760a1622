import { describe, expect, it } from "vitest";
import { type ClusterItem, clusterStories } from "../../src/cluster/index.js";
import { refine } from "../../src/cluster/refine.js";
import { type Story, storyOf } from "../../src/cluster/story.js";
import { normalize, type Vector } from "../../src/cluster/tfidf.js";

const OPTIONS = { merge: 0.3, attach: 0.15, split: 0.4, rounds: 4 };

/** A unit vector over the given terms, weights as listed. */
function vec(weights: Record<string, number>): Vector {
  return normalize(new Map(Object.entries(weights)));
}

const partition = (stories: Story[]) => stories.map((s) => [...s.members].sort((a, b) => a - b));

describe("refinement", () => {
  it("merges two stories of one topic that arrival order kept apart", () => {
    const vectors = [
      vec({ dam: 3, flood: 2, valley: 1 }),
      vec({ dam: 3, flood: 2, evacuation: 1 }),
      vec({ dam: 2, flood: 3, valley: 1 }),
      vec({ dam: 3, flood: 1, river: 1 }),
    ];
    const stories = [storyOf([0, 1], vectors), storyOf([2, 3], vectors)];
    expect(partition(refine(stories, vectors, OPTIONS))).toEqual([[0, 1, 2, 3]]);
  });

  it("moves an article that joined a story early to the story it fits", () => {
    const vectors = [
      vec({ tariff: 3, steel: 2 }),
      vec({ tariff: 3, steel: 2, import: 1 }),
      vec({ tariff: 2, steel: 3 }),
      // About the strike, but it arrived when the tariff story was the only one sharing a word.
      vec({ strike: 3, port: 2, steel: 1 }),
      vec({ strike: 3, port: 2 }),
      vec({ strike: 2, port: 3, union: 1 }),
    ];
    const stories = [storyOf([0, 1, 2, 3], vectors), storyOf([4, 5], vectors)];
    expect(partition(refine(stories, vectors, OPTIONS))).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
  });

  it("lets an article that fits no story stand alone", () => {
    const vectors = [
      vec({ vaccine: 3, trial: 2 }),
      vec({ vaccine: 3, trial: 2, dose: 1 }),
      vec({ vaccine: 2, trial: 3 }),
      vec({ orchestra: 3, concert: 2 }),
    ];
    const stories = [storyOf([0, 1, 2, 3], vectors)];
    expect(partition(refine(stories, vectors, OPTIONS))).toEqual([[0, 1, 2], [3]]);
  });

  it("splits a story whose members fall in two camps", () => {
    const camp = (a: string, b: string, c: string) =>
      Array.from({ length: 6 }, (_, i) => vec({ [a]: 3, [b]: 2 + (i % 2), [c]: 1 + (i % 3), shared: 0.6 }));
    const vectors = [...camp("wildfire", "evacuation", "smoke"), ...camp("merger", "shareholder", "bank")];
    const mixed = [storyOf([0, 6, 1, 7, 2, 8, 3, 9, 4, 10, 5, 11], vectors)];
    expect(partition(refine(mixed, vectors, OPTIONS))).toEqual([
      [0, 1, 2, 3, 4, 5],
      [6, 7, 8, 9, 10, 11],
    ]);
  });

  it("is deterministic", () => {
    const vectors = Array.from({ length: 30 }, (_, i) =>
      vec({ [`t${i % 3}`]: 3, [`u${i % 5}`]: 1 + (i % 4), [`w${i % 7}`]: 1 }),
    );
    const run = () =>
      partition(
        refine(
          vectors.map((_, i) => storyOf([i], vectors)),
          vectors,
          OPTIONS,
        ),
      );
    expect(run()).toEqual(run());
  });
});

// Articles of three events, written for this test, in a few wordings each.
const EVENTS: Record<string, string[]> = {
  bridge: [
    "A cargo ship struck the harbour bridge before dawn, and engineers closed the span to traffic while divers inspected the damaged pier.",
    "The harbour bridge stays closed after a cargo ship hit one of its piers; engineers said divers found cracks in the concrete.",
    "Commuters faced long detours as the harbour bridge remained shut following the collision of a cargo ship with a pier.",
    "Port officials said the cargo ship that hit the harbour bridge had lost steering; the pier will be inspected by divers again.",
  ],
  election: [
    "The governing party lost its majority in the regional election, with turnout at its highest in two decades.",
    "Regional election results show the governing party short of a majority as opposition parties gained seats and turnout rose.",
    "Opposition leaders claimed victory after the regional election left the governing party without a majority in the assembly.",
    "Turnout in the regional election was the highest in twenty years; the governing party will need a coalition to keep power.",
  ],
  drought: [
    "Wheat farmers in the plains are counting losses as the drought enters its third month and reservoirs fall to record lows.",
    "The drought has cut the wheat harvest by a third, farmers said, and reservoirs in the plains are lower than ever recorded.",
    "Farmers asked for emergency aid as the drought withered wheat across the plains and reservoirs dropped to record lows.",
    "Record low reservoirs and a withered wheat crop: the plains drought is now the worst farmers there can remember.",
  ],
};

function items(order: number[]): ClusterItem[] {
  const all = Object.entries(EVENTS).flatMap(([event, texts]) =>
    texts.map((text, i) => ({ id: `${event}-${i}`, title: null, text, duplicateOf: null })),
  );
  return order.map((k) => all[k] as ClusterItem);
}

const asSets = (groups: { articles: string[] }[]) => groups.map((g) => [...g.articles].sort()).sort();

describe("clusterStories", () => {
  const expected = Object.entries(EVENTS)
    .map(([event, texts]) => texts.map((_, i) => `${event}-${i}`).sort())
    .sort();

  it("recovers each event in any arrival order", () => {
    const orders = [
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
      [11, 3, 7, 0, 10, 2, 6, 9, 1, 5, 8, 4],
      [4, 8, 0, 5, 9, 1, 6, 10, 2, 7, 11, 3],
    ];
    for (const order of orders) expect(asSets(clusterStories(items(order), 0.25))).toEqual(expected);
  });

  it("names a story after its earliest article and keeps copies with their original", () => {
    const stream = items([4, 0, 5, 1, 8, 9]);
    // A re-issue whose words were mostly replaced still belongs with what it copies.
    stream.push({
      id: "copy",
      title: null,
      text: "Corrected version: see the original report.",
      duplicateOf: "bridge-0",
    });
    const groups = clusterStories(stream, 0.25);
    const bridge = groups.find((g) => g.articles.includes("bridge-0"));
    expect(bridge?.articles.sort()).toEqual(["bridge-0", "bridge-1", "copy"]);
    expect(bridge?.id).toBe("s-bridge-0");
    expect(groups.find((g) => g.articles.includes("election-0"))?.id).toBe("s-election-0");
  });
});
