import type { Discrepancy, Fact, TimelineEntry, Unique } from "../report/index.js";
import { findDiscrepancies } from "./discrepancies.js";
import { compareQuotes, type QuoteGroup } from "./quotes.js";
import { buildTimeline } from "./timeline.js";
import type { CompareArticle } from "./types.js";
import { findUnique } from "./unique.js";

export { findQuantities, type Quantity } from "./quantities.js";
export { compareQuotes, type DiffPart, type Fidelity, type QuoteGroup, type QuoteVersion } from "./quotes.js";
export type { CompareArticle } from "./types.js";

/** What comparing a story's sources yields. */
export interface StoryComparison {
  facts: Fact[];
  quotes: QuoteGroup[];
  timeline: TimelineEntry[];
  discrepancies: Discrepancy[];
  unique: Unique[];
}

/**
 * Puts a story's articles side by side: quote versions and their fidelity,
 * disagreements on days, amounts and counts, what only one article says, and
 * the dated events. Facts (statements grouped across wordings) are not built
 * yet: an honest empty list, never a guess.
 */
export function compareStory(articles: readonly CompareArticle[]): StoryComparison {
  return {
    facts: [],
    quotes: compareQuotes(articles.map((a) => ({ article: a.id, quotes: a.quotes }))),
    timeline: buildTimeline(articles),
    discrepancies: findDiscrepancies(articles),
    unique: findUnique(articles),
  };
}
