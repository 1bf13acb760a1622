import type { ReportArticle, ReportStory } from "./schema.js";

type Label = (id: string) => string;
type Diff = { op: "same" | "added" | "dropped"; text: string }[];

/** What several outlets state, where they differ, how each printed the quotes, the dated events, and what only one says. */
export function comparisonMarkdown(s: ReportStory, byId: Map<string, ReportArticle>, label: Label): string[] {
  const out: string[] = [];
  const cite = (ids: string[]) => ids.map((id) => `[${label(id)}]`).join(" ");
  const established = s.facts.filter((f) => f.support > 1);
  if (established.length) {
    out.push("### Stated by several outlets", "");
    for (const f of established) out.push(`- ${f.text} ${cite(f.sources)} (${f.support} outlets)`);
    out.push("");
  }
  if (s.discrepancies.length) {
    out.push("### Where the sources differ", "");
    for (const d of s.discrepancies) {
      out.push(`- **${d.subject}**`);
      for (const c of d.claims) out.push(`  - ${c.value} ${cite(c.sources)}: “${c.text}”`);
    }
    out.push("");
  }
  const shared = s.quotes.filter((q) => q.versions.length > 1);
  if (shared.length) {
    out.push("### Quotes across outlets", "");
    for (const q of shared) {
      out.push(`- ${q.speakerText ? `${q.speakerText}: ` : ""}“${q.text}”`);
      for (const v of q.versions) {
        const shown =
          v.fidelity === "altered" || v.fidelity === "paraphrased" ? ` — ${diffMarkdown(v.diff)}` : "";
        out.push(`  - ${label(v.article)}: ${v.fidelity}${shown}`);
      }
    }
    out.push("");
  }
  if (s.timeline.length) {
    out.push("### Timeline", "");
    for (const t of s.timeline) out.push(`- ${t.date}: ${t.text} ${cite(t.sources)}`);
    out.push("");
  }
  if (s.unique.length && byId.size) {
    out.push("### Only in one source", "");
    for (const u of s.unique)
      out.push(
        `- ${cite([u.article])} ${u.text}${u.contradictedBy ? ` (given otherwise by ${cite(u.contradictedBy)})` : ""}`,
      );
    out.push("");
  }
  return out;
}

/** Dropped words struck through, added words in bold. */
function diffMarkdown(diff: Diff): string {
  return diff
    .map((p) => (p.op === "same" ? p.text : p.op === "added" ? `**${p.text}**` : `~~${p.text}~~`))
    .join(" ");
}
