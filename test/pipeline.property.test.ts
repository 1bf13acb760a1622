import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveOptions } from "../src/config/defaults.js";
import { analyzeInputs } from "../src/index.js";
import type { ArticleInput } from "../src/ingest/index.js";

// Whatever an input holds, the pipeline returns a report: an article or a
// rejection for each input, every span inside its text, and never a throw.
const word = fc.constantFrom(
  "The",
  "council",
  "said",
  "on",
  "Monday",
  "“We",
  "will",
  "act,”",
  "she",
  "U.S.",
  "$5",
  "million",
  "Comments",
  "Credit:",
  "(Reuters)",
  "—",
  "Share",
  "By",
  "Ann",
  "Lee",
  "2026",
  "May",
  "3,",
  ".",
  "\n",
  "\n\n",
  "|",
  "·",
);
const prose = fc.array(word, { maxLength: 120 }).map((w) => w.join(" "));
const tag = fc.constantFrom(
  "p",
  "div",
  "article",
  "h1",
  "h2",
  "li",
  "ul",
  "figure",
  "figcaption",
  "table",
  "tr",
  "td",
  "span",
  "script",
  "style",
  "nav",
);
const html = fc
  .array(fc.tuple(tag, prose, fc.boolean()), { maxLength: 25 })
  .map((parts) => parts.map(([t, text, close]) => `<${t}>${text}${close ? `</${t}>` : ""}`).join(""));
const input = fc.oneof(
  prose.map((content): ArticleInput => ({ source: "p.txt", format: "text", content })),
  fc
    .string({ maxLength: 300 })
    .map((content): ArticleInput => ({ source: "s.txt", format: "text", content })),
  html.map((content): ArticleInput => ({ source: "h.html", format: "html", content })),
  fc
    .string({ maxLength: 300 })
    .map((content): ArticleInput => ({ source: "r.html", format: "html", content })),
);

describe("the pipeline on arbitrary input (property)", () => {
  it("never throws, accounts for every input, and keeps spans inside the text", () => {
    const options = resolveOptions({ now: () => new Date(0) });
    fc.assert(
      fc.property(fc.array(input, { minLength: 1, maxLength: 6 }), (inputs) => {
        const report = analyzeInputs(inputs, [], options);
        expect(report.articles.length + report.rejected.length).toBe(inputs.length);
        const ids = new Set(report.articles.map((a) => a.id));
        expect(ids.size).toBe(report.articles.length);
        for (const a of report.articles) {
          for (const s of a.sentences)
            expect(0 <= s.start && s.start < s.end && s.end <= a.text.length).toBe(true);
        }
        const inStories = report.stories.flatMap((s) => s.articles);
        expect(inStories.slice().sort()).toEqual([...ids].sort());
        for (const s of report.stories)
          for (const line of s.summary) expect(line.sources.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });
});
