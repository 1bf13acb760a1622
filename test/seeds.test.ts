import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Report, ReportArticle } from "../src/index.js";
import { expectSpansExact, expectValidReport, requireShared, runCli, SEEDS } from "./helpers.js";

// The five real scrapes of one event (read at run time, never copied). What
// each cleaning rule must drop there was established by reading them: the
// counts below are by rule, so a dropped news paragraph or a kept piece of
// chrome changes them.
const EXPECTED_REMOVALS: Record<string, Record<string, number>> = {
  "000": { headline: 1 },
  "001": { "photo-caption": 2 },
  "002": { "related-teaser": 1, dateline: 1 },
  "003": {
    "notification-prompt": 2,
    headline: 1,
    byline: 1,
    "date-line": 1,
    "comment-prompt": 3,
    "photo-caption": 2,
    "photo-caption-copy": 2,
    "comment-section": 1,
    "login-prompt": 2,
  },
  "004": {
    headline: 1,
    "related-heading": 1,
    "repeated-line": 1,
    "comment-prompt": 1,
    "comment-section": 1,
    "subscribe-prompt": 1,
  },
};

const CHROME_IN_TEXT = [
  /credit:/i,
  /^also read/i,
  /^you may also like$/i,
  /^comments$/i,
  /^leave a reply$/i,
  /notifications/i,
  /\((?:reuters|ap|afp)\)$/i,
  /refresh (?:the|your) (?:page|browser)/i,
];

let report: Report;
const bySeed = new Map<string, ReportArticle>();

beforeAll(() => {
  requireShared(SEEDS);
  const run = runCli(["analyze", SEEDS, "--format", "json", "--quiet"]);
  expect(run.status, run.stderr).toBe(0);
  report = JSON.parse(run.stdout);
  for (const a of report.articles) bySeed.set(a.source.split("/").pop()?.slice(0, 3) ?? "", a);
});

