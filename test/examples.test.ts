import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Report, ReportArticle } from "../src/index.js";
import { EXAMPLES, expectSpansExact, expectValidReport, ROOT, runCli } from "./helpers.js";

// The sample corpus is invented; its answer key says which files make up each
// story and where each phenomenon lives. A record is named "file#id".
interface Manifest {
  stories: { name: string; files: string[] }[];
  singles: string[];
  phenomena: {
    rewrite: { file: string; of: string };
    alteredQuote: { files: string[]; altered: string; original: string; alteredText: string };
    duplicatePair: [string, string];
    windows1252: string;
    chrome: { file: string; mustNotContain: string[]; mustContain: string[] }[];
    outletTemplate: { outlet: string; line: string; files: string[] };
    numberDisagreement: { claims: { file: string; value: number; text: string }[] };
    dayDisagreement: { claims: { file: string; date: string }[] };
  };
}

const manifest: Manifest = JSON.parse(
  readFileSync(join(ROOT, "test/fixtures/examples-manifest.json"), "utf8"),
);
const GOLDEN = join(ROOT, "test/golden/examples-report.json");
let report: Report;
let article: (ref: string) => ReportArticle;

beforeAll(() => {
  const run = runCli(["analyze", EXAMPLES, "--format", "json", "--quiet"]);
  expect(run.status, run.stderr).toBe(0);
  report = JSON.parse(run.stdout);
  article = (ref) => {
    const [file, id] = ref.split("#");
    const found = report.articles.find((a) =>
      id ? a.id === id : a.source === join(EXAMPLES, file as string),
    );
    if (!found) throw new Error(`no article for ${ref}`);
    return found;
  };
});

