import { closeSync, ftruncateSync, openSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";
import { tempDir } from "../helpers.js";

const NEWS =
  "<p>The regional water board said on Friday that the reservoir had reached its lowest level for thirty years after a dry spring.</p>" +
  "<p>Officials asked households to avoid using hosepipes until the end of the month, and said a formal ban was still possible.</p>";
const page = (body: string, head = "<title>Reservoir at thirty-year low</title>") =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

/**
 * Every hostile page ends with a clear outcome (an article or a rejection
 * naming the file and the reason), in bounded time, and costs no other input.
 */
describe("hostile pages, side by side with a good one", () => {
  it("gives each a clear outcome, quickly, and keeps the good page", async () => {
    const dir = tempDir();
    const file = (name: string) => join(dir, name);
    writeFileSync(file("good.html"), page(NEWS));
    // 100 MB: sized without being read (a sparse file).
    const big = openSync(file("huge.html"), "w");
    ftruncateSync(big, 100 * 1024 * 1024);
    closeSync(big);
    writeFileSync(file("deep.html"), page(`${"<div>".repeat(50_000)}${NEWS}${"</div>".repeat(50_000)}`));
    writeFileSync(
      file("broken.html"),
      `<html><body><div><p>${NEWS.replace(/<\/p>/g, "")}<table><tr><td></b></i>`,
    );
    writeFileSync(file("no-body.html"), "<html><head><title>Nothing here</title></head></html>");
    writeFileSync(
      file("wrong-charset.html"),
      page(NEWS.replace("thirty years", "thirty years — “a record”"), '<meta charset="iso-8859-1">'),
    );
    writeFileSync(
      file("legacy-undeclared.html"),
      iconv.encode(page(NEWS.replace("Friday", "Friday, officials’ figures show")), "windows-1252"),
    );
    writeFileSync(file("endless-script.html"), page(`${NEWS}<script>${"var a = '<p>';".repeat(20_000)}`));

    const started = Date.now();
    const report = await analyze({ paths: [dir] }, { now: () => new Date(0) });
    expect(Date.now() - started).toBeLessThan(20_000);

    const name = (source: string) => source.slice(dir.length + 1);
    const rejected = Object.fromEntries(report.rejected.map((r) => [name(r.source), r]));
    expect(Object.keys(rejected).sort()).toEqual(["huge.html", "no-body.html"]);
    expect(rejected["huge.html"]).toMatchObject({
      code: "SYN_INPUT_TOO_LARGE",
      reason: expect.stringMatching(/bytes/),
    });
    expect(rejected["no-body.html"]).toMatchObject({ code: "SYN_EXTRACT_EMPTY" });

    const text = Object.fromEntries(report.articles.map((a) => [name(a.source), a.text]));
    for (const f of ["good.html", "deep.html", "broken.html", "endless-script.html"])
      expect(text[f], f).toMatch(/^The regional water board said on Friday.*\n\nOfficials asked households/s);
    expect(text["wrong-charset.html"]).toContain("thirty years — “a record”");
    expect(text["legacy-undeclared.html"]).toContain("officials’ figures");
    expect(text["endless-script.html"]).not.toContain("var a");
  });
});
