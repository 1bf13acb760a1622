import { writeFile } from "node:fs/promises";
import { analyze } from "../analyze.js";
import { formatRejection, type Rejection, UsageError } from "../errors.js";
import type { Report } from "../report/index.js";
import { renderHtml, renderJson, renderMarkdown } from "../report/render.js";
import { createProgress } from "./progress.js";

export interface AnalyzeFlags {
  format: string;
  out?: string;
  quiet?: boolean;
  summaryWords: string;
  summaryBytes?: string;
  focus?: string;
  storyWindow?: string;
  clean: boolean;
}

const RENDER: Record<string, (r: Report) => string> = {
  json: renderJson,
  md: renderMarkdown,
  html: renderHtml,
};
const PROGRESS_DELAY_MS = 2000;
/** Rejections printed one per line on stderr; past this only a count (all are in the report). */
const MAX_REJECTION_LINES = 20;

/** Runs `synoptic analyze`; returns the exit code (0 something analyzed, 1 nothing). */
export async function runAnalyze(inputs: string[], flags: AnalyzeFlags): Promise<number> {
  const render = RENDER[flags.format];
  if (!render) throw new UsageError(`--format must be json, md or html, not "${flags.format}"`);
  const summaryWords = Number(flags.summaryWords);
  if (!Number.isInteger(summaryWords) || summaryWords < 1)
    throw new UsageError(`--summary-words must be a whole number >= 1, not "${flags.summaryWords}"`);
  const summaryBytes = flags.summaryBytes === undefined ? undefined : Number(flags.summaryBytes);
  if (summaryBytes !== undefined && (!Number.isInteger(summaryBytes) || summaryBytes < 1))
    throw new UsageError(`--summary-bytes must be a whole number >= 1, not "${flags.summaryBytes}"`);
  const storyWindowDays = flags.storyWindow === undefined ? null : Number(flags.storyWindow);
  if (storyWindowDays !== null && (!Number.isInteger(storyWindowDays) || storyWindowDays < 0))
    throw new UsageError(`--story-window must be a whole number of days >= 0, not "${flags.storyWindow}"`);
  if (inputs.filter((i) => i === "-").length > 1)
    throw new UsageError('"-" (standard input) may be given once');

  const progress = createProgress(flags.quiet ? Number.POSITIVE_INFINITY : PROGRESS_DELAY_MS);
  let printed = 0;
  const onReject = (r: Rejection) => {
    if (++printed <= MAX_REJECTION_LINES) process.stderr.write(`skipped ${formatRejection(r)}\n`);
  };
  const report = await analyze(
    { paths: inputs, stdin: readStdin },
    {
      summaryWords,
      ...(summaryBytes === undefined ? {} : { summaryBytes }),
      ...(flags.focus ? { summaryFocus: flags.focus } : {}),
      clean: flags.clean,
      storyWindowDays,
      onProgress: (e) => progress.update(e),
      onReject,
    },
  );
  progress.stop();
  if (printed > MAX_REJECTION_LINES)
    process.stderr.write(
      `skipped ${printed - MAX_REJECTION_LINES} more inputs (all listed under "rejected")\n`,
    );
  const output = render(report);
  if (flags.out) await writeFile(flags.out, output);
  else process.stdout.write(output);
  if (!flags.quiet) {
    process.stderr.write(
      `analyzed ${report.articles.length} articles into ${report.stories.length} stories; ${report.rejected.length} rejected${flags.out ? `; wrote ${flags.out}` : ""}\n`,
    );
  }
  return report.articles.length > 0 ? 0 : 1;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
