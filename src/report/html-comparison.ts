import type { ReportStory } from "./schema.js";

type Label = (id: string) => string;
type Esc = (s: string) => string;
type Diff = { op: "same" | "added" | "dropped"; text: string }[];

/** The comparison sections of a story as HTML: facts, discrepancies, quote fidelity with word diffs, timeline, unique. */
export function comparisonHtml(s: ReportStory, label: Label, esc: Esc): string {
  const cite = (ids: string[]) => ids.map((id) => `<span class="chip">${esc(label(id))}</span>`).join("");
  const parts: string[] = [];
  const established = s.facts.filter((f) => f.support > 1);
  if (established.length) {
    parts.push(
      `<details class="facts"><summary>Stated by several outlets (${established.length})</summary><ul>${established
        .map(
          (f) => `<li>${esc(f.text)} ${cite(f.sources)} <span class="meta">${f.support} outlets</span></li>`,
        )
        .join("")}</ul></details>`,
    );
  }
  if (s.discrepancies.length) {
    parts.push(
      `<h3>Where the sources differ</h3><ul class="differ">${s.discrepancies
        .map(
          (d) =>
            `<li><b>${esc(d.subject)}</b><ul>${d.claims
              .map((c) => `<li><b>${esc(c.value)}</b> ${cite(c.sources)} <q>${esc(c.text)}</q></li>`)
              .join("")}</ul></li>`,
        )
        .join("")}</ul>`,
    );
  }
  const shared = s.quotes.filter((q) => q.versions.length > 1);
  if (shared.length) {
    parts.push(
      `<h3>Quotes across outlets</h3><ul class="quotes">${shared
        .map(
          (q) =>
            `<li>${q.speakerText ? `${esc(q.speakerText)}: ` : ""}<q>${esc(q.text)}</q><ul>${q.versions
              .map(
                (v) =>
                  `<li class="fidelity-${v.fidelity}">${esc(label(v.article))}: <b>${v.fidelity}</b>${
                    v.fidelity === "altered" || v.fidelity === "paraphrased"
                      ? ` — ${diffHtml(v.diff, esc)}`
                      : ""
                  }</li>`,
              )
              .join("")}</ul></li>`,
        )
        .join("")}</ul>`,
    );
  }
  if (s.timeline.length) {
    parts.push(
      `<h3>Timeline</h3><ul class="timeline">${s.timeline
        .map((t) => `<li><time>${esc(t.date)}</time> ${esc(t.text)} ${cite(t.sources)}</li>`)
        .join("")}</ul>`,
    );
  }
  if (s.unique.length) {
    parts.push(
      `<details class="unique"><summary>Only in one source (${s.unique.length})</summary><ul>${s.unique
        .map(
          (u) =>
            `<li>${cite([u.article])} ${esc(u.text)}${u.contradictedBy ? ` <span class="against">(given otherwise by ${cite(u.contradictedBy)})</span>` : ""}</li>`,
        )
        .join("")}</ul></details>`,
    );
  }
  return parts.join("\n");
}

function diffHtml(diff: Diff, esc: Esc): string {
  return diff
    .map((p) =>
      p.op === "same"
        ? esc(p.text)
        : p.op === "added"
          ? `<ins>${esc(p.text)}</ins>`
          : `<del>${esc(p.text)}</del>`,
    )
    .join(" ");
}
