import { type AnalyzeOptions, type AnalyzeSettings, resolveOptions } from "./config/defaults.js";
import type { Rejection } from "./errors.js";
import { type ArticleInput, readInputs, recordToInput } from "./ingest/index.js";
import { loadLanguageTools } from "./language/index.js";
import { processArticles } from "./pipeline/articles.js";
import { assignIds } from "./pipeline/ids.js";
import { attachSpeakers } from "./pipeline/speakers.js";
import { buildStories } from "./pipeline/stories.js";
import type { Report } from "./report/index.js";

/** A record as the JSON input format defines it (one of text or html required). */
export interface ArticleRecord {
  id?: string;
  text?: string;
  html?: string;
  url?: string;
  title?: string;
  outlet?: string;
  published?: string;
}

export interface AnalyzeInput {
  /** Files or directories (recursed); "-" reads JSON Lines from `stdin`. */
  paths?: string[];
  /** Records given in memory. */
  records?: ArticleRecord[];
  stdin?: () => Promise<Uint8Array>;
}

/** Reads, cleans, annotates and groups the articles, and returns the report (synoptic.report/1). */
export async function analyze(input: AnalyzeInput, partial: AnalyzeSettings = {}): Promise<Report> {
  const options = resolveOptions(partial);
  const read = await readInputs(input.paths ?? [], {
    maxFileBytes: options.limits.maxFileBytes,
    maxGunzipBytes: options.limits.maxGunzipBytes,
    ...(input.stdin ? { stdin: input.stdin } : {}),
    onFile: (done, total) => options.onProgress?.({ phase: "read", done, total }),
    onReject: (r) => options.onReject?.(r),
  });
  const inputs: ArticleInput[] = [...read.inputs];
  const rejected: Rejection[] = [...read.rejected];
  (input.records ?? []).forEach((record, i) => {
    const r = recordToInput(record, `records[${i}]`);
    if (r.ok) inputs.push(r.input);
    else {
      rejected.push(r.rejection);
      options.onReject?.(r.rejection);
    }
  });
  return analyzeInputs(inputs, rejected, options);
}

/** The pure part of the run: decoded inputs in, report out. */
export function analyzeInputs(
  inputs: ArticleInput[],
  rejectedSoFar: Rejection[],
  options: AnalyzeOptions,
): Report {
  const ids = assignIds(inputs);
  for (const r of ids.rejected) options.onReject?.(r);
  const tools = loadLanguageTools();
  const processed = processArticles(ids.articles, tools, options);
  options.onProgress?.({ phase: "stories", done: 0, total: 1 });
  const stories = buildStories(processed.articles, options);
  const entities = attachSpeakers(processed.articles, stories);
  options.onProgress?.({ phase: "stories", done: 1, total: 1 });
  return {
    schema: "synoptic.report/1",
    generatedAt: options.now().toISOString(),
    rejected: [...rejectedSoFar, ...ids.rejected, ...processed.rejected].map(({ source, reason, code }) => ({
      source,
      reason,
      code,
    })),
    articles: processed.articles,
    entities,
    stories,
  };
}
