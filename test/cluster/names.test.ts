import { describe, expect, it } from "vitest";
import { nameKey, nameTerms, withNames } from "../../src/cluster/names.js";
import { mergeClose } from "../../src/cluster/refine.js";
import { nameCosine, wordCosine } from "../../src/cluster/similarity.js";
import { type Story, storyOf } from "../../src/cluster/story.js";
import { normalize, type Vector } from "../../src/cluster/tfidf.js";

const vec = (weights: Record<string, number>): Vector => normalize(new Map(Object.entries(weights)));

describe("name terms", () => {
  it("folds case, dots, a leading 'the' and a possessive", () => {
    expect(nameKey("The U.N.")).toBe("un");
    expect(nameKey("Kennedy's")).toBe("kennedy");
  });

  it("counts a surname alone for the full name the article gave", () => {
    const terms = nameTerms([
      { text: "John Kennedy", type: "person" },
      { text: "Kennedy", type: "person" },
      { text: "Boston", type: "location" },
    ]);
    expect(terms).toEqual(["@john kennedy", "@john kennedy", "@boston"]);
  });
});

describe("word and name parts", () => {
  it("judges words alone by words, names alone by names", () => {
    const a = withNames(vec({ crash: 2, jet: 1 }), vec({ "@egyptair": 1 }));
    const b = withNames(vec({ crash: 2, jet: 1 }), vec({ "@concorde": 1 }));
    expect(wordCosine(a, b)).toBeCloseTo(1);
    expect(nameCosine(a, b)).toBeCloseTo(0);
    expect(nameCosine(a, vec({ crash: 1 }))).toBeNull();
  });
});

describe("merging large stories", () => {
  // Two events of one subject: the same words, other names.
  const event = (name: string, place: string) =>
    Array.from({ length: 10 }, (_, i) =>
      withNames(vec({ crash: 3, jet: 2, [`w${i % 3}`]: 1 }), vec({ [`@${name}`]: 2, [`@${place}`]: 1 })),
    );
  const members = (from: number) => Array.from({ length: 10 }, (_, i) => from + i);
  const sizes = (stories: Story[]) => stories.map((s) => s.members.length);

  it("keeps apart two large stories that share words but not names", () => {
    const vectors = [...event("egyptair", "nantucket"), ...event("concorde", "paris")];
    expect(sizes(mergeClose([storyOf(members(0), vectors), storyOf(members(10), vectors)], 0.25))).toEqual([
      10, 10,
    ]);
  });

  it("merges them when they name the same actors, or when no names are known", () => {
    const named = [...event("egyptair", "nantucket"), ...event("egyptair", "nantucket")];
    expect(sizes(mergeClose([storyOf(members(0), named), storyOf(members(10), named)], 0.25))).toEqual([20]);
    const plain = Array.from({ length: 20 }, (_, i) => vec({ crash: 3, jet: 2, [`w${i % 3}`]: 1 }));
    expect(sizes(mergeClose([storyOf(members(0), plain), storyOf(members(10), plain)], 0.25))).toEqual([20]);
  });
});
