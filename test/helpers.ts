import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { expect } from "vitest";
import type { Report } from "../src/index.js";
import { contentTokens, setCosine } from "../src/language/index.js";
import { printsSameWords, quotedPassages, SUPPORT_SIMILARITY } from "../src/summarize/index.js";

export const ROOT = resolve(import.meta.dirname, "..");
export const SHARED = resolve(ROOT, "..", "shared");
export const SEEDS = join(SHARED, "seeds");
export const CLI = join(ROOT, "dist", "cli", "main.js");
export const EXAMPLES = join(ROOT, "examples");

export function tempDir(prefix = "synoptic-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI with the same Node that runs the tests (so Node 20 and 24 are both exercised). */
export function runCli(args: string[], input?: string | Buffer): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    input,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    timeout: 300_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateSchema = ajv.compile(
  JSON.parse(readFileSync(join(ROOT, "schema", "report-v1.schema.json"), "utf8")),
);

/**
 * Every report a test produces goes through both checks: the project's JSON
 * Schema, and the contract's own checker (ids, spans cutting their text).
 */
export function expectValidReport(report: Report): void {
  const ok = validateSchema(report);
  expect(ok ? [] : validateSchema.errors?.slice(0, 5)).toEqual([]);
  const dir = tempDir();
  const file = join(dir, "report.json");
  writeFileSync(file, JSON.stringify(report));
  const checker = join(SHARED, "tools", "check-report.py");
  if (!existsSync(checker)) {
    if (process.env.CI) throw new Error(`the contract checker is missing: ${checker}`);
    return;
  }
  const r = spawnSync("python3", [checker, file], { encoding: "utf8" });
  expect(r.stdout.trim().split("\n").pop()).toBe("report: OK");
  expectSummariesSupported(report);
}

/** Every summary sentence is real text of a cited article, and every cited article states it. */
export function expectSummariesSupported(report: Report): void {
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  for (const story of report.stories) {
    for (const line of story.summary) {
      expect(line.sources.length, line.text).toBeGreaterThan(0);
      expect(
        line.sources.every((id) => story.articles.includes(id)),
        line.text,
      ).toBe(true);
      const first = line.evidence[0];
      expect(first && byId.get(first.article)?.text.slice(first.start, first.end)).toBe(line.text);
      const tokens = new Set(contentTokens(line.text));
      for (const id of line.sources) {
        const spans = line.evidence.filter((e) => e.article === id);
        expect(spans.length, `${id} is cited without evidence`).toBeGreaterThan(0);
        const text = byId.get(id)?.text ?? "";
        const best = Math.max(
          ...spans.map((e) => setCosine(tokens, new Set(contentTokens(text.slice(e.start, e.end))))),
        );
        expect(best, `${id} does not state: ${line.text}`).toBeGreaterThanOrEqual(SUPPORT_SIMILARITY);
        // A cited article prints the same quoted words, not a changed version of them.
        const quoted = quotedPassages(line.text);
        const same = spans.some((e) => printsSameWords(quoted, text.slice(e.start, e.end)));
        expect(same, `${id} changes a quote in: ${line.text}`).toBe(true);
      }
    }
  }
}

/** Every span of every article cuts exactly its text (the checker does it too; this names the failure). */
export function expectSpansExact(report: Report): void {
  for (const a of report.articles) {
    for (const s of a.sentences) expect(s.end).toBeGreaterThan(s.start);
    for (const m of [...a.entities, ...a.dates, ...a.quotes])
      expect(a.text.slice(m.start, m.end)).toBe(m.text);
  }
}

export function requireShared(path: string): string {
  if (!existsSync(path) && process.env.CI)
    throw new Error(`missing ${path}: CI must have ../shared beside the checkout`);
  return path;
}
