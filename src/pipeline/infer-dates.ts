import { findDates } from "../language/index.js";
import type { ReportArticle } from "../report/index.js";

const DAY = /^\d{4}-\d{2}-\d{2}/;

/**
 * An undated article of a story with dated siblings was published about when
 * they were: it takes the median of their days, marked `publishedInferred`,
 * and its relative dates ("on Thursday", "May 8") are resolved against that
 * day with the anchor `inferred`. A story with no dated article stays undated.
 */
export function inferPublication(members: ReportArticle[]): void {
  const days = members
    .filter((a) => a.published && !a.publishedInferred && DAY.test(a.published))
    .map((a) => (a.published as string).slice(0, 10))
    .sort();
  const median = days[Math.floor((days.length - 1) / 2)];
  if (!median) return;
  for (const a of members) {
    if (a.published) continue;
    a.published = median;
    a.publishedInferred = true;
    a.dates = findDates(a.text, a.sentences, median).map((d) =>
      d.anchor === "published" ? { ...d, anchor: "inferred" } : d,
    );
  }
}
