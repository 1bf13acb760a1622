// npm run eval -- extraction: Synoptic's HTML extraction against the expected
// text of Mozilla Readability's test pages, beside Readability itself (on
// linkedom) run on the same pages in the same process.
import { readFileSync } from "node:fs";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { extractArticle } from "../dist/extract/index.js";
import { DEFAULT_OPTIONS } from "../dist/index.js";
import { shingleF1 } from "./shingles.mjs";

const DATA = new URL("../../shared/data/extraction/readability-testpages.jsonl", import.meta.url);

function readabilityText(html) {
  try {
    const { document } = parseHTML(html);
    return new Readability(document).parse()?.textContent ?? "";
  } catch {
    return "";
  }
}

const norm = (s) => (s ?? "").replace(/\s+/g, " ").trim().toLowerCase();
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);

export function evalExtraction() {
  const pages = readFileSync(DATA, "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  const rows = pages.map((page) => {
    const r = extractArticle(
      { source: page.id, format: "html", content: page.html },
      {
        clean: true,
        maxHtmlElements: DEFAULT_OPTIONS.limits.maxHtmlElements,
        maxHtmlDepth: DEFAULT_OPTIONS.limits.maxHtmlDepth,
      },
    );
    const ours = r.ok ? r.extraction : null;
    const meta = page.metadata ?? {};
    return {
      id: page.id,
      ours: shingleF1(ours?.text ?? "", page.expected_text),
      peer: shingleF1(readabilityText(page.html), page.expected_text),
      title: meta.title ? norm(ours?.title) === norm(meta.title) : null,
      byline: meta.byline ? norm(ours?.byline).includes(norm(meta.byline).replace(/^by /, "")) : null,
      date: meta.publishedTime
        ? (ours?.published ?? "").slice(0, 10) === meta.publishedTime.slice(0, 10)
        : null,
      rejected: r.ok ? null : r.rejection.reason,
    };
  });
  const agree = (k) => {
    const known = rows.filter((x) => x[k] !== null);
    return `${known.filter((x) => x[k]).length}/${known.length}`;
  };
  console.log(`extraction: ${rows.length} pages (Readability test pages)`);
  for (const [name, key] of [
    ["synoptic", "ours"],
    ["readability+linkedom", "peer"],
  ]) {
    console.log(
      `  ${name.padEnd(22)} F1 ${mean(rows.map((x) => x[key].f1)).toFixed(4)}  precision ${mean(rows.map((x) => x[key].precision)).toFixed(4)}  recall ${mean(rows.map((x) => x[key].recall)).toFixed(4)}`,
    );
  }
  console.log(
    `  metadata agreement (synoptic): title ${agree("title")}, byline ${agree("byline")}, date ${agree("date")}`,
  );
  const rejected = rows.filter((x) => x.rejected);
  if (rejected.length)
    console.log(`  rejected by synoptic: ${rejected.map((x) => `${x.id} (${x.rejected})`).join("; ")}`);
  const worst = rows
    .map((x) => ({ id: x.id, gap: x.peer.f1 - x.ours.f1, ours: x.ours, peer: x.peer }))
    .sort((a, b) => b.gap - a.gap)
    .slice(0, 8);
  console.log("  largest gaps (peer F1 - synoptic F1):");
  for (const w of worst)
    console.log(
      `    ${w.id.padEnd(36)} ${w.gap.toFixed(3)}  ours P ${w.ours.precision.toFixed(2)} R ${w.ours.recall.toFixed(2)}  peer P ${w.peer.precision.toFixed(2)} R ${w.peer.recall.toFixed(2)}`,
    );
  return { f1: mean(rows.map((x) => x.ours.f1)) };
}
