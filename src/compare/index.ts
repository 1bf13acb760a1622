import type { Discrepancy, Fact, TimelineEntry, Unique } from "../report/index.js";
import { findDiscrepancies } from "./discrepancies.js";
import { groupFacts } from "./facts.js";
import { compareQuotes, type QuoteGroup } from "./quotes.js";
import { buildTimeline } from "./timeline.js";
import type { CompareArticle } from "./types.js";
import { findUnique } from "./unique.js";

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
}

/**
 * Puts a story's articles side by side: its statements grouped across
 * wordings with their support, quote versions and their fidelity,
 * disagreements on days, amounts and counts, what only one article says, and
 * the dated events.
 */
export function compareStory(articles: readonly CompareArticle[]): StoryComparison {
  return {
    facts: groupFacts(articles),
    quotes: compareQuotes(articles.map((a) => ({ article: a.id, quotes: a.quotes }))),
    timeline: buildTimeline(articles),
    discrepancies: findDiscrepancies(articles),
    unique: findUnique(articles),
  };
}
