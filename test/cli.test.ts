import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { Report } from "../src/index.js";
import { GOOD_ARTICLE, OTHER_ARTICLE } from "./fixtures/good-article.js";
import { CLI, EXAMPLES, expectValidReport, runCli, tempDir } from "./helpers.js";

const NO_STACK = /\bat .+:\d+:\d+\)?$|Error: .*\n\s+at /m;

/** Every report a test produces is checked against the schema and the contract checker. */
function parse(stdout: string): Report {
  const report = JSON.parse(stdout) as Report;
  expectValidReport(report);
  return report;
}

describe("synoptic analyze: bad input beside good input", () => {
  it("skips each bad file with a one-line reason, lists it under rejected, and analyzes the rest", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "good.txt"), GOOD_ARTICLE);
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "blank.html"), "   \n\n  ");
    writeFileSync(
      join(dir, "binary.txt"),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]),
    );
    writeFileSync(
      join(dir, "records.jsonl"),
      `${JSON.stringify({ id: "r1", text: OTHER_ARTICLE })}\n{"id": "r2", "text": \n${JSON.stringify({ id: "r3" })}\n`,
    );
    writeFileSync(join(dir, "broken.json"), "{ not json");
    writeFileSync(join(dir, "notes.docx"), "whatever");
    const explicitUnknown = join(dir, "notes.docx");
    const missing = join(dir, "missing.txt");
    const run = runCli(["analyze", dir, explicitUnknown, missing, "--format", "json"]);
    expect(run.status).toBe(0);
    expect(run.stderr).not.toMatch(NO_STACK);
    const report = parse(run.stdout);
    expect(report.articles.map((a) => a.id).sort()).toEqual(
      ["r1", report.articles.find((a) => a.source.endsWith("good.txt"))?.id].sort(),
    );
    const reasons = Object.fromEntries(
      report.rejected.map((r) => [r.source.replace(`${dir}/`, ""), `${r.code} ${r.reason}`]),
    );
    expect(reasons).toEqual({
      "empty.txt": expect.stringMatching(/^SYN_INPUT_EMPTY is empty/),
      "blank.html": expect.stringMatching(/^SYN_INPUT_EMPTY is empty: only white space/),
      "binary.txt": expect.stringMatching(/^SYN_INPUT_BINARY is binary/),
      "records.jsonl:2": expect.stringMatching(/^SYN_INPUT_JSON is not valid JSON/),
      "records.jsonl:3": expect.stringMatching(/^SYN_INPUT_RECORD .*"text" or "html"/),
      "broken.json": expect.stringMatching(/^SYN_INPUT_JSON/),
      "notes.docx": expect.stringMatching(/^SYN_INPUT_EXTENSION .*\.docx/),
      "missing.txt": expect.stringMatching(/^SYN_INPUT_NOT_FOUND/),
    });
    // One line per rejection on stderr, naming the input and the reason.
    for (const r of report.rejected) expect(run.stderr).toContain(`${r.code}: ${r.source}: ${r.reason}`);
  });

  it("survives a directory of 10,000 empty files and still analyzes the good one", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "empties"));
    for (let i = 0; i < 10_000; i++) writeFileSync(join(dir, "empties", `e${i}.txt`), "");
    writeFileSync(join(dir, "good.txt"), GOOD_ARTICLE);
    const run = runCli(["analyze", dir, "--format", "json"]);
    expect(run.status).toBe(0);
    const report = parse(run.stdout);
    expect(report.articles).toHaveLength(1);
    expect(report.rejected).toHaveLength(10_000);
    expect(new Set(report.rejected.map((r) => r.code))).toEqual(new Set(["SYN_INPUT_EMPTY"]));
    // stderr stays readable: the first rejections, then a count.
    expect(run.stderr.split("\n").filter((l) => l.startsWith("skipped SYN_")).length).toBe(20);
    expect(run.stderr).toContain("skipped 9980 more inputs");
    expect(run.stderr).not.toMatch(NO_STACK);
  }, 120_000);

  it("exits 1 with reasons when nothing could be analyzed", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "empty.txt"), "");
    const run = runCli(["analyze", join(dir, "empty.txt"), "--quiet"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("SYN_INPUT_EMPTY");
    expect(parse(run.stdout).articles).toEqual([]);
  });

  it("runs as the package's bin, by itself, after any rebuild", () => {
    expect(statSync(CLI).mode & 0o111).not.toBe(0);
    const run = spawnSync(CLI, ["analyze", "--help"], { encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("--summary-words");
  });

  it("exits 2 on bad usage, without a stack trace", () => {
    for (const args of [
      ["analyze"],
      ["analyze", "x.txt", "--format", "pdf"],
      ["analyze", "x.txt", "--summary-words", "ten"],
      ["analyze", "x.txt", "--summary-bytes", "0"],
      ["analyze", "x.txt", "--story-window", "a week"],
      ["frobnicate"],
    ]) {
      const run = runCli(args);
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr).not.toMatch(NO_STACK);
    }
  });
});

