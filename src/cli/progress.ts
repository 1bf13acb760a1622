import cliProgress from "cli-progress";
import type { ProgressEvent } from "../config/defaults.js";

/** Shows a bar on stderr only once a run has lasted `delayMs`: short runs stay silent. */
export function createProgress(
  delayMs: number,
  now: () => number = Date.now,
): { update(e: ProgressEvent): void; stop(): void } {
  const started = now();
  let bar: cliProgress.SingleBar | undefined;
  let phase = "";
  return {
    update(e) {
      if (!bar && now() - started < delayMs) return;
      if (!bar) {
        bar = new cliProgress.SingleBar(
          {
            stream: process.stderr,
            format: "{phase} [{bar}] {value}/{total}",
            hideCursor: true,
            noTTYOutput: true,
            notTTYSchedule: 2000,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(e.total, e.done, { phase: e.phase.padEnd(8) });
        phase = e.phase;
        return;
      }
      if (e.phase !== phase) {
        phase = e.phase;
        bar.setTotal(e.total);
      }
      bar.update(e.done, { phase: e.phase.padEnd(8) });
    },
    stop() {
      bar?.stop();
    },
  };
}
