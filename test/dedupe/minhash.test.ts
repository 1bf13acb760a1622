import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimateJaccard, LshIndex, minhash } from "../../src/dedupe/index.js";

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe("MinHash and the LSH index", () => {
  it("estimates Jaccard similarity within a few points", () => {
    const a = new Set(range(0, 400));
    for (const overlap of [400, 300, 200, 100]) {
      const b = new Set(range(400 - overlap, 800 - overlap));
      const truth = overlap / (800 - overlap);
      expect(
        Math.abs(estimateJaccard(minhash(a, 256), minhash(b, 256)) - truth),
        `overlap ${overlap}`,
      ).toBeLessThan(0.08);
    }
  });

  it("always finds an identical set, and finds a near copy among thousands of others", () => {
    const index = new LshIndex();
    for (let d = 0; d < 3000; d++) index.add(minhash(range(d * 1000, d * 1000 + 300)));
    // Doc 1234 with 5% of its shingles changed: Jaccard about 0.9.
    const near = range(1234 * 1000, 1234 * 1000 + 300).map((x, i) => (i % 20 === 0 ? x + 999_999_999 : x));
    expect(index.nearest(minhash(near), 0.8)?.doc).toBe(1234);
    expect(index.nearest(minhash(range(500, 800)), 0.8)).toBeUndefined(); // falls between two documents
    expect(index.count).toBe(3000);
    expect(index.bytesPerDocument()).toBeLessThan(1024);
  });

  it("returns every identical signature as a candidate (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { minLength: 1, maxLength: 60 }), {
          minLength: 1,
          maxLength: 40,
        }),
        (sets) => {
          const index = new LshIndex();
          const docs = sets.map((s) => index.add(minhash(s)));
          sets.forEach((s, i) => {
            expect(index.candidates(minhash(s))).toContain(docs[i]);
          });
        },
      ),
      { numRuns: 50 },
    );
  });
});
