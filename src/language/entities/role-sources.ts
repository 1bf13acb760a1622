// Which article gives a person which role. Outlets differ on titles ("Deputy
// Minister" here, "Minister" there), and a fact-checker needs to see who wrote
// which: each role is listed with the articles that both mention the person
// and write that role.

import type { Entity, ReportArticle } from "../../report/index.js";

/** Straight apostrophes and one case, so "department's" finds "Department’s". */
const fold = (s: string) => s.replace(/[‘’]/g, "'").toLowerCase();

const wordsOf = (role: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])${fold(role).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`,
    "gu",
  );

/** The articles that write the role as words of their text: "lawmaker" is not in "lawmakers". */
function written(articles: readonly ReportArticle[], role: string): string[] {
  return articles.filter((a) => wordsOf(role).test(fold(a.text))).map((a) => a.id);
}

/** Whether the article writes the shorter title more often than inside the longer one. */
function alone(articles: readonly ReportArticle[], id: string, short: string, long: string): boolean {
  const text = fold(articles.find((a) => a.id === id)?.text ?? "");
  return (text.match(wordsOf(short)) ?? []).length > (text.match(wordsOf(long)) ?? []).length;
}

export function attachRoleSources(entities: Entity[], articles: readonly ReportArticle[]): void {
  const mentioning = new Map<string, ReportArticle[]>();
  for (const a of articles) {
    const ids = new Set([...a.entities.map((m) => m.entity), ...a.quotes.map((q) => q.speaker)]);
    for (const id of ids) if (id) mentioning.set(id, [...(mentioning.get(id) ?? []), a]);
  }
  for (const e of entities) {
    const roles = e.roleSources?.map((r) => r.role) ?? e.roles;
    if (roles.length === 0) continue;
    const here = mentioning.get(e.id) ?? [];
    const sources = roles.map((role) => ({ role, articles: written(here, role) }));
    // A shorter title inside a longer one ("Minister" in "Deputy Minister") counts only where written alone.
    for (const s of sources)
      s.articles = s.articles.filter(
        (id) =>
          !sources.some(
            (o) =>
              o !== s &&
              o.role.length > s.role.length &&
              fold(o.role).endsWith(fold(s.role)) &&
              o.articles.includes(id) &&
              !alone(here, id, s.role, o.role),
          ),
      );
    e.roleSources = sources.filter((s) => s.articles.length > 0);
  }
}