describe("the sample corpus", () => {
  it("is read whole: every file analyzed, nothing rejected, the report valid", () => {
    expect(report.rejected).toEqual([]);
    const expected = manifest.stories.reduce((n, s) => n + s.files.length, 0) + manifest.singles.length;
    expect(report.articles).toHaveLength(expected);
    expectValidReport(report);
    expectSpansExact(report);
  });

  it("recovers every story exactly, and leaves unrelated articles alone", () => {
    const storyOf = new Map(report.stories.flatMap((s) => s.articles.map((id) => [id, s] as const)));
    for (const s of manifest.stories) {
      const ids = s.files.map((f) => article(f).id);
      const story = storyOf.get(ids[0] as string);
      expect(story?.articles.slice().sort(), s.name).toEqual(ids.slice().sort());
      expect(story?.summary.length, s.name).toBeGreaterThan(0);
    }
    for (const single of manifest.singles)
      expect(storyOf.get(article(single).id)?.articles, single).toEqual([article(single).id]);
    expect(report.stories).toHaveLength(manifest.stories.length + manifest.singles.length);
  });

  it("drops every line of chrome the key lists and keeps every news sentence", () => {
    for (const entry of manifest.phenomena.chrome) {
      const a = article(entry.file);
      for (const chrome of entry.mustNotContain)
        expect(a.text, `${entry.file} keeps chrome`).not.toContain(chrome);
      for (const news of entry.mustContain) expect(a.text, `${entry.file} lost news`).toContain(news);
    }
  });

  it("learns an outlet's template line from its articles and drops it from each, with the reason", () => {
    const { outlet, line, files } = manifest.phenomena.outletTemplate;
    for (const file of files) {
      const a = article(file);
      expect(a.outlet).toBe(outlet);
      expect(a.text).not.toContain(line);
      expect(a.removed).toContainEqual({
        text: line,
        rule: "outlet-template",
        reason: expect.stringContaining(`recurs in ${files.length} articles of ${outlet}`),
      });
    }
    // No other outlet has three unrelated articles sharing a line: nothing else goes this way.
    const elsewhere = report.articles.filter((a) => a.outlet !== outlet);
    expect(elsewhere.flatMap((a) => a.removed).filter((r) => r.rule === "outlet-template")).toEqual([]);
  });

  it("marks the wire copy as a duplicate of the original, and nothing else", () => {
    const [original, copy] = manifest.phenomena.duplicatePair;
    expect(article(copy).duplicateOf).toBe(article(original).id);
    expect(report.articles.filter((a) => a.duplicateOf).map((a) => a.source)).toEqual([article(copy).source]);
  });

  it("shows the rewrite as derived mostly from its source", () => {
    const { file, of } = manifest.phenomena.rewrite;
    const top = article(file).derivedFrom[0];
    expect(top?.article).toBe(article(of).id);
    expect(top?.share).toBeGreaterThanOrEqual(0.5);
  });

  it("never cites an outlet for a quote it printed differently", () => {
    const { altered, original, alteredText } = manifest.phenomena.alteredQuote;
    const alteredId = article(altered).id;
    const lines = report.stories.flatMap((s) => s.summary);
    const quoting = (words: string) =>
      lines.filter((l) => normalize(l.text).includes(normalize(words).slice(0, 60)));
    for (const line of quoting(original)) expect(line.sources, line.text).not.toContain(alteredId);
    for (const line of quoting(alteredText)) expect(line.sources, line.text).toEqual([alteredId]);
    expect(quoting(original).length + quoting(alteredText).length).toBeGreaterThan(0);
  });

  it("flags the altered quote and finds the other outlets faithful", () => {
    const { files, altered, original } = manifest.phenomena.alteredQuote;
    const group = report.stories
      .flatMap((st) => st.quotes)
      .find((q) => normalize(q.text).includes(normalize(original).slice(0, 60)));
    const fidelity = new Map(group?.versions.map((v) => [v.article, v.fidelity]));
    for (const file of files)
      expect(fidelity.get(article(file).id), file).toBe(file === altered ? "altered" : "verbatim");
  });

  it("reports the disagreeing day and count, each value with its sources, and no false alarm", () => {
    const all = report.stories.flatMap((st) => st.discrepancies);
    const sourcesOf = (value: string) =>
      all.flatMap((d) => d.claims).find((c) => c.value === value)?.sources ?? [];
    for (const c of manifest.phenomena.dayDisagreement.claims)
      expect(sourcesOf(c.date), c.file).toContain(article(c.file).id);
    const counts = all.find((d) => d.subject.startsWith("number of people"));
    expect(counts?.claims.map((c) => [Number(c.value.match(/\d+/)?.[0] ?? 38), c.sources]).sort()).toEqual(
      manifest.phenomena.numberDisagreement.claims.map((c) => [c.value, [article(c.file).id]]).sort(),
    );
    expect(all).toHaveLength(2);
  });

  it("decodes the windows-1252 page", () => {
    const text = article(manifest.phenomena.windows1252).text;
    expect(text).not.toContain("\ufffd");
    expect(text).toMatch(/[é’“”—]/);
  });

  it("matches the golden report (UPDATE_GOLDEN=1 rewrites it after a deliberate change)", () => {
    const actual = goldenView(report);
    // A missing golden file fails (readFileSync throws) unless it is being written on purpose.
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(GOLDEN, "utf8")));
  });
});

const normalize = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** The report with machine paths and the clock taken out, articles named by their file. */
function goldenView(r: Report) {
  const name = new Map(r.articles.map((a) => [a.id, a.source.replace(`${EXAMPLES}/`, "")]));
  const n = (id: string) => name.get(id) ?? id;
  return {
    articles: r.articles.map((a) => ({
      source: n(a.id),
      id: a.id,
      outlet: a.outlet,
      title: a.title,
      byline: a.byline,
      published: a.published,
      language: a.language,
      paragraphs: a.text.split("\n\n").length,
      sentences: a.sentences.length,
      removed: a.removed.map((x) => `${x.rule}: ${x.text}`),
      duplicateOf: a.duplicateOf && n(a.duplicateOf),
      derivedFrom: a.derivedFrom.map((d) => `${n(d.article)} ${d.share}`),
    })),
    entities: r.entities.map((e) => [e.id, e.type, e.name, ...e.roles].join(" | ")),
    stories: r.stories.map((s) => ({
      id: s.id,
      title: s.title,
      articles: s.articles.map(n),
      firstSeen: s.firstSeen,
      lastSeen: s.lastSeen,
      summary: s.summary.map((x) => ({ text: x.text, sources: x.sources.map(n) })),
    })),
  };
}