describe("synoptic analyze: inputs and outputs", () => {
  it("caps summaries in bytes, and ranks by a focus question when asked", () => {
    const summaries = (...flags: string[]) => {
      const run = runCli(["analyze", EXAMPLES, "--quiet", ...flags]);
      expect(run.status, run.stderr).toBe(0);
      return (JSON.parse(run.stdout) as Report).stories.map((s) => s.summary.map((x) => x.text));
    };
    for (const lines of summaries("--summary-bytes", "300"))
      expect(Buffer.byteLength(lines.join(" "))).toBeLessThanOrEqual(300);
    const about = (lines: string[][]) =>
      lines.flat().filter((t) => /\bworkers\b/.test(t) && /\bfire\b|hospital|medical/i.test(t));
    const plain = about(summaries()).length;
    const focused = about(summaries("--focus", "How many workers were hurt and taken to hospital?")).length;
    expect(focused).toBeGreaterThan(plain);
  });

  it("reads JSON Lines from standard input with given ids and dates", () => {
    const lines = [
      { id: "a", text: GOOD_ARTICLE, outlet: "Harbour Post", published: "2026-03-09" },
      { id: "b", text: OTHER_ARTICLE, title: "Library hours" },
    ].map((r) => JSON.stringify(r));
    const run = runCli(["analyze", "-", "--quiet"], `${lines.join("\n")}\n`);
    expect(run.status, run.stderr).toBe(0);
    const report = parse(run.stdout);
    const a = report.articles.find((x) => x.id === "a");
    expect(a).toMatchObject({
      source: "stdin:1",
      outlet: "Harbour Post",
      published: "2026-03-09",
      publishedInferred: false,
    });
    expect(report.articles.find((x) => x.id === "b")?.title).toBe("Library hours");
    expect(report.stories).toHaveLength(2);
  });

  it("reads .gz files by their inner extension", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "story.txt.gz"), gzipSync(GOOD_ARTICLE));
    writeFileSync(join(dir, "bad.txt.gz"), "not gzip at all");
    const report = parse(runCli(["analyze", dir, "--quiet"]).stdout);
    expect(report.articles).toHaveLength(1);
    expect(report.articles[0]?.title).toBe("Harbour ferry fares to rise in spring");
    expect(report.rejected.map((r) => r.code)).toEqual(["SYN_INPUT_GZIP"]);
  });

  it("writes Markdown and a self-contained HTML page to --out", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), GOOD_ARTICLE);
    for (const format of ["md", "html"]) {
      const out = join(dir, `report.${format}`);
      const run = runCli(["analyze", join(dir, "a.txt"), "--format", format, "--out", out, "--quiet"]);
      expect(run.status).toBe(0);
      expect(run.stdout).toBe("");
      const text = readFileSync(out, "utf8");
      expect(text).toContain("Harbour ferry fares to rise in spring");
      if (format === "html") {
        expect(text).toMatch(/^<!doctype html>/);
        // No network: no external scripts, styles, fonts or images.
        expect(text).not.toMatch(/<(?:script|link|img)[^>]+(?:src|href)=["']?(?:https?:)?\/\//i);
      }
    }
  });

  it("keeps record text exactly with --no-clean", () => {
    const text = "Subscribe to our newsletter\n\nThe council met on Monday.\nIt approved the budget.";
    const run = runCli(["analyze", "-", "--no-clean", "--quiet"], `${JSON.stringify({ id: "x", text })}\n`);
    const a = parse(run.stdout).articles[0];
    expect(a?.text).toBe(text);
    expect(a?.removed).toEqual([]);
    expect(a?.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "Subscribe to our newsletter",
      "The council met on Monday.",
      "It approved the budget.",
    ]);
  });

  it("gives the same ids and stories on a second run (stable ids, deterministic)", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), GOOD_ARTICLE);
    writeFileSync(join(dir, "b.txt"), OTHER_ARTICLE);
    const strip = (r: Report) => ({ ...r, generatedAt: "" });
    const first = strip(parse(runCli(["analyze", dir, "--quiet"]).stdout));
    const second = strip(parse(runCli(["analyze", dir, "--quiet"]).stdout));
    expect(second).toEqual(first);
  });

  it("keeps progress off standard output and silent with --quiet", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), GOOD_ARTICLE);
    const quiet = runCli(["analyze", dir, "--quiet"]);
    expect(quiet.stderr).toBe("");
    const loud = runCli(["analyze", dir]);
    expect(loud.stderr).toMatch(/^analyzed 1 articles into 1 stories; 0 rejected\n$/);
    expect(parse(loud.stdout).articles).toHaveLength(1);
  });
});
