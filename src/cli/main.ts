#!/usr/bin/env node
import { Command, CommanderError, Option } from "commander";
import { UsageError } from "../errors.js";
import { runAnalyze } from "./analyze-command.js";

// The CLI is a thin shell: parse arguments, call the library, print, map outcomes to exit codes.
// Exit codes: 0 success, 1 nothing could be analyzed or an unexpected failure, 2 bad usage.
const program = new Command()
  .name("synoptic")
  .description("Turns news articles from many outlets into verified stories.")
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

program
  .command("analyze")
  .description("read articles and write the report (synoptic.report/1)")
  .argument(
    "<input...>",
    'files or directories (recursed): .txt .html .htm .json .jsonl .ndjson, .gz of them; "-" for JSON Lines on stdin',
  )
  .addOption(new Option("--format <format>", "json, md or html").default("json"))
  .option("--out <file>", "write the report to a file instead of standard output")
  .option("--quiet", "no progress or summary line on standard error")
  .option("--summary-words <n>", "length of each story summary, in words", "100")
  .option("--summary-bytes <n>", "also cap each summary at this many UTF-8 bytes")
  .option("--focus <question>", "rank summary sentences that answer this question or topic first")
  .option("--story-window <days>", "a story takes articles published within this many days of its own")
  .option("--no-clean", "take record text exactly as given: no line is removed")
  .action(async (inputs: string[], flags) => {
    process.exitCode = await runAnalyze(inputs, flags);
  });

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) process.exitCode = e.exitCode === 0 ? 0 : 2;
  else if (e instanceof UsageError) {
    process.stderr.write(`synoptic: ${e.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`synoptic: unexpected failure: ${(e as Error).message}\n`);
    process.exitCode = 1;
  }
}
