import { comparisonMarkdown } from "./markdown-comparison.js";
import type { Report, ReportArticle, ReportStory } from "./schema.js";

/** How a reader names a source: its outlet, else its file name. */
export const sourceLabel = (a: ReportArticle | undefined, id: string): string =>
  a?.outlet ?? a?.source.split(/[\\/]/).pop() ?? id;
const label = sourceLabel;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** A reader's view: stories with cited summaries, then the articles and what was rejected. */
export function renderMarkdown(report: Report): string {
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  const out: string[] = [
    "# Synoptic report",
    "",
    `${plural(report.articles.length, "article")} in ${report.stories.length} ${report.stories.length === 1 ? "story" : "stories"}; ${plural(report.rejected.length, "input")} rejected. Generated ${report.generatedAt}.`,
    "",
  ];
  for (const [i, s] of report.stories.entries()) out.push(...story(s, i + 1, byId));
  if (report.rejected.length) {
    out.push("## Rejected inputs", "");
    for (const r of report.rejected) out.push(`- \`${r.source}\`: ${r.reason}`);
    out.push("");
  }
  return `${out.join("\n")}\n`;
}

function story(s: ReportStory, n: number, byId: Map<string, ReportArticle>): string[] {
  const span = s.firstSeen
    ? ` · ${s.firstSeen.slice(0, 10)}${s.lastSeen && s.lastSeen !== s.firstSeen ? ` – ${s.lastSeen.slice(0, 10)}` : ""}`
    : "";
  const out = [
    `## ${n}. ${s.title ?? "(untitled story)"}`,
    "",
    `*${s.articles.length} article${s.articles.length === 1 ? "" : "s"}${span}* · \`${s.id}\``,
    "",
  ];
  if (s.summary.length) {
    out.push("### Summary", "");
    for (const line of s.summary)
      out.push(`- ${line.text} ${line.sources.map((id) => `[${label(byId.get(id), id)}]`).join(" ")}`);
    out.push("");
  }
  out.push(...comparisonMarkdown(s, byId, (id) => label(byId.get(id), id)));
  out.push("### Articles", "");
  for (const id of s.articles) {
    const a = byId.get(id);
    if (!a) continue;
    const notes = [
      a.published ? `${a.published.slice(0, 10)}${a.publishedInferred ? " (inferred)" : ""}` : "undated",
      a.byline ? `by ${a.byline}` : "",
      a.duplicateOf ? `copy of \`${a.duplicateOf}\`` : "",
      ...a.derivedFrom.map(
        (d) => `${Math.round(d.share * 100)}% found in ${label(byId.get(d.article), d.article)}`,
      ),
    ].filter(Boolean);
    out.push(`- **${label(a, id)}**: ${a.title ?? "(no title)"} (${notes.join("; ")}) — \`${a.source}\``);
  }
  out.push("");
  return out;
}
