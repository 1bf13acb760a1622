import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { prepareMarkup } from "../../src/extract/html/prepare.js";
import { TunedReadability } from "../../src/extract/html/readability.js";

// The tuned Readability must read every page exactly as Readability does:
// the bundled pages always, and Readability's own test pages where the
// development data sits beside the checkout.
const DATA = "../shared/data/extraction/readability-testpages.jsonl";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith(".html") ? [join(dir, e.name)] : [],
  );
}

function pages(): [string, string][] {
  const bundled = htmlFiles("examples").map((f): [string, string] => [f, readFileSync(f, "utf8")]);
  if (!existsSync(DATA)) return bundled;
  const data = readFileSync(DATA, "utf8")
    .trim()
    .split("\n")
    .map((l): [string, string] => {
      const p = JSON.parse(l) as { id: string; html: string };
      return [p.id, p.html];
    });
  return [...bundled, ...data];
}

function read(make: (doc: Document) => { parse(): unknown }, html: string) {
  const { document } = parseHTML(prepareMarkup(html, 120).html);
  const article = make(document as unknown as Document).parse() as {
    content: Node;
    title: string;
    byline: string;
    excerpt: string;
    siteName: string;
  } | null;
  return article && { ...article, content: article.content.textContent };
}

describe("tuned Readability", () => {
  it("returns what Readability returns, page for page", () => {
    const all = pages();
    expect(all.length).toBeGreaterThanOrEqual(15);
    for (const [name, html] of all) {
      const plain = read((d) => new Readability<Node>(d, { serializer: (n) => n }), html);
      const tuned = read(
        (d) => new TunedReadability<Node>(d, { serializer: (n) => n, disableJSONLD: true }),
        html,
      );
      expect({ name, ...tuned }).toEqual({ name, ...plain });
    }
  }, 120_000);
});
