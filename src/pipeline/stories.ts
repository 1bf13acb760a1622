import { clusterStories } from "../cluster/index.js";
import { compareStory, withoutContradictors } from "../compare/index.js";
import type { AnalyzeOptions } from "../config/defaults.js";
import { derive, findDuplicates } from "../dedupe/index.js";
import type { ReportArticle, ReportStory } from "../report/index.js";
import { type SummaryFocus, summarize } from "../summarize/index.js";
import { inferPublication } from "./infer-dates.js";

/** Articles in order of publication (an undated one last); ties keep arrival order. */
function byPublication(articles: ReportArticle[]): ReportArticle[] {
  const at = (a: ReportArticle) => {
    const t = a.published
      ? Date.parse(a.published.length === 10 ? `${a.published}T00:00Z` : a.published)
      : Number.NaN;
    return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
  };
  return articles
    .map((a, i) => ({ a, i, t: at(a) }))
    .sort((x, y) => x.t - y.t || x.i - y.i)
    .map((x) => x.a);
}

/** Cross-article stages: copies, stories, then per story derivation, comparison and summary. */
export function buildStories(articles: ReportArticle[], options: AnalyzeOptions): ReportStory[] {
  // A copy is of an earlier article: by publication time where known, else by arrival.
  const duplicates = findDuplicates(byPublication(articles), options.duplicateThreshold);
  for (const a of articles) a.duplicateOf = duplicates.get(a.id) ?? null;
  const groups = clusterStories(articles, options.storyThreshold, undefined, options.storyWindowDays);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const stories = groups.map((g): ReportStory => {
    const members = g.articles.map((id) => byId.get(id) as ReportArticle);
    inferPublication(members);
    setDerivations(members, order, options.derivationMinShare);
    const dates = members
      .map((a) => a.published)
      .filter((d): d is string => d !== null)
      .sort();
    const central = byId.get(g.central) as ReportArticle;
    const { contradicted, ...comparison } = compareStory(members);
    return {
      id: g.id,
      title: central.title ?? firstSentence(central),
      articles: g.articles,
      firstSeen: dates[0] ?? null,
      lastSeen: dates[dates.length - 1] ?? null,
      summary: withoutContradictors(
        summarize(members, options.summaryWords, { ...summaryOptions(options), contradicted }),
        contradicted,
      ),
      ...comparison,
    };
  });
  return stories.sort(
    (a, b) =>
      b.articles.length - a.articles.length ||
      (b.lastSeen ?? "").localeCompare(a.lastSeen ?? "") ||
      a.id.localeCompare(b.id),
  );
}

function setDerivations(members: ReportArticle[], order: Map<string, number>, minShare: number): void {
  const originals = members.filter((a) => !a.duplicateOf);
  const derived = derive(
    originals.map((a) => ({ ...a, order: order.get(a.id) ?? 0 })),
    minShare,
  );
  for (const a of originals) a.derivedFrom = derived.get(a.id) ?? [];
}

function summaryOptions(options: AnalyzeOptions): SummaryFocus {
  const out: SummaryFocus = {};
  if (options.summaryBytes !== undefined) out.maxBytes = options.summaryBytes;
  if (options.summaryFocus) out.focus = options.summaryFocus;
  return out;
}

function firstSentence(a: ReportArticle): string | null {
  const s = a.sentences[0];
  return s ? a.text.slice(s.start, s.end) : null;
}
