import { afterEach, describe, expect, it, vi } from "vitest";
import { createProgress } from "../../src/cli/progress.js";

describe("progress bar", () => {
  afterEach(() => vi.restoreAllMocks());

  it("stays silent on short runs and draws on stderr once a run passes the delay", () => {
    const writes: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
      writes.push(String(chunk));
      return true;
    });
    let now = 0;
    const bar = createProgress(2000, () => now);
    bar.update({ phase: "extract", done: 1, total: 10 });
    expect(writes).toEqual([]);
    now = 2500;
    bar.update({ phase: "extract", done: 5, total: 10 });
    bar.update({ phase: "extract", done: 10, total: 10 });
    bar.stop();
    expect(writes.join("")).toMatch(/extract\s+\[[^\]]*\] 10\/10/);
  });

  it("never draws when the delay is infinite (--quiet)", () => {
    const spy = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    let now = 0;
    const bar = createProgress(Number.POSITIVE_INFINITY, () => now);
    now = 1e9;
    bar.update({ phase: "read", done: 1, total: 2 });
    bar.stop();
    expect(spy).not.toHaveBeenCalled();
  });
});
