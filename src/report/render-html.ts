import { HTML_SCRIPT, HTML_STYLE } from "./html-assets.js";
import { comparisonHtml } from "./html-comparison.js";
import { sourceLabel } from "./render-markdown.js";
import type { Report, ReportArticle, ReportStory } from "./schema.js";

// One self-contained page: inline style and script, no network. Every value is
// escaped: article text is untrusted input.
const ESC: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ESC[c] as string);
const anchor = (id: string) => `a-${id.replace(/[^\w-]/g, "_")}`;
const evidenceAnchor = (id: string, start: number) => `${anchor(id)}-${start}`;

export function renderHtml(report: Report): string {
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  const evidence = collectEvidence(report);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Synoptic report</title><style>${HTML_STYLE}</style></head>
<body><header><h1>Synoptic report</h1><p class="meta">${report.articles.length} articles · ${report.stories.length} stories · ${report.rejected.length} rejected · generated ${esc(report.generatedAt)}</p></header>
<main>${report.stories.map((s, i) => story(s, i + 1, byId, evidence)).join("\n")}
${rejected(report)}</main><script>${HTML_SCRIPT}</script></body></html>
`;
}

function story(
  s: ReportStory,
  n: number,
  byId: Map<string, ReportArticle>,
  evidence: Map<string, Set<number>>,
): string {
  const dates = s.firstSeen
    ? ` · ${esc(s.firstSeen.slice(0, 10))}${s.lastSeen && s.lastSeen !== s.firstSeen ? ` – ${esc(s.lastSeen.slice(0, 10))}` : ""}`
    : "";
  const summary = s.summary
    .map((line) => {
      const chips = line.evidence
        .map(
          (e) =>
            `<a class="chip" href="#${evidenceAnchor(e.article, e.start)}">${esc(outletOf(byId.get(e.article), e.article))}</a>`,
        )
        .join("");
      return `<li>${esc(line.text)} ${chips}</li>`;
    })
    .join("");
  const articles = s.articles.map((id) => article(byId.get(id), id, byId, evidence)).join("");
  return `<section class="story" id="${esc(s.id)}"><h2>${n}. ${esc(s.title ?? "(untitled story)")}</h2>
<p class="meta">${s.articles.length} article${s.articles.length === 1 ? "" : "s"}${dates}</p>
${summary ? `<h3>Summary</h3><ul class="summary">${summary}</ul>` : ""}
${comparisonHtml(s, (id) => outletOf(byId.get(id), id), esc)}
<h3>Sources</h3>${articles}</section>`;
}

function article(
  a: ReportArticle | undefined,
  id: string,
  byId: Map<string, ReportArticle>,
  evidence: Map<string, Set<number>>,
): string {
  if (!a) return "";
  const notes = [
    a.published ? `${esc(a.published)}${a.publishedInferred ? " (inferred from its story)" : ""}` : "undated",
    a.byline ? `by ${esc(a.byline)}` : "",
    a.duplicateOf
      ? `copy of <a href="#${anchor(a.duplicateOf)}">${esc(outletOf(byId.get(a.duplicateOf), a.duplicateOf))}</a>`
      : "",
    ...a.derivedFrom.map(
      (d) =>
        `${Math.round(d.share * 100)}% found in <a href="#${anchor(d.article)}">${esc(outletOf(byId.get(d.article), d.article))}</a>`,
    ),
  ].filter(Boolean);
  const removed = a.removed.length
    ? `<details class="removed"><summary>${a.removed.length} line${a.removed.length === 1 ? "" : "s"} removed by cleaning</summary><ul>${a.removed
        .map((r) => `<li><q>${esc(r.text)}</q> <span class="reason">${esc(r.reason)}</span></li>`)
        .join("")}</ul></details>`
    : "";
  return `<details class="article" id="${anchor(id)}"><summary><b>${esc(outletOf(a, id))}</b> ${esc(a.title ?? "(no title)")} <span class="meta">${notes.join(" · ")}</span></summary>
<p class="meta">source: <code>${esc(a.source)}</code> · id <code>${esc(a.id)}</code></p>${body(a, evidence.get(a.id) ?? new Set())}${removed}</details>`;
}

/** The article's text with the sentences that a summary cites marked and anchored. */
function body(a: ReportArticle, marks: Set<number>): string {
  const parts: string[] = [];
  let at = 0;
  for (const s of a.sentences) {
    if (!marks.has(s.start)) continue;
    parts.push(
      esc(a.text.slice(at, s.start)),
      `<mark id="${evidenceAnchor(a.id, s.start)}">${esc(a.text.slice(s.start, s.end))}</mark>`,
    );
    at = s.end;
  }
  parts.push(esc(a.text.slice(at)));
  return `<div class="text">${parts
    .join("")
    .split(/\n\n/)
    .map((p) => `<p>${p}</p>`)
    .join("")}</div>`;
}

function collectEvidence(report: Report): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const s of report.stories)
    for (const line of s.summary)
      for (const e of line.evidence)
        (out.get(e.article) ?? out.set(e.article, new Set()).get(e.article))?.add(e.start);
  return out;
}

function rejected(report: Report): string {
  if (!report.rejected.length) return "";
  return `<section class="rejected"><h2>Rejected inputs</h2><ul>${report.rejected
    .map((r) => `<li><code>${esc(r.source)}</code>: ${esc(r.reason)}</li>`)
    .join("")}</ul></section>`;
}

const outletOf = sourceLabel;
