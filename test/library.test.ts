import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { GOOD_ARTICLE, OTHER_ARTICLE } from "./fixtures/good-article.js";
import { expectValidReport, tempDir } from "./helpers.js";

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

describe("limits", () => {
  it("rejects files over the size limit and gzip bombs, and keeps the rest", async () => {
    const { analyze } = await import("synoptic");
    const dir = tempDir();
    writeFileSync(join(dir, "big.txt"), `${GOOD_ARTICLE}\n${"x".repeat(5_000)}`);
    writeFileSync(join(dir, "bomb.txt.gz"), gzipSync(Buffer.alloc(3_000, 0x61)));
    writeFileSync(join(dir, "ok.txt"), OTHER_ARTICLE);
    const report = await analyze(
      { paths: [dir] },
      { limits: { maxFileBytes: 4_000, maxGunzipBytes: 2_000 } },
    );
    expect(report.articles.map((a) => a.source)).toEqual([join(dir, "ok.txt")]);
    expect(report.rejected.map((r) => [r.source.replace(`${dir}/`, ""), r.code])).toEqual([
      ["big.txt", "SYN_INPUT_TOO_LARGE"],
      ["bomb.txt.gz", "SYN_INPUT_TOO_LARGE"],
    ]);
  });
});

describe("many runs in one process", () => {
  it("analyzes 30 times in a row (a service calls analyze again and again)", async () => {
    const { analyze } = await import("synoptic");
    for (let i = 0; i < 30; i++) {
      const report = await analyze({ records: [{ id: `a${i}`, text: GOOD_ARTICLE }] });
      expect(report.articles[0]?.sentences.length).toBeGreaterThan(3);
    }
  });
});
