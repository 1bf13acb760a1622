import type { Discrepancy, Fact, TimelineEntry, Unique } from "../report/index.js";
import { type Contradictions, findDiscrepancies, withoutContradictors } from "./discrepancies.js";
import { groupFacts } from "./facts.js";
import { compareQuotes, type QuoteGroup } from "./quotes.js";
import { buildTimeline } from "./timeline.js";
import type { CompareArticle } from "./types.js";
import { findUnique } from "./unique.js";

export { type Contradictions, withoutContradictors } from "./discrepancies.js";
export { compareQuotes, type DiffPart, type Fidelity, type QuoteGroup, type QuoteVersion } from "./quotes.js";
export { nameStoryQuoteSpeakers, speakerDiscrepancies } from "./speakers.js";
export type { CompareArticle } from "./types.js";

/** What comparing a story's sources yields. */
export interface StoryComparison {
  facts: Fact[];
  quotes: QuoteGroup[];
  timeline: TimelineEntry[];
  discrepancies: Discrepancy[];
  unique: Unique[];
  /** Not part of the report: which articles contradict which sentence, to keep them out of its citations. */
  contradicted: Contradictions;
}

/**
 * Puts a story's articles side by side: its statements grouped across
 * wordings with their support, quote versions and their fidelity,
 * disagreements on days, amounts and counts, what only one article says, and
 * the dated events.
 */
export function compareStory(articles: readonly CompareArticle[]): StoryComparison {
  const { discrepancies, contradicted } = findDiscrepancies(articles);
  const outletOf = new Map(articles.map((a) => [a.id, a.outlet ?? a.id]));
  // A fact's support counts the outlets left once those that contradict it are out.
  const facts = withoutContradictors(groupFacts(articles), contradicted)
    .map((f) => ({ ...f, support: new Set(f.sources.map((id) => outletOf.get(id))).size }))
    .sort((a, b) => b.support - a.support);
  return {
    facts,
    quotes: compareQuotes(
      articles.map((a) => ({
        article: a.id,
        quotes: a.quotes,
        derivedFrom: [
          ...(a.derivedFrom ?? []).map((d) => d.article),
          ...(a.duplicateOf ? [a.duplicateOf] : []),
        ],
      })),
    ),
    timeline: withoutContradictors(buildTimeline(articles), contradicted),
    discrepancies,
    unique: findUnique(articles, contradicted),
    contradicted,
  };
}
