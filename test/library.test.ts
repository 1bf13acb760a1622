import { describe, expect, it } from "vitest";
import { GOOD_ARTICLE, OTHER_ARTICLE } from "./fixtures/good-article.js";
import { expectValidReport } from "./helpers.js";

describe('import { analyze } from "synoptic"', () => {
  it("exposes the library entry by the package's own name, and the CLI is not needed", async () => {
    const lib = await import("synoptic");
    const report = await lib.analyze(
      { records: [{ id: "a", text: GOOD_ARTICLE }, { id: "b", text: OTHER_ARTICLE }, { id: "c" }] },
      { now: () => new Date("2026-06-01T00:00:00Z"), summaryWords: 40 },
    );
    expect(report.generatedAt).toBe("2026-06-01T00:00:00.000Z");
    expect(report.articles.map((a) => a.id)).toEqual(["a", "b"]);
    expect(report.rejected).toEqual([
      { source: "records[2]", code: "SYN_INPUT_RECORD", reason: expect.stringContaining('"text" or "html"') },
    ]);
    expectValidReport(report);
    for (const s of report.stories) {
      const words = s.summary.reduce((n, x) => n + x.text.split(/\s+/).length, 0);
      expect(words).toBeLessThan(40 + 60);
    }
    expect(lib.renderMarkdown(report)).toContain("# Synoptic report");
    expect(Object.keys(lib).sort()).toEqual(
      [
        "DEFAULT_OPTIONS",
        "ERRORS",
        "ReportSchema",
        "analyze",
        "analyzeInputs",
        "renderHtml",
        "renderJson",
        "renderMarkdown",
        "reportJsonSchema",
      ].sort(),
    );
  });
});
