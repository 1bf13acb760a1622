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

/**
 * The snapshot's text without its figures: Readability keeps photo captions
 * and credits, which Synoptic drops on purpose (a caption read as news is a
 * failure for its users). Scoring both ways shows which side a gap is on.
 */
function textWithoutFigures(expectedHtml, fallback) {
  try {
    const { document } = parseHTML(`<html><body>${expectedHtml}</body></html>`);
    for (const el of document.querySelectorAll("figure, figcaption")) el.remove();
    return document.body.textContent ?? fallback;
  } catch {
    return fallback;
  }
}

/** Ours is Readability's title with a site name cut off its end or start. */
const siteNameCut = (ours, theirs) =>
  ours !== "" &&
  ours !== theirs &&
  ((theirs.startsWith(ours) && /^\s*[|\-–—·»]\s/.test(theirs.slice(ours.length))) ||
    (theirs.endsWith(ours) && /\s[|\-–—·»]\s*$/.test(theirs.slice(0, -ours.length))));

// The snapshots keep "By" and its other languages' forms in front of a byline; Synoptic does not.
const BY_WORD = /^(?:by|par|von|por|door) /;
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
    const peerText = readabilityText(page.html);
    const noFigures = textWithoutFigures(page.expected_html, page.expected_text);
    return {
      id: page.id,
      ours: shingleF1(ours?.text ?? "", page.expected_text),
      peer: shingleF1(peerText, page.expected_text),
      oursNoFig: shingleF1(ours?.text ?? "", noFigures),
      peerNoFig: shingleF1(peerText, noFigures),
      title: meta.title ? norm(ours?.title) === norm(meta.title) : null,
      titleSiteCut: meta.title ? siteNameCut(norm(ours?.title), norm(meta.title)) : null,
      byline: meta.byline ? norm(ours?.byline).includes(norm(meta.byline).replace(BY_WORD, "")) : null,
      // Readability leaves the date in some bylines ("Jo Marsh March 25, 2015"); Synoptic takes it out as the date.
      bylineDateCut:
        meta.byline && ours?.byline && ours.published
          ? !norm(ours.byline).includes(norm(meta.byline).replace(BY_WORD, "")) &&
            /\d{4}/.test(meta.byline) &&
            norm(meta.byline).replace(BY_WORD, "").startsWith(norm(ours.byline))
          : false,
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
    ["synoptic, no figures", "oursNoFig"],
    ["readability, no figures", "peerNoFig"],
  ]) {
    console.log(
      `  ${name.padEnd(22)} F1 ${mean(rows.map((x) => x[key].f1)).toFixed(4)}  precision ${mean(rows.map((x) => x[key].precision)).toFixed(4)}  recall ${mean(rows.map((x) => x[key].recall)).toFixed(4)}`,
    );
  }
  console.log(
    `  metadata agreement (synoptic): title ${agree("title")} (and ${rows.filter((x) => x.titleSiteCut).length} where Synoptic cut the site name), byline ${agree("byline")} (and ${rows.filter((x) => x.bylineDateCut).length} where Synoptic took the date out of it), date ${agree("date")}`,
  );
  const rejected = rows.filter((x) => x.rejected);
  if (rejected.length)
    console.log(`  rejected by synoptic: ${rejected.map((x) => `${x.id} (${x.rejected})`).join("; ")}`);
  const worst = rows
    .map((x) => ({ id: x.id, gap: x.peerNoFig.f1 - x.oursNoFig.f1, ours: x.oursNoFig, peer: x.peerNoFig }))
    .sort((a, b) => b.gap - a.gap)
    .slice(0, 8);
  console.log("  largest gaps, figures aside (peer F1 - synoptic F1):");
  for (const w of worst)
    console.log(
      `    ${w.id.padEnd(36)} ${w.gap.toFixed(3)}  ours P ${w.ours.precision.toFixed(2)} R ${w.ours.recall.toFixed(2)}  peer P ${w.peer.precision.toFixed(2)} R ${w.peer.recall.toFixed(2)}`,
    );
  return {
    f1: mean(rows.map((x) => x.ours.f1)),
    f1NoFigures: mean(rows.map((x) => x.oursNoFig.f1)),
  };
}