describe("the seeds, end to end", () => {
  it("reads all five scrapes and rejects nothing", () => {
    expect(readdirSync(SEEDS).filter((f) => f.endsWith(".txt"))).toHaveLength(5);
    expect(report.articles).toHaveLength(5);
    expect(report.rejected).toEqual([]);
    expect([...bySeed.keys()].sort()).toEqual(["000", "001", "002", "003", "004"]);
  });

  it("validates against the schema and the contract checker", () => {
    expectValidReport(report);
    expectSpansExact(report);
  });

  it("drops exactly the site chrome, each line with its rule and reason", () => {
    for (const [seed, expected] of Object.entries(EXPECTED_REMOVALS)) {
      const a = bySeed.get(seed) as ReportArticle;
      const counts: Record<string, number> = {};
      for (const r of a.removed) {
        counts[r.rule] = (counts[r.rule] ?? 0) + 1;
        expect(r.reason.length).toBeGreaterThan(5);
      }
      expect(counts, `seed ${seed}`).toEqual(expected);
    }
  });

  it("keeps every other line of each scrape as a paragraph, in order", () => {
    for (const file of readdirSync(SEEDS).filter((f) => f.endsWith(".txt"))) {
      const a = bySeed.get(file.slice(0, 3)) as ReportArticle;
      const lines = readFileSync(join(SEEDS, file), "utf8")
        .split(/\r?\n/)
        .map((l) => l.replace(/\s+/g, " ").trim())
        .filter(Boolean);
      const paragraphs = a.text.split("\n\n");
      // A dateline is cut from its paragraph, not a line of its own.
      const cuts = a.removed.filter((r) => r.rule === "dateline");
      expect(paragraphs.length + a.removed.length - cuts.length, file).toBe(lines.length);
      // Paragraphs are the scrape's own lines (less a cut dateline), in the scrape's order.
      let at = 0;
      for (const p of paragraphs) {
        const found = lines.findIndex(
          (l, i) => i >= at && (l === p || cuts.some((c) => l === `${c.text} ${p}`)),
        );
        expect(found, p).toBeGreaterThanOrEqual(at);
        at = found + 1;
      }
    }
  });

  it("leaves no site chrome in any cleaned text", () => {
    for (const a of report.articles) {
      for (const p of a.text.split("\n\n"))
        for (const pattern of CHROME_IN_TEXT) expect(p, a.source).not.toMatch(pattern);
    }
  });

  it("turns header lines into metadata", () => {
    const withHeader = bySeed.get("003") as ReportArticle;
    expect(withHeader.published).toBe("2025-05-03T01:34+01:00");
    expect(withHeader.byline?.split(" ")).toHaveLength(2);
    expect(withHeader.outlet).toBeTruthy();
    expect(withHeader.title).toBeTruthy();
    for (const seed of ["000", "004"]) expect(bySeed.get(seed)?.title).toBeTruthy();
    // Scrapes that open straight on a sentence have no headline to take.
    for (const seed of ["001", "002"]) expect(bySeed.get(seed)?.title).toBeNull();
  });

  it("puts the five in one story with a cited summary", () => {
    expect(report.stories).toHaveLength(1);
    const story = report.stories[0];
    expect(story?.articles.slice().sort()).toEqual(report.articles.map((a) => a.id).sort());
    expect(story?.summary.length).toBeGreaterThanOrEqual(3);
    const ids = new Set(report.articles.map((a) => a.id));
    for (const line of story?.summary ?? []) for (const id of line.sources) expect(ids.has(id)).toBe(true);
    // The lead of the summary is stated by several outlets, not one.
    expect(story?.summary[0]?.sources.length).toBeGreaterThanOrEqual(2);
    const words = (story?.summary ?? []).map((s) => s.text.split(/\s+/).length).reduce((x, y) => x + y, 0);
    expect(words).toBeGreaterThanOrEqual(60);
    expect(words).toBeLessThan(100 + 60);
  });

  it("finds no copies, and shows the rewrite as derived from its source only", () => {
    for (const a of report.articles) expect(a.duplicateOf).toBeNull();
    const rewrite = bySeed.get("001") as ReportArticle;
    const source = bySeed.get("000") as ReportArticle;
    expect(rewrite.derivedFrom.map((d) => d.article)).toEqual([source.id]);
    for (const seed of ["000", "002", "003", "004"]) expect(bySeed.get(seed)?.derivedFrom).toEqual([]);
  });

  it("finds direct quotes and names a speaker only where a cue shows it", () => {
    for (const a of report.articles) {
      expect(a.quotes.length, a.source).toBeGreaterThan(0);
      for (const q of a.quotes) {
        expect(q.speaker).toBeNull();
        if (q.speakerText) expect(q.cue, q.speakerText).toBeTruthy();
      }
    }
    // An interrupted quote: both halves, one speaker, one cue.
    const split = (bySeed.get("001") as ReportArticle).quotes.slice(0, 2);
    expect(split.map((q) => [q.speakerText, q.cue])).toEqual([
      ["she", "said"],
      ["she", "said"],
    ]);
    // A spokesperson's quote with the cue after it, her full name as written.
    const told = (bySeed.get("004") as ReportArticle).quotes[0];
    expect([told?.speakerText?.split(" ").length, told?.cue]).toEqual([2, "told"]);
    // A described speaker: the role as written.
    expect((bySeed.get("002") as ReportArticle).quotes[0]?.speakerText).toBe("the spokesperson");
  });

  it("resolves relative dates against the publication date, by tense", () => {
    const dated = bySeed.get("003") as ReportArticle;
    const value = (word: string) => dated.dates.filter((d) => d.text === word).map((d) => d.value);
    // A past Thursday (what was said) and a coming one (a vote that is due), two days either side of a Saturday paper.
    expect(value("Thursday")).toEqual(["2025-05-01", "2025-05-08"]);
    expect(value("Wednesday")).toEqual(["2025-04-30"]);
    for (const d of dated.dates) expect(d.anchor).toBe("published");
    // Undated scrapes get no relative dates: a weekday cannot be placed without a publication date.
    for (const seed of ["000", "001", "002", "004"])
      for (const d of bySeed.get(seed)?.dates ?? []) expect(d.anchor).toBe("absolute");
  });

  it("detects English and splits sentences inside paragraphs", () => {
    for (const a of report.articles) {
      expect(a.language).toBe("en");
      expect(a.sentences.length).toBeGreaterThan(5);
      for (const s of a.sentences) expect(a.text.slice(s.start, s.end)).not.toContain("\n");
    }
  });
});
